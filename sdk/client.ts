import type { Account, Address, Chain, PublicClient, Transport, WalletClient } from "viem";
import type { SafeContractAddresses } from "./chains/addresses.js";
import { OpGovError } from "./errors/base.js";

/** Where the shared opgov contracts of one chain live (one deployment serves every DAO there). */
export type OpGovDeployment = {
  /** The chain these addresses are on. */
  readonly chainId: number;
  /** Hats Protocol v1 (or the Hats-compatible contract on a local chain). */
  readonly hats: Address;
  /** The Safe 1.5.0 contracts. */
  readonly safe: SafeContractAddresses;
  /** opgov's factory and the two implementation contracts every instance delegates to. */
  readonly opgov: {
    readonly factory: Address;
    readonly extension: Address;
    readonly lens: Address;
    /** `CellSafeSetup`, the cell Safes' setup hook (deployments recorded before it have none). */
    readonly cellSafeSetup?: Address | undefined;
  };
  /**
   * Multicall3, when the chain has one that viem's chain definition does not name (local
   * chains); reads batch through `chain.contracts.multicall3` first, then this.
   */
  readonly multicall3?: Address | undefined;
};

/** What {@link createOpGovClient} takes. */
export type CreateOpGovClientParameters = {
  /** Reads and receipts go through it. */
  publicClient: PublicClient<Transport, Chain | undefined>;
  /** Signs and sends; optional for read-only use. */
  walletClient?: WalletClient<Transport, Chain | undefined, Account> | undefined;
  /** The shared contracts of the chain. */
  deployment: OpGovDeployment;
  /** The DAO's opgov instance, if it exists already (the factory's `deploy` gives it). */
  instance?: Address | undefined;
  /**
   * Most blocks per `eth_getLogs` request, for providers that cap a log query's range (e.g.
   * 10,000); every log read then pages by block range. Default: one request per query (a range
   * the node refuses as too large is still split in halves and retried).
   */
  maxBlockRange?: bigint | undefined;
};

/** The handle every SDK action takes first, like a viem client. */
export type OpGovClient = {
  readonly publicClient: PublicClient<Transport, Chain | undefined>;
  readonly walletClient: WalletClient<Transport, Chain | undefined, Account> | undefined;
  readonly deployment: OpGovDeployment;
  readonly instance: Address | undefined;
  /** Most blocks per `eth_getLogs` request (see {@link CreateOpGovClientParameters}). */
  readonly maxBlockRange?: bigint | undefined;
};

/**
 * Builds the client every opgov action takes: a viem public client, an optional wallet client,
 * the chain's deployment and (optionally) the DAO's opgov instance.
 *
 * @param parameters - the clients, the deployment and the instance.
 * @returns a frozen {@link OpGovClient}.
 * @example
 * ```ts
 * const client = createOpGovClient({ publicClient, walletClient, deployment, instance: "0x…" });
 * const cell = await getCell(client, { cell: 123n });
 * ```
 */
export function createOpGovClient(parameters: CreateOpGovClientParameters): OpGovClient {
  return Object.freeze({
    publicClient: parameters.publicClient,
    walletClient: parameters.walletClient,
    deployment: parameters.deployment,
    instance: parameters.instance,
    ...(parameters.maxBlockRange === undefined ? {} : { maxBlockRange: parameters.maxBlockRange }),
  });
}

/**
 * The same client, pointed at another opgov instance (e.g. right after the factory deployed it).
 *
 * @param client - the client.
 * @param instance - the opgov instance's address.
 * @returns a frozen copy of `client` with `instance`.
 * @example
 * ```ts
 * const dao = withInstance(client, instanceAddress);
 * ```
 */
export function withInstance(client: OpGovClient, instance: Address): OpGovClient {
  return Object.freeze({ ...client, instance });
}

/** Thrown when an action needs a DAO's opgov instance and the client has none. */
export class MissingInstanceError extends OpGovError {
  override name = "MissingInstanceError";
  constructor() {
    super("This action needs the DAO's opgov instance address, and the client has none.", {
      details: "Pass `instance` to createOpGovClient, or call withInstance(client, address) after the factory deployed it.",
    });
  }
}

/** Thrown when an action must send a transaction and the client has no wallet client. */
export class MissingWalletError extends OpGovError {
  override name = "MissingWalletError";
  constructor(action: string) {
    super(`${action} sends a transaction, and the client has no wallet client.`, {
      details: "Pass `walletClient` (with an account) to createOpGovClient.",
    });
  }
}

/** The instance address, or a {@link MissingInstanceError}. */
export function requireInstance(client: OpGovClient): Address {
  if (!client.instance) throw new MissingInstanceError();
  return client.instance;
}

/** The wallet client, or a {@link MissingWalletError} naming the action. */
export function requireWallet(client: OpGovClient, action: string): WalletClient<Transport, Chain | undefined, Account> {
  if (!client.walletClient) throw new MissingWalletError(action);
  return client.walletClient;
}
