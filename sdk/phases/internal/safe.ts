import Safe, { encodeMultiSendData } from "@safe-global/protocol-kit";
import { encodeFunctionData, getAddress, keccak256, numberToHex, parseAbi, stringToHex, type Address, type Hex } from "viem";
import { InvalidSpecError } from "../errors.js";
import type { OpGovClient } from "../../client.js";
import { encodeExecTransaction, preValidatedSignature } from "../../safe/safeTx.js";
import { safeContractNetworks as contractNetworks } from "../../safe/viaSafe.js";
import type { CellSafeSpec, PlannedCall, SafeSpec } from "../types.js";

export { safeAbi } from "../../safe/safeTx.js";

const multiSendAbi = parseAbi(["function multiSend(bytes transactions) payable"]);

/** A Safe's address as protocol-kit predicts it, whether it exists, and the call that deploys it. */
export type PredictedSafe = {
  address: Address;
  deployed: boolean;
  /** The deploying call (undefined once the Safe exists). */
  deployment: { to: Address; data: Hex; value: bigint } | undefined;
};

/** The EIP-1193 provider protocol-kit predicts Safes through. */
export type SafeKitProvider = { request: (args: { method: string; params?: unknown }) => Promise<unknown> };

/**
 * A provider for protocol-kit's predictions during one plan: the chain id comes from the
 * deployment, there is no account to ask for (a prediction signs nothing), and the code of the
 * Safe contracts the kit checks on every `init` is read once per plan; everything else goes to
 * the client's node.
 */
export function safeKitProvider(client: OpGovClient): SafeKitProvider {
  const safeContracts = new Set(Object.values(client.deployment.safe).map((address) => getAddress(address)));
  const code = new Map<Address, Promise<unknown>>();
  return {
    request: async ({ method, params }) => {
      if (method === "eth_chainId") return numberToHex(client.deployment.chainId);
      if (method === "eth_accounts") return [];
      if (method === "eth_getCode") {
        const address = getAddress((params as [Address])[0]);
        if (safeContracts.has(address)) {
          let cached = code.get(address);
          if (!cached) code.set(address, (cached = client.publicClient.request({ method, params } as never)));
          return cached;
        }
      }
      return client.publicClient.request({ method, params } as never);
    },
  };
}

/**
 * Predicts a Safe 1.5.0 (the plain, non-L2 singleton) with protocol-kit from owners, threshold
 * and salt nonce, and gives the proxy factory call that deploys it.
 */
export async function predictSafe(
  client: OpGovClient,
  spec: { owners: readonly Address[]; threshold: number; saltNonce: string | bigint },
  provider: SafeKitProvider = safeKitProvider(client),
): Promise<PredictedSafe> {
  const kit = await Safe.init({
    provider: provider as never,
    predictedSafe: {
      safeAccountConfig: { owners: spec.owners.map((owner) => getAddress(owner)), threshold: spec.threshold },
      safeDeploymentConfig: { safeVersion: "1.5.0", saltNonce: String(spec.saltNonce) },
    },
    contractNetworks: contractNetworks(client),
    isL1SafeSingleton: true,
  });
  const address = getAddress(await kit.getAddress());
  const code = await client.publicClient.getCode({ address });
  if (code !== undefined && code !== "0x") return { address, deployed: true, deployment: undefined };
  const tx = await kit.createSafeDeploymentTransaction();
  return { address, deployed: false, deployment: { to: getAddress(tx.to), data: tx.data as Hex, value: BigInt(tx.value) } };
}

/**
 * A Safe of the spec: an existing one (it must have code), or the predicted one; `defaultSalt`
 * names it when the spec gives no salt nonce.
 */
export async function resolveSafe(
  client: OpGovClient,
  spec: SafeSpec | CellSafeSpec,
  defaultOwners: readonly Address[],
  defaultSalt: string,
  what: string,
  provider?: SafeKitProvider,
): Promise<PredictedSafe & { owners: readonly Address[] | undefined; threshold: number | undefined }> {
  if ("address" in spec) {
    const address = getAddress(spec.address);
    const code = await client.publicClient.getCode({ address });
    if (code === undefined || code === "0x") throw new InvalidSpecError(`${what} ${address} has no code: it is not a deployed Safe.`);
    return { address, deployed: true, deployment: undefined, owners: undefined, threshold: undefined };
  }
  const owners = spec.owners ?? defaultOwners;
  const saltNonce = spec.saltNonce ?? BigInt(keccak256(stringToHex(defaultSalt)));
  return { ...(await predictSafe(client, { owners, threshold: spec.threshold, saltNonce }, provider)), owners, threshold: spec.threshold };
}

/** The operator's transaction that runs `calls` through Safe's MultiSendCallOnly (or the one call itself). */
export function batchRequest(client: OpGovClient, calls: readonly PlannedCall[]): { to: Address; data: Hex; value: bigint } {
  if (calls.length === 1) {
    const [call] = calls as [PlannedCall];
    return { to: call.to, data: call.data, value: call.value };
  }
  const transactions = encodeMultiSendData(
    calls.map((call) => ({ to: call.to, value: call.value.toString(), data: call.data, operation: 0 })),
  ) as Hex;
  return {
    to: client.deployment.safe.multiSendCallOnly,
    data: encodeFunctionData({ abi: multiSendAbi, functionName: "multiSend", args: [transactions] }),
    value: calls.reduce((sum, call) => sum + call.value, 0n),
  };
}

/** A Safe transaction's own fields (gas refund fields are always zero here). */
export type SafeCall = { to: Address; value: bigint; data: Hex; operation: 0 | 1 };

/** The Safe transaction that runs `calls`: the one call itself, or a MultiSend delegatecall. */
export function safeCallOf(client: OpGovClient, calls: readonly PlannedCall[]): SafeCall {
  if (calls.length === 1) {
    const [call] = calls as [PlannedCall];
    return { to: call.to, value: call.value, data: call.data, operation: 0 };
  }
  return {
    to: client.deployment.safe.multiSend,
    value: 0n,
    data: encodeFunctionData({
      abi: multiSendAbi,
      functionName: "multiSend",
      args: [encodeMultiSendData(calls.map((call) => ({ to: call.to, value: call.value.toString(), data: call.data, operation: 0 }))) as Hex],
    }),
    operation: 1,
  };
}

/**
 * The operator's transaction that executes `calls` as the treasury Safe, signed with the
 * operator's pre-validated signature alone (enough at threshold 1; with co-signers the setup
 * adds their signatures when it sends).
 */
export function treasuryRequest(
  client: OpGovClient,
  treasury: Address,
  operator: Address,
  calls: readonly PlannedCall[],
): { to: Address; data: Hex; value: bigint } {
  return { to: treasury, value: 0n, data: encodeExecTransaction(safeCallOf(client, calls), [preValidatedSignature(operator)]) };
}
