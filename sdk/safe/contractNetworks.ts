import type { ContractNetworkConfig } from "@safe-global/protocol-kit";
import type { SafeContractAddresses } from "../chains/addresses.js";

/**
 * The `contractNetworks` entry protocol-kit needs to use the Safe contracts of a chain it does
 * not know (such as the local chain 31337).
 *
 * @param safe - The Safe 1.5.0 addresses (e.g. `addresses.safe` from `bootstrapLocalChain`).
 * @param singleton - Which singleton new Safes use: `"safe"` (pair with `isL1SafeSingleton: true`)
 *   or `"safeL2"` (emits events for indexers).
 * @returns One chain's contract config.
 * @example
 * ```ts
 * const kit = await Safe.init({
 *   provider, signer, predictedSafe, isL1SafeSingleton: true,
 *   contractNetworks: { "31337": toContractNetworkConfig(addresses.safe) },
 * });
 * ```
 */
export function toContractNetworkConfig(safe: SafeContractAddresses, singleton: "safe" | "safeL2" = "safe"): ContractNetworkConfig {
  return {
    safeSingletonAddress: safe[singleton],
    safeProxyFactoryAddress: safe.safeProxyFactory,
    multiSendAddress: safe.multiSend,
    multiSendCallOnlyAddress: safe.multiSendCallOnly,
    fallbackHandlerAddress: safe.compatibilityFallbackHandler,
    signMessageLibAddress: safe.signMessageLib,
    createCallAddress: safe.createCall,
    simulateTxAccessorAddress: safe.simulateTxAccessor,
    extensibleFallbackHandlerAddress: safe.extensibleFallbackHandler,
  };
}
