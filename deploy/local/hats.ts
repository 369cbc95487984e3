import { encodeDeployData, type Address, type Hash, type Hex, type TransactionReceipt } from "viem";
import { HATS_V1_ADDRESS } from "../../sdk/chains/addresses.js";
import { matchesRuntimeCode, readProjectArtifact } from "./artifacts.js";
import { DeploymentFailedError } from "./errors.js";
import { sendAndWait, setCode, type LocalChainClients } from "./rpc.js";
import type { InstallStatus } from "./singletonFactory.js";

/** The project's Hats v1–compatible contract, by fully qualified name. */
export const HATS_COMPAT_ARTIFACT = "contracts/local/HatsCompat.sol:HatsCompat";

/** `"kept"`: other code already sat at the Hats address (e.g. the real Hats v1 on a fork) and was left alone. */
export type HatsInstallStatus = InstallStatus | "kept";

/** Options of `installHatsCompat`. */
export type InstallHatsCompatParameters = {
  /** The project's artifacts folder; defaults to the repository's `artifacts/`. */
  artifactsDir?: string | undefined;
  /** HatsCompat's constructor arguments, if it takes any. */
  constructorArgs?: readonly unknown[] | undefined;
};

/** What `installHatsCompat` did. */
export type InstallHatsCompatReturnType = {
  address: Address;
  status: HatsInstallStatus;
  transactionHashes: Hash[];
  gasUsed: bigint;
};

/**
 * Installs the project's Hats v1–compatible contract at Hats' canonical address, so that
 * `@hatsprotocol/sdk-v1-core` works unchanged on a local chain.
 *
 * It runs HatsCompat's creation code *in place*: the init code is put at the canonical address
 * with `hardhat_setCode`, an `eth_call` to it returns the runtime code (immutables computed with
 * `address(this)` = the canonical address), one transaction to it keeps whatever the constructor
 * writes to storage, and the runtime code then replaces the init code. The result is the state a
 * real deployment at that address would leave, which deploying elsewhere and copying the code
 * would not give for constructor-written storage.
 *
 * Idempotent: when HatsCompat's code is already there it does nothing (`"present"`); when other
 * code is there it leaves it (`"kept"`).
 *
 * @param clients - `provider` (for `hardhat_setCode`), `publicClient`, `walletClient`.
 * @param parameters - Optional artifacts folder and constructor arguments.
 * @returns The Hats address and what was done.
 * @throws {ArtifactNotFoundError} When HatsCompat was not built (`npx hardhat build`).
 * @throws {SetCodeUnsupportedError} When the node refuses `hardhat_setCode`.
 * @throws {DeploymentFailedError} When the constructor reverts.
 * @example
 * ```ts
 * const { address } = await installHatsCompat({ provider: conn.provider, publicClient, walletClient });
 * const hats = new HatsClient({ chainId: 31337, publicClient, walletClient });
 * ```
 */
export async function installHatsCompat(
  clients: LocalChainClients,
  { artifactsDir, constructorArgs }: InstallHatsCompatParameters = {},
): Promise<InstallHatsCompatReturnType> {
  return installInPlace(clients, { artifactId: HATS_COMPAT_ARTIFACT, address: HATS_V1_ADDRESS, artifactsDir, constructorArgs });
}

/** What `installInPlace` takes: a project artifact and the address it must live at. */
export type InstallInPlaceParameters = InstallHatsCompatParameters & {
  /** The artifact's fully qualified name, e.g. `contracts/local/HatsCompat.sol:HatsCompat`. */
  artifactId: string;
  /** Where its code must live. */
  address: Address;
};

/**
 * Runs a project contract's creation code *in place* at `address` (see `installHatsCompat`):
 * `"installed"`, or `"present"` when its code is there already, or `"kept"` when other code is.
 */
export async function installInPlace(
  clients: LocalChainClients,
  { artifactId, address, artifactsDir, constructorArgs }: InstallInPlaceParameters,
): Promise<InstallHatsCompatReturnType> {
  const { provider, publicClient, walletClient } = clients;
  const artifact = readProjectArtifact(artifactId, artifactsDir);
  const existing = await publicClient.getCode({ address });
  if (existing && existing !== "0x")
    return { address, status: matchesRuntimeCode(existing, artifact) ? "present" : "kept", transactionHashes: [], gasUsed: 0n };

  const initCode = constructorArgs?.length
    ? encodeDeployData({ abi: artifact.abi, bytecode: artifact.bytecode, args: constructorArgs })
    : artifact.bytecode;
  await setCode(provider, address, initCode);
  let runtime: Hex | undefined;
  try {
    ({ data: runtime } = await publicClient.call({ account: walletClient.account, to: address, data: "0x" }));
  } catch (cause) {
    await setCode(provider, address, "0x");
    throw new DeploymentFailedError({ contract: artifact.contractName, address, details: "Its constructor reverted.", cause });
  }
  if (!runtime || !matchesRuntimeCode(runtime, artifact)) {
    await setCode(provider, address, "0x");
    throw new DeploymentFailedError({ contract: artifact.contractName, address, details: "Its constructor did not return the artifact's runtime code." });
  }
  let receipt: TransactionReceipt;
  try {
    receipt = await sendAndWait(clients, { to: address, data: "0x" }, artifact.contractName);
  } catch (error) {
    await setCode(provider, address, "0x");
    throw error;
  }
  await setCode(provider, address, runtime);
  return { address, status: "installed", transactionHashes: [receipt.transactionHash], gasUsed: receipt.gasUsed };
}
