import { createPublicClient, custom, parseEther, type EIP1193RequestFn, type Hex } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { createOpGovClient } from "../client.js";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { action, as, baseOrg, communityAct, docHash, HOUR, loadOrg, mined, Phase, type ActionInput } from "../../test/fixtures/org.js";
import { activeOrg, proposeRound, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { localDeployment, sdkClient } from "../../test/fixtures/sdk.js";
import { getBudget } from "./getBudget.js";
import { getCellTree } from "./getCellTree.js";
import { getConstraints } from "./getConstraints.js";
import { getDashboard } from "./getDashboard.js";
import { getRound } from "./getRound.js";

/** An SDK client whose transport counts the JSON-RPC requests it sends (by method). */
function countingClient(chain: LocalChain, org: { opgov: Hex }, multicall3: boolean) {
  const methods: string[] = [];
  const request = (async ({ method, params }: { method: string; params?: unknown }) => {
    methods.push(method);
    return chain.provider.request({ method, params } as never);
  }) as EIP1193RequestFn;
  const publicClient = createPublicClient({ chain: chain.publicClient.chain, transport: custom({ request }, { retryCount: 0 }) });
  // The bootstrap installs Multicall3; a deployment that does not name it reads without it.
  const deployment = multicall3 ? localDeployment(chain) : { ...localDeployment(chain), multicall3: undefined };
  const client = createOpGovClient({ publicClient: publicClient as never, deployment, instance: org.opgov });
  return { client, methods };
}

const chunks = <T,>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * 100 top-level cells in Organization (cell hats worn by alice), each owning one domain with a
 * 1,000 TUSD budget; alice and bob wear the member hats of the first five cells, and alice
 * proposes 50 rounds there (ten per cell, alternately a policy and a 1 TUSD allocation); bob
 * objects to one policy round per cell, the community to one allocation round per cell.
 * Multicall3 is at its canonical address (the bootstrap installs it).
 */
async function hundredCells(chain: LocalChain) {
  const org = await baseOrg(chain);
  const { actors } = chain;
  const cells: bigint[] = [];
  for (const batch of chunks(Array.from({ length: 100 }, (_, i) => i), 16)) {
    const { logs } = await communityAct(chain, org, batch.map((i) => action.createCell(0n, actors.alice, `ipfs://cell-${i}`)));
    for (const log of logs) if (log.eventName === "CellCreated") cells.push(log.args.cell);
  }
  for (const phase of [Phase.Formation, Phase.Organization]) {
    for (const batch of chunks(cells, 16)) await communityAct(chain, org, batch.map((cell) => action.movePhase(cell, phase)));
  }
  const perDomain = cells.flatMap((cell, i): ActionInput[] => [action.assignDomain(cell, cell, `ipfs://domain-${i}`), action.setBudget(i + 1, org.token, parseEther("1000"), 30 * 86_400)]);
  for (const batch of chunks(perDomain, 16)) await communityAct(chain, org, batch);

  const active = cells.slice(0, 5);
  const { opgov: reader, hats: aliceHats } = await as(chain, org, "alice");
  const memberHats = await Promise.all(active.map((cell) => reader.read.memberHatOf([cell])));
  await mined(chain, aliceHats.write.batchMintHats([[...memberHats, ...memberHats], [...memberHats.map(() => actors.alice), ...memberHats.map(() => actors.bob)]]));

  const bob = await as(chain, org, "bob");
  const community = await as(chain, org, "community");
  const rounds: Hex[] = [];
  for (const [k, cell] of active.entries()) {
    for (let r = 0; r < 10; r++) {
      const actions = r % 2 === 0 ? [action.policy(`ipfs://policy-${k}-${r}`)] : [action.allocation(k + 1, org.token, actors.stranger, parseEther("1"))];
      const { id, content } = await proposeRound(chain, org, "alice", cell, actions, 2 * HOUR, `round-${k}-${r}`);
      rounds.push(id);
      if (r === 0) await mined(chain, bob.opgov.write.object([id, content.objectorHats, 0n, docHash("no"), "ipfs://no"]));
      if (r === 1) await mined(chain, community.opgov.write.object([id, content.objectorHats, 0n, docHash("not now"), "ipfs://not-now"]));
    }
  }
  return { ...org, cells, rounds };
}

describe("getDashboard", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
  });

  it("getDashboard gathers the cell tree, domains, budgets, live rounds and constraints at one block", async () => {
    const client = sdkClient(chain, undefined, org);
    const dashboard = await getDashboard(client);
    const block = await chain.publicClient.getBlock();
    expect(dashboard.blockNumber).toBe(block.number);
    expect(dashboard.timestamp).toBe(Number(block.timestamp));
    expect(dashboard.instance).toMatchObject({ address: org.opgov, treasury: org.treasury, hats: chain.addresses.hats });
    expect(dashboard.instance.communityHat.id).toBe(org.topHat);
    expect(dashboard.instance.rootHat.id).toBe(org.rootHat);
    expect(dashboard.cells).toEqual(await getCellTree(client));
    expect(dashboard.constraints).toEqual(await getConstraints(client));
    expect(dashboard.domains.map((d) => d.id)).toEqual([1, 2, 3]);
    expect(dashboard.budgets.map((b) => [b.domain, b.token])).toEqual([
      [1, org.token],
      [1, "0x0000000000000000000000000000000000000000"],
      [2, org.token],
      [3, org.token],
    ]);
    expect(dashboard.budgets[2]).toEqual(await getBudget(client, { domain: 2, token: org.token }));
    expect(dashboard.tokenPolicies).toEqual([
      { token: org.token, allowed: true, capPerDomain: parseEther("1000000") },
      { token: "0x0000000000000000000000000000000000000000", allowed: true, capPerDomain: parseEther("1000") },
    ]);
    expect(dashboard.rounds.map((r) => r.id)).toEqual([org.rounds.blocked.id, org.rounds.withdrawn.id]);
    expect(dashboard.rounds[0]).toEqual(await getRound(client, { round: org.rounds.blocked.id }));
  });

  it("getDashboard with rounds: 'all' includes executed rounds, and reads an earlier block when asked", async () => {
    const client = sdkClient(chain, undefined, org);
    const all = await getDashboard(client, { rounds: "all" });
    expect(all.rounds.map((r) => [r.id, r.state])).toEqual([
      [org.rounds.blocked.id, "Open"],
      [org.rounds.withdrawn.id, "Open"],
      [org.rounds.executed.id, "Executed"],
    ]);
    const before = await getDashboard(client, { blockNumber: org.rounds.executed.receipt.blockNumber - 1n });
    expect(before.rounds.map((r) => r.id)).toEqual([org.rounds.blocked.id, org.rounds.withdrawn.id]);
    expect(before.budgets[0]?.spent).toBe(0n);
  });

  it("getDashboard of an organisation with 100 cells, 100 domains and 50 rounds takes 4 JSON-RPC requests with Multicall3", async () => {
    const { chain: big, data } = await loadOrg(hundredCells);
    const { client, methods } = countingClient(big, data, true);
    const dashboard = await getDashboard(client);
    expect(methods.sort()).toEqual(["eth_call", "eth_call", "eth_getBlockByNumber", "eth_getLogs"]);
    expect(dashboard.cells.cells).toHaveLength(100);
    expect(dashboard.cells.roots).toHaveLength(100);
    expect(dashboard.domains).toHaveLength(100);
    expect(dashboard.budgets).toHaveLength(100);
    expect(dashboard.budgets.every((b) => b.allowance === parseEther("1000"))).toBe(true);
    expect(dashboard.budgets[0]?.committed).toBe(parseEther("5"));
    expect(dashboard.rounds).toHaveLength(50);
    expect(dashboard.rounds.filter((r) => r.objections.length === 1)).toHaveLength(10);
    expect(dashboard.rounds.every((r) => r.state === "Open")).toBe(true);
  });

  it("getDashboard without Multicall3 falls back to deployless batches and returns the same snapshot", async () => {
    const { chain: big, data } = await loadOrg(hundredCells);
    const withMc = countingClient(big, data, true);
    const without = countingClient(big, data, false);
    const expected = await getDashboard(withMc.client);
    const dashboard = await getDashboard(without.client, { blockNumber: expected.blockNumber });
    expect(dashboard).toEqual(expected);
    // Deployless results are capped at 24 KB, so the large lens reads go out on their own.
    expect(without.methods.length).toBeGreaterThan(4);
    expect(without.methods.length).toBeLessThanOrEqual(24);
    console.info(`dashboard without Multicall3: ${without.methods.length} requests (${without.methods.join(", ")})`);
  });
});
