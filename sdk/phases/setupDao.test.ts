import { createPublicClient, custom, parseEther, type Address, type EIP1193RequestFn } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { DAY, HOUR, NATIVE } from "../../test/fixtures/org.js";
import { loadPhasesChain, threeCellSpec } from "../../test/fixtures/phases.js";
import { localDeployment, sdkClient } from "../../test/fixtures/sdk.js";
import { createOpGovClient } from "../client.js";
import { completeCell } from "./completeCell.js";
import { InvalidSpecError, SetupTransactionError, TreasuryNotOperableError } from "./errors.js";
import { setupConversation } from "./setupConversation.js";
import { planDao, setupDao } from "./setupDao.js";
import { setupFormation } from "./setupFormation.js";
import { setupOrganization } from "./setupOrganization.js";
import type { OrganizationSpec } from "./types.js";

/** The operator's client whose wallet throws on its `failAt`-th send (1-based). */
function failingClient(chain: LocalChain, failAt: number) {
  const wallet = chain.wallets.operator;
  let sends = 0;
  const failing = {
    ...wallet,
    sendTransaction: (async (args: never) => {
      sends += 1;
      if (sends === failAt) throw new Error(`injected failure on send ${sends}`);
      return wallet.sendTransaction(args);
    }) as typeof wallet.sendTransaction,
  };
  return createOpGovClient({ ...sdkClient(chain, "operator"), walletClient: failing as never });
}

/** Everything a setup creates, read back from the chain. */
async function snapshotOf(chain: LocalChain, instance: Address) {
  const read = (functionName: string, args: readonly unknown[] = []) =>
    chain.publicClient.readContract({ address: instance, abi: opgovAbi, functionName, args } as never) as Promise<any>;
  const count = await read("cellCount");
  const ids = await read("cellIds", [0n, count]);
  const domainCount = await read("domainCount");
  const domains = domainCount === 0n ? [] : await read("getDomains", [1n, domainCount]);
  return {
    cells: await read("getCells", [ids]),
    domains,
    budgets: domains.length === 0 ? [] : await read("getBudgets", [domains.map((d: { id: number }) => d.id)]),
    constraints: await read("constraints"),
  };
}

/** community + `n` cells, 4 role hats and 3 members each, a treasury Safe and `n` cell Safes, `n` domains with budgets. */
export function fiveCellSpec(chain: LocalChain, token: Address, n = 5): OrganizationSpec {
  const people = [chain.actors.alice, chain.actors.bob, chain.actors.carol, chain.actors.dave, chain.actors.eve, chain.actors.frank];
  const cells = Array.from({ length: n }, (_, i) => ({
    key: `cell-${i}`,
    metadata: { uri: `ipfs://cell-${i}` },
    members: [people[i % 6]!, people[(i + 1) % 6]!, people[(i + 2) % 6]!],
    safe: { threshold: 2 }, // salt nonce derived from the community's name and the cell's key
    roles: ["lead", "treasurer", "scribe", "facilitator"].map((role) => ({ details: `cell-${i}: ${role}`, maxSupply: 1 })),
    groupState: { uri: `ipfs://state-${i}` },
    phase: "organization" as const,
  }));
  return {
    community: { name: "Five-cell DAO" },
    treasury: { owners: [chain.actors.operator], threshold: 1 },
    opgov: {
      salt: "five-cells",
      constraints: { minWindow: HOUR, maxWindow: 14 * DAY, executionWindow: 7 * DAY },
      tokens: [
        { address: NATIVE, capPerDomain: parseEther("1000") },
        { address: token, capPerDomain: parseEther("1000000") },
      ],
    },
    anchor: "cell-0",
    cells,
    domains: cells.map((cell, i) => ({
      key: `domain-${i}`,
      owner: cell.key,
      description: { uri: `ipfs://domain-${i}` },
      budgets: [{ token, allowance: parseEther(String(1000 * (i + 1))), epochLength: 30 * DAY }],
    })),
  };
}

