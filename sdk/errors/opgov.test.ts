import { ContractFunctionRevertedError, encodeErrorResult, type AbiParameter } from "viem";
import { describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import { opgovFactoryAbi } from "../abis/opgovFactory.js";
import { decodeOpGovError, OpGovContractError } from "./contract.js";
import { OpGovInsufficientBudgetError, OpGovUnexpectedRoundStateError, opgovErrorClasses } from "./opgov.js";
import { OpGovError } from "./base.js";

const abis = [opgovAbi, opgovFactoryAbi] as const;
const errorItems = abis.flatMap((abi) => abi.filter((item) => item.type === "error")) as unknown as {
  name: string;
  inputs: readonly AbiParameter[];
}[];

/** A sample value of a Solidity type, as viem decodes it. */
function sample(type: string, i: number): unknown {
  if (type === "address") return `0x${(i + 1).toString(16).padStart(40, "0")}`;
  if (type === "bool") return true;
  if (type === "bytes32") return `0x${"ab".repeat(32)}`;
  if (type === "bytes20") return `0x${"cd".repeat(20)}`;
  if (type === "bytes4") return "0x12345678";
  const bits = Number(type.replace(/^u?int/, "") || 256);
  return bits <= 48 ? i + 1 : BigInt(i + 1) * 10n ** 18n;
}

describe("opgov errors", () => {
  it("has a named class for every custom error of opgovAbi and opgovFactoryAbi, and none extra", () => {
    const names = [...new Set(errorItems.map((item) => item.name))].sort();
    expect(Object.keys(opgovErrorClasses).sort()).toEqual(names);
  });

  it.each([...new Set(errorItems.map((item) => item.name))])("decodes %s into its class, with its arguments and a readable message", (name) => {
    const item = errorItems.find((e) => e.name === name)!;
    const args = item.inputs.map((input, i) => sample(input.type, i));
    const data = encodeErrorResult({ abi: [item], errorName: name, args } as never);
    const reverted = new ContractFunctionRevertedError({ abi: [item] as never, data, functionName: "f" });
    const decoded = decodeOpGovError(reverted);
    const cls = opgovErrorClasses[name as keyof typeof opgovErrorClasses];
    expect(decoded).toBeInstanceOf(cls);
    expect(decoded).toBeInstanceOf(OpGovContractError);
    expect(decoded).toBeInstanceOf(OpGovError);
    const error = decoded as OpGovContractError;
    expect(error.name).toBe(`${name}Error`);
    expect(error.errorName).toBe(name);
    expect(Object.values(error.args)).toEqual(args);
    expect(error.cause).toBe(reverted);
    expect(error.shortMessage).not.toMatch(/undefined|NaN|\[object/);
    expect(error.details?.length).toBeGreaterThan(10);
  });

  it("renders hats in hex, amounts with their token, and round states by name", () => {
    const budget = new OpGovInsufficientBudgetError({
      domain: 3,
      token: "0x0000000000000000000000000000000000000000",
      amount: 2n * 10n ** 18n,
      remaining: 10n ** 18n,
    });
    expect(budget.shortMessage).toBe("Domain 3 has 1 ETH (1000000000000000000 wei) left this epoch; the spend asked 2 ETH (2000000000000000000 wei).");
    const state = new OpGovUnexpectedRoundStateError({
      round: `0x${"11".repeat(32)}`,
      current: 6,
      expectedStates: `0x${(6n).toString(16).padStart(64, "0")}`,
    });
    expect(state.shortMessage).toContain("is Rejected; the call needs Open or Consented");
  });

  it("leaves errors that are not opgov reverts unchanged", () => {
    const plain = new RangeError("nope");
    expect(decodeOpGovError(plain)).toBe(plain);
  });
});
