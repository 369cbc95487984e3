import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { defineConfig } from "hardhat/config";

// Compile offline with solc-js from the `solc` npm package: a non-binary compiler path is
// treated as solc-js, so no compiler download is ever attempted.
const require = createRequire(import.meta.url);
const solcJs = require.resolve("solc/soljson.js");

export default defineConfig({
  plugins: [hardhatToolboxViem],
  solidity: {
    profiles: {
      default: {
        version: "0.8.37",
        path: solcJs,
        settings: {
          optimizer: { enabled: true, runs: 10_000 },
          evmVersion: "osaka",
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
  networks: {
    default: {
      type: "edr-simulated",
      chainType: "l1",
      hardfork: "osaka",
      allowUnlimitedContractSize: false,
    },
  },
});
