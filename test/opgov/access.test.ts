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

// The access matrix: every state-changing function, called by every kind of caller, on cell B
// (sub-cell of A). Allowed exactly where DESIGN.md "Authority" and the interfaces' NatSpec say;
// refused with the exact named error and its arguments everywhere else.

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
  roleHat: bigint;
  round?: { id: Hex; content: Content };
};
/** A caller kind: the actor who sends the call, and what happens to them before it. */
type Caller = { kind: string; actor: ActorName; revoked?: boolean };

const CALLERS: Caller[] = [
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

const ZERO: Hex = `0x${"00".repeat(32)}`;

async function propose(ctx: Ctx, who: ActorName = "dave", salt = "s1") {
  const { org, chain } = ctx;
  const content: Content = {
    scope: org.cells.b,
    salt: docHash(salt),
    objectorHats: [org.memberHats.b, org.memberHats.a],
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
  objectedByDave: async (ctx: Ctx) => {
    await propose(ctx);
    await objectAs(ctx, "dave", 0);
  },
  ended: async (ctx: Ctx) => {
    await propose(ctx);
    await passTime(ctx.chain, HOUR + 1);
  },
  blocked: async (ctx: Ctx) => {
    await propose(ctx);
    await objectAs(ctx, "bob", 1);
    await passTime(ctx.chain, HOUR + 1);
  },
  escalated: async (ctx: Ctx) => {
    await setups.blocked(ctx);
    const { opgov } = await as(ctx.chain, ctx.org, "bob");
    await mined(ctx.chain, opgov.write.escalate([ctx.round!.id, ctx.round!.content]));
  },
  expired: async (ctx: Ctx) => {
    await propose(ctx);
    await passTime(ctx.chain, HOUR + DEFAULT_CONSTRAINTS.executionWindow + 1);
  },
};

type Row = {
  fn: string;
  setup: keyof typeof setups;
  /** Actors allowed (a revoked member is never allowed unless `revokedAllowed`). */
  allowed: ActorName[];
  revokedAllowed?: boolean;
  /** The refusal every other caller gets. */
  refusal: (ctx: Ctx, caller: Address) => [string, unknown[]];
  run: (ctx: Ctx, who: ActorName) => Promise<unknown>;
  /** Checks the state change after an allowed call. */
  check: (ctx: Ctx, who: ActorName) => Promise<void>;
};

const notWearer = (hat: (ctx: Ctx) => bigint) => (ctx: Ctx, caller: Address) =>
  ["OpGovNotWearer", [caller, hat(ctx)]] as [string, unknown[]];
const memberB = (ctx: Ctx) => ctx.org.memberHats.b;
const cellB = (ctx: Ctx) => ctx.org.cells.b;
const topHat = (ctx: Ctx) => ctx.org.topHat;
const everyone = CALLERS.map((c) => c.actor);

const reader = async (ctx: Ctx) => (await as(ctx.chain, ctx.org, "stranger")).opgov;
const state = async (ctx: Ctx) => (await reader(ctx)).read.roundState([ctx.round!.id]);

const ROWS: Row[] = [
  {
    fn: "spend",
    setup: "none",
    allowed: ["carol", "dave"],
    refusal: notWearer(memberB),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.spend([ctx.org.domains.b, ctx.org.token, ctx.chain.actors.stranger, parseEther("1"), ZERO]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getBudget([ctx.org.domains.b, ctx.org.token])).spent).toBe(parseEther("1")),
  },
  {
    fn: "propose",
    setup: "none",
    allowed: ["carol", "dave"],
    refusal: notWearer(memberB),
    run: (ctx, who) => propose(ctx, who),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Open),
  },
  {
    fn: "object",
    setup: "open",
    // Objector hats are [B's members, A's members]: members object under index 0, A's members under 1.
    allowed: ["alice", "bob", "carol", "dave"],
    refusal: notWearer(memberB),
    run: async (ctx, who) => objectAs(ctx, who, who === "alice" || who === "bob" ? 1 : 0),
    check: async (ctx, who) => expect((await (await reader(ctx)).read.getObjection([ctx.round!.id, ctx.chain.actors[who]]))[0]).toBe(1),
  },
  {
    fn: "withdrawObjection",
    setup: "objectedByDave",
    // Withdrawing one's own objection only gives up power, so it needs no hat (a revoked
    // objector may still withdraw).
    allowed: ["dave"],
    revokedAllowed: true,
    refusal: (ctx, caller) => ["OpGovNoStandingObjection", [ctx.round!.id, caller]],
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.withdrawObjection([ctx.round!.id]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getObjection([ctx.round!.id, ctx.chain.actors.dave]))[0]).toBe(2),
  },
  {
    fn: "amend",
    setup: "open",
    allowed: ["carol", "dave"],
    refusal: notWearer(memberB),
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
    allowed: ["carol", "dave"],
    refusal: notWearer(memberB),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.withdraw([ctx.round!.id, ctx.round!.content]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Withdrawn),
  },
  {
    fn: "close",
    setup: "ended",
    allowed: everyone,
    revokedAllowed: true,
    refusal: () => ["unused", []],
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.close([ctx.round!.id]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Consented),
  },
  {
    fn: "execute",
    setup: "ended",
    allowed: everyone,
    revokedAllowed: true,
    refusal: () => ["unused", []],
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.execute([ctx.round!.id, ctx.round!.content]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Executed),
  },
  {
    fn: "escalate",
    setup: "blocked",
    // The scope's members, or whoever has a standing objection (bob).
    allowed: ["bob", "carol", "dave"],
    refusal: notWearer(memberB),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.escalate([ctx.round!.id, ctx.round!.content]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Escalated),
  },
  {
    fn: "resolve",
    setup: "escalated",
    // The resolver: the parent cell's hat (alice), or the community.
    allowed: ["alice", "community"],
    refusal: notWearer(topHat),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.resolve([ctx.round!.id, ctx.round!.content, true, [], docHash("ok"), "ipfs://ok"]),
    check: async (ctx) => expect(await state(ctx)).toBe(RoundState.Accepted),
  },
  {
    fn: "expire",
    setup: "expired",
    allowed: everyone,
    revokedAllowed: true,
    refusal: () => ["unused", []],
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.expire([ctx.round!.id, ctx.round!.content]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getRound([ctx.round!.id])).state).toBe(RoundState.Expired),
  },
  {
    fn: "act",
    setup: "none",
    allowed: ["community"],
    refusal: notWearer(topHat),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.act([[action.policy("ipfs://p")], docHash("r"), "ipfs://r"]),
    check: async () => {},
  },
  {
    fn: "setConstraints",
    setup: "none",
    allowed: ["community"],
    refusal: notWearer(topHat),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.setConstraints([{ ...DEFAULT_CONSTRAINTS, minWindow: 2 * HOUR }]),
    check: async (ctx) => expect((await (await reader(ctx)).read.constraints()).minWindow).toBe(2 * HOUR),
  },
  {
    fn: "setTokenPolicy",
    setup: "none",
    allowed: ["community"],
    refusal: notWearer(topHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setTokenPolicy([ctx.org.token, false, 0n]),
    check: async (ctx) => expect((await (await reader(ctx)).read.tokenPolicy([ctx.org.token]))[0]).toBe(false),
  },
  {
    fn: "setTreasuryPull",
    setup: "none",
    allowed: ["community"],
    refusal: notWearer(topHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setTreasuryPull([ctx.org.token, true]),
    check: async (ctx) => expect(await (await reader(ctx)).read.treasuryPull([ctx.org.token])).toBe(true),
  },
  {
    fn: "setSpendingPaused",
    setup: "none",
    allowed: ["community"],
    refusal: notWearer(topHat),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setSpendingPaused([true]),
    check: async (ctx) => expect((await (await reader(ctx)).read.constraints()).spendingPaused).toBe(true),
  },
  {
    fn: "addRoleHat",
    setup: "none",
    allowed: ["carol"],
    refusal: notWearer(cellB),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.addRoleHat([ctx.org.cells.b, "role 2", 3]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getCell([ctx.org.cells.b])).roleHats.length).toBe(2),
  },
  {
    fn: "updateGroupState",
    setup: "none",
    allowed: ["carol", "dave"],
    // Not a member: the fallback check is the cell hat.
    refusal: notWearer(cellB),
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.updateGroupState([ctx.org.cells.b, "ipfs://gs", docHash("gs"), 0]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getCell([ctx.org.cells.b])).stateVersion).toBe(1),
  },
  {
    fn: "setCellSafe",
    setup: "none",
    allowed: ["carol"],
    refusal: notWearer(cellB),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setCellSafe([ctx.org.cells.b, ctx.chain.actors.frank]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getCell([ctx.org.cells.b])).safe).toBe(ctx.chain.actors.frank),
  },
  {
    fn: "setWearerStanding",
    setup: "none",
    // Admins of B's member hat in Hats: B's cell hat, A's cell hat, the top hat (accountability).
    allowed: ["alice", "carol", "community"],
    refusal: (ctx, caller) => ["OpGovNotHatAdmin", [caller, ctx.org.memberHats.b]],
    run: async (ctx, who) =>
      (await as(ctx.chain, ctx.org, who)).opgov.write.setWearerStanding([ctx.org.memberHats.b, ctx.chain.actors.dave, false]),
    check: async (ctx) =>
      expect(await (await as(ctx.chain, ctx.org, "stranger")).hats.read.isWearerOfHat([ctx.chain.actors.dave, ctx.org.memberHats.b])).toBe(false),
  },
  {
    fn: "setDomainSpender",
    setup: "none",
    allowed: ["carol"],
    refusal: notWearer(cellB),
    run: async (ctx, who) => (await as(ctx.chain, ctx.org, who)).opgov.write.setDomainSpender([ctx.org.domains.b, ctx.roleHat]),
    check: async (ctx) => expect((await (await reader(ctx)).read.getDomain([ctx.org.domains.b])).spenderHat).toBe(ctx.roleHat),
  },
];

