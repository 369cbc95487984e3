import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDeploymentRecord, serializeDeploymentRecord, type OpGovDeploymentRecord } from "../sdk/chains/deployments.js";
import { OpgovDeployError } from "./errors.js";

/** The repository's `deployments/` folder: one `<chainId>.json` per chain. */
export const DEFAULT_DEPLOYMENTS_DIR = fileURLToPath(new URL("../deployments/", import.meta.url));

/** A deployments file or folder cannot be read (missing, unreadable, not JSON). */
export class DeploymentFileError extends OpgovDeployError {
  override name = "DeploymentFileError";
  readonly path: string;
  constructor({ path, problem, cause }: { path: string; problem: string; cause?: unknown }) {
    super(`Cannot read deployments from ${path}: ${problem}.`, {
      details: "Pass `--deployments` a deployments folder (one <chainId>.json per chain) or one such file.",
      cause,
    });
    this.path = path;
  }
}

/**
 * Writes a chain's record to `<dir>/<chainId>.json` (atomically: a temporary file, then a rename).
 *
 * @param dir - The deployments folder (created if missing).
 * @param record - The record from `deployOpGov`.
 * @returns The path written.
 * @example
 * ```ts
 * const path = writeDeploymentRecord(DEFAULT_DEPLOYMENTS_DIR, record);
 * ```
 */
export function writeDeploymentRecord(dir: string, record: OpGovDeploymentRecord): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${record.chainId}.json`);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(serializeDeploymentRecord(record), null, 2)}\n`);
  renameSync(temporary, path);
  return path;
}

function readRecord(path: string): OpGovDeploymentRecord {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new DeploymentFileError({ path, problem: (cause as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "unreadable", cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new DeploymentFileError({ path, problem: "not valid JSON", cause });
  }
  return parseDeploymentRecord(json, path);
}

/**
 * Reads deployment records: every `<chainId>.json` of a folder, or one file.
 *
 * @param path - A deployments folder or one record file.
 * @returns The records (validated), by chain id; pass to `getDeployment`.
 * @throws {DeploymentFileError} When the path is missing or a file is not JSON.
 * @throws {InvalidDeploymentRecordError} When a file is JSON but not a valid record.
 * @example
 * ```ts
 * const deployment = getDeployment(chainId, readDeploymentRegistry(DEFAULT_DEPLOYMENTS_DIR));
 * ```
 */
export function readDeploymentRegistry(path: string): Record<string, OpGovDeploymentRecord> {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (cause) {
    throw new DeploymentFileError({ path, problem: "no such file or folder", cause });
  }
  const files = isDirectory
    ? readdirSync(path)
        .filter((name) => /^[0-9]+\.json$/.test(name))
        .map((name) => join(path, name))
    : [path];
  const registry: Record<string, OpGovDeploymentRecord> = {};
  for (const file of files) {
    const record = readRecord(file);
    registry[String(record.chainId)] = record;
  }
  return registry;
}
