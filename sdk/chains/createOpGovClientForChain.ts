import {
  createPublicClient,
  createWalletClient,
  defineChain,
  http,
  type Account,
  type Address,
  type Chain,
  type PublicClient,
  type Transport,
} from "viem";
import { createOpGovClient, type OpGovClient, type OpGovDeployment } from "../client.js";
import { OpGovError } from "../errors/base.js";
import { HATS_V1_ADDRESS, MULTICALL3_ADDRESS, SAFE_1_5_0_CANONICAL_ADDRESSES, type SafeContractAddresses } from "./addresses.js";
import { DeploymentNotFoundError, getDeployment } from "./deployments.js";

/** What {@link createOpGovClientForChain} takes: where the node is, the deployment records, and who signs. */
export type CreateOpGovClientForChainParameters = {
  /** The node's JSON-RPC URL (viem's `http` transport). Give this or `transport`. */
  rpcUrl?: string | undefined;
  /** Any viem transport (`http`, `webSocket`, `custom(window.ethereum)`, `fallback`…); wins over `rpcUrl`. */
  transport?: Transport | undefined;
  /** The chain id you expect; the node's own is always read and must match ({@link ChainIdMismatchError}). */
  chainId?: number | undefined;
  /**
   * The per-chain deployment records, as data (`deployments/<chainId>.json` parsed with
   * `parseDeploymentRecord`, by chain id or as a list); the node's chain picks one.
   */
  deploymentRecords: Readonly<Record<string, OpGovDeployment>> | readonly OpGovDeployment[];
  /** Who signs: a local account (`privateKeyToAccount`) or an address the node signs for. Omit for read-only. */
  account?: Account | Address | undefined;
  /** The DAO's opgov instance, if it exists already. */
  instance?: Address | undefined;
  /** Most blocks per `eth_getLogs` request, for providers that cap log ranges (default: one request per query). */
  maxBlockRange?: bigint | undefined;
  /** viem's definition of the chain (e.g. `mainnet` from `viem/chains`); a minimal one is built when omitted. */
  chain?: Chain | undefined;
  /** Check that Hats, the Safe contracts and opgov's factory have code on the chain (default true; one batched request). */
  checkCode?: boolean | undefined;
};

/** What {@link createOpGovClientForChain} returns: the opgov client, with the chain's deployment. */
export type CreateOpGovClientForChainReturnType = OpGovClient;

/** What {@link createOpGovClientForChain} may throw. */
export type CreateOpGovClientForChainErrorType =
  | ChainUnreachableError
  | ChainIdMismatchError
  | DeploymentNotFoundError
  | DeploymentCodeMissingError;

/** Thrown when neither `rpcUrl` nor `transport` is given, or the node does not answer `eth_chainId`. */
export class ChainUnreachableError extends OpGovError {
  override name = "ChainUnreachableError";
  readonly rpcUrl: string | undefined;
  constructor(rpcUrl: string | undefined, cause?: unknown) {
    super(rpcUrl === undefined ? "No JSON-RPC endpoint to reach the chain." : `The JSON-RPC endpoint ${rpcUrl} did not answer eth_chainId.`, {
      details: rpcUrl === undefined ? "Pass `rpcUrl` (or a viem `transport`)." : "Check the URL, that the node runs and that it accepts requests from here (CORS in a browser).",
      cause,
    });
    this.rpcUrl = rpcUrl;
  }
}

/** Thrown when the node's chain id is not the one the caller expected. */
export class ChainIdMismatchError extends OpGovError {
  override name = "ChainIdMismatchError";
  readonly expected: number;
  readonly actual: number;
  constructor(expected: number, actual: number) {
    super(`The node is on chain ${actual}, not on chain ${expected}.`, {
      details: "Point `rpcUrl` at a node of the expected chain, or drop `chainId` to use whichever chain the node is on.",
    });
    this.expected = expected;
    this.actual = actual;
  }
}

/** Thrown when a contract the deployment record names has no code on the chain. */
export class DeploymentCodeMissingError extends OpGovError {
  override name = "DeploymentCodeMissingError";
  readonly chainId: number;
  /** Each contract without code: its name in the record and its address. */
  readonly missing: readonly { name: string; address: Address }[];
  constructor(chainId: number, missing: readonly { name: string; address: Address }[]) {
    super(`Chain ${chainId} lacks ${missing.length} contract${missing.length === 1 ? "" : "s"} its deployment record names.`, {
      metaMessages: missing.map(({ name, address }) => `  ${name}: no code at ${address}`),
      details:
        "The record may belong to another chain or an earlier run of a local chain (every start of `opgov node` is a fresh chain): deploy again (`npm run deploy -- --rpc <url>`) and use the new record.",
    });
    this.chainId = chainId;
    this.missing = missing;
  }
}

