import { parseEther, parseEventLogs, type Address, type Hex } from "viem";
import { beforeEach, describe, expect, it } from "vitest";
import type { ActorName, LocalChain } from "../fixtures/chain.js";
import {
  action,
  as,
  communityAct,
  DEFAULT_CONSTRAINTS,
  docHash,
  expectRevert,
  HOUR,
  loadOrg,
  mined,
  Phase,
  RoundState,
  threeCells,
  type ThreeCells,
} from "../fixtures/org.js";

// The access matrix: every state-changing function, called by every kind of caller, on a subject
// cell: B (sub-cell of A, escalations go to A's cell hat) and A (top-level, escalations go to the
// community). Allowed exactly where DESIGN.md "Authority" and the interfaces' NatSpec say;
// refused with the exact named error and its arguments everywhere else. The table of rows is
// shared; each subject says who may call what.

type Content = {
  scope: bigint;
  salt: Hex;
  objectorHats: readonly bigint[];
  actions: readonly { kind: number; data: Hex }[];
  rationaleHash: Hex;
};
type Ctx = {
  chain: LocalChain;
  org: ThreeCells;
  s: Subject;
  roleHat: bigint;
  round?: { id: Hex; content: Content };
};
/** A caller kind: the actor who sends the call, and what happens to them before it. */
type Caller = { kind: string; actor: ActorName; revoked?: boolean };

/** The row functions, by name. */
type Fn =
  | "spend"
  | "propose"
  | "object"
  | "withdrawObjection"
  | "amend"
  | "withdraw"
  | "close"
  | "execute"
  | "escalate"
  | "resolve"
  | "expire"
  | "act"
  | "setConstraints"
  | "setTokenPolicy"
  | "setTreasuryPull"
  | "setSpendingPaused"
  | "addRoleHat"
  | "updateGroupState"
  | "setCellSafe"
  | "setWearerStanding"
  | "setDomainSpender";

/** The cell under test and who may do what to it. */
type Subject = {
  title: string;
  cell: "a" | "b";
  callers: Caller[];
  /** A member of the cell: proposes in the setups, objects in `objectedByMember`, is the one revoked. */
  member: ActorName;
  /** The round's objector hats: the cell's member hat first, then the parent circle. */
  objectorHats: (org: ThreeCells) => bigint[];
  /** The index of the objector hat an allowed objector objects under. */
  objectIndex: (who: ActorName) => number;
  /** The party outside the cell whose objection blocks the round (and who escalates it). */
  blocker: [ActorName, number];
  /** Actors allowed to call each function (a revoked member is never allowed unless `revokedAllowed`). */
  allowed: Record<Fn, ActorName[]>;
};

const CALLERS_B: Caller[] = [
  { kind: "community (top hat)", actor: "community" },
  { kind: "parent cell (A's cell hat)", actor: "alice" },
  { kind: "parent circle member (A's member hat)", actor: "bob" },
  { kind: "the cell (B's cell hat)", actor: "carol" },
  { kind: "a member of B", actor: "dave" },
  { kind: "a role holder in B", actor: "operator" },
  { kind: "another cell (C's cell hat)", actor: "eve" },
  { kind: "a member of another cell (C)", actor: "frank" },
  { kind: "a stranger", actor: "stranger" },
  { kind: "a member of B whose standing was revoked", actor: "dave", revoked: true },
];

const CALLERS_A: Caller[] = [
  { kind: "community (top hat, A's parent circle)", actor: "community" },
  { kind: "the cell (A's cell hat)", actor: "alice" },
  { kind: "a member of A", actor: "bob" },
  { kind: "a role holder in A", actor: "operator" },
  { kind: "a sub-cell (B's cell hat)", actor: "carol" },
  { kind: "a member of the sub-cell B", actor: "dave" },
  { kind: "another cell (C's cell hat)", actor: "eve" },
  { kind: "a member of another cell (C)", actor: "frank" },
  { kind: "a stranger", actor: "stranger" },
  { kind: "a member of A whose standing was revoked", actor: "bob", revoked: true },
];

const ZERO: Hex = `0x${"00".repeat(32)}`;

async function propose(ctx: Ctx, who: ActorName = ctx.s.member, salt = "s1") {
  const { org, chain } = ctx;
  const content: Content = {
    scope: org.cells[ctx.s.cell],
    salt: docHash(salt),
    objectorHats: ctx.s.objectorHats(org),
    actions: [action.policy(`ipfs://policy-${salt}`)],
    rationaleHash: docHash("why"),
  };
  const { opgov } = await as(chain, org, who);
  const receipt = await mined(chain, opgov.write.propose([content, HOUR, "ipfs://why"]));
  const log = parseEventLogs({ abi: opgov.abi, logs: receipt.logs, eventName: "RoundProposed" })[0];
  if (!log) throw new Error("no RoundProposed event");
  ctx.round = { id: log.args.round, content };
  return ctx.round;
}

