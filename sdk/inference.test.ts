import type { Abi, Address, ContractEventName, ContractFunctionName, Hex, TransactionReceipt } from "viem";
import { describe, expectTypeOf, it } from "vitest";
import {
  decodeAction,
  executeRound,
  getBudget,
  getCell,
  getRound,
  opgovAbi,
  opgovFactoryAbi,
  proposeRound,
  spendBudget,
  type Budget,
  type Cell,
  type OpGovClient,
  type OpGovEventOf,
  type ProposeRoundReturnType,
  type Round,
  type RoundContent,
  type SpendBudgetReturnType,
} from "./index.js";

// Type tests: what the SDK's public entry infers, from the `as const` ABIs down to each action's
// result. These are plain `expectTypeOf` assertions in a .test.ts file: `tsc --noEmit` (part of
// `npm test`) checks them, and vitest runs the (empty) bodies.

type ProposeEvent = ProposeRoundReturnType["events"][number];

describe("SDK type inference", () => {
  it("opgovAbi and opgovFactoryAbi keep their literal types (never widened to Abi)", () => {
    expectTypeOf(opgovAbi).not.toEqualTypeOf<Abi>();
    expectTypeOf(opgovFactoryAbi).not.toEqualTypeOf<Abi>();
    expectTypeOf<ContractFunctionName<typeof opgovAbi>>().not.toEqualTypeOf<string>();
    expectTypeOf<"spend">().toExtend<ContractFunctionName<typeof opgovAbi, "nonpayable">>();
    expectTypeOf<"propose">().toExtend<ContractFunctionName<typeof opgovAbi, "nonpayable">>();
    expectTypeOf<"RoundProposed">().toExtend<ContractEventName<typeof opgovAbi>>();
    // @ts-expect-error not a function of opgov
    expectTypeOf<"transferOwnership">().toExtend<ContractFunctionName<typeof opgovAbi>>();
  });

  it("write actions infer their return types", () => {
    expectTypeOf(spendBudget).returns.resolves.toEqualTypeOf<SpendBudgetReturnType>();
    expectTypeOf(proposeRound).returns.resolves.toEqualTypeOf<ProposeRoundReturnType>();
    expectTypeOf<SpendBudgetReturnType["remaining"]>().toEqualTypeOf<bigint>();
    expectTypeOf<SpendBudgetReturnType["hash"]>().toEqualTypeOf<Hex>();
    expectTypeOf<SpendBudgetReturnType["gasUsed"]>().toEqualTypeOf<bigint>();
    expectTypeOf<SpendBudgetReturnType["receipt"]>().toEqualTypeOf<TransactionReceipt>();
    expectTypeOf<ProposeRoundReturnType["round"]>().toEqualTypeOf<Hex>();
    expectTypeOf<ProposeRoundReturnType["content"]>().toEqualTypeOf<RoundContent>();
    expectTypeOf<ProposeRoundReturnType["deadline"]>().toEqualTypeOf<number>();
    expectTypeOf<Awaited<ReturnType<typeof executeRound>>["cells"]>().not.toBeAny();
  });

  it("an action's events are the ABI's events, narrowed by eventName to their typed arguments", () => {
    expectTypeOf<ProposeEvent["eventName"]>().toEqualTypeOf<ContractEventName<typeof opgovAbi>>();
    const narrow = (event: ProposeEvent) => (event.eventName === "RoundProposed" ? event.args : undefined);
    expectTypeOf(narrow).returns.toEqualTypeOf<OpGovEventOf<"RoundProposed">["args"] | undefined>();
    expectTypeOf<OpGovEventOf<"RoundProposed">["args"]["round"]>().toEqualTypeOf<Hex>();
    expectTypeOf<OpGovEventOf<"RoundProposed">["args"]["proposer"]>().toEqualTypeOf<Address>();
    expectTypeOf<OpGovEventOf<"RoundProposed">["args"]["content"]["objectorHats"]>().toEqualTypeOf<readonly bigint[]>();
    expectTypeOf<ProposeRoundReturnType["proposed"]>().toEqualTypeOf<OpGovEventOf<"RoundProposed">>();
    expectTypeOf<SpendBudgetReturnType["spent"]["args"]["amount"]>().toEqualTypeOf<bigint>();
    expectTypeOf<SpendBudgetReturnType["spent"]["args"]["domain"]>().toEqualTypeOf<number>();
    // @ts-expect-error RoundProposed has no `amount`
    expectTypeOf<OpGovEventOf<"RoundProposed">["args"]["amount"]>().toBeBigInt();
  });

  it("read actions infer their views", () => {
    expectTypeOf(getCell).returns.resolves.toEqualTypeOf<Cell>();
    expectTypeOf(getBudget).returns.resolves.toEqualTypeOf<Budget>();
    expectTypeOf(getRound).returns.resolves.toEqualTypeOf<Round>();
    expectTypeOf(getCell).parameter(0).toEqualTypeOf<OpGovClient>();
  });

  it("decodeAction narrows on the action's name to its typed arguments", () => {
    const amountOf = (action: { kind: number; data: Hex }) => {
      const decoded = decodeAction(action);
      return decoded.name === "Allocation" ? decoded.args.amount : undefined;
    };
    expectTypeOf(amountOf).returns.toEqualTypeOf<bigint | undefined>();
  });
});
