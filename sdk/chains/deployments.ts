import { getAddress, isAddress, isHex, type Address, type Hex } from "viem";
import type { OpGovDeployment } from "../client.js";
import { OpGovError } from "../errors/base.js";
import type { SafeContractAddresses, SafeContractName } from "./addresses.js";

/**
 * Per-chain deployment records: what `deploy/` writes to `deployments/<chainId>.json` and what an
 * SDK user passes in as data (import the JSON, fetch it, inline it). Browser-safe: nothing here
 * reads files.
 */

/** The format version of a deployment record this SDK reads. */
export const DEPLOYMENT_RECORD_VERSION = 1 as const;

/** The contracts whose runtime code hash a deployment record keeps. */
export type DeploymentCodeHashes = {
  readonly hats: Hex;
  readonly factory: Hex;
  readonly extension: Hex;
  readonly lens: Hex;
};

/**
 * One chain's deployment record, as stored in `deployments/<chainId>.json`: the addresses of
 * {@link OpGovDeployment} plus what lets a reader check them (runtime code hashes, the block at
 * which they were checked, the CREATE2 salt).
 */
export type OpGovDeploymentRecord = OpGovDeployment & {
  /** {@link DEPLOYMENT_RECORD_VERSION}. */
  readonly version: typeof DEPLOYMENT_RECORD_VERSION;
  /** keccak256 of the runtime code found at each address when the record was written. */
  readonly codeHashes: DeploymentCodeHashes;
  /** A block at which every recorded address held the recorded code. */
  readonly block: { readonly number: bigint; readonly hash: Hex };
  /** The salt the opgov contracts were deployed with through the Safe singleton factory. */
  readonly salt: Hex;
  /** Whether the chain is a development chain (Hats-compatible contract and Safe installed by opgov). */
  readonly local: boolean;
  /** Development chains only: test tokens installed there, by symbol (`{ TUSD: "0x…" }`). */
  readonly testTokens?: Readonly<Record<string, Address>> | undefined;
};

const SAFE_NAMES = [
  "safe",
  "safeL2",
  "safeProxyFactory",
  "multiSend",
  "multiSendCallOnly",
  "compatibilityFallbackHandler",
  "signMessageLib",
  "createCall",
  "simulateTxAccessor",
  "safeToL2Setup",
  "tokenCallbackHandler",
  "extensibleFallbackHandler",
  "safeMigration",
] as const satisfies readonly SafeContractName[];

/** A deployment record that is not valid; `issues` lists every bad field with its path. */
export class InvalidDeploymentRecordError extends OpGovError {
  override name = "InvalidDeploymentRecordError";
  /** One line per bad field: `path: problem`. */
  readonly issues: readonly string[];
  constructor({ source, issues }: { source: string; issues: readonly string[] }) {
    super(`The deployment record ${source} is not valid (${issues.length} problem${issues.length === 1 ? "" : "s"}).`, {
      metaMessages: issues,
      details: "Re-create it with `npm run deploy -- --rpc <url>` (or `opgov node` for a local chain).",
    });
    this.issues = issues;
  }
}

/** No deployment is known for a chain. */
export class DeploymentNotFoundError extends OpGovError {
  override name = "DeploymentNotFoundError";
  readonly chainId: number;
  constructor({ chainId, known }: { chainId: number; known: readonly number[] }) {
    super(`opgov has no deployment recorded for chain ${chainId}.`, {
      details:
        (known.length ? `Deployments are recorded for chain${known.length === 1 ? "" : "s"} ${known.join(", ")}. ` : "No deployment is recorded at all. ") +
        "Deploy with `npm run deploy -- --rpc <url>`, or point `--deployments` at the right file or folder.",
    });
    this.chainId = chainId;
  }
}

