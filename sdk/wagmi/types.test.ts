import { createConfig, custom, type Config } from "@wagmi/core";
import { foundry, mainnet } from "viem/chains";
import { describe, expectTypeOf, it } from "vitest";
import type { Hex } from "viem";
import type { Budget, Cell, GetDashboardReturnType, GetHistoryReturnType, HistoryEntry, OpGovEventOf, ProposeRoundReturnType, Round, SetupDaoReturnType, SpendBudgetReturnType } from "../index.js";
import { opgovAbi } from "../abis/opgov.js";
import {
  createWagmiReadAction,
  executeRound,
  getBudget,
  getCell,
  getDashboard,
  getHistory,
  getRound,
  opgovContract,
  proposeRound,
  setupDao,
  spendBudget,
  type ExecuteRoundReturnType,
  type GetCellParameters,
  type SpendBudgetParameters,
} from "./index.js";

// Type tests: what a dapp gets through the wagmi wrappers (reads, writes, phase setups) is the
// SDK's own types, inferred.
// (Checked by tsc, which the suite runs; the `it` bodies never execute the calls.)

const config = createConfig({
  chains: [mainnet, foundry],
  transports: { [mainnet.id]: custom({ request: async () => null }), [foundry.id]: custom({ request: async () => null }) },
});
const instance = "0x0000000000000000000000000000000000000001" as const;

describe("wagmi wrapper types", () => {
  it("the wagmi reads infer the SDK's return types", () => {
    expectTypeOf(getCell<typeof config>).returns.resolves.toEqualTypeOf<Cell>();
    expectTypeOf(getBudget<typeof config>).returns.resolves.toEqualTypeOf<Budget>();
    expectTypeOf(getRound<typeof config>).returns.resolves.toEqualTypeOf<Round>();
    expectTypeOf(getDashboard<typeof config>).returns.resolves.toEqualTypeOf<GetDashboardReturnType>();
    expectTypeOf(getHistory<typeof config>).returns.resolves.toEqualTypeOf<GetHistoryReturnType>();
    expectTypeOf<GetDashboardReturnType["rounds"][number]>().toEqualTypeOf<Round>();
    expectTypeOf<GetDashboardReturnType["budgets"][number]["remaining"]>().toEqualTypeOf<bigint>();
  });

  it("history entries narrow on their event name to the event's typed arguments", () => {
    const narrow = (entry: HistoryEntry) => (entry.event === "Spent" ? entry.args : undefined);
    expectTypeOf(narrow).returns.toEqualTypeOf<Extract<HistoryEntry, { event: "Spent" }>["args"] | undefined>();
    expectTypeOf<Extract<HistoryEntry, { event: "Spent" }>["args"]["amount"]>().toEqualTypeOf<bigint>();
    expectTypeOf<Extract<HistoryEntry, { event: "BudgetSet" }>["args"]["domain"]>().toEqualTypeOf<number>();
  });

  it("the wagmi reads take the SDK's parameters plus instance and a chainId of the config's chains", () => {
    expectTypeOf<GetCellParameters<typeof config>>().toHaveProperty("cell").toEqualTypeOf<bigint>();
    expectTypeOf<GetCellParameters<typeof config>["chainId"]>().toEqualTypeOf<1 | 31337 | undefined>();
    const call = () => {
      void getCell(config, { instance, cell: 1n, chainId: foundry.id });
      // @ts-expect-error chain 10 is not in the config
      void getCell(config, { instance, cell: 1n, chainId: 10 });
      // @ts-expect-error `cell` is required
      void getCell(config, { instance });
      // @ts-expect-error a domain id is a number
      void getBudget(config, { instance, domain: 1n, token: instance });
    };
    expectTypeOf(call).toBeFunction();
  });

  it("the wagmi writes and phase setups infer the SDK's return types, events included", () => {
    expectTypeOf(spendBudget<typeof config>).returns.resolves.toEqualTypeOf<SpendBudgetReturnType>();
    expectTypeOf(proposeRound<typeof config>).returns.resolves.toEqualTypeOf<ProposeRoundReturnType>();
    expectTypeOf(executeRound<typeof config>).returns.resolves.toEqualTypeOf<ExecuteRoundReturnType>();
    expectTypeOf(setupDao<typeof config>).returns.resolves.toEqualTypeOf<SetupDaoReturnType>();
    const roundOf = async () => (await proposeRound(config, {} as never)).proposed.args.round;
    expectTypeOf(roundOf).returns.resolves.toEqualTypeOf<Hex>();
    expectTypeOf<OpGovEventOf<"Spent">>().toEqualTypeOf<SpendBudgetReturnType["spent"]>();
  });

  it("the wagmi writes take the SDK's parameters plus instance, chainId, account and connector", () => {
    expectTypeOf<SpendBudgetParameters<typeof config>["amount"]>().toEqualTypeOf<bigint>();
    expectTypeOf<SpendBudgetParameters<typeof config>["chainId"]>().toEqualTypeOf<1 | 31337 | undefined>();
    const call = () => {
      void spendBudget(config, { instance, domain: 1, token: instance, to: instance, amount: 1n, account: instance });
      // @ts-expect-error `amount` is required
      void spendBudget(config, { instance, domain: 1, token: instance, to: instance });
      // @ts-expect-error chain 10 is not in the config
      void spendBudget(config, { instance, domain: 1, token: instance, to: instance, amount: 1n, chainId: 10 });
    };
    expectTypeOf(call).toBeFunction();
  });

  it("createWagmiReadAction keeps a custom action's parameter and return types", () => {
    const custom = createWagmiReadAction(async (_client, parameters: { n: number }) => ({ doubled: parameters.n * 2 }));
    expectTypeOf(custom<Config>).returns.resolves.toEqualTypeOf<{ doubled: number }>();
    expectTypeOf(custom<Config>).parameter(1).toHaveProperty("n").toEqualTypeOf<number>();
  });

  it("opgovContract keeps the ABI's literal types for wagmi hooks", () => {
    const contract = opgovContract(instance);
    expectTypeOf(contract.abi).toEqualTypeOf<typeof opgovAbi>();
    expectTypeOf(contract.address).toEqualTypeOf<typeof instance>();
  });
});
