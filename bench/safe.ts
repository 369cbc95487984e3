import { concatHex, encodeFunctionData, encodePacked, getAddress, getContractAddress, keccak256, pad, size, type Address, type Hex, zeroAddress } from "viem";
import type { BenchChain, Person } from "./chain.js";

// Safe 1.5.0 (the real contracts from @safe-global/safe-smart-account): deploy a k-of-n Safe
// through the canonical proxy factory, and execute a transaction with k owner signatures.

let saltNonce = 1000n;

/** Deploys a Safe with `owners` and `threshold`; `setup` runs as Safe's setup hook (delegatecall). */
export function safeSetupData(
  chain: BenchChain,
  owners: readonly Address[],
  threshold: number,
  setup?: { to: Address; data: Hex },
): Hex {
  return encodeFunctionData({
    abi: chain.safeAbi,
    functionName: "setup",
    args: [
      owners,
      BigInt(threshold),
      setup?.to ?? zeroAddress,
      setup?.data ?? "0x",
      chain.addresses.safe.compatibilityFallbackHandler,
      zeroAddress,
      0n,
      zeroAddress,
    ],
  });
}

/** The call that deploys a Safe, and the address it lands at. */
export async function safeDeployment(
  chain: BenchChain,
  owners: readonly Address[],
  threshold: number,
  setup?: { to: Address; data: Hex },
): Promise<{ address: Address; to: Address; data: Hex }> {
  const initializer = safeSetupData(chain, owners, threshold, setup);
  const nonce = saltNonce++;
  const factory = chain.addresses.safe.safeProxyFactory;
  const args = [chain.addresses.safe.safe, initializer, nonce] as const;
  // CREATE2 by the proxy factory: salt = keccak256(keccak256(initializer) ++ saltNonce), init code =
  // proxy creation code ++ singleton (computed, not simulated: a setup hook may need state the
  // same batch creates first).
  const creationCode = await chain.read<Hex>(factory, chain.proxyFactoryAbi, "proxyCreationCode");
  const address = getContractAddress({
    opcode: "CREATE2",
    from: factory,
    salt: keccak256(encodePacked(["bytes32", "uint256"], [keccak256(initializer), nonce])),
    bytecode: concatHex([creationCode, pad(chain.addresses.safe.safe)]),
  });
  return {
    address: getAddress(address),
    to: factory,
    data: encodeFunctionData({ abi: chain.proxyFactoryAbi, functionName: "createProxyWithNonce", args }),
  };
}

export async function deploySafe(chain: BenchChain, payer: Person, owners: readonly Address[], threshold: number) {
  const d = await safeDeployment(chain, owners, threshold);
  await chain.send(payer, d.to, d.data);
  return d.address;
}

export type SafeCall = { to: Address; value?: bigint; data: Hex; operation?: 0 | 1 };

/**
 * The calldata of `execTransaction(call)` signed by `signers` (k owners) and sent by `executor`,
 * an owner among them whose approval is its own transaction (signature type 1, as Safe{Wallet}
 * does for the last signer who executes), the others by ECDSA over the Safe transaction hash.
 */
export async function signedExec(chain: BenchChain, safe: Address, call: SafeCall, signers: readonly Person[], executor: Person): Promise<Hex> {
  const nonce = await chain.read<bigint>(safe, chain.safeAbi, "nonce");
  const txArgs = [call.to, call.value ?? 0n, call.data, call.operation ?? 0, 0n, 0n, 0n, zeroAddress, zeroAddress] as const;
  const hash = await chain.read<Hex>(safe, chain.safeAbi, "getTransactionHash", [...txArgs, nonce]);
  const sorted = [...signers].sort((a, b) => (BigInt(a.address) < BigInt(b.address) ? -1 : 1));
  const parts: Hex[] = [];
  for (const s of sorted) {
    if (s.address === executor.address) {
      parts.push(encodePacked(["bytes32", "bytes32", "uint8"], [pad(s.address), pad("0x0"), 1]));
    } else {
      const sig = await s.account.sign({ hash });
      if (size(sig) !== 65) throw new Error("unexpected signature size");
      parts.push(sig);
    }
  }
  return encodeFunctionData({ abi: chain.safeAbi, functionName: "execTransaction", args: [...txArgs, concatHex(parts)] });
}

/** MultiSend's packed transaction list (operation, to, value, data length, data). */
export function multiSendData(chain: BenchChain, calls: readonly SafeCall[]): Hex {
  const packed = concatHex(
    calls.map((c) =>
      encodePacked(["uint8", "address", "uint256", "uint256", "bytes"], [c.operation ?? 0, c.to, c.value ?? 0n, BigInt(size(c.data)), c.data]),
    ),
  );
  return encodeFunctionData({ abi: chain.multiSendAbi, functionName: "multiSend", args: [packed] });
}
