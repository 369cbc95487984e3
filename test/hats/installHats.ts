import type { HardhatViemHelpers } from "@nomicfoundation/hardhat-viem/types";
import type { EthereumProvider } from "hardhat/types/providers";
import type { Address, Hex } from "viem";

/** Hats Protocol v1's address on every chain; the Hats SDK always talks to it. */
export const HATS_V1_ADDRESS: Address = "0x3bc1A0Ad72417f2d411118085256fC53CBdDd137";

export type InstallHatsParameters = {
  /** `viem` from `hre.network.create()`. */
  viem: HardhatViemHelpers;
  /** `provider` from the same connection. */
  provider: EthereumProvider;
};

export type InstallHatsReturnType = {
  /** Where Hats now is: always {@link HATS_V1_ADDRESS}. */
  address: Address;
  /** The runtime code installed there. */
  code: Hex;
};

/** Thrown when the freshly deployed `HatsCompat` has no runtime code to copy. */
export class HatsInstallError extends Error {
  override name = "HatsInstallError";
}

/**
 * Installs opgov's Hats v1–compatible contract (`HatsCompat`) at Hats' canonical address on a
 * local Hardhat network, so `@hatsprotocol/sdk-v1-core` and opgov's contracts work unchanged.
 *
 * `HatsCompat` needs no constructor and keeps nothing in immutables, so its runtime code works from
 * the empty storage `hardhat_setCode` leaves at the canonical address. The deployment used to obtain
 * that code spends one nonce of the network's first account.
 *
 * @param parameters - The `viem` helpers and EIP-1193 `provider` of a Hardhat network connection.
 * @returns The canonical address and the code installed there.
 * @throws HatsInstallError when the deployed contract has no code.
 * @example
 * const { viem, provider } = await hre.network.create();
 * await installHats({ viem, provider });
 * const hats = new HatsClient({ chainId: 31337, publicClient, walletClient });
 */
export async function installHats({ viem, provider }: InstallHatsParameters): Promise<InstallHatsReturnType> {
  const publicClient = await viem.getPublicClient();
  const deployed = await viem.deployContract("HatsCompat");
  const code = await publicClient.getCode({ address: deployed.address });
  if (code === undefined || code === "0x") {
    throw new HatsInstallError(`HatsCompat deployed at ${deployed.address} has no runtime code`);
  }
  await provider.request({ method: "hardhat_setCode", params: [HATS_V1_ADDRESS, code] });
  return { address: HATS_V1_ADDRESS, code };
}
