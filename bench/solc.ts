import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Abi, Hex } from "viem";

// The peers' contracts (bench/contracts/*.sol) are compiled here with the project's solc-js
// (the `solc` npm package, offline), not by `hardhat build`: OpenZeppelin's Governor and
// ERC20Votes import DoubleEndedQueue and Checkpoints, whose `at` functions make solc 0.8.37 warn
// ("will be promoted to keyword"), and opgov's build must stay free of warnings.

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");

export type Compiled = { abi: Abi; bytecode: Hex };

type SolcOutput = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
};

/** Compiles bench/contracts/<file> and returns every contract in it by name. */
export function compileBenchContracts(file: string): Record<string, Compiled> {
  const solc = require("solc") as { compile: (input: string, callbacks: object) => string };
  const source = `bench/contracts/${file}`;
  const input = {
    language: "Solidity",
    sources: { [source]: { content: readFileSync(join(root, source), "utf8") } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "osaka",
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const findImports = (path: string) => {
    for (const candidate of [join(root, "node_modules", path), join(root, path)]) {
      if (existsSync(candidate)) return { contents: readFileSync(candidate, "utf8") };
    }
    return { error: `not found: ${path}` };
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports })) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((e) => e.formattedMessage).join("\n"));
  const contracts = output.contracts[source] ?? {};
  return Object.fromEntries(
    Object.entries(contracts).map(([name, c]) => [name, { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` as Hex }]),
  );
}
