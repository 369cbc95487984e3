import { readFileSync } from "node:fs";
import { createPublicClient, createWalletClient, defineChain, http, isHex, type Account, type Chain, type PublicClient, type Transport, type WalletClient } from "viem";
import * as knownChains from "viem/chains";
import { privateKeyToAccount } from "viem/accounts";
import { getDeployment, type OpGovDeploymentRecord } from "../../sdk/chains/deployments.js";
import { DEFAULT_DEPLOYMENTS_DIR, readDeploymentRegistry } from "../../deploy/deployments.js";
import { BadArgumentError, BadKeyError, BadKeyFileError, MissingKeyError, RpcUnreachableError } from "./errors.js";

/** Where the CLI connects when `--rpc` is not given: `opgov node`'s default. */
export const DEFAULT_RPC_URL = "http://127.0.0.1:8545";

/** The environment variable holding the signer's private key. */
export const KEY_ENV = "OPGOV_PRIVATE_KEY";

/** A connection to a chain: the URL, the chain id read from the node, a public client. */
export type ChainConnection = {
  url: string;
  chainId: number;
  /** The chain's viem definition (viem's own when it knows the id). */
  chain: Chain;
  publicClient: PublicClient<Transport, Chain | undefined>;
};

/**
 * Checks an RPC URL and asks the node for its chain id.
 *
 * @param url - An http(s) URL.
 * @param options - `timeoutMs` for the first request (default 10 s).
 * @returns The connection.
 * @throws {BadArgumentError} When the URL is not an http(s) URL.
 * @throws {RpcUnreachableError} When the node does not answer.
 * @example
 * ```ts
 * const { chainId, publicClient } = await connectRpc("http://127.0.0.1:8545");
 * ```
 */
export async function connectRpc(url: string, { timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<ChainConnection> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new BadArgumentError(`--rpc must be an http(s) URL, got ${JSON.stringify(url)}.`, { cause });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new BadArgumentError(`--rpc must be an http(s) URL, got ${JSON.stringify(url)}.`);
  const publicClient = createPublicClient({ transport: http(url, { retryCount: 0, timeout: timeoutMs }) });
  let chainId: number;
  try {
    chainId = await publicClient.getChainId();
  } catch (cause) {
    throw new RpcUnreachableError({ url, cause });
  }
  // The Hats SDK wants the client's chain; viem's definition (when it knows the chain) also names Multicall3.
  const chain = chainOf(chainId, url);
  const withChain = createPublicClient({ chain, transport: http(url, { retryCount: 0, timeout: timeoutMs }) });
  return { url, chainId, chain, publicClient: withChain as PublicClient<Transport, Chain | undefined> };
}

/** viem's definition of a chain by id, or a minimal one for chains viem does not know. */
export function chainOf(chainId: number, url: string): Chain {
  const known = Object.values(knownChains as Record<string, Chain>).find((chain) => chain?.id === chainId);
  if (known) return known;
  return defineChain({ id: chainId, name: `chain ${chainId}`, nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: [url] } } });
}

function parseKey(text: string): `0x${string}` | undefined {
  const key = text.trim();
  return isHex(key, { strict: true }) && key.length === 66 ? key : undefined;
}

function toAccount(key: `0x${string}`, onError: (cause: unknown) => Error) {
  try {
    return privateKeyToAccount(key);
  } catch (cause) {
    throw onError(cause);
  }
}

/**
 * The signer's account: from `--key-file PATH` when given, else from `OPGOV_PRIVATE_KEY`. Never
 * prints the key, not even in errors.
 *
 * @param parameters - `command` (for the message), `keyFile`, and `env` (defaults to `process.env`).
 * @returns A viem local account.
 * @throws {MissingKeyError} When neither is set.
 * @throws {BadKeyFileError} When the file is unreadable or holds no key.
 * @throws {BadKeyError} When the environment variable holds no key.
 * @example
 * ```ts
 * const account = loadSigner({ command: "deploy", keyFile: values["key-file"] });
 * ```
 */
export function loadSigner({ command, keyFile, env = process.env }: { command: string; keyFile?: string | undefined; env?: NodeJS.ProcessEnv }) {
  if (keyFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(keyFile, "utf8");
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      throw new BadKeyFileError({ path: keyFile, problem: code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder" : "cannot be read", cause });
    }
    const key = parseKey(text);
    if (!key) throw new BadKeyFileError({ path: keyFile, problem: "does not hold a private key" });
    return toAccount(key, () => new BadKeyFileError({ path: keyFile, problem: "holds a value that is not a valid private key" }));
  }
  const fromEnv = env[KEY_ENV];
  if (fromEnv === undefined || fromEnv.trim() === "") throw new MissingKeyError(command);
  const key = parseKey(fromEnv);
  if (!key) throw new BadKeyError();
  return toAccount(key, (cause) => new BadKeyError(cause));
}

/**
 * A wallet client for `account` on the connection's chain.
 *
 * @example
 * ```ts
 * const walletClient = walletFor(connection, loadSigner({ command: "deploy" }));
 * ```
 */
export function walletFor(connection: ChainConnection, account: Account): WalletClient<Transport, Chain | undefined, Account> {
  return createWalletClient({ account, chain: connection.chain, transport: http(connection.url, { retryCount: 0 }) }) as WalletClient<Transport, Chain | undefined, Account>;
}

/**
 * The opgov deployment of the connection's chain, from a deployments folder or file.
 *
 * @param connection - The chain.
 * @param path - `--deployments` (default: the repository's `deployments/`).
 * @returns The chain's deployment record.
 * @throws {DeploymentNotFoundError} When none is recorded for the chain.
 * @throws {DeploymentFileError} When the path cannot be read.
 * @throws {InvalidDeploymentRecordError} When a record is not valid.
 * @example
 * ```ts
 * const deployment = loadDeployment(connection, values.deployments);
 * ```
 */
export function loadDeployment(connection: Pick<ChainConnection, "chainId">, path: string | undefined): OpGovDeploymentRecord {
  const dir = path ?? DEFAULT_DEPLOYMENTS_DIR;
  let registry: Record<string, OpGovDeploymentRecord> = {};
  try {
    registry = readDeploymentRegistry(dir);
  } catch (error) {
    // A missing default folder just means nothing is deployed yet.
    if (path !== undefined || (error as { name?: string }).name !== "DeploymentFileError") throw error;
  }
  return getDeployment(connection.chainId, registry);
}