type Issues = string[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readAddress(value: unknown, path: string, issues: Issues): Address {
  if (typeof value !== "string" || !isAddress(value, { strict: false })) {
    issues.push(`${path}: must be an address, got ${JSON.stringify(value)}`);
    return "0x0000000000000000000000000000000000000000";
  }
  if (value !== value.toLowerCase() && !isAddress(value, { strict: true })) {
    issues.push(`${path}: bad checksum, expected ${getAddress(value)}`);
  }
  return getAddress(value);
}

function readHash(value: unknown, path: string, issues: Issues): Hex {
  if (!isHex(value, { strict: true }) || value.length !== 66) {
    issues.push(`${path}: must be a 32-byte hex string, got ${JSON.stringify(value)}`);
    return `0x${"00".repeat(32)}`;
  }
  return value.toLowerCase() as Hex;
}

function readObject(value: unknown, path: string, issues: Issues): Record<string, unknown> {
  if (isObject(value)) return value;
  issues.push(`${path}: must be an object, got ${JSON.stringify(value)}`);
  return {};
}

/**
 * Checks a deployment record (parsed JSON, e.g. the content of `deployments/31337.json`) and
 * returns it typed, with checksummed addresses and the block number as a bigint.
 *
 * @param value - The parsed JSON.
 * @param source - Where it came from, for the error message (a file name or URL).
 * @returns The record; it is also an {@link OpGovDeployment}.
 * @throws {InvalidDeploymentRecordError} Listing every bad field with its path.
 * @example
 * ```ts
 * import record from "./deployments/31337.json" with { type: "json" };
 * const deployment = parseDeploymentRecord(record, "deployments/31337.json");
 * const client = createOpGovClient({ publicClient, deployment });
 * ```
 */
export function parseDeploymentRecord(value: unknown, source = "(deployment record)"): OpGovDeploymentRecord {
  const issues: Issues = [];
  const root = readObject(value, "$", issues);
  if (root.version !== DEPLOYMENT_RECORD_VERSION)
    issues.push(`version: must be ${DEPLOYMENT_RECORD_VERSION}, got ${JSON.stringify(root.version)}`);
  const chainId = root.chainId;
  if (typeof chainId !== "number" || !Number.isSafeInteger(chainId) || chainId <= 0)
    issues.push(`chainId: must be a positive integer, got ${JSON.stringify(chainId)}`);
  const hats = readAddress(root.hats, "hats", issues);
  const safeIn = readObject(root.safe, "safe", issues);
  const safe = Object.fromEntries(SAFE_NAMES.map((name) => [name, readAddress(safeIn[name], `safe.${name}`, issues)])) as SafeContractAddresses;
  const opgovIn = readObject(root.opgov, "opgov", issues);
  const opgov = {
    factory: readAddress(opgovIn.factory, "opgov.factory", issues),
    extension: readAddress(opgovIn.extension, "opgov.extension", issues),
    lens: readAddress(opgovIn.lens, "opgov.lens", issues),
    ...(opgovIn.cellSafeSetup === undefined ? {} : { cellSafeSetup: readAddress(opgovIn.cellSafeSetup, "opgov.cellSafeSetup", issues) }),
  };
  const multicall3 = root.multicall3 === undefined ? undefined : readAddress(root.multicall3, "multicall3", issues);
  const hashesIn = readObject(root.codeHashes, "codeHashes", issues);
  const codeHashes = {
    hats: readHash(hashesIn.hats, "codeHashes.hats", issues),
    factory: readHash(hashesIn.factory, "codeHashes.factory", issues),
    extension: readHash(hashesIn.extension, "codeHashes.extension", issues),
    lens: readHash(hashesIn.lens, "codeHashes.lens", issues),
  };
  const blockIn = readObject(root.block, "block", issues);
  let blockNumber = 0n;
  if (typeof blockIn.number === "number" && Number.isSafeInteger(blockIn.number) && blockIn.number >= 0) blockNumber = BigInt(blockIn.number);
  else if (typeof blockIn.number === "string" && /^(0|[1-9][0-9]*)$/.test(blockIn.number)) blockNumber = BigInt(blockIn.number);
  else issues.push(`block.number: must be a non-negative integer, got ${JSON.stringify(blockIn.number)}`);
  const blockHash = readHash(blockIn.hash, "block.hash", issues);
  const salt = readHash(root.salt, "salt", issues);
  if (typeof root.local !== "boolean") issues.push(`local: must be true or false, got ${JSON.stringify(root.local)}`);
  let testTokens: Record<string, Address> | undefined;
  if (root.testTokens !== undefined) {
    const tokensIn = readObject(root.testTokens, "testTokens", issues);
    testTokens = Object.fromEntries(Object.entries(tokensIn).map(([symbol, address]) => [symbol, readAddress(address, `testTokens.${symbol}`, issues)]));
  }
  if (issues.length) throw new InvalidDeploymentRecordError({ source, issues });
  return {
    version: DEPLOYMENT_RECORD_VERSION,
    chainId: chainId as number,
    hats,
    safe,
    opgov,
    ...(multicall3 === undefined ? {} : { multicall3 }),
    codeHashes,
    block: { number: blockNumber, hash: blockHash },
    salt,
    local: root.local as boolean,
    ...(testTokens === undefined ? {} : { testTokens }),
  };
}

/**
 * The JSON form of a record (block number as a decimal string so it survives any JSON parser),
 * with a stable key order: what `deploy/` writes and {@link parseDeploymentRecord} reads back.
 *
 * @param record - The record.
 * @returns A plain JSON-compatible object.
 * @example
 * ```ts
 * const text = JSON.stringify(serializeDeploymentRecord(record), null, 2);
 * ```
 */
export function serializeDeploymentRecord(record: OpGovDeploymentRecord) {
  return {
    version: record.version,
    chainId: record.chainId,
    local: record.local,
    hats: record.hats,
    opgov: {
      factory: record.opgov.factory,
      extension: record.opgov.extension,
      lens: record.opgov.lens,
      ...(record.opgov.cellSafeSetup === undefined ? {} : { cellSafeSetup: record.opgov.cellSafeSetup }),
    },
    safe: Object.fromEntries(SAFE_NAMES.map((name) => [name, record.safe[name]])),
    ...(record.multicall3 === undefined ? {} : { multicall3: record.multicall3 }),
    codeHashes: { ...record.codeHashes },
    block: { number: record.block.number.toString(), hash: record.block.hash },
    salt: record.salt,
    ...(record.testTokens === undefined ? {} : { testTokens: { ...record.testTokens } }),
  };
}

/**
 * The deployment of one chain from a registry of records.
 *
 * @param chainId - The chain (read it from the node: `publicClient.getChainId()`).
 * @param registry - Records by chain id (`{ "1": record, "31337": record }`) or a list of records.
 * @returns The deployment of that chain.
 * @throws {DeploymentNotFoundError} When the registry has none for `chainId` (the message lists those it has).
 * @example
 * ```ts
 * const deployment = getDeployment(await publicClient.getChainId(), { 31337: parseDeploymentRecord(json) });
 * ```
 */
export function getDeployment<const record extends OpGovDeployment>(
  chainId: number,
  registry: Readonly<Record<string, record>> | readonly record[],
): record {
  const records: readonly record[] = Array.isArray(registry) ? registry : Object.values(registry);
  const found = records.find((record) => record.chainId === chainId);
  if (!found) throw new DeploymentNotFoundError({ chainId, known: records.map((record) => record.chainId).sort((a, b) => a - b) });
  return found;
}
