import { concat, encodeFunctionData, getAddress, hashTypedData, pad, parseAbi, zeroAddress, type Address, type Hash, type Hex } from "viem";
import type { SafeSigner } from "./viaSafe.js";

// One Safe transaction, as both the write actions' `via: { safe }` and the phases' treasury
// transactions build it: its EIP-712 typed data, the owners' signatures (EIP-712 for co-signers,
// pre-validated for the owner who sends) and the `execTransaction` call that carries them.

/** The Safe functions the SDK reads or calls. */
export const safeAbi = parseAbi([
  "function nonce() view returns (uint256)",
  "function getOwners() view returns (address[])",
  "function getThreshold() view returns (uint256)",
  "function isModuleEnabled(address module) view returns (bool)",
  "function enableModule(address module)",
  "function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable returns (bool)",
]);

/** A Safe transaction's fields (the gas refund fields default to zero). */
export type SafeTx = {
  to: Address;
  value: bigint;
  data: Hex;
  /** 0 = call, 1 = delegatecall. */
  operation: number;
  nonce: bigint;
  safeTxGas?: bigint | undefined;
  baseGas?: bigint | undefined;
  gasPrice?: bigint | undefined;
  gasToken?: Address | undefined;
  refundReceiver?: Address | undefined;
};

/** One owner's signature of a Safe transaction. */
export type SafeSignature = { owner: Address; signature: Hex };

const SAFE_TX_TYPES = {
  SafeTx: [
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
    { name: "operation", type: "uint8" },
    { name: "safeTxGas", type: "uint256" },
    { name: "baseGas", type: "uint256" },
    { name: "gasPrice", type: "uint256" },
    { name: "gasToken", type: "address" },
    { name: "refundReceiver", type: "address" },
    { name: "nonce", type: "uint256" },
  ],
} as const;

/**
 * The EIP-712 typed data an owner signs to approve `tx` on `safe` (Safe ≥ 1.3: the domain is
 * the chain id and the Safe).
 *
 * @param chainId - the chain.
 * @param safe - the Safe.
 * @param tx - the transaction's fields.
 * @returns typed data for viem's `signTypedData`/`hashTypedData`.
 */
export function safeTxTypedData(chainId: number, safe: Address, tx: SafeTx) {
  return {
    domain: { chainId, verifyingContract: getAddress(safe) },
    types: SAFE_TX_TYPES,
    primaryType: "SafeTx" as const,
    message: {
      to: getAddress(tx.to),
      value: tx.value,
      data: tx.data,
      operation: tx.operation,
      safeTxGas: tx.safeTxGas ?? 0n,
      baseGas: tx.baseGas ?? 0n,
      gasPrice: tx.gasPrice ?? 0n,
      gasToken: tx.gasToken === undefined ? zeroAddress : getAddress(tx.gasToken),
      refundReceiver: tx.refundReceiver === undefined ? zeroAddress : getAddress(tx.refundReceiver),
      nonce: tx.nonce,
    },
  };
}

/** The Safe transaction hash (its EIP-712 hash). */
export function safeTxHash(chainId: number, safe: Address, tx: SafeTx): Hash {
  return hashTypedData(safeTxTypedData(chainId, safe, tx));
}

/** The owner's "approved by sending it" signature (v = 1), valid when that owner sends the transaction. */
export function preValidatedSignature(owner: Address): SafeSignature {
  return { owner: getAddress(owner), signature: concat([pad(owner, { size: 32 }), pad("0x00", { size: 32 }), "0x01"]) };
}

/** Each co-signer's EIP-712 signature of `tx` on `safe`. */
export async function signSafeTx(chainId: number, safe: Address, tx: SafeTx, signers: readonly SafeSigner[]): Promise<SafeSignature[]> {
  const typed = safeTxTypedData(chainId, safe, tx);
  const signatures: SafeSignature[] = [];
  for (const signer of signers) {
    signatures.push({ owner: getAddress(signer.account.address), signature: await signer.signTypedData({ account: signer.account, ...typed }) });
  }
  return signatures;
}

/** `execTransaction`'s arguments for `tx` (its nonce is the Safe's) with these signatures (concatenated by owner, ascending, as the Safe requires). */
export function execTransactionArgs(tx: Omit<SafeTx, "nonce">, signatures: readonly SafeSignature[]) {
  const { message } = safeTxTypedData(1, zeroAddress, { ...tx, nonce: 0n });
  const sorted = [...signatures].sort((a, b) => (BigInt(a.owner) < BigInt(b.owner) ? -1 : 1));
  return [
    message.to,
    message.value,
    message.data,
    message.operation,
    message.safeTxGas,
    message.baseGas,
    message.gasPrice,
    message.gasToken,
    message.refundReceiver,
    concat(sorted.map((s) => s.signature)),
  ] as const;
}

/** `execTransaction` calldata for `tx` with these signatures. */
export function encodeExecTransaction(tx: Omit<SafeTx, "nonce">, signatures: readonly SafeSignature[]): Hex {
  return encodeFunctionData({ abi: safeAbi, functionName: "execTransaction", args: execTransactionArgs(tx, signatures) });
}
