import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../fixtures/chain.js";
import { as, loadOrg, Phase, threeCells, type ThreeCells } from "../fixtures/org.js";

describe("a three-cell organisation", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
  });

  it("has the cell tree, phases and budgets the fixture built", async () => {
    const { opgov } = await as(chain, org, "stranger");
    const a = await opgov.read.getCell([org.cells.a]);
    const b = await opgov.read.getCell([org.cells.b]);
    expect(a.phase).toBe(Phase.Coordination);
    expect(b.phase).toBe(Phase.Organization);
    expect(b.parent).toBe(org.cells.a);
    expect(a.parent).toBe(0n);
    expect(await opgov.read.cellCount()).toBe(3n);
    const budgetA = await opgov.read.getBudget([org.domains.a, org.token]);
    expect(budgetA.allowance).toBe(parseEther("10000"));
    expect(budgetA.ownAllowance).toBe(parseEther("8000"));
    expect(budgetA.delegated).toBe(parseEther("2000"));
    const budgetB = await opgov.read.getBudget([org.domains.b, org.token]);
    expect(budgetB.allowance).toBe(parseEther("2000"));
  });

  it("lets a wearer of the spender hat spend within the budget, straight from the treasury", async () => {
    const { opgov } = await as(chain, org, "bob");
    const token = await chain.connection.viem.getContractAt("TestToken", org.token);
    const before = await token.read.balanceOf([chain.actors.stranger]);
    await opgov.write.spend([org.domains.a, org.token, chain.actors.stranger, parseEther("100"), `0x${"00".repeat(32)}`]);
    expect(await token.read.balanceOf([chain.actors.stranger])).toBe(before + parseEther("100"));
    const budget = await opgov.read.getBudget([org.domains.a, org.token]);
    expect(budget.spent).toBe(parseEther("100"));
    expect(budget.remaining).toBe(parseEther("7900"));
  });
});