async function passTime(chain: LocalChain, seconds: number) {
  await chain.testClient.increaseTime({ seconds });
  await chain.testClient.mine({ blocks: 1 });
}

async function objectAs(ctx: Ctx, who: ActorName, index: number) {
  const { opgov } = await as(ctx.chain, ctx.org, who);
  const r = ctx.round!;
  await mined(ctx.chain, opgov.write.object([r.id, r.content.objectorHats, BigInt(index), docHash("no"), "ipfs://no"]));
}

const setups = {
  none: async (_ctx: Ctx) => {},
  open: async (ctx: Ctx) => void (await propose(ctx)),
  objectedByMember: async (ctx: Ctx) => {
    await propose(ctx);
    await objectAs(ctx, ctx.s.member, 0);
  },
  ended: async (ctx: Ctx) => {
    await propose(ctx);
    await passTime(ctx.chain, HOUR + 1);
  },
  blocked: async (ctx: Ctx) => {
    await propose(ctx);
    await objectAs(ctx, ctx.s.blocker[0], ctx.s.blocker[1]);
    await passTime(ctx.chain, HOUR + 1);
  },
  escalated: async (ctx: Ctx) => {
    await setups.blocked(ctx);
    const { opgov } = await as(ctx.chain, ctx.org, ctx.s.blocker[0]);
    await mined(ctx.chain, opgov.write.escalate([ctx.round!.id, ctx.round!.content]));
  },
  expired: async (ctx: Ctx) => {
    await propose(ctx);
    await passTime(ctx.chain, HOUR + DEFAULT_CONSTRAINTS.executionWindow + 1);
  },
};

type Row = {
  fn: Fn;
  setup: keyof typeof setups;
  /** A revoked member is allowed too (calls that only give up power). */
  revokedAllowed?: boolean;
  /** The refusal every other caller gets. */
  refusal: (ctx: Ctx, caller: Address) => [string, unknown[]];
  run: (ctx: Ctx, who: ActorName) => Promise<unknown>;
  /** Checks the state change after an allowed call. */
  check: (ctx: Ctx, who: ActorName) => Promise<void>;
};

const notWearer = (hat: (ctx: Ctx) => bigint) => (ctx: Ctx, caller: Address) =>
  ["OpGovNotWearer", [caller, hat(ctx)]] as [string, unknown[]];
const memberHat = (ctx: Ctx) => ctx.org.memberHats[ctx.s.cell];
const cellHat = (ctx: Ctx) => ctx.org.cells[ctx.s.cell];
const domain = (ctx: Ctx) => ctx.org.domains[ctx.s.cell];
const topHat = (ctx: Ctx) => ctx.org.topHat;

const reader = async (ctx: Ctx) => (await as(ctx.chain, ctx.org, "stranger")).opgov;
const state = async (ctx: Ctx) => (await reader(ctx)).read.roundState([ctx.round!.id]);

