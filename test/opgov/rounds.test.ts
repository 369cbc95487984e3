import { parseEther, parseEventLogs, type Hex, type TransactionReceipt } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { ActorName, LocalChain } from "../fixtures/chain.js";
import {
  action,
  as,
  communityAct,
  createCell,
  DAY,
  DEFAULT_CONSTRAINTS,
  docHash,
  expectRevert,
  HOUR,
  Kind,
  loadOrg,
  mined,
  Phase,
  RoundState,
  threeCells,
  type ActionInput,
  type ThreeCells,
} from "../fixtures/org.js";

// Consent rounds end to end: propose, object, close, amend, withdraw, escalate, resolve,
// execute, expire (DESIGN.md, "Consent-round rules").

type Content = { scope: bigint; salt: Hex; objectorHats: readonly bigint[]; actions: readonly ActionInput[]; rationaleHash: Hex };

const ObjectionStatus = { None: 0, Standing: 1, Withdrawn: 2, Dismissed: 3 } as const;

/** The bytes32 state mask opgov reports in OpGovUnexpectedRoundState. */
const mask = (...states: number[]): Hex =>
  `0x${states.reduce((m, s) => m | (1n << BigInt(s)), 0n).toString(16).padStart(64, "0")}`;

describe("consent rounds", () => {
  let chain: LocalChain;
  let org: ThreeCells;
  let tusd: { read: { balanceOf: (args: [Hex]) => Promise<bigint> } };

  beforeEach(async () => {
    ({ chain, data: org } = await loadOrg(threeCells));
    tusd = await chain.connection.viem.getContractAt("TestToken", org.token);
  });

  const actor = (who: ActorName) => as(chain, org, who);
  const reader = () => actor("stranger");
  const balance = (who: Hex) => tusd.read.balanceOf([who]);

  async function warp(seconds: number) {
    await chain.testClient.increaseTime({ seconds });
    await chain.testClient.mine({ blocks: 1 });
  }

  async function logs(receipt: TransactionReceipt) {
    const { opgov } = await reader();
    return parseEventLogs({ abi: opgov.abi, logs: receipt.logs });
  }

  /** A round's content with the required objectors (plus `extra`) for `scope` and `actions`. */
  async function content(scope: bigint, actions: ActionInput[], salt = "salt", extra: bigint[] = []): Promise<Content> {
    const { opgov } = await reader();
    const required = await opgov.read.requiredObjectorHats([scope, actions]);
    return { scope, salt: docHash(salt), objectorHats: [...required, ...extra], actions, rationaleHash: docHash("rationale") };
  }

  async function propose(who: ActorName, c: Content, window = HOUR) {
    const { opgov } = await actor(who);
    const id = (await opgov.read.roundCommitment([c])) as Hex;
    const receipt = await mined(chain, opgov.write.propose([c, window, "ipfs://rationale"]));
    return { id, receipt };
  }

  async function object(who: ActorName, id: Hex, c: Content, index = 0n) {
    const { opgov } = await actor(who);
    return mined(chain, opgov.write.object([id, c.objectorHats, index, docHash("reason"), "ipfs://reason"]));
  }

  const state = async (id: Hex) => (await reader()).opgov.read.roundState([id]);
  const committed = async (domain: number) => (await (await reader()).opgov.read.getBudget([domain, org.token])).committed;

  /** A round of cell B paying 300 TUSD from B's domain to the stranger. */
  const allocB = (amount = parseEther("300")) => content(org.cells.b, [action.allocation(org.domains.b, org.token, chain.actors.stranger, amount)]);

  describe("propose", () => {
    it("propose emits RoundProposed with the content and the id equals the round commitment", async () => {
      const c = await allocB();
      const { id, receipt } = await propose("carol", c);
      const proposed = (await logs(receipt)).find((l) => l.eventName === "RoundProposed");
      expect(proposed?.eventName).toBe("RoundProposed");
      if (proposed?.eventName !== "RoundProposed") return;
      expect(proposed.args.round).toBe(id);
      expect(proposed.args.content.scope).toBe(org.cells.b);
      expect(proposed.args.proposer).toBe(chain.actors.carol);
      expect(proposed.args.content).toEqual(c);
      expect(c.objectorHats[0]).toBe(org.memberHats.a);
      const round = await (await reader()).opgov.read.getRound([id]);
      expect(round.id).toBe(id);
      expect(round.state).toBe(RoundState.Open);
      expect(round.revision).toBe(0);
    });

    it("propose reverts when the window is outside the community's bounds", async () => {
      const { opgov } = await actor("carol");
      const c = await allocB();
      const { minWindow, maxWindow } = DEFAULT_CONSTRAINTS;
      await expectRevert(opgov.write.propose([c, minWindow - 1, ""]), "OpGovWindowOutOfBounds", [minWindow - 1, minWindow, maxWindow]);
      await expectRevert(opgov.write.propose([c, maxWindow + 1, ""]), "OpGovWindowOutOfBounds", [maxWindow + 1, minWindow, maxWindow]);
    });

    it("propose reverts when a required objector is missing or out of order", async () => {
      const { opgov } = await actor("carol");
      const c = await allocB();
      await expectRevert(opgov.write.propose([{ ...c, objectorHats: [] }, HOUR, ""]), "OpGovRequiredObjectorMissing", [0n, org.memberHats.a, 0n]);
      await expectRevert(
        opgov.write.propose([{ ...c, objectorHats: [org.memberHats.c, org.memberHats.a] }, HOUR, ""]),
        "OpGovRequiredObjectorMissing",
        [0n, org.memberHats.a, org.memberHats.c],
      );
    });

    it("propose reverts when the caller is not a member of the scope cell", async () => {
      const { opgov } = await actor("stranger");
      await expectRevert(opgov.write.propose([await allocB(), HOUR, ""]), "OpGovNotWearer", [chain.actors.stranger, org.memberHats.b]);
      const { opgov: asAlice } = await actor("alice");
      await expectRevert(asAlice.write.propose([await allocB(), HOUR, ""]), "OpGovNotWearer", [chain.actors.alice, org.memberHats.b]);
    });

    it("propose reverts when a round with the same content exists", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      const { opgov } = await actor("dave");
      await expectRevert(opgov.write.propose([c, 2 * HOUR, ""]), "OpGovRoundExists", [id]);
      await propose("dave", { ...c, salt: docHash("other") });
    });

    it("propose reverts with no actions or more than 16", async () => {
      const { opgov } = await actor("carol");
      const c = await allocB();
      await expectRevert(opgov.write.propose([{ ...c, actions: [] }, HOUR, ""]), "OpGovActionCount", [0n, 16n]);
      const many = Array.from({ length: 17 }, () => c.actions[0] as ActionInput);
      await expectRevert(opgov.write.propose([{ ...c, actions: many }, HOUR, ""]), "OpGovActionCount", [17n, 16n]);
    });

    it("propose reverts with more than 8 objector hats", async () => {
      const { opgov } = await actor("carol");
      const c = await allocB();
      const hats = [...c.objectorHats, ...Array.from({ length: 8 }, () => org.memberHats.c)];
      await expectRevert(opgov.write.propose([{ ...c, objectorHats: hats }, HOUR, ""]), "OpGovTooManyObjectorHats", [9n, 8n]);
    });

    it("propose's id, event and objector check hold for several actions, added objector hats and a long URI", async () => {
      // propose hashes the round's content inside the event's encoding: check it on a larger round.
      const actions = [
        action.policy(`ipfs://${"p".repeat(70)}`),
        action.allocation(org.domains.b, org.token, chain.actors.stranger, parseEther("5")),
        action.allocation(0, org.token, chain.actors.dave, 7n),
      ];
      const c = await content(org.cells.b, actions, "big", [org.memberHats.c]);
      expect(c.objectorHats.length).toBe(3);
      const { opgov } = await actor("carol");
      const uri = `ipfs://${"r".repeat(100)}`;
      const id = (await opgov.read.roundCommitment([c])) as Hex;
      const receipt = await mined(chain, opgov.write.propose([c, HOUR, uri]));
      const proposed = (await logs(receipt)).find((l) => l.eventName === "RoundProposed");
      if (proposed?.eventName !== "RoundProposed") throw new Error("no RoundProposed");
      expect(proposed.args.round).toBe(id);
      expect(proposed.args.content).toEqual({ ...c, objectorHats: [...c.objectorHats], actions: [...c.actions] });
      expect(proposed.args.rationaleUri).toBe(uri);
      expect(await state(id)).toBe(RoundState.Open);
      // The stored objector hash accepts exactly these hats: frank (C's member) objects with index 2.
      await object("frank", id, c, 2n);
      const { opgov: asEve } = await actor("eve");
      await expectRevert(asEve.write.object([id, c.objectorHats.slice(0, 2), 1n, docHash("r"), "r"]), "OpGovObjectorHatsMismatch", [id]);
      await warp(HOUR);
      expect(await state(id)).toBe(RoundState.Blocked);
    });

    it("propose reverts when an allocation is charged to another cell's domain", async () => {
      const { opgov } = await actor("carol");
      const c = await content(org.cells.b, [
        action.policy("ipfs://ok"),
        action.allocation(org.domains.a, org.token, chain.actors.stranger, 1n),
      ]);
      await expectRevert(opgov.write.propose([c, HOUR, ""]), "OpGovActionOutOfScope", [org.cells.b, 1n, Kind.Allocation]);
    });

    it("a Conversation cell may only propose its own move to Formation, with its cell hat", async () => {
      const d = await createCell(chain, org, 0n, chain.actors.frank, "ipfs://cell-d");
      expect((await (await reader()).opgov.read.getCell([d])).phase).toBe(Phase.Conversation);
      const { opgov } = await actor("frank");
      const bad = await content(d, [action.allocation(0, org.token, chain.actors.frank, 1n)]);
      await expectRevert(opgov.write.propose([bad, HOUR, ""]), "OpGovActionNotAllowedInPhase", [d, Phase.Conversation, Kind.Allocation]);
      const otherCell = await content(d, [action.movePhase(org.cells.c, Phase.Coordination)]);
      await expectRevert(opgov.write.propose([otherCell, HOUR, ""]), "OpGovActionNotAllowedInPhase", [d, Phase.Conversation, Kind.MovePhase]);
      const { opgov: asStranger } = await actor("stranger");
      const move = await content(d, [action.movePhase(d, Phase.Formation)]);
      await expectRevert(asStranger.write.propose([move, HOUR, ""]), "OpGovNotWearer", [chain.actors.stranger, d]);

      const { id } = await propose("frank", move);
      await warp(HOUR);
      await mined(chain, asStranger.write.execute([id, move]));
      expect((await (await reader()).opgov.read.getCell([d])).phase).toBe(Phase.Formation);
    });

    it("propose shows the allocated amount as committed in the domain's budget", async () => {
      expect(await committed(org.domains.b)).toBe(0n);
      await propose("carol", await allocB(parseEther("300")));
      await propose("dave", await allocB(parseEther("50")));
      expect(await committed(org.domains.b)).toBe(parseEther("350"));
      expect(await committed(org.domains.a)).toBe(0n);
    });
  });

  describe("objections across rounds (one reusable slot per objector)", () => {
    it("keeps every standing objection, wherever it is stored, through objections, withdrawals and dismissals in several rounds", async () => {
      const pay = (amount: string, salt: string) =>
        content(org.cells.b, [action.allocation(org.domains.b, org.token, chain.actors.stranger, parseEther(amount))], salt);
      const [c1, c2, c3] = [await pay("1", "r1"), await pay("2", "r2"), await pay("3", "r3")];
      const { id: r1 } = await propose("carol", c1);
      const { id: r2 } = await propose("carol", c2);
      const { id: r3 } = await propose("carol", c3);
      const status = async (id: Hex) => (await (await reader()).opgov.read.getObjection([id, chain.actors.bob]))[0];
      const count = async (id: Hex) => (await (await reader()).opgov.read.getRound([id])).objections;
      const { opgov: asBob } = await actor("bob");
      const again = (id: Hex, c: Content) =>
        expectRevert(asBob.write.object([id, c.objectorHats, 0n, docHash("again"), "ipfs://again"]), "OpGovAlreadyObjected", [
          id,
          chain.actors.bob,
        ]);

      await object("bob", r1, c1); // bob's reusable slot
      await object("bob", r2, c2); // r1 still stands there: r2's own slot
      expect([await status(r1), await status(r2), await status(r3)]).toEqual([ObjectionStatus.Standing, ObjectionStatus.Standing, ObjectionStatus.None]);
      await again(r1, c1);
      await again(r2, c2);

      await mined(chain, asBob.write.withdrawObjection([r1])); // frees the reusable slot
      expect(await status(r1)).toBe(ObjectionStatus.Withdrawn);
      await again(r2, c2); // still standing in r2's own slot
      await object("bob", r3, c3); // takes over the reusable slot
      expect([await status(r2), await status(r3)]).toEqual([ObjectionStatus.Standing, ObjectionStatus.Standing]);
      expect([await count(r1), await count(r2), await count(r3)]).toEqual([0, 1, 1]);

      await mined(chain, asBob.write.withdrawObjection([r2]));
      expect([await status(r2), await count(r2)]).toEqual([ObjectionStatus.Withdrawn, 0]);
      await object("bob", r2, c2); // r3 stands in the reusable slot: r2's own slot again
      expect([await status(r2), await count(r2)]).toEqual([ObjectionStatus.Standing, 1]);
      await again(r2, c2);

      // The community dismisses bob's objection in r2 (kept in r2's own slot) on escalation.
      await warp(HOUR);
      const { opgov: asCarol } = await actor("carol");
      await mined(chain, asCarol.write.escalate([r2, c2]));
      const { opgov: asCommunity } = await actor("community");
      await mined(chain, asCommunity.write.resolve([r2, c2, true, [chain.actors.bob], docHash("not principled"), ""]));
      expect(await status(r2)).toBe(ObjectionStatus.Dismissed);
      expect(await state(r2)).toBe(RoundState.Accepted);

      // r3's objection (in the reusable slot) is withdrawn; a new round's objection reuses it.
      await mined(chain, asBob.write.withdrawObjection([r3]));
      expect([await status(r3), await count(r3)]).toEqual([ObjectionStatus.Withdrawn, 0]);
      const c4 = await pay("4", "r4");
      const { id: r4 } = await propose("carol", c4);
      await object("bob", r4, c4);
      await again(r4, c4);
      expect([await status(r4), await count(r4), await status(r2)]).toEqual([ObjectionStatus.Standing, 1, ObjectionStatus.Dismissed]);
      await mined(chain, asBob.write.withdrawObjection([r4]));
      await expectRevert(asBob.write.withdrawObjection([r4]), "OpGovNoStandingObjection", [r4, chain.actors.bob]);
    });
  });

  describe("object", () => {
    let c: Content;
    let id: Hex;
    beforeEach(async () => {
      c = await allocB();
      ({ id } = await propose("carol", c));
    });

    it("object records one standing objection per objector", async () => {
      const receipt = await object("bob", id, c);
      const raised = (await logs(receipt)).find((l) => l.eventName === "ObjectionRaised");
      expect(raised?.args).toMatchObject({ round: id, objector: chain.actors.bob, hat: org.memberHats.a, revision: 0 });
      const [status] = await (await reader()).opgov.read.getObjection([id, chain.actors.bob]);
      expect(status).toBe(ObjectionStatus.Standing);
      const { opgov } = await actor("bob");
      await expectRevert(opgov.write.object([id, c.objectorHats, 0n, docHash("again"), "ipfs://again"]), "OpGovAlreadyObjected", [id, chain.actors.bob]);
      await object("alice", id, c);
      expect((await (await reader()).opgov.read.getRound([id])).objections).toBe(2);
    });

    it("object reverts without a reason", async () => {
      const { opgov } = await actor("bob");
      await expectRevert(opgov.write.object([id, c.objectorHats, 0n, `0x${"00".repeat(32)}`, "ipfs://reason"]), "OpGovReasonRequired");
      await expectRevert(opgov.write.object([id, c.objectorHats, 0n, docHash("reason"), ""]), "OpGovReasonRequired");
    });

    it("object reverts with objector hats that are not the round's", async () => {
      const { opgov } = await actor("bob");
      await expectRevert(opgov.write.object([id, [org.memberHats.a, org.memberHats.b], 0n, docHash("r"), "r"]), "OpGovObjectorHatsMismatch", [id]);
    });

    it("object reverts with an index outside the objector hats", async () => {
      const { opgov } = await actor("bob");
      await expectRevert(opgov.write.object([id, c.objectorHats, 1n, docHash("r"), "r"]), "OpGovObjectorHatIndex", [1n, 1n]);
    });

    it("object reverts when the caller does not wear the objector hat", async () => {
      const { opgov } = await actor("dave");
      await expectRevert(opgov.write.object([id, c.objectorHats, 0n, docHash("r"), "r"]), "OpGovNotWearer", [chain.actors.dave, org.memberHats.a]);
    });

    it("object reverts when the round is closed", async () => {
      await warp(HOUR);
      const { opgov } = await actor("bob");
      await expectRevert(opgov.write.object([id, c.objectorHats, 0n, docHash("r"), "r"]), "OpGovUnexpectedRoundState", [
        id,
        RoundState.Consented,
        mask(RoundState.Open),
      ]);
    });

    it("object reverts when the objector's hat was revoked after the proposal", async () => {
      const { opgov: asAlice } = await actor("alice");
      await mined(chain, asAlice.write.setWearerStanding([org.memberHats.a, chain.actors.bob, false]));
      const { opgov } = await actor("bob");
      await expectRevert(opgov.write.object([id, c.objectorHats, 0n, docHash("r"), "r"]), "OpGovNotWearer", [chain.actors.bob, org.memberHats.a]);
    });
  });

  describe("execute", () => {
    it("execute by a stranger moves the funds of a round that passed in silence, once", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      await warp(HOUR);
      expect(await state(id)).toBe(RoundState.Consented);
      const before = await balance(chain.actors.stranger);
      const { opgov } = await actor("stranger");
      const receipt = await mined(chain, opgov.write.execute([id, c]));
      expect(await balance(chain.actors.stranger)).toBe(before + parseEther("300"));
      // The round's record is its content (RoundProposed) and RoundExecuted: allocations have
      // no event of their own.
      const names = (await logs(receipt)).map((l) => l.eventName);
      expect(names).toEqual(["RoundExecuted"]);
      expect(await state(id)).toBe(RoundState.Executed);
      expect(await committed(org.domains.b)).toBe(0n);
      await expectRevert(opgov.write.execute([id, c]), "OpGovUnexpectedRoundState", [
        id,
        RoundState.Executed,
        mask(RoundState.Consented, RoundState.Accepted),
      ]);
    });

    it("execute reverts when the content does not match the round", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      await warp(HOUR);
      const wrong = { ...c, actions: [action.allocation(org.domains.b, org.token, chain.actors.stranger, parseEther("301"))] };
      const { opgov } = await actor("stranger");
      const actual = await opgov.read.roundCommitment([wrong]);
      await expectRevert(opgov.write.execute([id, wrong]), "OpGovContentMismatch", [id, id, actual]);
    });

    it("execute reverts after the execution window, and expire then releases the committed funds", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      await warp(HOUR + DEFAULT_CONSTRAINTS.executionWindow);
      expect(await state(id)).toBe(RoundState.Expired);
      const { opgov } = await actor("stranger");
      await expectRevert(opgov.write.execute([id, c]), "OpGovUnexpectedRoundState", [
        id,
        RoundState.Expired,
        mask(RoundState.Consented, RoundState.Accepted),
      ]);
      expect(await committed(org.domains.b)).toBe(parseEther("300"));
      await mined(chain, opgov.write.expire([id, c]));
      expect(await committed(org.domains.b)).toBe(0n);
      await expectRevert(opgov.write.expire([id, c]), "OpGovUnexpectedRoundState");
    });

    it("execute runs every action of a multi-action round", async () => {
      // Cell A: an allocation from its domain, a policy decision and a new budget for B's slice.
      const c = await content(org.cells.a, [
        action.allocation(org.domains.a, org.token, chain.actors.stranger, parseEther("10")),
        action.policy("ipfs://policy"),
        action.setBudget(org.domains.b, org.token, parseEther("1500"), 0),
      ]);
      const { id } = await propose("bob", c);
      await warp(HOUR);
      const before = await balance(chain.actors.stranger);
      const { opgov } = await actor("stranger");
      const receipt = await mined(chain, opgov.write.execute([id, c]));
      expect(await balance(chain.actors.stranger)).toBe(before + parseEther("10"));
      const names = (await logs(receipt)).map((l) => l.eventName);
      expect(names).toEqual(expect.arrayContaining(["PolicyRecorded", "BudgetSet", "RoundExecuted"]));
      expect((await opgov.read.getBudget([org.domains.b, org.token])).allowance).toBe(parseEther("1500"));
      expect((await opgov.read.getBudget([org.domains.a, org.token])).delegated).toBe(parseEther("1500"));
    });

    it("execute reverts when the scope cell completed, and the round may expire at once", async () => {
      const c = await content(org.cells.c, [action.allocation(org.domains.c, org.token, chain.actors.stranger, parseEther("5"))]);
      const { id } = await propose("frank", c);
      await communityAct(chain, org, [action.movePhase(org.cells.c, Phase.Completion)]);
      await warp(HOUR);
      const { opgov } = await actor("stranger");
      await expectRevert(opgov.write.execute([id, c]), "OpGovCellCompleted", [org.cells.c]);
      await mined(chain, opgov.write.expire([id, c]));
      expect(await state(id)).toBe(RoundState.Expired);
      expect(await committed(org.domains.c)).toBe(0n);
    });
  });

  describe("amend and withdrawObjection", () => {
    it("a blocked round is amended, its objection withdrawn, and it executes with the amended actions only", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      await object("bob", id, c);
      await warp(HOUR);
      expect(await state(id)).toBe(RoundState.Blocked);

      const amended = [action.allocation(org.domains.b, org.token, chain.actors.stranger, parseEther("100"))];
      const { opgov: asDave } = await actor("dave");
      const receipt = await mined(chain, asDave.write.amend([id, c, amended, docHash("v2"), "ipfs://v2", 2 * HOUR]));
      const ev = (await logs(receipt)).find((l) => l.eventName === "RoundAmended");
      const block = await chain.publicClient.getBlock({ blockNumber: receipt.blockNumber });
      expect(ev?.args).toMatchObject({ round: id, revision: 1, deadline: Number(block.timestamp) + 2 * HOUR });
      const round = await asDave.read.getRound([id]);
      expect(round.revision).toBe(1);
      expect(round.state).toBe(RoundState.Open);
      expect(round.objections).toBe(1);
      expect(await committed(org.domains.b)).toBe(parseEther("100"));

      const { opgov: asBob } = await actor("bob");
      const withdrawn = await mined(chain, asBob.write.withdrawObjection([id]));
      expect((await logs(withdrawn)).map((l) => l.eventName)).toContain("ObjectionWithdrawn");
      await expectRevert(asBob.write.withdrawObjection([id]), "OpGovNoStandingObjection", [id, chain.actors.bob]);

      const { opgov } = await actor("stranger");
      await warp(HOUR);
      expect(await state(id)).toBe(RoundState.Open);
      await warp(HOUR);
      expect(await state(id)).toBe(RoundState.Consented);
      const current = { ...c, actions: amended, rationaleHash: docHash("v2") };
      const expected = await opgov.read.roundCommitment([current]);
      await expectRevert(opgov.write.execute([id, c]), "OpGovContentMismatch", [id, expected, id]);
      const before = await balance(chain.actors.stranger);
      await mined(chain, opgov.write.execute([id, current]));
      expect(await balance(chain.actors.stranger)).toBe(before + parseEther("100"));
      expect(await committed(org.domains.b)).toBe(0n);
    });

    it("amend reverts for a stranger", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      const { opgov } = await actor("stranger");
      await expectRevert(opgov.write.amend([id, c, c.actions, docHash("v2"), "", HOUR]), "OpGovNotWearer", [chain.actors.stranger, org.memberHats.b]);
    });
  });

  describe("edge cases", () => {
    it("withdrawing the last objection of a closed, blocked round makes it executable", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      await object("alice", id, c);
      await object("bob", id, c);
      await warp(HOUR);
      const { opgov } = await actor("stranger");
      await mined(chain, opgov.write.close([id]));
      const { opgov: asAlice } = await actor("alice");
      await mined(chain, asAlice.write.withdrawObjection([id]));
      expect(await state(id)).toBe(RoundState.Blocked);
      await expectRevert(opgov.write.execute([id, c]), "OpGovUnexpectedRoundState");
      const { opgov: asBob } = await actor("bob");
      await mined(chain, asBob.write.withdrawObjection([id]));
      expect(await state(id)).toBe(RoundState.Consented);
      await mined(chain, opgov.write.execute([id, c]));
      expect(await state(id)).toBe(RoundState.Executed);
    });

    it("an objector may object again after withdrawing, while the round is open", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      await object("bob", id, c);
      const { opgov } = await actor("bob");
      await mined(chain, opgov.write.withdrawObjection([id]));
      await object("bob", id, c);
      expect((await opgov.read.getRound([id])).objections).toBe(1);
    });

    it("object reverts at the deadline itself", async () => {
      const c = await allocB();
      const { opgov } = await actor("bob");
      const { id, receipt } = await propose("carol", c);
      const deadline = (await opgov.read.getRound([id])).deadline;
      const block = await chain.publicClient.getBlock({ blockNumber: receipt.blockNumber });
      await chain.testClient.setNextBlockTimestamp({ timestamp: BigInt(deadline) });
      expect(BigInt(deadline) - block.timestamp).toBe(BigInt(HOUR));
      await expectRevert(opgov.write.object([id, c.objectorHats, 0n, docHash("r"), "r"]), "OpGovUnexpectedRoundState");
    });

    it("amend reverts when the new actions need a party the round's objectors lack", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      const { opgov } = await actor("carol");
      await expectRevert(
        opgov.write.amend([id, c, [...c.actions, action.policy("ipfs://p")], docHash("v2"), "", HOUR]),
        "OpGovRequiredObjectorMissing",
        [1n, org.memberHats.b, 0n],
      );
    });

    it("amend reverts when the new window is outside the community's bounds", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      const { opgov } = await actor("carol");
      const { minWindow, maxWindow } = DEFAULT_CONSTRAINTS;
      await expectRevert(opgov.write.amend([id, c, c.actions, docHash("v2"), "", maxWindow + 1]), "OpGovWindowOutOfBounds", [
        maxWindow + 1,
        minWindow,
        maxWindow,
      ]);
    });

    it("resolve reverts for the sub-cell's own cell hat: only the parent circle or the community decides", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      await object("bob", id, c);
      await warp(HOUR);
      const { opgov } = await actor("carol");
      await mined(chain, opgov.write.escalate([id, c]));
      await expectRevert(opgov.write.resolve([id, c, true, [], docHash("self"), ""]), "OpGovNotWearer", [chain.actors.carol, org.topHat]);
      const { opgov: asCommunity } = await actor("community");
      await mined(chain, asCommunity.write.resolve([id, c, false, [], docHash("no"), ""]));
      expect(await state(id)).toBe(RoundState.Rejected);
    });

    it("expire reverts for a live round of a live cell", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      await warp(HOUR);
      const { opgov } = await actor("stranger");
      await expectRevert(opgov.write.expire([id, c]), "OpGovUnexpectedRoundState", [id, RoundState.Consented, mask(RoundState.Expired)]);
    });

    it("a member whose standing was revoked can no longer propose", async () => {
      const { opgov: asCarol } = await actor("carol");
      await mined(chain, asCarol.write.setWearerStanding([org.memberHats.b, chain.actors.dave, false]));
      const { opgov } = await actor("dave");
      await expectRevert(opgov.write.propose([await allocB(), HOUR, ""]), "OpGovNotWearer", [chain.actors.dave, org.memberHats.b]);
    });
  });

  describe("close", () => {
    it("close reverts while the round is open", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      const { opgov } = await actor("stranger");
      await expectRevert(opgov.write.close([id]), "OpGovUnexpectedRoundState", [id, RoundState.Open, mask(RoundState.Consented, RoundState.Blocked)]);
    });

    it("close records a consented round and a blocked one", async () => {
      const quiet = await allocB();
      const { id: q } = await propose("carol", quiet);
      const loud = await content(org.cells.b, quiet.actions as ActionInput[], "loud");
      const { id: l } = await propose("carol", loud);
      await object("alice", l, loud);
      await warp(HOUR);
      const { opgov } = await actor("stranger");
      const r1 = await mined(chain, opgov.write.close([q]));
      const r2 = await mined(chain, opgov.write.close([l]));
      expect((await logs(r1)).find((e) => e.eventName === "RoundClosed")?.args).toMatchObject({ round: q, consented: true, objections: 0 });
      expect((await logs(r2)).find((e) => e.eventName === "RoundClosed")?.args).toMatchObject({ round: l, consented: false, objections: 1 });
      expect(await state(q)).toBe(RoundState.Consented);
      expect(await state(l)).toBe(RoundState.Blocked);
      await expectRevert(opgov.write.close([q]), "OpGovUnexpectedRoundState");
      await mined(chain, opgov.write.execute([q, quiet]));
    });
  });

  describe("a round id that was never proposed", () => {
    it("every round step refuses it with OpGovUnknownRound(id)", async () => {
      const c = await allocB();
      const { opgov } = await actor("carol");
      const id = (await opgov.read.roundCommitment([c])) as Hex;
      const calls: [string, () => Promise<unknown>][] = [
        ["object", () => opgov.write.object([id, c.objectorHats, 0n, docHash("reason"), "ipfs://reason"])],
        ["withdrawObjection", () => opgov.write.withdrawObjection([id])],
        ["amend", () => opgov.write.amend([id, c, c.actions, docHash("r2"), "ipfs://r2", HOUR])],
        ["close", () => opgov.write.close([id])],
        ["execute", () => opgov.write.execute([id, c])],
        ["withdraw", () => opgov.write.withdraw([id, c])],
        ["escalate", () => opgov.write.escalate([id, c])],
        ["resolve", () => opgov.write.resolve([id, c, true, [], docHash("ok"), "ipfs://ok"])],
        ["expire", () => opgov.write.expire([id, c])],
      ];
      for (const [fn, call] of calls) {
        await expectRevert(call(), "OpGovUnknownRound", [id]).catch((error: Error) => {
          throw new Error(`${fn}: ${error.message}`);
        });
      }
      expect(await state(id)).toBe(RoundState.None);
    });
  });

  describe("withdraw", () => {
    it("withdraw by a member releases the committed funds and a stranger cannot withdraw", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      const { opgov: asStranger } = await actor("stranger");
      await expectRevert(asStranger.write.withdraw([id, c]), "OpGovNotWearer", [chain.actors.stranger, org.memberHats.b]);
      const { opgov } = await actor("dave");
      await mined(chain, opgov.write.withdraw([id, c]));
      expect(await state(id)).toBe(RoundState.Withdrawn);
      expect(await committed(org.domains.b)).toBe(0n);
      await warp(HOUR);
      await expectRevert(asStranger.write.execute([id, c]), "OpGovUnexpectedRoundState");
    });
  });

  describe("escalate and resolve", () => {
    async function blockedB() {
      const c = await allocB();
      const { id } = await propose("carol", c);
      await object("bob", id, c);
      await warp(HOUR);
      return { c, id };
    }

    it("escalate reverts unless the round is blocked", async () => {
      const c = await allocB();
      const { id } = await propose("carol", c);
      const { opgov } = await actor("carol");
      await expectRevert(opgov.write.escalate([id, c]), "OpGovUnexpectedRoundState", [id, RoundState.Open, mask(RoundState.Blocked)]);
    });

    it("a standing objector escalates and the parent circle accepts: the round executes", async () => {
      const { c, id } = await blockedB();
      const { opgov: asStranger } = await actor("stranger");
      await expectRevert(asStranger.write.escalate([id, c]), "OpGovNotWearer", [chain.actors.stranger, org.memberHats.b]);
      const { opgov: asBob } = await actor("bob");
      const escalated = await mined(chain, asBob.write.escalate([id, c]));
      expect((await logs(escalated)).find((e) => e.eventName === "RoundEscalated")?.args).toMatchObject({ round: id, resolverHat: org.cells.a });
      expect(await state(id)).toBe(RoundState.Escalated);

      await expectRevert(asBob.write.resolve([id, c, true, [], docHash("no"), ""]), "OpGovNotWearer");
      const { opgov: asAlice } = await actor("alice");
      await mined(chain, asAlice.write.resolve([id, c, true, [], docHash("yes"), "ipfs://yes"]));
      expect(await state(id)).toBe(RoundState.Accepted);
      const before = await balance(chain.actors.stranger);
      await mined(chain, asStranger.write.execute([id, c]));
      expect(await balance(chain.actors.stranger)).toBe(before + parseEther("300"));
    });

    it("a member escalates and the parent circle rejects: final, committed funds released", async () => {
      const { c, id } = await blockedB();
      const { opgov: asDave } = await actor("dave");
      await mined(chain, asDave.write.escalate([id, c]));
      const { opgov: asAlice } = await actor("alice");
      const receipt = await mined(chain, asAlice.write.resolve([id, c, false, [], docHash("no"), "ipfs://no"]));
      expect((await logs(receipt)).find((e) => e.eventName === "EscalationResolved")?.args).toMatchObject({ round: id, accepted: false });
      expect(await state(id)).toBe(RoundState.Rejected);
      expect(await committed(org.domains.b)).toBe(0n);
      await expectRevert(asAlice.write.resolve([id, c, true, [], docHash("again"), ""]), "OpGovUnexpectedRoundState");
      await expectRevert(asDave.write.execute([id, c]), "OpGovUnexpectedRoundState");
      await expectRevert(asDave.write.escalate([id, c]), "OpGovUnexpectedRoundState");
    });

    it("the community resolves a top-level cell's round and may dismiss an objection", async () => {
      const c = await content(org.cells.c, [action.allocation(org.domains.c, org.token, chain.actors.stranger, parseEther("5"))]);
      const { id } = await propose("eve", c);
      await object("community", id, c);
      await warp(HOUR);
      const { opgov: asFrank } = await actor("frank");
      const escalated = await mined(chain, asFrank.write.escalate([id, c]));
      expect((await logs(escalated)).find((e) => e.eventName === "RoundEscalated")?.args).toMatchObject({ resolverHat: org.topHat });
      await expectRevert(asFrank.write.resolve([id, c, true, [], docHash("me"), ""]), "OpGovNotWearer", [chain.actors.frank, org.topHat]);
      const { opgov: asAlice } = await actor("alice");
      await expectRevert(asAlice.write.resolve([id, c, true, [], docHash("me"), ""]), "OpGovNotWearer", [chain.actors.alice, org.topHat]);

      const { opgov } = await actor("community");
      const receipt = await mined(chain, opgov.write.resolve([id, c, true, [chain.actors.community], docHash("ok"), "ipfs://ok"]));
      expect((await logs(receipt)).find((e) => e.eventName === "ObjectionDismissed")?.args).toMatchObject({ round: id, objector: chain.actors.community });
      const [status] = await opgov.read.getObjection([id, chain.actors.community]);
      expect(status).toBe(ObjectionStatus.Dismissed);
      expect((await opgov.read.getRound([id])).objections).toBe(0);
      await mined(chain, asFrank.write.execute([id, c]));
      expect(await state(id)).toBe(RoundState.Executed);
    });
  });

  describe("applyRoundAction", () => {
    it("applyRoundAction is not reachable on the instance", async () => {
      const viem = chain.connection.viem;
      const entry = await viem.getContractAt("IOpGovRoundActions", org.opgov);
      const { opgov } = await reader();
      const a = action.allocation(0, org.token, chain.actors.stranger, parseEther("1"));
      const before = await balance(chain.actors.stranger);
      await expectRevert(
        chain.publicClient.simulateContract({
          address: org.opgov,
          abi: [...entry.abi, ...opgov.abi],
          functionName: "applyRoundAction",
          args: [docHash("x"), org.cells.a, a, 0n],
          account: chain.actors.stranger,
        }),
        "OpGovUnknownSelector",
      );
      expect(await balance(chain.actors.stranger)).toBe(before);
    });
  });
});
