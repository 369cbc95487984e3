import Safe from "@safe-global/protocol-kit";
import {
  getAddress,
  isAddress,
  type Account,
  type Address,
  type Chain,
  type Hash,
  type Hex,
  type Transport,
  type WalletClient,
} from "viem";
import { toContractNetworkConfig } from "./contractNetworks.js";
import type { OpGovClient } from "../client.js";
import { InvalidAddressError, InvalidParameterError } from "../errors/validation.js";
import { NotASafeError, NotSafeOwnerError, SafeThresholdNotMetError } from "./errors.js";
import { execTransactionArgs, preValidatedSignature, safeAbi, safeTxHash, signSafeTx, type SafeTx } from "./safeTx.js";

// Acting through a Safe: every write action takes `via: { safe, signers }`. The action's checks
// run for the Safe (the hat wearer); the call becomes one Safe transaction, signed by the
// client's wallet (an owner, with its pre-validated signature, since it sends) and by co-signers
// (EIP-712) up to the threshold, and executed by the wallet. protocol-kit builds the transaction;
// its typed data, signatures and `execTransaction` call come from `./safeTx.ts`, as the phases' do.

/** A co-signer: a wallet client with an account that owns the Safe (it signs, never sends). */
export type SafeSigner = WalletClient<Transport, Chain | undefined, Account>;

/** Which Safe acts, and who signs with the client's wallet (see {@link WriteOptions}). */
export type ViaSafe = {
  /** The Safe that wears the hat the action needs; the action's checks run for it. */
  safe: Address;
  /**
   * Other owners who sign the Safe transaction besides the client's wallet (which executes it
   * and counts as one); only as many as the threshold needs are asked to sign.
   */
  signers?: readonly SafeSigner[] | undefined;
};

/**
 * The option every write action takes besides its own parameters.
 *
 * @example
 * ```ts
 * // ops' Safe (2-of-3) wears ops' cell hat: alice executes, bob co-signs.
 * await resolveEscalation(aliceClient, { round, content, accept: true, rationaleUri, rationaleHash, via: { safe: opsSafe, signers: [bobWallet] } });
 * ```
 */
export type WriteOptions = {
  /** Act as this Safe: a Safe transaction instead of a call from the wallet's own account. */
  via?: ViaSafe | undefined;
};

/** What a write action sent through a Safe reports beside its transaction (`safe` on the result). */
export type SafeExecution = {
  /** The Safe that acted. */
  safe: Address;
  /** The Safe transaction's EIP-712 hash. */
  safeTxHash: Hash;
  /** The Safe's nonce the transaction used. */
  nonce: bigint;
  /** The owners whose signatures executed it, the executor first. */
  signers: readonly Address[];
};


/**
 * Checks the shape of `via` (no reads): a Safe address and co-signers with accounts.
 *
 * @param via - the option as the caller gave it.
 * @returns the Safe's checksummed address.
 * @example
 * ```ts
 * const safe = checkVia({ safe: "0x…", signers: [bobWallet] });
 * ```
 */
export function checkVia(via: ViaSafe): Address {
  if (typeof via !== "object" || via === null) throw new InvalidParameterError("via", via, "{ safe, signers? }");
  if (typeof via.safe !== "string" || !isAddress(via.safe, { strict: false })) throw new InvalidAddressError("via.safe", via.safe);
  if (via.signers !== undefined) {
    if (!Array.isArray(via.signers)) throw new InvalidParameterError("via.signers", via.signers, "a list of wallet clients");
    via.signers.forEach((signer, i) => {
      if (!signer?.account?.address) throw new InvalidParameterError(`via.signers[${i}]`, "a wallet client without an account", "a wallet client with an account");
    });
  }
  return getAddress(via.safe);
}

/**
 * protocol-kit's `contractNetworks` for the deployment's Safe 1.5.0 contracts (local chains need
 * it; on live chains they are the canonical addresses protocol-kit knows).
 *
 * @param client - an opgov client (its `deployment.safe` and `chainId`).
 * @returns the map keyed by chain id.
 * @example
 * ```ts
 * const kit = await Safe.init({ provider, safeAddress, contractNetworks: safeContractNetworks(client) });
 * ```
 */
export function safeContractNetworks(client: OpGovClient) {
  return { [String(client.deployment.chainId)]: toContractNetworkConfig(client.deployment.safe) };
}

/**
 * Reads the Safe's owners and threshold and picks who signs: the executor and, in order, as
 * many distinct co-signers as the threshold needs. Throws {@link NotASafeError},
 * {@link NotSafeOwnerError} or {@link SafeThresholdNotMetError}; sends nothing.
 *
 * @param client - an opgov client.
 * @param executor - the account that will send the Safe transaction.
 * @param via - the Safe and the co-signers.
 * @returns the Safe, its owners and threshold, and the co-signers who will sign.
 * @example
 * ```ts
 * const signing = await checkSafeSigners(client, alice, { safe, signers: [bobWallet] });
 * ```
 */