const ROWS: Row[] = [
  {
    fn: "spend",
    setup: "none",
    refusal: notWearer(memberHat),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.spend([domain(ctx), ctx.org.token, ctx.chain.actors.stranger, parseEther("1"), ZERO]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getBudget([domain(ctx), ctx.org.token])).spent).toBe(parseEther("1")),
  },
  {
    fn: "propose",
    setup: "none",
    refusal: notWearer(memberHat),
    run: (ctx, who) => propose(ctx, who),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Open),
  },
  {
    fn: "object",
    setup: "open",
    // Objector hats are [the cell's members, the parent circle]: each objects under its own.
    refusal: notWearer(memberHat),
    run: async (ctx, who) => objectAs(ctx, who, ctx.s.objectIndex(who)),
    check: async (ctx, who) => expect((await (await reader(ctx)).read.getObjection([ctx.round!.id, ctx.chain.actors[who]]))[0]).toBe(1),
  },
  {
    fn: "withdrawObjection",
    setup: "objectedByMember",
    // Withdrawing one's own objection only gives up power, so it needs no hat (a revoked
    // objector may still withdraw).
    revokedAllowed: true,
    refusal: (ctx, caller) => ["OpGovNoStandingObjection", [ctx.round!.id, caller]],
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.withdrawObjection([ctx.round!.id]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getObjection([ctx.round!.id, ctx.chain.actors[ctx.s.member]]))[0]).toBe(2),
  },
  {
    fn: "amend",
    setup: "open",
    refusal: notWearer(memberHat),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.amend([
        ctx.round!.id,
        ctx.round!.content,
        [action.policy("ipfs://v2")],
        docHash("why2"),
        "ipfs://why2",
        HOUR,
      ]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getRound([ctx.round!.id])).revision).toBe(1),
  },
  {
    fn: "withdraw",
    setup: "open",
    refusal: notWearer(memberHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.withdraw([ctx.round!.id, ctx.round!.content]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Withdrawn),
  },
  {
    fn: "close",
    setup: "ended",
    revokedAllowed: true,
    refusal: () => ["unused", []],
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.close([ctx.round!.id]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Consented),
  },
  {
    fn: "execute",
    setup: "ended",
    revokedAllowed: true,
    refusal: () => ["unused", []],
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.execute([ctx.round!.id, ctx.round!.content]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Executed),
  },
  {
    fn: "escalate",
    setup: "blocked",
    // The scope's members, or whoever has a standing objection (the blocker).
    refusal: notWearer(memberHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.escalate([ctx.round!.id, ctx.round!.content]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Escalated),
  },
  {
    fn: "resolve",
    setup: "escalated",
    // The resolver: the parent cell's hat (the community for a top-level cell), or the community.
    refusal: notWearer(topHat),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.resolve([ctx.round!.id, ctx.round!.content, true, [], docHash("ok"), "ipfs://ok"]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Accepted),
  },
  {
    fn: "expire",
    setup: "expired",
    revokedAllowed: true,
    refusal: () => ["unused", []],
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.expire([ctx.round!.id, ctx.round!.content]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getRound([ctx.round!.id])).state).toBe(RoundState.Expired),
  },
  {
    fn: "act",
    setup: "none",
    refusal: notWearer(topHat),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.act([[action.policy("ipfs://p")], docHash("r"), "ipfs://r"]),
    check: async () => {},
  },
  {
    fn: "setConstraints",
    setup: "none",
    refusal: notWearer(topHat),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, minWindow: 2 * HOUR }]),
    check: async (ctx) => expect((await (await reader(ctx)).read.constraints()).minWindow).toBe(2 * HOUR),
  },
  {
    fn: "setTokenPolicy",
    setup: "none",
    refusal: notWearer(topHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setTokenPolicy([ctx.org.token, false, 0n]),
    check: async (ctx) => expect((await (await reader(ctx)).read.tokenPolicy([ctx.org.token]))[0]).toBe(false),
  },
  {
    fn: "setTreasuryPull",
    setup: "none",
    refusal: notWearer(topHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setTreasuryPull([ctx.org.token, true]),
    check: async (ctx) => expect(await (await reader(ctx)).read.treasuryPull([ctx.org.token])).toBe(true),
  },
  {
    fn: "setSpendingPaused",
    setup: "none",
    refusal: notWearer(topHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setSpendingPaused([true]),
    check: async (ctx) => expect((await (await reader(ctx)).read.constraints()).spendingPaused).toBe(true),
  },
  {
    fn: "addRoleHat",
    setup: "none",
    refusal: notWearer(cellHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.addRoleHat([cellHat(ctx), "role 2", 3]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getCell([cellHat(ctx)])).roleHats.length).toBe(2),
  },
  {
    fn: "updateGroupState",
    setup: "none",
    // Not a member: the fallback check is the cell hat.
    refusal: notWearer(cellHat),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.updateGroupState([cellHat(ctx), "ipfs://gs", docHash("gs"), 0]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getCell([cellHat(ctx)])).stateVersion).toBe(1),
  },
  {
    fn: "setCellSafe",
    setup: "none",
    refusal: notWearer(cellHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setCellSafe([cellHat(ctx), ctx.chain.actors.frank]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getCell([cellHat(ctx)])).safe).toBe(ctx.chain.actors.frank),
  },
  {
    fn: "setWearerStanding",
    setup: "none",
    // Admins of the member hat in Hats: the cell hat and every hat above it (accountability).
    refusal: (ctx, caller) => ["OpGovNotHatAdmin", [caller, memberHat(ctx)]],
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.setWearerStanding([memberHat(ctx), ctx.chain.actors[ctx.s.member], false]),
    check: async (ctx) =>
      expect(
        await (await as(ctx.chain, ctx.org, "stranger")).hats.read.isWearerOfHat([ctx.chain.actors[ctx.s.member], memberHat(ctx)]),
      ).toBe(false),
  },
  {
    fn: "setDomainSpender",
    setup: "none",
    refusal: notWearer(cellHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setDomainSpender([domain(ctx), ctx.roleHat]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getDomain([domain(ctx)])).spenderHat).toBe(ctx.roleHat),
  },
];

/** The cell hat's wearer revokes the subject's member. */
async function revokeMember(ctx: Ctx) {
  const { opgov } = await as(ctx.chain, ctx.org, ctx.s.cell === "a" ? "alice" : "carol");
  await mined(ctx.chain, opgov.write.setWearerStanding([memberHat(ctx), ctx.chain.actors[ctx.s.member], false]));
}

async function completeB(ctx: Ctx) {
  await communityAct(ctx.chain, ctx.org, [action.movePhase(ctx.org.cells.b, Phase.Completion)]);
}

const everyone = (callers: Caller[]) => callers.map((c) => c.actor);
const communityOnly: ActorName[] = ["community"];

const SUBJECT_B: Subject = {
  title: "cell B, sub-cell of A",
  cell: "b",
  callers: CALLERS_B,
  member: "dave",
  objectorHats: (org) => [org.memberHats.b, org.memberHats.a],
  objectIndex: (who) => (who === "alice" || who === "bob" ? 1 : 0),
  blocker: ["bob", 1],
  allowed: {
    spend: ["carol", "dave"],
    propose: ["carol", "dave"],
    object: ["alice", "bob", "carol", "dave"],
    // Withdrawing one's own objection only gives up power, so it needs no hat (a revoked
    // objector may still withdraw).
    withdrawObjection: ["dave"],
    amend: ["carol", "dave"],
    withdraw: ["carol", "dave"],
    close: everyone(CALLERS_B),
    execute: everyone(CALLERS_B),
    escalate: ["bob", "carol", "dave"],
    resolve: ["alice", "community"],
    expire: everyone(CALLERS_B),
    act: communityOnly,
    setConstraints: communityOnly,
    setTokenPolicy: communityOnly,
    setTreasuryPull: communityOnly,
    setSpendingPaused: communityOnly,
    addRoleHat: ["carol"],
    updateGroupState: ["carol", "dave"],
    setCellSafe: ["carol"],
    // Admins of B's member hat in Hats: B's cell hat, A's cell hat, the top hat.
    setWearerStanding: ["alice", "carol", "community"],
    setDomainSpender: ["carol"],
  },
};

const SUBJECT_A: Subject = {
  title: "cell A, top-level: escalations go to the community",
  cell: "a",
  callers: CALLERS_A,
  member: "bob",
  // The parent circle of a top-level cell is the community.
  objectorHats: (org) => [org.memberHats.a, org.topHat],
  objectIndex: (who) => (who === "community" ? 1 : 0),
  blocker: ["community", 1],
  allowed: {
    spend: ["alice", "bob"],
    propose: ["alice", "bob"],
    object: ["alice", "bob", "community"],
    withdrawObjection: ["bob"],
    amend: ["alice", "bob"],
    withdraw: ["alice", "bob"],
    close: everyone(CALLERS_A),
    execute: everyone(CALLERS_A),
    // The scope's members, or the community whose objection stands.
    escalate: ["alice", "bob", "community"],
    // No parent cell: the community resolves.
    resolve: communityOnly,
    expire: everyone(CALLERS_A),
    act: communityOnly,
    setConstraints: communityOnly,
    setTokenPolicy: communityOnly,
    setTreasuryPull: communityOnly,
    setSpendingPaused: communityOnly,
    addRoleHat: ["alice"],
    updateGroupState: ["alice", "bob"],
    setCellSafe: ["alice"],
    // Admins of A's member hat in Hats: A's cell hat and the top hat (B's hat is below A's).
    setWearerStanding: ["alice", "community"],
    setDomainSpender: ["alice"],
  },
};

/** A role hat in the subject cell, worn by `operator`. */
async function subjectCtx(s: Subject): Promise<Ctx> {
  const { chain, data: org } = await loadOrg(threeCells);
  const admin = await as(chain, org, s.cell === "a" ? "alice" : "carol");
  const cell = org.cells[s.cell];
  const roleHat = (await admin.opgov.simulate.addRoleHat([cell, "treasurer", 3], { account: admin.address })).result;
  await mined(chain, admin.opgov.write.addRoleHat([cell, "treasurer", 3]));
  await mined(chain, admin.hats.write.mintHat([roleHat, chain.actors.operator]));
  return { chain, org, s, roleHat };
}

function matrix(s: Subject, get: () => Ctx) {
  for (const row of ROWS) {
    const allowed = s.allowed[row.fn];
    for (const caller of s.callers) {
      const ok = caller.revoked ? row.revokedAllowed === true && allowed.includes(caller.actor) : allowed.includes(caller.actor);
      it(`${row.fn} by ${caller.kind}: ${ok ? "allowed" : "refused"}`, async () => {
        const ctx = get();
        await setups[row.setup](ctx);
        if (caller.revoked) await revokeMember(ctx);
        const call = row.run(ctx, caller.actor);
        if (ok) {
          // A write returns its hash; the round helpers wait for their receipts themselves.
          const result = await call;
          if (typeof result === "string") await mined(ctx.chain, result as Hex);
          await row.check(ctx, caller.actor);
        } else {
          const [name, args] = row.refusal(ctx, ctx.chain.actors[caller.actor]);
          await expectRevert(call, name, args);
        }
      });
    }
  }
}

describe(`access matrix (${SUBJECT_A.title})`, () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = await subjectCtx(SUBJECT_A);
  });
  matrix(SUBJECT_A, () => ctx);
});

