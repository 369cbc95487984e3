import type { Address } from "viem";
import { opgovAbi } from "../abis/opgov.js";
import { opgovFactoryAbi } from "../abis/opgovFactory.js";

/**
 * The contract config wagmi hooks take (`useReadContract`, `useWriteContract`,
 * `useWatchContractEvent`…) for a DAO's opgov instance: its typed ABI and address.
 *
 * @param address - the opgov instance.
 * @returns `{ abi: opgovAbi, address }`, typed `as const` so wagmi infers function names, args and results.
 * @example
 * ```tsx
 * const { data } = useReadContract({ ...opgovContract(instance), functionName: "getCell", args: [cellId] });
 * ```
 */
export function opgovContract<const address extends Address>(address: address) {
  return { abi: opgovAbi, address } as const;
}

/**
 * The contract config wagmi hooks take for opgov's factory on a chain.
 *
 * @param address - the factory (the deployment's `opgov.factory`).
 * @returns `{ abi: opgovFactoryAbi, address }`, typed `as const`.
 * @example
 * ```tsx
 * const { data: predicted } = useReadContract({ ...opgovFactoryContract(deployment.opgov.factory), functionName: "predict", args: [params, salt] });
 * ```
 */
export function opgovFactoryContract<const address extends Address>(address: address) {
  return { abi: opgovFactoryAbi, address } as const;
}
