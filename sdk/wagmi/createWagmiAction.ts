import { getPublicClient, getWalletClient, type Config, type Connector } from "@wagmi/core";
import { zeroAddress, type Account, type Address, type Chain, type PublicClient, type Transport, type WalletClient } from "viem";
import { HATS_V1_ADDRESS, SAFE_1_5_0_CANONICAL_ADDRESSES } from "../chains/addresses.js";
import { createOpGovClient, type OpGovClient, type OpGovDeployment } from "../client.js";
import { OpGovError } from "../errors/base.js";

/** What every opgov wagmi action takes besides the SDK action's own parameters. */
export type OpGovWagmiParameters<config extends Config = Config> = {
  /** The chain to act on (default: wagmi's current chain). */
  chainId?: config["chains"][number]["id"] | undefined;
  /** The DAO's opgov instance. */
  instance?: Address | undefined;
  /**
   * The chain's shared opgov contracts. Reads never use it; actions that deploy (the factory)
   * need it. Default: the canonical Hats and Safe addresses, opgov's unset.
   */
  deployment?: OpGovDeployment | undefined;
};

/** What an opgov wagmi write action also takes: which connected account and connector sign. */
export type OpGovWagmiWriteParameters<config extends Config = Config> = OpGovWagmiParameters<config> & {
  account?: Address | Account | undefined;
  connector?: Connector | undefined;
};

/** Thrown when wagmi has no client for the requested chain. */
export class WagmiChainNotConfiguredError extends OpGovError {
  override name = "WagmiChainNotConfiguredError";
  constructor(chainId: number | undefined) {
    super(`wagmi has no client for chain ${chainId ?? "(current)"}.`, {
      details: "Add the chain to `chains` and `transports` in wagmi's createConfig, or pass a configured chainId.",
    });
  }
}

/**
 * The deployment used when a wagmi action is given none: canonical Hats and Safe, opgov unset
 * (reads and round actions need only the instance; the factory and phase setups need a real one).
 *
 * @param chainId - the chain.
 * @returns canonical Hats v1 and Safe 1.5.0 addresses, zero addresses for opgov's shared contracts.
 * @example
 * ```ts
 * const deployment = defaultDeployment(11155111);
 * ```
 */
export function defaultDeployment(chainId: number): OpGovDeployment {
  return { chainId, hats: HATS_V1_ADDRESS, safe: SAFE_1_5_0_CANONICAL_ADDRESSES, opgov: { factory: zeroAddress, extension: zeroAddress, lens: zeroAddress } };
}

/** An SDK action: `(client, parameters) => Promise<result>`. */
export type OpGovAction<parameters, result> = (client: OpGovClient, parameters: parameters) => Promise<result>;

/** The wagmi form of an SDK read action. */
export type WagmiReadAction<parameters, result> = <config extends Config>(
  config: config,
  parameters: parameters & OpGovWagmiParameters<config>,
) => Promise<result>;

/** The wagmi form of an SDK write action. */
export type WagmiWriteAction<parameters, result> = <config extends Config>(
  config: config,
  parameters: parameters & OpGovWagmiWriteParameters<config>,
) => Promise<result>;

function split<parameters>(parameters: parameters & OpGovWagmiWriteParameters) {
  const { chainId, instance, deployment, account, connector, ...rest } = parameters;
  return { chainId, instance, deployment, account, connector, rest: rest as unknown as parameters };
}

/**
 * Turns an SDK read action `(client, parameters)` into a `@wagmi/core` action
 * `(config, parameters)`: the viem public client comes from the wagmi config
 * (`getPublicClient(config, { chainId })`), `instance` (and optionally `chainId`, `deployment`)
 * join the action's own parameters. Return and error types are the SDK action's.
 *
 * @param action - the SDK read action.
 * @returns the wagmi action.
 * @example
 * ```ts
 * const getCell = createWagmiReadAction(sdk.getCell);
 * const cell = await getCell(wagmiConfig, { instance, cell: 123n });
 * ```
 */
export function createWagmiReadAction<parameters, result>(action: OpGovAction<parameters, result>): WagmiReadAction<parameters, result> {
  return async (config, parameters) => {
    const { chainId, instance, deployment, rest } = split(parameters as never as parameters & OpGovWagmiWriteParameters);
    const publicClient = getPublicClient(config, chainId === undefined ? {} : { chainId }) as PublicClient<Transport, Chain> | undefined;
    if (!publicClient) throw new WagmiChainNotConfiguredError(chainId);
    const client = createOpGovClient({ publicClient, deployment: deployment ?? defaultDeployment(publicClient.chain.id), instance });
    return action(client, rest);
  };
}

/**
 * Turns an SDK write action into a `@wagmi/core` action `(config, parameters)`: the wallet
 * client is the connected connector's (`getWalletClient(config, { chainId, account, connector })`),
 * the public client the config's for the same chain. Every write in `opgov/wagmi` is built with it.
 *
 * @param action - the SDK write action.
 * @returns the wagmi action.
 * @example
 * ```ts
 * const spend = createWagmiWriteAction(sdk.spendBudget);
 * const { hash, remaining } = await spend(wagmiConfig, { instance, domain: 1, token, to, amount });
 * ```
 */
export function createWagmiWriteAction<parameters, result>(action: OpGovAction<parameters, result>): WagmiWriteAction<parameters, result> {
  return async (config, parameters) => {
    const { chainId, instance, deployment, account, connector, rest } = split(parameters as never as parameters & OpGovWagmiWriteParameters);
    const walletClient = (await getWalletClient(config, {
      ...(chainId === undefined ? {} : { chainId }),
      ...(account === undefined ? {} : { account }),
      ...(connector === undefined ? {} : { connector }),
    } as never)) as unknown as WalletClient<Transport, Chain, Account>;
    const publicClient = getPublicClient(config, { chainId: walletClient.chain.id }) as PublicClient<Transport, Chain> | undefined;
    if (!publicClient) throw new WagmiChainNotConfiguredError(walletClient.chain.id);
    const client = createOpGovClient({ publicClient, walletClient, deployment: deployment ?? defaultDeployment(publicClient.chain.id), instance });
    return action(client, rest);
  };
}
