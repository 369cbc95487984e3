import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { defineConfig } from "hardhat/config";

// Compile offline with solc-js from the `solc` npm package: a non-binary compiler path is
// treated as solc-js, so no compiler download is ever attempted.
const require = createRequire(import.meta.url);
const solcJs = require.resolve("solc/soljson.js");

function compiler(runs: number, viaIR = false) {
  return {
    version: "0.8.37",
    path: solcJs,
    settings: { optimizer: { enabled: true, runs }, evmVersion: "osaka", ...(viaIR ? { viaIR: true } : {}) },
  };
}

export default defineConfig({
  plugins: [hardhatToolboxViem],
  solidity: {
    profiles: {
      default: {
        compilers: [compiler(10_000)],
        // The hot paths live in OpGov (high runs); the extension and the lens are
        // size-bound (EIP-170) and rarely on a hot path, so they are optimised for size.
        overrides: {
          "contracts/OpGovExtension.sol": compiler(200),
          "contracts/OpGovLens.sol": compiler(200),
          "contracts/OpGov.sol": compiler(1_000_000, true),
          "contracts/OpGovFactory.sol": compiler(1_000_000, true),
          "contracts/local/HatsCompat.sol": compiler(1_000_000, true),
        },
      },
    },
  },
  paths: {
    sources: "contracts",
    tests: {
      solidity: "test/solidity",
      // Hardhat's node:test runner must not pick up vitest files.
      nodejs: "test/node",
    },
  },
  test: {
    solidity: {
      // A fixed seed and run count, so `npm test` and CI run the same fuzz inputs every time and a
      // failure reproduces; change the seed locally to explore other inputs.
      fuzz: { seed: "0x6f7067f00d5eed0000000000000000000000000000000000000000000000cafe", runs: 256 },
    },
  },
  networks: {
    default: {
      type: "edr-simulated",
      chainType: "l1",
      hardfork: "osaka",
      allowUnlimitedContractSize: false,
    },
  },
});
