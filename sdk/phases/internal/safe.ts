import Safe, { encodeMultiSendData } from "@safe-global/protocol-kit";
import { concat, encodeFunctionData, getAddress, pad, parseAbi, zeroAddress, type Address, type Hex } from "viem";
import type { OpGovClient } from "../../client.js";
import type { PlannedCall, SafeSpec } from "../types.js";

/** The few Safe functions the setups read or call. */
export const safeAbi = parseAbi([
  "function nonce() view returns (uint256)",
  "function getOwners() view returns (address[])",
  "function getThreshold() view returns (uint256)",
  "function isModuleEnabled(address module) view returns (bool)",
  "function enableModule(address module)",
  "function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable returns (bool)",
]);

const multiSendAbi = parseAbi(["function multiSend(bytes transactions) payable"]);

/** protocol-kit's `contractNetworks` for the deployment's Safe 1.5.0 contracts. */
function contractNetworks(client: OpGovClient) {
  const safe = client.deployment.safe;
  return {
    [String(client.deployment.chainId)]: {
      safeSingletonAddress: safe.safe,
      safeProxyFactoryAddress: safe.safeProxyFactory,
      multiSendAddress: safe.multiSend,
      multiSendCallOnlyAddress: safe.multiSendCallOnly,
      fallbackHandlerAddress: safe.compatibilityFallbackHandler,
      signMessageLibAddress: safe.signMessageLib,
      createCallAddress: safe.createCall,
      simulateTxAccessorAddress: safe.simulateTxAccessor,
      extensibleFallbackHandlerAddress: safe.extensibleFallbackHandler,
    },
  };
}

/** A Safe's address as protocol-kit predicts it, whether it exists, and the call that deploys it. */
export type PredictedSafe = {
  address: Address;
  deployed: boolean;
  /** The deploying call (undefined once the Safe exists). */
  deployment: { to: Address; data: Hex; value: bigint } | undefined;
};

/**
 * Predicts a Safe 1.5.0 (the plain, non-L2 singleton) with protocol-kit from owners, threshold
 * and salt nonce, and gives the proxy factory call that deploys it.
 */
export async function predictSafe(client: OpGovClient, spec: SafeSpec): Promise<PredictedSafe> {
  const provider = { request: (args: { method: string; params?: unknown }) => client.publicClient.request(args as never) };
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

/**
 * The operator's transaction that executes `calls` as the treasury Safe: one call directly, or
 * several through a MultiSend delegatecall. Signed with the operator's pre-validated signature
 * (an owner sending the transaction itself), so it needs a threshold of 1.
 */
export function treasuryRequest(
  client: OpGovClient,
  treasury: Address,
  operator: Address,
  calls: readonly PlannedCall[],
): { to: Address; data: Hex; value: bigint } {
  const single = calls.length === 1 ? (calls[0] as PlannedCall) : undefined;
  const inner = single
    ? { to: single.to, value: single.value, data: single.data, operation: 0 }
    : {
        to: client.deployment.safe.multiSend,
        value: 0n,
        data: encodeFunctionData({
          abi: multiSendAbi,
          functionName: "multiSend",
          args: [
            encodeMultiSendData(calls.map((call) => ({ to: call.to, value: call.value.toString(), data: call.data, operation: 0 }))) as Hex,
          ],
        }),
        operation: 1,
      };
  const signature = concat([pad(operator, { size: 32 }), pad("0x00", { size: 32 }), "0x01"]);
  return {
    to: treasury,
    value: 0n,
    data: encodeFunctionData({
      abi: safeAbi,
      functionName: "execTransaction",
      args: [inner.to, inner.value, inner.data, inner.operation, 0n, 0n, 0n, zeroAddress, zeroAddress, signature],
    }),
  };
}
