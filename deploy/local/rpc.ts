import type { Account, Address, Chain, Hash, Hex, PublicClient, TransactionReceipt, Transport, WalletClient } from "viem";
import { DeploymentFailedError, MissingAccountError, SetCodeUnsupportedError } from "./errors.js";

/**
 * The minimal EIP-1193 provider the bootstrap needs for its `hardhat_*` calls: Hardhat's
 * `conn.provider`, a viem transport's `request`, or any JSON-RPC node's provider.
 */
export type Eip1193Provider = {
  request(args: { method: string; params?: unknown[] }): Promise<unknown>;
};

/** The clients every local-chain step takes. */
export type LocalChainClients = {
  /** An EIP-1193 provider that accepts `hardhat_setCode`. */
  provider: Eip1193Provider;
  publicClient: PublicClient<Transport, Chain | undefined>;
  /** Sends the deployment transactions; must carry an `account`. */
  walletClient: WalletClient<Transport, Chain | undefined, Account | undefined>;
};

/** JSON-RPC error codes and messages nodes use for a method they do not serve. */
function isUnsupportedMethod(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === -32601 || code === -32004) return true;
  return typeof message === "string" && /not (supported|found|available)|does not exist|unsupported/i.test(message);
}

/**
 * Replaces the code at `address` with `hardhat_setCode`.
 *
 * @param provider - A development node's EIP-1193 provider.
 * @param address - Where to put the code.
 * @param code - Runtime code (or `"0x"` to clear).
 * @throws {SetCodeUnsupportedError} When the node does not serve `hardhat_setCode`.
 * @example
 * ```ts
 * await setCode(conn.provider, "0x3bc1A0Ad72417f2d411118085256fC53CBdDd137", runtime);
 * ```
 */
export async function setCode(provider: Eip1193Provider, address: Address, code: Hex): Promise<void> {
  try {
    await provider.request({ method: "hardhat_setCode", params: [address, code] });
  } catch (cause) {
    if (isUnsupportedMethod(cause)) throw new SetCodeUnsupportedError({ address, cause });
    throw cause;
  }
}

/**
 * Sends one transaction from the wallet client's account and waits for a successful receipt.
 *
 * @param clients - The public and wallet clients.
 * @param transaction - Target and calldata.
 * @param contract - Name of the contract being deployed, for the error.
 * @returns The receipt.
 * @throws {MissingAccountError} When the wallet client has no account.
 * @throws {DeploymentFailedError} When the transaction reverts.
 * @example
 * ```ts
 * const receipt = await sendAndWait(clients, { to: factory, data }, "Safe");
 * ```
 */
export async function sendAndWait(
  { publicClient, walletClient }: Pick<LocalChainClients, "publicClient" | "walletClient">,
  { to, data }: { to: Address; data: Hex },
  contract: string,
): Promise<TransactionReceipt> {
  const account = walletClient.account;
  if (!account) throw new MissingAccountError();
  let hash: Hash;
  try {
    hash = await walletClient.sendTransaction({ account, chain: walletClient.chain ?? null, to, data });
  } catch (cause) {
    throw new DeploymentFailedError({ contract, address: to, details: "The deployment transaction was rejected.", cause });
  }
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success")
    throw new DeploymentFailedError({ contract, address: to, details: `Transaction ${hash} reverted.` });
  return receipt;
}
