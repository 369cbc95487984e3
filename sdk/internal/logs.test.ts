import { createPublicClient, custom, hexToBigInt, type EIP1193RequestFn, type Hex } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { loadOrg } from "../../test/fixtures/org.js";
import { loadPhasesChain, threeCellSpec } from "../../test/fixtures/phases.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { localDeployment, sdkClient } from "../../test/fixtures/sdk.js";
import { createOpGovClient } from "../client.js";
import { InvalidParameterError } from "../errors/validation.js";
import { completeCell } from "../phases/completeCell.js";
import { planDao, setupDao } from "../phases/setupDao.js";
import { getDashboard } from "../reads/getDashboard.js";
import { getHistory } from "../reads/getHistory.js";
import { getRound } from "../reads/getRound.js";
import { isLogRangeError } from "./logs.js";

type Refusal = "limit exceeded" | "message";

/**
 * An SDK client over the in-process chain whose node refuses `eth_getLogs` over more than
 * `maxRange` blocks, like a capped provider (`-32005 limit exceeded`, or geth's message with a
 * generic code); it records every request and the ranges of the log queries it answered.
 */
function cappedClient(chain: LocalChain, maxRange: bigint, options: { instance?: Hex; maxBlockRange?: bigint; refusal?: Refusal } = {}) {
  const methods: string[] = [];
  const answered: [bigint, bigint][] = [];
  const request = (async ({ method, params }: { method: string; params?: unknown }) => {
    methods.push(method);
    if (method === "eth_getLogs") {
      const [filter] = params as [{ fromBlock: string; toBlock: string }];
      const latest = hexToBigInt((await chain.provider.request({ method: "eth_blockNumber" })) as Hex);
      const number = (bound: string) => (bound === "earliest" ? 0n : bound.startsWith("0x") ? hexToBigInt(bound as Hex) : latest);
      const [from, to] = [number(filter.fromBlock), number(filter.toBlock)];
      if (to - from + 1n > maxRange) {
        throw options.refusal === "message"
          ? { code: -32000, message: `exceed maximum block range: ${maxRange}` }
          : { code: -32005, message: `block range too large: at most ${maxRange} blocks per query` };
      }
      answered.push([from, to]);
    }
    return chain.provider.request({ method, params } as never);
  }) as EIP1193RequestFn;
  const publicClient = createPublicClient({ chain: chain.publicClient.chain, transport: custom({ request }, { retryCount: 0 }) });
  const client = createOpGovClient({
    publicClient: publicClient as never,
    walletClient: chain.wallets.operator as never,
    deployment: localDeployment(chain),
    instance: options.instance,
    maxBlockRange: options.maxBlockRange,
  });
  const count = (name: string) => methods.filter((m) => m === name).length;
  return { client, methods, answered, count, reset: () => ((methods.length = 0), (answered.length = 0)) };
}

describe("getLogsPaged", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  let latest: bigint;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
    latest = await chain.publicClient.getBlockNumber({ cacheTime: 0 });
  });

  it("pages getHistory by the client's maxBlockRange: the same entries, one eth_getLogs per page", async () => {
    const unpaged = await getHistory(sdkClient(chain, undefined, org));
    const capped = cappedClient(chain, 7n, { instance: org.opgov, maxBlockRange: 7n });
    const paged = await getHistory(capped.client);
    expect(paged).toEqual(unpaged);
    expect(unpaged.length).toBeGreaterThan(20);
    // Blocks 0..latest in pages of 7, and one eth_blockNumber to pin "latest".
    expect(capped.count("eth_getLogs")).toBe(Number((latest + 1n + 6n) / 7n));
    expect(capped.count("eth_blockNumber")).toBe(1);
    expect(capped.answered.every(([from, to]) => to - from + 1n <= 7n)).toBe(true);
  });

  it("splits a refused range in halves when no limit is set, for both kinds of refusal", async () => {
    const unpaged = await getHistory(sdkClient(chain, undefined, org));
    for (const refusal of ["limit exceeded", "message"] as const) {
      const capped = cappedClient(chain, 10n, { instance: org.opgov, refusal });
      expect(await getHistory(capped.client)).toEqual(unpaged);
      const refused = capped.count("eth_getLogs") - capped.answered.length;
      expect(refused).toBeGreaterThan(0);
      // The answered ranges tile 0..latest exactly, in order.
      expect(capped.answered[0]![0]).toBe(0n);
      expect(capped.answered.at(-1)![1]).toBe(latest);
      capped.answered.slice(1).forEach(([from], i) => expect(from).toBe(capped.answered[i]![1] + 1n));
    }
  });

  it("takes maxBlockRange per call over the client's, for the round reads and the dashboard", async () => {
    const unlimited = sdkClient(chain, undefined, org);
    const capped = cappedClient(chain, 5n, { instance: org.opgov, maxBlockRange: 1000n });
    const round = await getRound(capped.client, { round: org.rounds.blocked.id, maxBlockRange: 5n });
    expect(round).toEqual(await getRound(unlimited, { round: org.rounds.blocked.id }));
    expect(capped.count("eth_getLogs")).toBe(Number((latest + 1n + 4n) / 5n));
    capped.reset();
    const dashboard = await getDashboard(capped.client, { maxBlockRange: 5n });
    expect(dashboard).toEqual(await getDashboard(unlimited));
    expect(capped.count("eth_getLogs")).toBe(Number((latest + 1n + 4n) / 5n));
  });

  it("sends one request when no limit applies, and passes other errors through unsplit", async () => {
    const capped = cappedClient(chain, 10_000n, { instance: org.opgov });
    await getHistory(capped.client);
    expect(capped.methods).toEqual(["eth_getLogs"]);
    const broken = createOpGovClient({
      publicClient: createPublicClient({
        chain: chain.publicClient.chain,
        transport: custom({ request: (async () => { throw { code: -32603, message: "internal error" }; }) as EIP1193RequestFn }, { retryCount: 0 }),
      }) as never,
      deployment: localDeployment(chain),
      instance: org.opgov,
    });
    const error = await getHistory(broken).catch((e: unknown) => e);
    expect(isLogRangeError(error)).toBe(false);
    expect((error as Error).message).toContain("internal error");
    await expect(getHistory(capped.client, { maxBlockRange: 0n })).rejects.toBeInstanceOf(InvalidParameterError);
  });
});

describe("getLogsPaged in the phases", () => {
  it("plans and completes through a node that caps log ranges, as without the cap", async () => {
    const { chain, data } = await loadPhasesChain();
    const spec = threeCellSpec(chain, data.token);
    const operator = sdkClient(chain, "operator");
    const { resolved } = await setupDao(operator, spec);
    const capped = cappedClient(chain, 4n, { maxBlockRange: 4n });
    const plan = await planDao(capped.client, spec);
    expect(plan).toEqual(await planDao(operator, spec));
    expect(plan.resolved.instance).toBe(resolved.instance);
    expect(capped.answered.every(([from, to]) => to - from + 1n <= 4n)).toBe(true);
    const done = await completeCell(cappedClient(chain, 4n).client, { spec, cell: "research" });
    expect(done.holdings.hatsOff).toBe(true);
  });
});
