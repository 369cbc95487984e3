import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { DAY, loadOrg, NATIVE } from "../../test/fixtures/org.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { OpGovUnknownDomainError } from "../errors/opgov.js";
import { getBudget } from "./getBudget.js";
import { getBudgets } from "./getBudgets.js";

describe("getBudget", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
  });

  it("getBudget shows allowance, delegated slice, spent, remaining and the 30-day epoch of domain 1", async () => {
    const budget = await getBudget(sdkClient(chain, undefined, org), { domain: org.domains.a, token: org.token });
    expect(budget).toMatchObject({
      domain: 1,
      token: org.token,
      allowance: parseEther("10000"),
      ownAllowance: parseEther("8000"),
      delegated: parseEther("2000"),
      spent: parseEther("100"),
      committed: 0n,
      remaining: parseEther("7900"),
      epochLength: 30 * DAY,
    });
    expect(budget.epochEnd - budget.epochStart).toBe(30 * DAY);
    expect(budget.epochStart % (30 * DAY)).toBe(0);
    const now = Number((await chain.publicClient.getBlock()).timestamp);
    expect(budget.epochStart <= now && now < budget.epochEnd).toBe(true);
  });

  it("getBudget shows what an open round committed in the delegated domain", async () => {
    const budget = await getBudget(sdkClient(chain, undefined, org), { domain: org.domains.b, token: org.token });
    expect(budget).toMatchObject({ allowance: parseEther("2000"), committed: parseEther("300"), spent: 0n, remaining: parseEther("2000") });
  });

  it("getBudget of a token without a budget is all zero", async () => {
    const budget = await getBudget(sdkClient(chain, undefined, org), { domain: org.domains.c, token: NATIVE });
    expect(budget).toMatchObject({ allowance: 0n, remaining: 0n, epochLength: 0, epochStart: 0, epochEnd: 0 });
  });

  it("getBudget throws OpGovUnknownDomainError for an unknown domain", async () => {
    const error = await getBudget(sdkClient(chain, undefined, org), { domain: 7, token: org.token }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpGovUnknownDomainError);
    expect(error).toMatchObject({ errorName: "OpGovUnknownDomain", args: { domain: 7 } });
  });
});

describe("getBudgets", () => {
  it("getBudgets returns every token of every domain asked for, in order, and nothing for an unknown domain", async () => {
    const { chain, data: org } = await loadOrg(activeOrg);
    const budgets = await getBudgets(sdkClient(chain, undefined, org), { domains: [org.domains.a, org.domains.c] });
    expect(budgets.map((b) => [b.domain, b.token, b.allowance])).toEqual([
      [1, org.token, parseEther("10000")],
      [1, NATIVE, parseEther("5")],
      [3, org.token, parseEther("1000")],
    ]);
    expect(await getBudgets(sdkClient(chain, undefined, org), { domains: [] })).toEqual([]);
    // The lens does not check ids here: an unknown domain has no tokens, so no budgets.
    expect(await getBudgets(sdkClient(chain, undefined, org), { domains: [99] })).toEqual([]);
  });
});