describe(`access matrix (${SUBJECT_B.title})`, () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = await subjectCtx(SUBJECT_B);
  });
  matrix(SUBJECT_B, () => ctx);

  describe("a role hat made the domain's spender", () => {
    beforeEach(async () => {
      const { opgov } = await as(ctx.chain, ctx.org, "carol");
      await mined(ctx.chain, opgov.write.setDomainSpender([ctx.org.domains.b, ctx.roleHat]));
    });
    const spendAs = async (who: ActorName) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.spend([ctx.org.domains.b, ctx.org.token, ctx.chain.actors.stranger, parseEther("1"), ZERO]);

    it("lets the role holder spend", async () => {
      await mined(ctx.chain, spendAs("operator"));
    });
    it("refuses the members, who no longer wear the spender hat", async () => {
      await expectRevert(spendAs("dave"), "OpGovNotWearer", [ctx.chain.actors.dave, ctx.roleHat]);
    });
    it("refuses the role holder once B completed (role hat toggled off)", async () => {
      await completeB(ctx);
      await expectRevert(spendAs("operator"), "OpGovNotWearer", [ctx.chain.actors.operator, ctx.roleHat]);
    });
  });

  describe("after B completed (hats toggled off)", () => {
    it("refuses a spend by a member: the member hat is off", async () => {
      await completeB(ctx);
      await expectRevert(
        (await as(ctx.chain, ctx.org, "dave")).opgov.write.spend([ctx.org.domains.b, ctx.org.token, ctx.chain.actors.stranger, 1n, ZERO]),
        "OpGovNotWearer",
        [ctx.chain.actors.dave, ctx.org.memberHats.b],
      );
    });
    it("refuses an objection in B's open round by a member", async () => {
      await propose(ctx);
      await completeB(ctx);
      await expectRevert(
        (async () => objectAs(ctx, "dave", 0))(),
        "OpGovNotWearer",
        [ctx.chain.actors.dave, ctx.org.memberHats.b],
      );
    });
    it("refuses to execute B's consented round", async () => {
      await setups.ended(ctx);
      await completeB(ctx);
      await expectRevert(
        (await as(ctx.chain, ctx.org, "stranger")).opgov.write.execute([ctx.round!.id, ctx.round!.content]),
        "OpGovCellCompleted",
        [ctx.org.cells.b],
      );
    });
    const cellCalls: [string, (ctx: Ctx) => Promise<unknown>][] = [
      ["propose", (c) => propose(c, "carol")],
      ["addRoleHat", async (c) => (await as(c.chain, c.org, "carol")).opgov.write.addRoleHat([c.org.cells.b, "r", 1])],
      ["updateGroupState", async (c) => (await as(c.chain, c.org, "carol")).opgov.write.updateGroupState([c.org.cells.b, "u", ZERO, 0])],
      ["setCellSafe", async (c) => (await as(c.chain, c.org, "carol")).opgov.write.setCellSafe([c.org.cells.b, c.chain.actors.frank])],
      ["setDomainSpender", async (c) => (await as(c.chain, c.org, "carol")).opgov.write.setDomainSpender([c.org.domains.b, c.org.memberHats.b])],
    ];
    for (const [fn, call] of cellCalls) {
      it(`refuses ${fn} by B's former cell hat wearer with OpGovCellCompleted`, async () => {
        await completeB(ctx);
        await expectRevert(call(ctx), "OpGovCellCompleted", [ctx.org.cells.b]);
      });
    }
  });
});