describe("setupDao", () => {
  let chain: LocalChain;
  let token: Address;
  beforeEach(async () => {
    ({ chain, data: { token } } = await loadPhasesChain());
  });

  it("brings the three-cell organisation on-chain in two operator transactions, the same state as phase by phase", async () => {
    const spec = threeCellSpec(chain, token);
    const client = sdkClient(chain, "operator");
    const plan = await planDao(client, spec);
    expect(plan.transactions.map((tx) => tx.via)).toEqual(["batch", "treasury"]);
    const result = await setupDao(client, spec);
    expect(result.transactions).toHaveLength(2);
    expect(result.resolved).toEqual(plan.resolved);
    const together = await snapshotOf(chain, result.resolved.instance);
    expect((await planDao(client, spec)).transactions).toEqual([]);

    ({ chain } = await loadPhasesChain());
    const phased = sdkClient(chain, "operator");
    const sent = [
      ...(await setupConversation(phased, spec)).transactions,
      ...(await setupFormation(phased, spec)).transactions,
      ...(await setupOrganization(phased, spec)).transactions,
    ];
    expect(sent).toHaveLength(4);
    expect(await snapshotOf(chain, result.resolved.instance)).toEqual(together);
  });

  it.each([1, 2])("resumes after its send number %i fails: nothing duplicated, the same end state as a clean run", async (failAt) => {
    const spec = threeCellSpec(chain, token);
    const clean = await setupDao(sdkClient(chain, "operator"), spec);
    const expected = await snapshotOf(chain, clean.resolved.instance);

    ({ chain } = await loadPhasesChain());
    const error = await setupDao(failingClient(chain, failAt), spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupTransactionError);
    expect((error as SetupTransactionError).step).toBe(clean.transactions[failAt - 1]!.description);

    const resumed = await setupDao(sdkClient(chain, "operator"), spec);
    expect(resumed.transactions.map((tx) => tx.description)).toEqual(clean.transactions.slice(failAt - 1).map((tx) => tx.description));
    expect(resumed.resolved).toEqual(clean.resolved);
    expect(await snapshotOf(chain, clean.resolved.instance)).toEqual(expected);
  });

  it.each([3, 5, 7])(
    "split into transactions of 3 calls, resumes after send %i fails (a cell hat may be left on the treasury) to the clean state",
    async (failAt) => {
      const spec = threeCellSpec(chain, token);
      const clean = await setupDao(sdkClient(chain, "operator"), spec);
      const expected = await snapshotOf(chain, clean.resolved.instance);

      ({ chain } = await loadPhasesChain());
      const split = { maxCallsPerTransaction: 3 };
      const error = await setupDao(failingClient(chain, failAt), spec, split).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SetupTransactionError);
      const resumed = await setupDao(sdkClient(chain, "operator"), spec);
      expect(resumed.resolved).toEqual(clean.resolved);
      expect(await snapshotOf(chain, clean.resolved.instance)).toEqual(expected);
      expect((await planDao(sdkClient(chain, "operator"), spec)).transactions).toEqual([]);
      const hatsAbi = [{ type: "function", name: "isWearerOfHat", stateMutability: "view", inputs: [{ name: "w", type: "address" }, { name: "h", type: "uint256" }], outputs: [{ name: "", type: "bool" }] }] as const;
      for (const cell of Object.values(clean.resolved.cells)) {
        expect(await chain.publicClient.readContract({ address: chain.addresses.hats, abi: hatsAbi, functionName: "isWearerOfHat", args: [clean.resolved.treasury, cell] })).toBe(false);
      }
    },
  );

  it("plans nothing for completed cells once the organisation is set up, and a re-run sends nothing", async () => {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    await setupDao(client, spec);
    // tooling (a sub-cell with a delegated domain and a Safe wearing its hat) and research (eve
    // wears its hat; a root domain): each loses its hats and allowances on completion.
    await completeCell(client, { spec, cell: "tooling" });
    await completeCell(client, { spec, cell: "research" });
    const plan = await planDao(client, spec);
    expect(plan.transactions).toEqual([]);
    expect(plan.resolved.cells.tooling).toBeTypeOf("bigint");
    expect((await setupFormation(client, spec)).transactions).toEqual([]);
    expect((await setupOrganization(client, spec)).transactions).toEqual([]);
    expect((await setupDao(client, spec)).transactions).toEqual([]);
    // A new sub-cell under a completed cell cannot be created: refused before anything is sent.
    const grown = { ...spec, cells: [...spec.cells, { key: "late", parent: "tooling", metadata: { uri: "ipfs://cell-late" } }] };
    await expect(planDao(client, grown)).rejects.toBeInstanceOf(InvalidSpecError);
  });

  it("plans the three-cell organisation in few requests: 18 on an empty chain, 11 (7 batched eth_calls) once it is set up", async () => {
    // The operator's client over a transport that counts the JSON-RPC requests, by method.
    const methods: string[] = [];
    const request = (async ({ method, params }: { method: string; params?: unknown }) => {
      methods.push(method);
      return chain.provider.request({ method, params } as never);
    }) as EIP1193RequestFn;
    const publicClient = createPublicClient({ chain: chain.publicClient.chain, transport: custom({ request }, { retryCount: 0 }) });
    const client = createOpGovClient({ publicClient: publicClient as never, walletClient: chain.wallets.operator as never, deployment: localDeployment(chain) });
    const count = () => {
      const byMethod: Record<string, number> = {};
      for (const method of methods.splice(0)) byMethod[method] = (byMethod[method] ?? 0) + 1;
      return { ...byMethod, total: Object.values(byMethod).reduce((a, b) => a + b, 0) } as Record<string, number>;
    };
    const spec = threeCellSpec(chain, token);
    await planDao(client, spec);
    // Three Safe predictions (protocol-kit checks the Safe contracts' code once per plan), the
    // top-hat search, and the hat and factory reads (fewer when protocol-kit or the Hats SDK
    // kept something from an earlier test in the process). Before batching: 55 requests.
    const empty = count();
    expect(empty.total).toBeLessThanOrEqual(18);
    expect(empty.eth_getLogs).toBe(1);
    await setupDao(sdkClient(chain, "operator"), spec);
    count();
    expect((await planDao(client, spec)).transactions).toEqual([]);
    // Safe owners and threshold; the instance's hats; root hat, module, cells and domains; cell
    // views; role hats' details; every hat wearer; constraints and budgets. Before: 42 requests (33 eth_call).
    const setUp = count();
    expect(setUp.total).toBeLessThanOrEqual(11);
    expect(setUp).toMatchObject({ eth_call: 7, eth_getLogs: 1 });
  });

  it("resumes Formation after Conversation, from a partly formed organisation, without duplicates", async () => {
    const spec = threeCellSpec(chain, token);
    const client = sdkClient(chain, "operator");
    await setupConversation(client, spec);
    // Form only "research" first (a spec without the others), then the whole spec.
    const partial = { ...spec, cells: spec.cells.filter((c) => c.key === "ops" || c.key === "research"), domains: [] };
    const first = await setupFormation(client, partial);
    const full = await setupFormation(client, spec);
    expect(full.resolved.cells.research).toBe(first.resolved.cells.research);
    await setupOrganization(client, spec);
    const resumed = await snapshotOf(chain, full.resolved.instance);
    expect(resumed.cells).toHaveLength(3);

    ({ chain } = await loadPhasesChain());
    const clean = await setupDao(sdkClient(chain, "operator"), spec);
    const cleanState = await snapshotOf(chain, clean.resolved.instance);
    // Same cells, Safes, hats and domains; only creation order (and so ids) may differ.
    expect(resumed.cells.map((c: { metadataUri: string }) => c.metadataUri).sort()).toEqual(cleanState.cells.map((c: { metadataUri: string }) => c.metadataUri).sort());
    expect(resumed.domains).toHaveLength(cleanState.domains.length);
  });

  it("sets a 2-of-3 treasury up with a co-signer's EIP-712 signatures; without one it refuses before sending", async () => {
    const base = threeCellSpec(chain, token);
    const spec = { ...base, treasury: { owners: [chain.actors.operator, chain.actors.community, chain.actors.alice], threshold: 2, saltNonce: "9" } };
    const client = sdkClient(chain, "operator");
    await expect(setupDao(client, spec)).rejects.toBeInstanceOf(TreasuryNotOperableError);
    const result = await setupDao(client, spec, { signers: [chain.wallets.community] });
    expect(result.transactions.map((tx) => tx.via)).toEqual(["batch", "treasury"]);
    const state = await snapshotOf(chain, result.resolved.instance);
    expect(state.cells).toHaveLength(3);
    expect(state.domains).toHaveLength(3);
    expect((await planDao(client, spec, { signers: [chain.actors.community] })).transactions).toEqual([]);
  });

  it("counts the operator's transactions for community + 5 cells (4 hats, 3 members, a Safe each) + 5 domains with budgets", async () => {
    const spec = fiveCellSpec(chain, token);
    const together = await setupDao(sdkClient(chain, "operator"), spec);
    expect(together.transactions).toHaveLength(2);
    const state = await snapshotOf(chain, together.resolved.instance);
    expect(state.cells).toHaveLength(5);
    expect(state.cells.every((c: { roleHats: unknown[]; safe: Address }) => c.roleHats.length === 4 && c.safe !== NATIVE)).toBe(true);
    expect(state.domains).toHaveLength(5);

    ({ chain } = await loadPhasesChain());
    const client = sdkClient(chain, "operator");
    const phases = {
      conversation: (await setupConversation(client, spec)).transactions,
      formation: (await setupFormation(client, spec)).transactions,
      organization: (await setupOrganization(client, spec)).transactions,
    };
    expect(Object.values(phases).flat()).toHaveLength(4);
    const figures = {
      setupDao: together.transactions.map((tx) => `${tx.via}: ${tx.gasUsed}`),
      ...Object.fromEntries(Object.entries(phases).map(([phase, txs]) => [phase, txs.map((tx) => `${tx.via}: ${tx.gasUsed}`)])),
    };
    console.log("five-cell setup (operator transactions and gas):", JSON.stringify(figures, null, 1));
  });
});
