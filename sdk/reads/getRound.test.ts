import { getAddress, parseEther } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { LocalChain } from "../../test/fixtures/chain.js";
import { action, as, DAY, DEFAULT_CONSTRAINTS, docHash, HOUR, loadOrg, mined } from "../../test/fixtures/org.js";
import { activeOrg, type ActiveOrg } from "../../test/fixtures/readsOrg.js";
import { sdkClient } from "../../test/fixtures/sdk.js";
import { UnknownRoundError } from "../errors/validation.js";
import { RoundNotFoundError } from "./errors.js";
import { getRound } from "./getRound.js";

describe("getRound", () => {
  let chain: LocalChain;
  let org: ActiveOrg;
  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(activeOrg));
  });

  it("getRound returns an open round's content, decoded actions, rationale, deadlines and standing objection", async () => {
    const { id, content, receipt } = org.rounds.blocked;
    const round = await getRound(sdkClient(chain, undefined, org), { round: id });
    const proposedAt = Number((await chain.publicClient.getBlock({ blockNumber: receipt.blockNumber })).timestamp);
    expect(round).toMatchObject({
      id,
      state: "Open",
      status: "Active",
      revision: 0,
      objectionCount: 1,
      deadline: proposedAt + 2 * DAY,
      executableUntil: proposedAt + 2 * DAY + DEFAULT_CONSTRAINTS.executionWindow,
      scope: org.cells.b,
      proposer: chain.actors.carol,
      proposed: { blockNumber: receipt.blockNumber, transactionHash: receipt.transactionHash },
      rationale: { uri: "ipfs://rationale-blocked", hash: docHash("rationale blocked") },
    });
    expect(round.content).toEqual(content);
    expect(round.actions).toEqual([
      { kind: "Allocation", domain: org.domains.b, token: org.token, recipient: chain.actors.stranger, amount: parseEther("300"), raw: content.actions[0] },
    ]);
    expect(round.objectorHats.map((h) => h.id)).toEqual([org.memberHats.a]);
    expect(round.objections).toHaveLength(1);
    expect(round.objections[0]).toMatchObject({
      round: id,
      objector: chain.actors.bob,
      status: "Standing",
      revision: 0,
      reason: { uri: "ipfs://reason-bob", hash: docHash("too much") },
    });
    expect(round.objections[0]?.hat.id).toBe(org.memberHats.a);
  });

  it("getRound shows Blocked once the window passed with a standing objection, and an executed round as Executed", async () => {
    await chain.testClient.increaseTime({ seconds: 2 * DAY });
    await chain.testClient.mine({ blocks: 1 });
    const client = sdkClient(chain, undefined, org);
    expect((await getRound(client, { round: org.rounds.blocked.id })).state).toBe("Blocked");
    const executed = await getRound(client, { round: org.rounds.executed.id });
    expect(executed).toMatchObject({ state: "Executed", status: "Executed", objections: [] });
    expect(executed.actions[0]).toMatchObject({ kind: "PolicyDecision", uri: "ipfs://policy-a", contentHash: docHash("ipfs://policy-a") });
  });

  it("getRound keeps withdrawn objections out of `objections`", async () => {
    const round = await getRound(sdkClient(chain, undefined, org), { round: org.rounds.withdrawn.id });
    expect(round.objectionCount).toBe(0);
    expect(round.objections).toEqual([]);
  });

  it("getRound reports the amended actions, rationale and revision", async () => {
    const { id, content } = org.rounds.blocked;
    const carol = await as(chain, org, "carol");
    const amended = [action.allocation(org.domains.b, org.token, chain.actors.stranger, parseEther("100"))];
    await mined(chain, carol.opgov.write.amend([id, content, amended, docHash("v2"), "ipfs://rationale-v2", HOUR]));
    const round = await getRound(sdkClient(chain, undefined, org), { round: id });
    expect(round.revision).toBe(1);
    expect(round.rationale).toEqual({ uri: "ipfs://rationale-v2", hash: docHash("v2") });
    expect(round.actions[0]).toMatchObject({ kind: "Allocation", amount: parseEther("100") });
    expect(round.content).toEqual(content); // still the content execute() checks against
    expect(round.objections.map((o) => getAddress(o.objector))).toEqual([chain.actors.bob]);
  });

  it("getRound throws UnknownRoundError (alias RoundNotFoundError) for an id nobody proposed, or one proposed before fromBlock", async () => {
    const client = sdkClient(chain, undefined, org);
    await expect(getRound(client, { round: docHash("nope") })).rejects.toBeInstanceOf(UnknownRoundError);
    await expect(getRound(client, { round: docHash("nope") })).rejects.toBeInstanceOf(RoundNotFoundError);
    const after = org.rounds.blocked.receipt.blockNumber + 1n;
    await expect(getRound(client, { round: org.rounds.blocked.id, fromBlock: after })).rejects.toMatchObject({ name: "UnknownRoundError", round: org.rounds.blocked.id });
  });
});