/**
 * The canonical addresses of opgov's prerequisites on a chain: Hats Protocol v1 and the Safe
 * 1.5.0 contracts are deployed with CREATE2 at the same address on every chain they support.
 * (Whether a chain has them is a question for the chain: {@link createOpGovClientForChain}
 * checks their code.)
 *
 * @param chainId - the chain.
 * @returns the chain id with Hats v1's and Safe 1.5.0's canonical addresses.
 * @example
 * ```ts
 * const { hats, safe } = getCanonicalContracts(11155111);
 * ```
 */
export function getCanonicalContracts(chainId: number): { chainId: number; hats: Address; safe: SafeContractAddresses } {
  return { chainId, hats: HATS_V1_ADDRESS, safe: SAFE_1_5_0_CANONICAL_ADDRESSES };
}

/**
 * Builds an opgov client for whatever chain a node serves: viem clients over `rpcUrl` (viem's
 * `http` transport) or a given transport, the chain id read from the node, that chain's
 * deployment picked from the records (passed as data: browser-safe), and, by default, a check
 * that Hats, the Safe singleton and proxy factory and opgov's factory have code there. Multicall3
 * is used for batched reads when the chain has it at its canonical address.
 *
 * @param parameters - `rpcUrl` or `transport`, `deploymentRecords`, optionally `account`, `instance`, `chainId`, `chain`.
 * @returns the opgov client (with a wallet client when `account` is given).
 * @throws {ChainUnreachableError} when the node does not answer.
 * @throws {ChainIdMismatchError} when `chainId` is given and the node is on another chain.
 * @throws {DeploymentNotFoundError} when the records have none for the node's chain.
 * @throws {DeploymentCodeMissingError} when a recorded contract has no code there.
 * @example
 * ```ts
 * import sepolia from "./deployments/11155111.json" with { type: "json" };
 * const client = await createOpGovClientForChain({
 *   rpcUrl: "https://rpc.sepolia.org",
 *   deploymentRecords: [parseDeploymentRecord(sepolia)],
 *   account: privateKeyToAccount(key),
 *   instance,
 * });
 * const dashboard = await getDashboard(client, {});
 * ```
 */
export async function createOpGovClientForChain(parameters: CreateOpGovClientForChainParameters): Promise<CreateOpGovClientForChainReturnType> {
  const { rpcUrl } = parameters;
  if (parameters.transport === undefined && rpcUrl === undefined) throw new ChainUnreachableError(undefined);
  const transport = parameters.transport ?? http(rpcUrl, { batch: true });

  const probe = createPublicClient({ transport });
  let chainId: number;
  try {
    chainId = await probe.getChainId();
  } catch (error) {
    throw new ChainUnreachableError(rpcUrl ?? "(transport)", error);
  }
  if (parameters.chainId !== undefined && parameters.chainId !== chainId) throw new ChainIdMismatchError(parameters.chainId, chainId);
  if (parameters.chain !== undefined && parameters.chain.id !== chainId) throw new ChainIdMismatchError(parameters.chain.id, chainId);
  const deployment = getDeployment(chainId, parameters.deploymentRecords);

  const multicall3 = parameters.chain?.contracts?.multicall3?.address ?? deployment.multicall3;
  const required: { name: string; address: Address }[] =
    parameters.checkCode === false
      ? []
      : [
          { name: "hats", address: deployment.hats },
          { name: "safe.safe", address: deployment.safe.safe },
          { name: "safe.safeProxyFactory", address: deployment.safe.safeProxyFactory },
          { name: "opgov.factory", address: deployment.opgov.factory },
        ];
  const probed = [...required, ...(multicall3 === undefined ? [{ name: "multicall3", address: MULTICALL3_ADDRESS }] : [])];
  const codes = await Promise.all(probed.map(({ address }) => probe.getCode({ address }).then((code) => code !== undefined && code !== "0x")));
  const missing = required.filter((_, i) => !codes[i]);
  if (missing.length > 0) throw new DeploymentCodeMissingError(chainId, missing);
  const hasCanonicalMulticall = multicall3 === undefined && codes[required.length] === true;

  const chain: Chain =
    parameters.chain ??
    defineChain({
      id: chainId,
      name: `Chain ${chainId}`,
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      rpcUrls: { default: { http: rpcUrl === undefined ? [] : [rpcUrl] } },
      ...(multicall3 !== undefined || hasCanonicalMulticall ? { contracts: { multicall3: { address: multicall3 ?? MULTICALL3_ADDRESS } } } : {}),
    });
  const publicClient = createPublicClient({ chain, transport }) as PublicClient<Transport, Chain>;
  const walletClient = parameters.account === undefined ? undefined : createWalletClient({ account: parameters.account, chain, transport });
  return createOpGovClient({ publicClient, walletClient, deployment, instance: parameters.instance, maxBlockRange: parameters.maxBlockRange });
}
