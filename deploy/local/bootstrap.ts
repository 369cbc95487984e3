import type { Address, Hash } from "viem";
import { MULTICALL3_ADDRESS, SAFE_SINGLETON_FACTORY_ADDRESS, type SafeContractAddresses, type SafeContractName } from "../../sdk/chains/addresses.js";
import { MissingAccountError } from "./errors.js";
import { installHatsCompat, installInPlace, type HatsInstallStatus } from "./hats.js";

/** The project's Multicall3-compatible contract, by fully qualified name. */
export const MULTICALL3_COMPAT_ARTIFACT = "contracts/local/Multicall3Compat.sol:Multicall3Compat";
import type { LocalChainClients } from "./rpc.js";
import { installSafeContracts } from "./safe.js";
import { installSingletonFactory, type InstallStatus } from "./singletonFactory.js";
import { installOpGovContracts, type OpGovContractAddresses, type OpGovInstallStatus } from "../opgov.js";

/** Parameters of `bootstrapLocalChain`. */
export type BootstrapLocalChainParameters = LocalChainClients & {
  /** The project's artifacts folder; defaults to the repository's `artifacts/`. */
  artifactsDir?: string | undefined;
};

/** Every address a bootstrapped local chain provides. */
export type LocalChainAddresses = {
  chainId: number;
  /** The Safe Singleton Factory (CREATE2 deployer). */
  singletonFactory: Address;
  /** The Safe 1.5.0 contracts, at their canonical addresses. */
  safe: SafeContractAddresses;
  /** Hats v1 (HatsCompat on a local chain), at its canonical address. */
  hats: Address;
  /** The opgov factory, and the shared extension and lens every instance delegates to. */
  opgov: OpGovContractAddresses;
  /** Multicall3 (Multicall3Compat on a local chain), at its canonical address. */
  multicall3: Address;
};

/** What one `bootstrapLocalChain` call did. */
export type BootstrapReport = {
  singletonFactory: InstallStatus;
  safe: { readonly [name in SafeContractName]: InstallStatus };
  hats: HatsInstallStatus;
  multicall3: HatsInstallStatus;
  opgov: OpGovInstallStatus;
  /** Transactions sent by this call: none when the chain was already bootstrapped. */
  transactionHashes: Hash[];
  /** Gas used by those transactions. */
  gasUsed: bigint;
};

/** What `bootstrapLocalChain` returns. */
export type BootstrapLocalChainReturnType = {
  addresses: LocalChainAddresses;
  report: BootstrapReport;
};

/**
 * Brings a development chain to opgov's known starting state, skipping whatever is already in
 * place (a second call sends no transaction):
 *
 * 1. the Safe Singleton Factory at its canonical address (`hardhat_setCode`);
 * 2. the Safe 1.5.0 contracts, deployed through it from `@safe-global/safe-smart-account`'s
 *    artifacts, each checked to land at its canonical address with its canonical code;
 * 3. the project's HatsCompat at Hats v1's canonical address;
 * 4. the project's Multicall3Compat at Multicall3's canonical address (viem batches reads there);
 * 5. the opgov lens, extension, factory and cell-Safe setup hook, through the singleton factory (same addresses as on
 *    any live chain with the same Hats address).
 *
 * @param parameters - An EIP-1193 `provider` that accepts `hardhat_setCode`, a `publicClient`, a
 *   `walletClient` with an account that pays for the deployments, and optionally `artifactsDir`.
 * @returns The addresses and a report of what this call did.
 * @throws {MissingAccountError} When the wallet client has no account (checked before any change).
 * @throws {SetCodeUnsupportedError} When the node refuses `hardhat_setCode`.
 * @throws {ArtifactNotFoundError} When an artifact is missing (run `npx hardhat build`).
 * @throws {CanonicalAddressMismatchError} When a Safe contract would not land at its canonical address.
 * @throws {UnexpectedCodeError} When a canonical Safe address holds other code.
 * @throws {DeploymentFailedError} When a deployment reverts or leaves unexpected code.
 * @example
 * ```ts
 * import hre from "hardhat";
 * const conn = await hre.network.create();
 * const publicClient = await conn.viem.getPublicClient();
 * const [walletClient] = await conn.viem.getWalletClients();
 * const { addresses } = await bootstrapLocalChain({ provider: conn.provider, publicClient, walletClient: walletClient! });
 * console.log(addresses.safe.safeProxyFactory, addresses.hats);
 * ```
 */
export async function bootstrapLocalChain(parameters: BootstrapLocalChainParameters): Promise<BootstrapLocalChainReturnType> {
  const { provider, publicClient, walletClient, artifactsDir } = parameters;
  if (!walletClient.account) throw new MissingAccountError();
  const clients: LocalChainClients = { provider, publicClient, walletClient };
  const chainId = await publicClient.getChainId();

  const singletonFactory = await installSingletonFactory(clients);
  const safe = await installSafeContracts(clients);
  const hats = await installHatsCompat(clients, { artifactsDir });
  const multicall3 = await installInPlace(clients, { artifactId: MULTICALL3_COMPAT_ARTIFACT, address: MULTICALL3_ADDRESS, artifactsDir });
  const opgov = await installOpGovContracts(clients, { hats: hats.address, artifactsDir });

  return {
    addresses: { chainId, singletonFactory: SAFE_SINGLETON_FACTORY_ADDRESS, safe: safe.addresses, hats: hats.address, opgov: opgov.addresses, multicall3: multicall3.address },
    report: {
      singletonFactory,
      safe: safe.status,
      hats: hats.status,
      multicall3: multicall3.status,
      opgov: opgov.status,
      transactionHashes: [...safe.transactionHashes, ...hats.transactionHashes, ...multicall3.transactionHashes, ...opgov.transactionHashes],
      gasUsed: safe.gasUsed + hats.gasUsed + multicall3.gasUsed + opgov.gasUsed,
    },
  };
}
