import type { Address } from "viem";

/**
 * Facts about live chains that the SDK and scripts can rely on. Plain constants, no imports at
 * runtime: safe to bundle for a browser. `test/deploy/addresses.test.ts` checks them against
 * `@safe-global/safe-deployments`.
 */

/** Hats Protocol v1, deployed at this address on every chain it supports. */
export const HATS_V1_ADDRESS = "0x3bc1A0Ad72417f2d411118085256fC53CBdDd137" as const satisfies Address;

/**
 * The Safe Singleton Factory (a CREATE2 deployer: calldata is a 32-byte salt followed by the init
 * code; it returns the 20-byte address). Every Safe 1.5.0 singleton was deployed through it.
 */
export const SAFE_SINGLETON_FACTORY_ADDRESS = "0x914d7Fec6aaC8cd542e72Bca78B30650d45643d7" as const satisfies Address;

/**
 * Multicall3, at this address on virtually every chain. viem batches reads through it; local
 * chains get `contracts/local/Multicall3Compat.sol` there from the bootstrap.
 */
export const MULTICALL3_ADDRESS = "0xcA11bde05977b3631167028862bE2a173976CA11" as const satisfies Address;

/** The Safe version opgov builds on. */
export const SAFE_VERSION = "1.5.0" as const;

/** The Safe 1.5.0 contracts opgov knows, by the name it uses for them. */
export type SafeContractName =
  | "safe"
  | "safeL2"
  | "safeProxyFactory"
  | "multiSend"
  | "multiSendCallOnly"
  | "compatibilityFallbackHandler"
  | "signMessageLib"
  | "createCall"
  | "simulateTxAccessor"
  | "safeToL2Setup"
  | "tokenCallbackHandler"
  | "extensibleFallbackHandler"
  | "safeMigration";

/** One address per Safe 1.5.0 contract. */
export type SafeContractAddresses = { readonly [name in SafeContractName]: Address };

/**
 * The canonical Safe 1.5.0 addresses (deployment type `canonical` in safe-deployments): the
 * same on every chain where Safe deployed 1.5.0 through the Safe Singleton Factory, and on the
 * local chain after `bootstrapLocalChain`.
 */
export const SAFE_1_5_0_CANONICAL_ADDRESSES = {
  safe: "0xFf51A5898e281Db6DfC7855790607438dF2ca44b",
  safeL2: "0xEdd160fEBBD92E350D4D398fb636302fccd67C7e",
  safeProxyFactory: "0x14F2982D601c9458F93bd70B218933A6f8165e7b",
  multiSend: "0x218543288004CD07832472D464648173c77D7eB7",
  multiSendCallOnly: "0xA83c336B20401Af773B6219BA5027174338D1836",
  compatibilityFallbackHandler: "0x3EfCBb83A4A7AfcB4F68D501E2c2203a38be77f4",
  signMessageLib: "0x4FfeF8222648872B3dE295Ba1e49110E61f5b5aa",
  createCall: "0x2Ef5ECfbea521449E4De05EDB1ce63B75eDA90B4",
  simulateTxAccessor: "0x07EfA797c55B5DdE3698d876b277aBb6B893654C",
  safeToL2Setup: "0x900C7589200010D6C6eCaaE5B06EBe653bc2D82a",
  tokenCallbackHandler: "0x54e86d004d71a8D2112ec75FaCE57D730b0433F3",
  extensibleFallbackHandler: "0x85a8ca358D388530ad0fB95D0cb89Dd44Fc242c3",
  safeMigration: "0x6439e7ABD8Bb915A5263094784C5CF561c4172AC",
} as const satisfies SafeContractAddresses;
