import { parseEther, type Address } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { DAY, NATIVE } from "../../test/fixtures/org.js";
import { loadPhasesChain, threeCellSpec } from "../../test/fixtures/phases.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { setupConversation } from "./setupConversation.js";
import { setupFormation } from "./setupFormation.js";
import { planOrganization, setupOrganization } from "./setupOrganization.js";

describe("setupOrganization", () => {
  let chain: LocalChain;
  let token: Address;
  beforeEach(async () => {
    ({ chain, data: { token } } = await loadPhasesChain());
  });

  async function formed() {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    await setupConversation(client, spec);
    await setupFormation(client, spec);
    return { client, spec };
  }

  it("sets policy, phases, domains and budgets in one treasury transaction", async () => {
    const { client, spec } = await formed();
    const plan = await planOrganization(client, spec);
    expect(plan.transactions).toHaveLength(1);
    const result = await setupOrganization(client, spec);
    expect(result.transactions).toHaveLength(1);
    expect(result.resolved.domains).toEqual({ "ops-budget": 1, "tooling-budget": 2, "research-budget": 3 });

    const { instance, cells, memberHats } = result.resolved;
    const read = (functionName: string, args: readonly unknown[] = []) =>
      chain.publicClient.readContract({ address: instance, abi: opgovAbi, functionName, args } as never) as Promise<any>;
    expect((await read("constraints")).executionWindow).toBe(10 * DAY);
    expect((await read("getCell", [cells.tooling])).phase).toBe(2);
    expect((await read("getCell", [cells.research])).phase).toBe(2);
    expect((await read("getCell", [cells.ops])).phase).toBe(3);

    const tooling = await read("getDomain", [2]);
    expect(tooling.parent).toBe(1);
    expect(tooling.owner).toBe(cells.tooling);
    expect(tooling.spenderHat).toBe(memberHats.tooling);
    expect((await read("getDomain", [3])).spenderHat).toBe(cells.research);

    const ops = await read("getBudget", [1, token]);
    expect(ops.allowance).toBe(parseEther("10000"));
    expect(ops.delegated).toBe(parseEther("2000"));
    expect(ops.epochLength).toBe(30 * DAY);
    expect((await read("getBudget", [1, NATIVE])).allowance).toBe(parseEther("5"));
    expect((await read("getBudget", [2, token])).allowance).toBe(parseEther("2000"));
    expect((await read("getBudget", [3, token])).epochLength).toBe(7 * DAY);

    expect((await planOrganization(client, spec)).transactions).toEqual([]);
  });

  it("changes only the budget that differs when the spec changes", async () => {
    const { client, spec } = await formed();
    await setupOrganization(client, spec);
    const changed = {
      ...spec,
      domains: spec.domains!.map((d) =>
        d.key === "research-budget" ? { ...d, budgets: [{ token, allowance: parseEther("1500"), epochLength: 7 * DAY }] } : d,
      ),
    };
    const plan = await planOrganization(client, changed);
    expect(plan.transactions).toHaveLength(1);
    expect(plan.transactions[0]!.calls).toHaveLength(1);
    expect(plan.transactions[0]!.calls[0]!.description).toMatch(/^community act \(1 action\): budget 1500000000000000000000 of 0x[0-9a-fA-F]{40} for domain "research-budget"/);
    await setupOrganization(client, changed);
    const budget = await chain.publicClient.readContract({ address: plan.resolved.instance, abi: opgovAbi, functionName: "getBudget", args: [3, token] });
    expect(budget.allowance).toBe(parseEther("1500"));
  });
});