async function revokeDave(ctx: Ctx) {
  const { opgov } = await as(ctx.chain, ctx.org, "carol");
  await mined(ctx.chain, opgov.write.setWearerStanding([ctx.org.memberHats.b, ctx.chain.actors.dave, false]));
}

async function completeB(ctx: Ctx) {
  await communityAct(ctx.chain, ctx.org, [action.movePhase(ctx.org.cells.b, Phase.Completion)]);
}

describe("access matrix (cell B, sub-cell of A)", () => {
  let ctx: Ctx;
  beforeEach(async () => {
    const { chain, data: org } = await loadOrg(threeCells);
    // A role hat in B, worn by `operator`.
    const carol = await as(chain, org, "carol");
    const roleHat = (await carol.opgov.simulate.addRoleHat([org.cells.b, "treasurer", 3], { account: chain.actors.carol })).result;
    await mined(chain, carol.opgov.write.addRoleHat([org.cells.b, "treasurer", 3]));
    await mined(chain, carol.hats.write.mintHat([roleHat, chain.actors.operator]));
    ctx = { chain, org, roleHat };
  });

  for (const row of ROWS) {
    for (const caller of CALLERS) {
      const ok = caller.revoked ? row.revokedAllowed === true && row.allowed.includes(caller.actor) : row.allowed.includes(caller.actor);
      it(`${row.fn} by ${caller.kind}: ${ok ? "allowed" : "refused"}`, async () => {
        await setups[row.setup](ctx);
        if (caller.revoked) await revokeDave(ctx);
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
