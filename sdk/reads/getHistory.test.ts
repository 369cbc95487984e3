import { parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { action, as, communityAct, docHash, loadOrg, mined } from "../../test/fixtures/org.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { getHistory, type HistoryEntry } from "./getHistory.js";

describe("getHistory", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  let history: HistoryEntry[];
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
    history = await getHistory(sdkClient(chain, undefined, org));
  });

  it("getHistory returns every opgov event in chain order", async () => {
    const positions = history.map((e) => [e.blockNumber, e.logIndex] as const);
    const sorted = [...positions].sort((x, y) => (x[0] === y[0] ? x[1] - y[1] : Number(x[0] - y[0])));
    expect(positions).toEqual(sorted);
    const events = history.map((e) => e.event);
    expect(events.filter((e) => e === "CellCreated")).toHaveLength(3);
    expect(events.filter((e) => e === "RoundProposed")).toHaveLength(3);
    expect(events).toContain("ObjectionWithdrawn");
    expect(events.at(-1)).toBe("GroupStateUpdated");
  });

  it("getHistory types each entry by its event: a spend with its amount, recipient and ref", async () => {
    const spends = history.filter((e) => e.category === "spend");
    expect(spends).toHaveLength(1);
    const spend = spends[0]!;
    if (spend.event !== "Spent") throw new Error("expected a Spent entry");
    expect(spend.args).toMatchObject({ domain: 1, token: org.token, to: chain.actors.stranger, spender: chain.actors.alice, amount: parseEther("100"), ref: docHash("invoice-1") });
    expect(spend.decision).toBeNull();
  });

  it("getHistory links budget and structure changes to the community act that made them, with its rationale", async () => {
    const budgets = history.filter((e) => e.event === "BudgetSet");
    expect(budgets.length).toBeGreaterThanOrEqual(4);
    for (const entry of budgets) {
      expect(entry.decision).toEqual({ kind: "community", by: chain.actors.community, rationale: { uri: "ipfs://rationale", hash: docHash("ipfs://rationale") } });
    }
    const created = history.find((e) => e.event === "DomainCreated");
    expect(created?.document).toEqual({ uri: "ipfs://domain-a", hash: docHash("ipfs://domain-a") });
    const act = history.find((e) => e.event === "CommunityActed" && e.actions?.some((a) => a.kind === "AssignDomain"));
    expect(act?.actions?.map((a) => a.kind)).toEqual(["AssignDomain", "SetBudget", "SetBudget", "DelegateDomain", "SetBudget", "AssignDomain", "SetBudget"]);
  });

  it("getHistory links a round's effects to the round and its rationale, and gives objections their reasons", async () => {
    const { id } = org.rounds.executed;
    const policy = history.find((e) => e.event === "PolicyRecorded" && e.round === id);
    expect(policy?.document).toEqual({ uri: "ipfs://policy-a", hash: docHash("ipfs://policy-a") });
    expect(policy?.decision).toEqual({ kind: "round", round: id, rationale: { uri: "ipfs://rationale-executed", hash: docHash("rationale executed") } });
    expect(history.filter((e) => e.round === id).map((e) => e.event)).toEqual(["RoundProposed", "PolicyRecorded", "RoundExecuted"]);
    const objection = history.find((e) => e.event === "ObjectionRaised" && e.round === org.rounds.blocked.id);
    expect(objection?.rationale).toEqual({ uri: "ipfs://reason-bob", hash: docHash("too much") });
    const proposed = history.find((e) => e.event === "RoundProposed" && e.round === org.rounds.blocked.id);
    expect(proposed?.actions?.[0]).toMatchObject({ kind: "Allocation", amount: parseEther("300") });
  });

  it("getHistory filters by category and block range, and reads block times on request", async () => {
    const client = sdkClient(chain, undefined, org);
    const rounds = await getHistory(client, { categories: ["round", "objection"], withTimestamps: true });
    expect(new Set(rounds.map((e) => e.category))).toEqual(new Set(["round", "objection"]));
    for (const entry of rounds) expect(entry.timestamp).toBe(Number((await chain.publicClient.getBlock({ blockNumber: entry.blockNumber })).timestamp));
    const last = history.at(-1)!;
    expect(await getHistory(client, { fromBlock: last.blockNumber })).toEqual(history.filter((e) => e.blockNumber >= last.blockNumber));
    expect(history.every((e) => e.timestamp === null)).toBe(true);
  });

  it("getHistory derives allocations from the executed revision of a round and from community acts, also when the proposal is before the range", async () => {
    const { id, content } = org.rounds.blocked;
    const amended = [action.allocation(org.domains.b, org.token, chain.actors.stranger, parseEther("250"))];
    const carol = await as(chain, org, "carol");
    await mined(chain, carol.opgov.write.amend([id, content, amended, docHash("smaller"), "ipfs://smaller", 3600]));
    await mined(chain, (await as(chain, org, "bob")).opgov.write.withdrawObjection([id]));
    await chain.testClient.increaseTime({ seconds: 3600 });
    await chain.testClient.mine({ blocks: 1 });
    const from = await chain.publicClient.getBlockNumber();
    await mined(chain, (await as(chain, org, "stranger")).opgov.write.execute([id, { ...content, actions: amended, rationaleHash: docHash("smaller") }]));
    await communityAct(chain, org, [action.allocation(0, org.token, chain.actors.alice, parseEther("50"))], "ipfs://grant");

    const client = sdkClient(chain, undefined, org);
    for (const range of [{}, { fromBlock: from }]) {
      const entries = await getHistory(client, range);
      const allocations = entries.filter((e) => e.event === "Allocation");
      expect(allocations.map((e) => e.args)).toEqual([
        { source: id, domain: org.domains.b, token: org.token, recipient: chain.actors.stranger, amount: parseEther("250") },
        { source: `0x${"00".repeat(32)}`, domain: 0, token: org.token, recipient: chain.actors.alice, amount: parseEther("50") },
      ]);
      expect(allocations.map((e) => e.category)).toEqual(["allocation", "allocation"]);
      expect(allocations[0]!.round).toBe(id);
      expect(allocations[0]!.decision).toEqual({ kind: "round", round: id, rationale: { uri: "ipfs://smaller", hash: docHash("smaller") } });
      expect(allocations[1]!.round).toBeNull();
      expect(allocations[1]!.decision).toEqual({ kind: "community", by: chain.actors.community, rationale: { uri: "ipfs://grant", hash: docHash("ipfs://grant") } });
      // each sits with its decision's log: before RoundExecuted, after CommunityActed
      const events = entries.map((e) => e.event);
      expect(events[events.indexOf("Allocation") + 1]).toBe("RoundExecuted");
      expect(events[events.lastIndexOf("Allocation") - 1]).toBe("CommunityActed");
    }
    const only = await getHistory(client, { categories: ["allocation"] });
    expect(only.map((e) => e.event)).toEqual(["Allocation", "Allocation"]);
  });
});
