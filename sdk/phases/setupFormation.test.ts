import { parseAbi, type Address } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import { opgovAbi } from "../abis/opgov.js";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { loadPhasesChain, threeCellSpec } from "../../test/fixtures/phases.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { PhaseNotReadyError } from "./errors.js";
import { setupConversation } from "./setupConversation.js";
import { planFormation, setupFormation } from "./setupFormation.js";

const hatsAbi = parseAbi([
  "function isWearerOfHat(address, uint256) view returns (bool)",
  "function hatSupply(uint256) view returns (uint32)",
]);
const safeAbi = parseAbi(["function getOwners() view returns (address[])", "function getThreshold() view returns (uint256)"]);

describe("setupFormation", () => {
  let chain: LocalChain;
  let token: Address;
  beforeEach(async () => {
    ({ chain, data: { token } } = await loadPhasesChain());
  });

  it("refuses to plan before the instance exists", async () => {
    await expect(planFormation(sdkClient(chain, "operator"), threeCellSpec(chain, token))).rejects.toBeInstanceOf(PhaseNotReadyError);
  });

  it("forms three cells (one a sub-cell) in one treasury transaction: hats, Safes, members, group state", async () => {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    await setupConversation(client, spec);
    const plan = await planFormation(client, spec);
    expect(plan.transactions.map((tx) => tx.via)).toEqual(["treasury"]);

    const result = await setupFormation(client, spec);
    expect(result.transactions).toHaveLength(1);
    expect(result.resolved).toEqual(plan.resolved);

    const { publicClient, actors } = chain;
    const { instance, cells, memberHats, roleHats, cellSafes, treasury } = result.resolved;
    const wears = (who: Address, hat: bigint) =>
      publicClient.readContract({ address: chain.addresses.hats, abi: hatsAbi, functionName: "isWearerOfHat", args: [who, hat] });
    const cell = (key: string) => publicClient.readContract({ address: instance, abi: opgovAbi, functionName: "getCell", args: [cells[key]!] });

    const ops = await cell("ops");
    expect(ops.phase).toBe(3); // parent of a sub-cell: Coordination
    expect(ops.safe).toBe(cellSafes.ops);
    expect(ops.stateUri).toBe("ipfs://state-ops-v1");
    expect(ops.stateVersion).toBe(1);
    expect(ops.roleHats).toEqual([roleHats.ops!["ops: treasurer"], roleHats.ops!["ops: facilitator"]]);
    expect(await wears(cellSafes.ops!, cells.ops!)).toBe(true);
    expect(await wears(treasury, cells.ops!)).toBe(false);
    expect(await publicClient.readContract({ address: chain.addresses.hats, abi: hatsAbi, functionName: "hatSupply", args: [cells.ops!] })).toBe(1);
    for (const who of [actors.alice, actors.bob, actors.carol]) expect(await wears(who, memberHats.ops!)).toBe(true);
    expect(await wears(actors.bob, roleHats.ops!["ops: treasurer"]!)).toBe(true);
    expect(await wears(actors.alice, roleHats.ops!["ops: treasurer"]!)).toBe(false);
    expect(await publicClient.readContract({ address: cellSafes.ops!, abi: safeAbi, functionName: "getOwners" })).toEqual([actors.alice, actors.bob, actors.carol]);
    expect(await publicClient.readContract({ address: cellSafes.ops!, abi: safeAbi, functionName: "getThreshold" })).toBe(2n);

    const tooling = await cell("tooling");
    expect(tooling.parent).toBe(cells.ops);
    expect(tooling.phase).toBe(1);
    expect(tooling.safe).toBe(cellSafes.tooling);
    for (const who of [actors.carol, actors.dave]) expect(await wears(who, memberHats.tooling!)).toBe(true);

    const research = await cell("research");
    expect(research.phase).toBe(1);
    expect(research.stateUri).toBe("ipfs://state-research-v1");
    expect(await wears(actors.eve, cells.research!)).toBe(true);
    expect(await wears(treasury, cells.research!)).toBe(false);
    for (const who of [actors.eve, actors.frank]) expect(await wears(who, memberHats.research!)).toBe(true);
  });

  it("creates a cell the spec keeps in Conversation without forming it", async () => {
    const client = sdkClient(chain, "operator");
    const base = threeCellSpec(chain, token);
    const spec = {
      ...base,
      cells: [...base.cells, { key: "idea", metadata: { uri: "ipfs://idea" }, phase: "conversation" as const, wearer: chain.actors.stranger, groupState: { uri: "ipfs://idea-state" } }],
    };
    await setupConversation(client, spec);
    const { resolved } = await setupFormation(client, spec);
    const idea = await chain.publicClient.readContract({ address: resolved.instance, abi: opgovAbi, functionName: "getCell", args: [resolved.cells.idea!] });
    expect(idea.phase).toBe(0);
    expect(idea.memberHat).toBe(0n);
    expect(idea.stateUri).toBe("ipfs://idea-state");
    expect(await chain.publicClient.readContract({ address: chain.addresses.hats, abi: hatsAbi, functionName: "isWearerOfHat", args: [chain.actors.stranger, resolved.cells.idea!] })).toBe(true);
    expect((await planFormation(client, spec)).transactions).toEqual([]);
  });

  it("adds only what is missing when the spec grows (a new role and member), and nothing the second time", async () => {
    const client = sdkClient(chain, "operator");
    const spec = threeCellSpec(chain, token);
    await setupConversation(client, spec);
    const first = await setupFormation(client, spec);

    const grown = {
      ...spec,
      cells: spec.cells.map((c) =>
        c.key === "ops" ? { ...c, roles: [...(c.roles ?? []), { details: "ops: scribe", maxSupply: 1 }], members: [...(c.members ?? []), chain.actors.frank] } : c,
      ),
    };
    const plan = await planFormation(client, grown);
    expect(plan.transactions).toHaveLength(1);
    expect(plan.transactions[0]!.calls.map((c) => c.description)).toEqual([
      'lend cell "ops"\'s hat to the treasury for its setup',
      'add role hat "ops: scribe" to cell "ops"',
      `hand cell "ops"'s hat to ${first.resolved.cellSafes.ops}`,
      "mint 1 member and role hat (ops)",
    ]);
    const second = await setupFormation(client, grown);
    expect(second.resolved.cells).toEqual(first.resolved.cells);
    const ops = await chain.publicClient.readContract({ address: first.resolved.instance, abi: opgovAbi, functionName: "getCell", args: [first.resolved.cells.ops!] });
    expect(ops.roleHats).toHaveLength(3);
    expect((await setupFormation(client, grown)).transactions).toEqual([]);
  });
});
