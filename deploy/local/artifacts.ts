import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isHex, type Abi, type Hex } from "viem";
import { ArtifactNotFoundError } from "./errors.js";

/** The parts of a compiled artifact (Hardhat 2 or 3 format) the deploy layer reads. */
export type ContractArtifact = {
  contractName: string;
  abi: Abi;
  /** Init code. */
  bytecode: Hex;
  /** Runtime code, immutables zeroed. */
  deployedBytecode: Hex;
  /** Byte ranges of immutables in `deployedBytecode` (Hardhat 3 artifacts only; else empty). */
  immutableReferences: Readonly<Record<string, readonly { start: number; length: number }[]>>;
};

/** The project's artifacts folder (`artifacts/` at the repository root, written by `hardhat build`). */
export const DEFAULT_ARTIFACTS_DIR = fileURLToPath(new URL("../../artifacts/", import.meta.url));

const require = createRequire(import.meta.url);

function parseArtifact(artifact: string, path: string, hint: string): ContractArtifact {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new ArtifactNotFoundError({ artifact, path, hint, cause });
  }
  const a = json as Partial<ContractArtifact>;
  if (typeof a.contractName !== "string" || !Array.isArray(a.abi) || !isHex(a.bytecode) || !isHex(a.deployedBytecode) || a.bytecode === "0x")
    throw new ArtifactNotFoundError({ artifact, path, hint: `The file is not a compiled contract artifact. ${hint}` });
  return {
    contractName: a.contractName,
    abi: a.abi,
    bytecode: a.bytecode,
    deployedBytecode: a.deployedBytecode,
    immutableReferences: a.immutableReferences ?? {},
  };
}

/**
 * Reads a Safe contract's artifact from `@safe-global/safe-smart-account` (in node_modules).
 *
 * @param path - Path below the package's `build/artifacts/contracts/`, e.g. `"Safe.sol/Safe.json"`.
 * @returns The artifact.
 * @throws {ArtifactNotFoundError} When the package or file is missing.
 * @example
 * ```ts
 * const { bytecode } = readSafeArtifact("proxies/SafeProxyFactory.sol/SafeProxyFactory.json");
 * ```
 */
export function readSafeArtifact(path: string): ContractArtifact {
  const hint = "Install dependencies (`npm install`): the artifacts ship with @safe-global/safe-smart-account.";
  const id = `@safe-global/safe-smart-account/build/artifacts/contracts/${path}`;
  let file: string;
  try {
    file = require.resolve(id);
  } catch (cause) {
    throw new ArtifactNotFoundError({ artifact: id, path: id, hint, cause });
  }
  return parseArtifact(id, file, hint);
}

/**
 * Reads one of the project's own artifacts, written by `npx hardhat build`.
 *
 * @param fullyQualifiedName - `"<source path>:<contract>"`, e.g. `"contracts/local/HatsCompat.sol:HatsCompat"`.
 * @param artifactsDir - The artifacts folder; defaults to the repository's `artifacts/`.
 * @returns The artifact.
 * @throws {ArtifactNotFoundError} When the artifact is missing (the contracts were not built).
 * @example
 * ```ts
 * const hats = readProjectArtifact("contracts/local/HatsCompat.sol:HatsCompat");
 * ```
 */
export function readProjectArtifact(fullyQualifiedName: string, artifactsDir: string = DEFAULT_ARTIFACTS_DIR): ContractArtifact {
  const separator = fullyQualifiedName.lastIndexOf(":");
  const source = fullyQualifiedName.slice(0, separator);
  const contract = fullyQualifiedName.slice(separator + 1);
  const path = join(artifactsDir, source, `${contract}.json`);
  return parseArtifact(fullyQualifiedName, path, "Run `npx hardhat build` first.");
}

/**
 * Whether on-chain runtime `code` is the artifact's runtime code, ignoring the bytes of its
 * immutables (listed in Hardhat 3 artifacts' `immutableReferences`).
 *
 * @param code - Code read from the chain.
 * @param artifact - The artifact it should come from.
 * @returns `true` when they match outside the immutables.
 * @example
 * ```ts
 * const ok = matchesRuntimeCode(await publicClient.getCode({ address }) ?? "0x", artifact);
 * ```
 */
export function matchesRuntimeCode(code: Hex, artifact: Pick<ContractArtifact, "deployedBytecode" | "immutableReferences">): boolean {
  if (code.length !== artifact.deployedBytecode.length) return false;
  const mask = (hex: Hex): string => {
    let body = hex.slice(2).toLowerCase();
    for (const references of Object.values(artifact.immutableReferences))
      for (const { start, length } of references)
        body = body.slice(0, start * 2) + "00".repeat(length) + body.slice((start + length) * 2);
    return body;
  };
  return mask(code) === mask(artifact.deployedBytecode);
}