export async function checkSafeSigners(
  client: OpGovClient,
  executor: Address,
  via: ViaSafe,
): Promise<{ safe: Address; owners: readonly Address[]; threshold: number; cosigners: readonly SafeSigner[] }> {
  const safe = checkVia(via);
  const code = await client.publicClient.getCode({ address: safe });
  if (code === undefined || code === "0x") throw new NotASafeError(safe);
  let owners: readonly Address[];
  let threshold: number;
  try {
    [owners, threshold] = await Promise.all([
      client.publicClient.readContract({ abi: safeAbi, address: safe, functionName: "getOwners" }).then((list) => list.map((owner) => getAddress(owner))),
      client.publicClient.readContract({ abi: safeAbi, address: safe, functionName: "getThreshold" }).then(Number),
    ]);
  } catch (error) {
    throw new NotASafeError(safe, error);
  }
  const isOwner = (account: Address) => owners.includes(getAddress(account));
  if (!isOwner(executor)) throw new NotSafeOwnerError(safe, getAddress(executor), owners, "executor");
  const signing = new Set<Address>([getAddress(executor)]);
  const cosigners: SafeSigner[] = [];
  for (const signer of via.signers ?? []) {
    const address = getAddress(signer.account.address);
    if (!isOwner(address)) throw new NotSafeOwnerError(safe, address, owners, "co-signer");
    if (signing.has(address)) continue;
    signing.add(address);
    if (signing.size <= threshold) cosigners.push(signer);
  }
  if (signing.size < threshold) throw new SafeThresholdNotMetError(safe, owners, threshold, signing.size);
  return { safe, owners, threshold, cosigners };
}

/**
 * Executes one call as the Safe: builds the Safe transaction with protocol-kit, collects the
 * co-signers' EIP-712 signatures and the executor's pre-validated one, simulates
 * `execTransaction` and sends it from `wallet`. Returns the Ethereum transaction's hash and the
 * Safe transaction's description. Call {@link checkSafeSigners} first (it picks `cosigners`).
 *
 * @param client - an opgov client.
 * @param wallet - the executing owner's wallet client.
 * @param signing - the Safe and the co-signers ({@link checkSafeSigners}' result).
 * @param call - the call the Safe makes.
 * @returns the transaction hash and the Safe transaction.
 * @example
 * ```ts
 * const { hash, safe } = await executeAsSafe(client, wallet, signing, { to: instance, data, value: 0n });
 * ```
 */
export async function executeAsSafe(
  client: OpGovClient,
  wallet: WalletClient<Transport, Chain | undefined, Account>,
  signing: { safe: Address; cosigners: readonly SafeSigner[] },
  call: { to: Address; data: Hex; value: bigint },
): Promise<{ hash: Hash; safe: SafeExecution }> {
  const { safe, cosigners } = signing;
  const provider = { request: (args: { method: string; params?: unknown }) => client.publicClient.request(args as never) };
  const kit = await Safe.init({
    provider: provider as never,
    safeAddress: safe,
    contractNetworks: safeContractNetworks(client),
    isL1SafeSingleton: true,
  });
  const { data: fields } = await kit.createTransaction({ transactions: [{ to: call.to, value: call.value.toString(), data: call.data, operation: 0 }] });
  const tx: SafeTx = {
    to: getAddress(fields.to),
    value: BigInt(fields.value),
    data: fields.data as Hex,
    operation: fields.operation,
    safeTxGas: BigInt(fields.safeTxGas),
    baseGas: BigInt(fields.baseGas),
    gasPrice: BigInt(fields.gasPrice),
    gasToken: getAddress(fields.gasToken),
    refundReceiver: getAddress(fields.refundReceiver),
    nonce: BigInt(fields.nonce),
  };
  const executor = getAddress(wallet.account.address);
  const signatures = [preValidatedSignature(executor), ...(await signSafeTx(client.deployment.chainId, safe, tx, cosigners))];
  const { request } = await client.publicClient.simulateContract({
    abi: safeAbi,
    address: safe,
    functionName: "execTransaction",
    args: execTransactionArgs(tx, signatures),
    account: wallet.account,
  });
  const hash = await wallet.writeContract(request as never);
  return {
    hash,
    safe: {
      safe,
      safeTxHash: safeTxHash(client.deployment.chainId, safe, tx),
      nonce: tx.nonce,
      signers: [executor, ...cosigners.map((signer) => getAddress(signer.account.address))],
    },
  };
}
