import {
  getCompatibilityFallbackHandlerDeployment,
  getCreateCallDeployment,
  getExtensibleFallbackHandlerDeployment,
  getMultiSendCallOnlyDeployment,
  getMultiSendDeployment,
  getProxyFactoryDeployment,
  getSafeL2SingletonDeployment,
  getSafeMigrationDeployment,
  getSafeSingletonDeployment,
  getSafeToL2SetupDeployment,
  getSignMessageLibDeployment,
  getSimulateTxAccessorDeployment,
  getTokenCallbackHandlerDeployment,
  type DeploymentFilter,
  type SingletonDeployment,
} from "@safe-global/safe-deployments";
import { getAddress, type Address, type Hex } from "viem";
import { SAFE_VERSION, type SafeContractAddresses, type SafeContractName } from "../sdk/chains/addresses.js";

/** Node-side lookups in `@safe-global/safe-deployments` for Safe 1.5.0. */

const lookups: { readonly [name in SafeContractName]: (filter?: DeploymentFilter) => SingletonDeployment | undefined } = {
  safe: getSafeSingletonDeployment,
  safeL2: getSafeL2SingletonDeployment,
  safeProxyFactory: getProxyFactoryDeployment,
  multiSend: getMultiSendDeployment,
  multiSendCallOnly: getMultiSendCallOnlyDeployment,
  compatibilityFallbackHandler: getCompatibilityFallbackHandlerDeployment,
  signMessageLib: getSignMessageLibDeployment,
  createCall: getCreateCallDeployment,
  simulateTxAccessor: getSimulateTxAccessorDeployment,
  safeToL2Setup: getSafeToL2SetupDeployment,
  tokenCallbackHandler: getTokenCallbackHandlerDeployment,
  extensibleFallbackHandler: getExtensibleFallbackHandlerDeployment,
  safeMigration: getSafeMigrationDeployment,
};

/** Every Safe contract name, in the order the local bootstrap deploys them. */
export const SAFE_CONTRACT_NAMES = Object.keys(lookups) as readonly SafeContractName[];

/** The canonical deployment of one Safe 1.5.0 contract, as safe-deployments lists it. */
export type CanonicalSafeDeployment = {
  /** The contract's name in safe-deployments, e.g. `"SafeProxyFactory"`. */
  contractName: string;
  address: Address;
  /** keccak256 of the runtime code at `address`. */
  codeHash: Hex;
};

/**
 * The canonical (Safe Singleton Factory) deployment of a Safe 1.5.0 contract, from
 * `@safe-global/safe-deployments`.
 *
 * @param name - opgov's name for the contract.
 * @returns Its canonical address and runtime code hash, or `undefined` if safe-deployments lists
 *   no canonical deployment for it.
 * @example
 * ```ts
 * const { address, codeHash } = getCanonicalSafeDeployment("safeProxyFactory")!;
 * ```
 */
export function getCanonicalSafeDeployment(name: SafeContractName): CanonicalSafeDeployment | undefined {
  const deployment = lookups[name]({ version: SAFE_VERSION, released: true });
  const canonical = deployment?.deployments.canonical;
  if (!deployment || !canonical) return undefined;
  return {
    contractName: deployment.contractName,
    address: getAddress(canonical.address),
    codeHash: canonical.codeHash as Hex,
  };
}

/**
 * The Safe 1.5.0 addresses on a live chain, from `@safe-global/safe-deployments`. Where a chain
 * lists several deployment types for a contract, the first (canonical when present) wins.
 *
 * @param chainId - The chain id.
 * @returns One address per contract, or `undefined` when the chain lacks any of them.
 * @example
 * ```ts
 * const safe = getSafeAddresses(11155111);
 * if (safe) console.log(safe.safeProxyFactory);
 * ```
 */
export function getSafeAddresses(chainId: number): SafeContractAddresses | undefined {
  const network = String(chainId);
  const entries: [SafeContractName, Address][] = [];
  for (const name of SAFE_CONTRACT_NAMES) {
    const address = lookups[name]({ version: SAFE_VERSION, released: true, network })?.networkAddresses[network];
    if (!address) return undefined;
    entries.push([name, getAddress(address)]);
  }
  return Object.fromEntries(entries) as SafeContractAddresses;
}

/**
 * The chain ids on which safe-deployments lists every Safe 1.5.0 contract opgov uses.
 *
 * @returns Chain ids, ascending.
 * @example
 * ```ts
 * if (!getSafeChainIds().includes(chainId)) throw new Error("no Safe 1.5.0 here");
 * ```
 */
export function getSafeChainIds(): number[] {
  const chains = Object.keys(getSafeSingletonDeployment({ version: SAFE_VERSION, released: true })?.networkAddresses ?? {});
  return chains
    .map(Number)
    .filter((chainId) => getSafeAddresses(chainId) !== undefined)
    .sort((a, b) => a - b);
}
