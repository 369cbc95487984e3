import { HATS_ABI } from "@hatsprotocol/sdk-v1-core";
import { BaseError, ContractFunctionRevertedError, encodeErrorResult, RpcRequestError, TransactionExecutionError, type Abi } from "viem";
import { describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import { opgovFactoryAbi } from "../abis/opgovFactory.js";
import { decodeOpGovError, OpGovContractError } from "./contract.js";
import { OpGovFactoryInstanceExistsError, OpGovNotWearerError } from "./opgov.js";

// decodeOpGovError beyond simulate/read reverts: raw revert data that the calling ABI could not
// decode (a Hats error bubbling through opgov) and revert data carried by a raw sendTransaction.

const account = "0x00000000000000000000000000000000000000AA" as const;

/** The error viem throws for a raw `eth_sendTransaction` the node rejects with revert data. */
function rawSendError(data: `0x${string}`): BaseError {
  const rpc = new RpcRequestError({ body: {}, url: "http://node", error: { code: 3, message: "execution reverted", data } });
  return new TransactionExecutionError(rpc, { account: { address: account, type: "json-rpc" }, chain: undefined } as never);
}

describe("decodeOpGovError", () => {
  it("decodeOpGovError decodes an opgov revert carried by a raw sendTransaction into its named class", () => {
    const data = encodeErrorResult({ abi: opgovAbi, errorName: "OpGovNotWearer", args: [account, 7n] });
    const decoded = decodeOpGovError(rawSendError(data));
    expect(decoded).toBeInstanceOf(OpGovNotWearerError);
    expect(decoded).toMatchObject({ errorName: "OpGovNotWearer", args: { account, hat: 7n } });
  });

  it("decodeOpGovError decodes the factory's errors from raw revert data", () => {
    const item = opgovFactoryAbi.find((i) => i.type === "error" && i.name === "OpGovFactoryInstanceExists")!;
    const args = item.inputs.map((input) => (input.type === "address" ? account : 1n));
    const data = encodeErrorResult({ abi: [item], errorName: "OpGovFactoryInstanceExists", args } as never);
    expect(decodeOpGovError(rawSendError(data))).toBeInstanceOf(OpGovFactoryInstanceExistsError);
  });

  it("decodeOpGovError decodes a Hats v1 error the calling ABI lacks into an OpGovContractError named after it", () => {
    const data = encodeErrorResult({ abi: HATS_ABI as Abi, errorName: "NotAdmin", args: [account, 5n] });
    const reverted = new ContractFunctionRevertedError({ abi: opgovAbi, data, functionName: "act" });
    const decoded = decodeOpGovError(reverted);
    expect(decoded).toBeInstanceOf(OpGovContractError);
    expect(decoded).toMatchObject({ errorName: "NotAdmin" });
    expect(Object.values((decoded as OpGovContractError).args)).toEqual([account, 5n]);
  });

  it("decodeOpGovError returns errors without revert data, or with unknown revert data, unchanged", () => {
    const plain = new Error("boom");
    expect(decodeOpGovError(plain)).toBe(plain);
    const unknown = rawSendError("0xdeadbeef");
    expect(decodeOpGovError(unknown)).toBe(unknown);
  });
});
