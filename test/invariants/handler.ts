import fc from "fast-check";
import { decodeAction } from "../../sdk/encoding/actions.js";
import { parseEther, parseEventLogs, type Address, type Hash, type Hex } from "viem";
import type { ActorName, LocalChain } from "../fixtures/chain.js";
import {
  action,
  as,
  DAY,
  DEFAULT_CONSTRAINTS,
  docHash,
  HOUR,
  loadOrg,
  NATIVE,
  Phase,
  RoundState,
  threeCells,
  type ActionInput,
  type ThreeCells,
} from "../fixtures/org.js";

// A handler for DESIGN.md's invariants, in the manner of a Solidity invariant handler: fast-check
// generates a sequence of operations (spends, time jumps, budget edits and slice moves, the whole
// life of consent rounds, revocations, completions, community acts), the handler sends each one to
// the real in-process chain as the named actor, keeps an independent model built from what it
// sent and from the events the chain emitted, and after every step compares the model with the
// chain. What it finds wrong is recorded as a violation tagged with the invariant it breaks.

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

const ACTORS = ["community", "alice", "bob", "carol", "dave", "eve", "frank", "stranger", "operator"] as const satisfies readonly ActorName[];
type Actor = (typeof ACTORS)[number];
const CELLS = ["a", "b", "c"] as const;
type CellKey = (typeof CELLS)[number];

/** Amounts: ordinary, at the budget edges, and huge (above caps, uint96, uint128, uint256 max). */
const amount = fc.oneof(
  fc.constantFrom(
    0n,
    1n,
    parseEther("1"),
    parseEther("500"),
    parseEther("1000"),
    parseEther("2000"),
    parseEther("5"),
    parseEther("10000"),
    parseEther("1000000"),
    2n ** 96n - 1n,
    2n ** 96n,
    2n ** 128n,
    2n ** 256n - 1n,
  ),
  fc.bigInt({ min: 1n, max: parseEther("3000") }),
);
/** An actor by name, or "@0"/"@1": the first/second wearer (at the start) of the hat the call needs. */
type Who = Actor | "@0" | "@1";
const actor: fc.Arbitrary<Who> = fc.oneof(
  { arbitrary: fc.constantFrom(...ACTORS), weight: 1 },
  { arbitrary: fc.constantFrom("@0" as const, "@1" as const), weight: 2 },
);
const cell = fc.constantFrom(...CELLS);
const token = fc.constantFrom("tusd" as const, "eth" as const);
/** A round: mostly the latest one (-1), else one of the earlier ones. */
const round = fc.oneof({ arbitrary: fc.constant(-1), weight: 3 }, { arbitrary: fc.nat({ max: 7 }), weight: 1 });

export type Op =
  | { t: "spend"; who: Who; domain: number; token: "tusd" | "eth"; amount: bigint }
  | { t: "warp"; seconds: number }
  | { t: "toEpochEnd"; days: number; offset: number }
  | { t: "toDeadline"; round: number; offset: number }
  | { t: "contest"; round: number; hatIndex: number }
  | { t: "budget"; domain: number; token: "tusd" | "eth"; amount: bigint; epoch: number }
  | { t: "propose"; who: Who; scope: CellKey; kind: "alloc" | "policy" | "budget" | "completeChild"; token: "tusd" | "eth"; amount: bigint; window: number; extra: boolean }
  | { t: "object"; who: Who; round: number; hatIndex: number }
  | { t: "withdrawObjection"; who: Who; round: number }
  | { t: "amend"; who: Who; round: number; amount: bigint }
  | { t: "close"; round: number }
  | { t: "execute"; who: Who; round: number }
  | { t: "escalate"; who: Who; round: number }
  | { t: "resolve"; who: Who; round: number; accept: boolean; dismiss: boolean }
  | { t: "expire"; round: number }
  | { t: "withdraw"; who: Who; round: number }
  | { t: "revoke"; target: Actor; cell: CellKey }
  | { t: "complete"; cell: CellKey }
  | { t: "communityAlloc"; who: Who; token: "tusd" | "eth"; amount: bigint };

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant("spend" as const), who: actor, domain: fc.constantFrom(1, 2, 3, 9), token, amount }), weight: 8 },
  { arbitrary: fc.record({ t: fc.constant("warp" as const), seconds: fc.constantFrom(1, HOUR, HOUR + 1, DAY, 7 * DAY, 7 * DAY + 1, 30 * DAY) }), weight: 6 },
  { arbitrary: fc.record({ t: fc.constant("toEpochEnd" as const), days: fc.constantFrom(1, 7, 30), offset: fc.constantFrom(-1, 0) }), weight: 2 },
  {
    // To a round's deadline (or the end of its execution window), give or take a second.
    arbitrary: fc.record({
      t: fc.constant("toDeadline" as const),
      round,
      offset: fc.constantFrom(-1, 0, 0, DEFAULT_CONSTRAINTS.executionWindow - 1, DEFAULT_CONSTRAINTS.executionWindow),
    }),
    weight: 4,
  },
  // A party objects and the window ends: the way to a blocked round, an escalation and a resolution.
  { arbitrary: fc.record({ t: fc.constant("contest" as const), round, hatIndex: fc.nat({ max: 2 }) }), weight: 3 },
  {
    arbitrary: fc.record({ t: fc.constant("budget" as const), domain: fc.constantFrom(1, 2, 3), token, amount, epoch: fc.constantFrom(0, DAY, 7 * DAY, 30 * DAY) }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      t: fc.constant("propose" as const),
      who: actor,
      scope: cell,
      kind: fc.constantFrom("alloc" as const, "policy" as const, "budget" as const, "completeChild" as const),
      token,
      amount,
      window: fc.constantFrom(HOUR, HOUR, DAY, 3 * DAY),
      extra: fc.boolean(),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ t: fc.constant("object" as const), who: actor, round, hatIndex: fc.nat({ max: 2 }) }), weight: 6 },
  { arbitrary: fc.record({ t: fc.constant("withdrawObjection" as const), who: actor, round }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant("amend" as const), who: actor, round, amount }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant("close" as const), round }), weight: 3 },
  { arbitrary: fc.record({ t: fc.constant("execute" as const), who: actor, round }), weight: 5 },
  { arbitrary: fc.record({ t: fc.constant("escalate" as const), who: actor, round }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant("resolve" as const), who: actor, round, accept: fc.boolean(), dismiss: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant("expire" as const), round }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant("withdraw" as const), who: actor, round }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant("revoke" as const), target: fc.constantFrom(...ACTORS), cell }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant("complete" as const), cell }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant("communityAlloc" as const), who: fc.constantFrom<Actor>("community", "alice", "stranger"), token, amount }), weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------------------------

type Content = { scope: bigint; salt: Hex; objectorHats: readonly bigint[]; actions: readonly ActionInput[]; rationaleHash: Hex };
type RoundModel = {
  id: Hex;
  scope: CellKey;
  content: Content;
  deadline: bigint;
  standing: Set<Address>;
  status: "live" | "escalated" | "accepted" | "executed" | "withdrawn" | "rejected" | "expired";
  since: bigint;
  executions: number;
};

export type Violation = { invariant: number; step: number; op: Op; message: string };

const W = BigInt(DEFAULT_CONSTRAINTS.executionWindow);
const ZERO: Hex = `0x${"00".repeat(32)}`;

/** The round state the model expects at `ts`, from the events alone. */
function expectedState(r: RoundModel, ts: bigint): number {
  switch (r.status) {
    case "executed":
      return RoundState.Executed;
    case "withdrawn":
      return RoundState.Withdrawn;
    case "rejected":
      return RoundState.Rejected;
    case "expired":
      return RoundState.Expired;
    case "escalated":
      return ts >= r.since + W ? RoundState.Expired : RoundState.Escalated;
    case "accepted":
      return ts >= r.since + W ? RoundState.Expired : RoundState.Accepted;
    case "live":
      if (ts < r.deadline) return RoundState.Open;
      if (ts >= r.deadline + W) return RoundState.Expired;
      return r.standing.size === 0 ? RoundState.Consented : RoundState.Blocked;
  }
}

function errorOf(caught: unknown): { name?: string; args?: readonly unknown[] } {
  let cause = caught as { data?: { errorName?: string; args?: readonly unknown[] }; cause?: unknown } | undefined;
  while (cause && !cause.data?.errorName) cause = cause.cause as typeof cause;
  return { name: cause?.data?.errorName, args: cause?.data?.args };
}

type Clients = Awaited<ReturnType<typeof as>>;

export class Handler {
  readonly violations: Violation[] = [];
  /** How many operations succeeded / were refused, by kind (to see that the campaign reaches deep states). */
  readonly stats = new Map<string, { ok: number; refused: number }>();
  private now = 0n;
  private step = 0;
  private op: Op = { t: "warp", seconds: 0 };
  private rounds: RoundModel[] = [];
  private completed = new Set<CellKey>();
  private revoked = new Set<string>();
  private salt = 0;
  private clients = new Map<Actor, Clients>();
  private balances = { tusd: 0n, eth: 0n };
  private outflow = { tusd: 0n, eth: 0n };
  /** Each round revision's actions, as `RoundProposed` and `RoundAmended` recorded them. */
  private revisions = new Map<string, readonly { kind: number; data: Hex }[]>();

  /** Allocations have no event of their own: the decision that carried them is their record. */
  private recordAllocations(actions: readonly { kind: number; data: Hex }[]) {
    for (const raw of actions) {
      const decoded = decodeAction(raw);
      if (decoded.name === "Allocation") this.outflow[this.tokenKey(decoded.args.token)] += decoded.args.amount;
    }
  }
  private initial = { tusd: 0n, eth: 0n };
  /** Invariant 1: spends per subtree root, token and root epoch; the largest root allowance seen in it. */
  private epochSpent = new Map<string, bigint>();
  private epochMax = new Map<string, bigint>();
  private lastGranted = new Map<string, { granted: bigint; epochLength: bigint }>();

  private constructor(
    readonly chain: LocalChain,
    readonly org: ThreeCells,
  ) {}

  /** Reverts the chain to the `threeCells` snapshot and starts a fresh model on it. */
  static async start(): Promise<Handler> {
    const { chain, data: org } = await loadOrg(threeCells);
    const h = new Handler(chain, org);
    for (const who of ACTORS) h.clients.set(who, await as(chain, org, who));
    h.now = (await chain.publicClient.getBlock()).timestamp;
    h.balances = await h.treasuryBalances();
    h.initial = { ...h.balances };
    await h.recordAllowances(h.now);
    return h;
  }

  private c(who: Actor): Clients {
    return this.clients.get(who)!;
  }

  private violate(invariant: number, message: string) {
    this.violations.push({ invariant, step: this.step, op: this.op, message });
  }

  // --- the model's view of authority ---------------------------------------------------------

  private cellOfHat(hat: bigint): CellKey | undefined {
    for (const k of CELLS) if (this.org.cells[k] === hat || this.org.memberHats[k] === hat) return k;
    return undefined;
  }

  /** Who wears which hat at the start (threeCells), minus revocations, with completed cells' hats off. */
  private wears(who: Actor, hat: bigint): boolean {
    const k = this.cellOfHat(hat);
    if (k && this.completed.has(k)) return false;
    if (this.revoked.has(`${hat}:${who}`)) return false;
    return this.baseWearers(hat).includes(who);
  }

  private baseWearers(hat: bigint): Actor[] {
    const { org } = this;
    if (hat === org.topHat) return ["community"];
    const k = this.cellOfHat(hat);
    if (!k) return [];
    const base: Record<CellKey, { cell: Actor; members: Actor[] }> = {
      a: { cell: "alice", members: ["alice", "bob"] },
      b: { cell: "carol", members: ["carol", "dave"] },
      c: { cell: "eve", members: ["eve", "frank"] },
    };
    return hat === org.cells[k] ? [base[k].cell] : base[k].members;
  }

  /** Resolves "@0"/"@1" to a wearer (at the start) of `hat`. */
  private who(who: Who, hat: bigint): Actor {
    if (who !== "@0" && who !== "@1") return who;
    const wearers = this.baseWearers(hat);
    return wearers[(who === "@0" ? 0 : 1) % wearers.length] ?? "stranger";
  }

  private domainOwner(domain: number): CellKey | undefined {
    return ({ 1: "a", 2: "b", 3: "c" } as Record<number, CellKey>)[domain];
  }

  private rootOf(domain: number): number {
    return domain === 2 ? 1 : domain;
  }

  private tokenAddress(t: "tusd" | "eth"): Address {
    return t === "tusd" ? this.org.token : NATIVE;
  }

  private tokenKey(address: Address): "tusd" | "eth" {
    return address.toLowerCase() === NATIVE ? "eth" : "tusd";
  }

  // --- sending ---------------------------------------------------------------------------------

  private async send(
    key: string,
    write: () => Promise<Hash>,
  ): Promise<{ ok: true; ts: bigint; logs: ReturnType<typeof parseEventLogs<Clients["opgov"]["abi"]>> } | { ok: false; name?: string; args?: readonly unknown[] }> {
    this.now += 1n;
    await this.chain.testClient.setNextBlockTimestamp({ timestamp: this.now });
    const stat = this.stats.get(key) ?? { ok: 0, refused: 0 };
    this.stats.set(key, stat);
    let hash: Hash;
    try {
      hash = await write();
    } catch (caught) {
      stat.refused++;
      const e = errorOf(caught);
      const named = this.stats.get(`${key}!${e.name}`) ?? { ok: 0, refused: 0 };
      named.refused++;
      this.stats.set(`${key}!${e.name}`, named);
      if (!e.name) this.violate(4, `${key} failed without a named error: ${String((caught as Error).message).slice(0, 300)}`);
      return { ok: false, ...e };
    }
    const receipt = await this.chain.publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") {
      stat.refused++;
      return { ok: false };
    }
    stat.ok++;
    const logs = parseEventLogs({ abi: this.c("community").opgov.abi, logs: receipt.logs });
    return { ok: true, ts: this.now, logs };
  }

  /** Invariant 4: a successful call by `who` that needs `hat` was made by an active, eligible wearer. */
  private async checkWearer(fn: string, who: Actor, hat: bigint) {
    if (!this.wears(who, hat)) this.violate(4, `${fn} by ${who} succeeded, but the model says ${who} does not wear hat ${hat}`);
    if (!(await this.c("stranger").hats.read.isWearerOfHat([this.chain.actors[who], hat])))
      this.violate(4, `${fn} by ${who} succeeded, but Hats says ${who} does not wear hat ${hat}`);
  }

  /** Invariant 4: a call by a non-wearer was refused, by the named error with its arguments. */
  private expectNotWearer(fn: string, who: Actor, hat: bigint, result: { ok: boolean; name?: string; args?: readonly unknown[] }) {
    if (result.ok) return; // reported by checkWearer
    if (result.name !== "OpGovNotWearer" || result.args?.[0] !== this.chain.actors[who] || result.args?.[1] !== hat)
      this.violate(4, `${fn} by non-wearer ${who} refused with ${result.name}(${String(result.args)}), not OpGovNotWearer(${who}, ${hat})`);
  }

  private pick(index: number): RoundModel | undefined {
    if (this.rounds.length === 0) return undefined;
    return this.rounds[index < 0 ? this.rounds.length - 1 : index % this.rounds.length];
  }

  // --- one step --------------------------------------------------------------------------------

  async run(op: Op): Promise<void> {
    this.step++;
    this.op = op;
    const { org, chain } = this;
    const actors = chain.actors;
    switch (op.t) {
      case "contest":
        await this.run({ t: "object", who: "@0", round: op.round, hatIndex: op.hatIndex });
        await this.run({ t: "toDeadline", round: op.round, offset: 0 });
        break;
      case "warp":
      case "toDeadline":
      case "toEpochEnd": {
        if (op.t === "warp") this.now += BigInt(op.seconds);
        else if (op.t === "toDeadline") {
          const m = this.pick(op.round);
          const base = m?.status === "escalated" || m?.status === "accepted" ? m.since : (m?.deadline ?? 0n);
          const target = base + BigInt(op.offset);
          this.now = target > this.now ? target : this.now + 1n;
        } else {
          const len = BigInt(op.days * DAY);
          this.now = (this.now / len + 1n) * len + BigInt(op.offset);
        }
        await chain.testClient.setNextBlockTimestamp({ timestamp: this.now });
        await chain.testClient.mine({ blocks: 1 });
        break;
      }
      case "spend": {
        const hat = [0n, org.memberHats.a, org.memberHats.b, org.memberHats.c][op.domain] ?? 0n;
        const owner = this.domainOwner(op.domain);
        const who = this.who(op.who, hat);
        const r = await this.send("spend", () =>
          this.c(who).opgov.write.spend([op.domain, this.tokenAddress(op.token), actors.stranger, op.amount, ZERO]),
        );
        if (r.ok) {
          await this.checkWearer("spend", who, hat);
          if (owner && this.completed.has(owner)) this.violate(6, `spend from domain ${op.domain} of completed cell ${owner} succeeded`);
          await this.onLogs(r.ts, r.logs);
        } else if (hat !== 0n && op.amount > 0n && !this.wears(who, hat)) {
          this.expectNotWearer("spend", who, hat, r);
        }
        break;
      }
      case "budget": {
        const r = await this.send("setBudget", () =>
          this.c("community").opgov.write.act([[action.setBudget(op.domain, this.tokenAddress(op.token), op.amount, op.epoch)], docHash("b"), "ipfs://b"]),
        );
        if (r.ok) await this.onLogs(r.ts, r.logs);
        break;
      }
      case "communityAlloc": {
        const who = this.who(op.who, org.topHat);
        const r = await this.send("act", () =>
          this.c(who).opgov.write.act([[action.allocation(0, this.tokenAddress(op.token), actors.frank, op.amount)], docHash("g"), "ipfs://g"]),
        );
        if (r.ok) {
          await this.checkWearer("act", who, org.topHat);
          await this.onLogs(r.ts, r.logs);
        } else if (!this.wears(who, org.topHat)) this.expectNotWearer("act", who, org.topHat, r);
        break;
      }
      case "propose": {
        const scope = org.cells[op.scope];
        const who = this.who(op.who, org.memberHats[op.scope]);
        const domain = { a: 1, b: 2, c: 3 }[op.scope];
        const act: ActionInput =
          op.kind === "alloc"
            ? action.allocation(domain, this.tokenAddress(op.token), actors.frank, op.amount)
            : op.kind === "budget"
              ? action.setBudget(domain, this.tokenAddress(op.token), op.amount, 0)
              : op.kind === "completeChild"
                ? action.movePhase(org.cells.b, Phase.Completion)
                : action.policy(`ipfs://policy-${this.salt}`);
        const required = await this.c("stranger").opgov.read.requiredObjectorHats([scope, [act]]);
        const extras = op.extra ? [org.memberHats[op.scope], org.memberHats[op.scope === "c" ? "a" : "c"]] : [];
        const content: Content = {
          scope,
          salt: docHash(`salt-${this.salt++}`),
          objectorHats: [...required, ...extras],
          actions: [act],
          rationaleHash: docHash("why"),
        };
        const hat = org.memberHats[op.scope];
        const r = await this.send("propose", () => this.c(who).opgov.write.propose([content, op.window, "ipfs://why"]));
        if (r.ok) {
          await this.checkWearer("propose", who, hat);
          if (this.completed.has(op.scope)) this.violate(6, `completed cell ${op.scope} proposed a round`);
          const id = (await this.c("stranger").opgov.read.roundCommitment([content])) as Hex;
          this.rounds.push({ id, scope: op.scope, content, deadline: 0n, standing: new Set(), status: "live", since: 0n, executions: 0 });
          await this.onLogs(r.ts, r.logs);
        } else if (!this.completed.has(op.scope) && !this.wears(who, hat)) {
          this.expectNotWearer("propose", who, hat, r);
        }
        break;
      }
      case "object": {
        const m = this.pick(op.round);
        if (!m) break;
        const idx = op.hatIndex % m.content.objectorHats.length;
        const hat = m.content.objectorHats[idx]!;
        const who = this.who(op.who, hat);
        const open = expectedState(m, this.now + 1n) === RoundState.Open;
        const r = await this.send("object", () =>
          this.c(who).opgov.write.object([m.id, m.content.objectorHats, BigInt(idx), docHash("no"), "ipfs://no"]),
        );
        if (r.ok) {
          await this.checkWearer("object", who, hat);
          await this.onLogs(r.ts, r.logs);
        } else if (open && !this.wears(who, hat)) this.expectNotWearer("object", who, hat, r);
        break;
      }
      case "withdrawObjection": {
        const m = this.pick(op.round);
        if (!m) break;
        const standing = [...m.standing];
        const who =
          op.who === "@0" || op.who === "@1"
            ? (ACTORS.find((a) => this.chain.actors[a] === standing[op.who === "@0" ? 0 : standing.length - 1]) ?? "stranger")
            : op.who;
        const r = await this.send("withdrawObjection", () => this.c(who).opgov.write.withdrawObjection([m.id]));
        if (r.ok) await this.onLogs(r.ts, r.logs);
        break;
      }
      case "amend": {
        const m = this.pick(op.round);
        if (!m) break;
        const who = this.who(op.who, org.memberHats[m.scope]);
        const first = m.content.actions[0]!;
        const domain = { a: 1, b: 2, c: 3 }[m.scope];
        const next = first.kind === 0 ? action.allocation(domain, org.token, actors.frank, op.amount) : action.policy(`ipfs://amended-${this.salt++}`);
        const hat = org.memberHats[m.scope];
        const r = await this.send("amend", () =>
          this.c(who).opgov.write.amend([m.id, m.content, [next], docHash("why-2"), "ipfs://why-2", HOUR]),
        );
        if (r.ok) {
          await this.checkWearer("amend", who, hat);
          if (this.completed.has(m.scope)) this.violate(6, `completed cell ${m.scope} amended a round`);
          m.content = { ...m.content, actions: [next], rationaleHash: docHash("why-2") };
          await this.onLogs(r.ts, r.logs);
        }
        break;
      }
      case "close": {
        const m = this.pick(op.round);
        if (!m) break;
        const r = await this.send("close", () => this.c("stranger").opgov.write.close([m.id]));
        if (r.ok) await this.onLogs(r.ts, r.logs);
        break;
      }
      case "execute": {
        const m = this.pick(op.round);
        if (!m) break;
        const who = this.who(op.who, org.memberHats[m.scope]);
        const r = await this.send("execute", () => this.c(who).opgov.write.execute([m.id, m.content]));
        if (r.ok) await this.onLogs(r.ts, r.logs);
        break;
      }
      case "escalate": {
        const m = this.pick(op.round);
        if (!m) break;
        const who = this.who(op.who, org.memberHats[m.scope]);
        const objector = m.standing.has(actors[who]);
        const r = await this.send("escalate", () => this.c(who).opgov.write.escalate([m.id, m.content]));
        if (r.ok) {
          if (!objector) await this.checkWearer("escalate", who, org.memberHats[m.scope]);
          if (this.completed.has(m.scope)) this.violate(6, `a round of completed cell ${m.scope} was escalated`);
          await this.onLogs(r.ts, r.logs);
        }
        break;
      }
      case "resolve": {
        const m = this.pick(op.round);
        if (!m) break;
        const who = this.who(op.who, m.scope === "b" ? org.cells.a : org.topHat);
        const dismissed = op.dismiss ? [...m.standing] : [];
        const r = await this.send("resolve", () =>
          this.c(who).opgov.write.resolve([m.id, m.content, op.accept, dismissed, docHash("decision"), "ipfs://decision"]),
        );
        if (r.ok) {
          const resolver = m.scope === "b" ? org.cells.a : org.topHat; // the parent cell hat, or the community
          if (!this.wears(who, resolver)) await this.checkWearer("resolve", who, org.topHat);
          await this.onLogs(r.ts, r.logs);
        }
        break;
      }
      case "expire": {
        const m = this.pick(op.round);
        if (!m) break;
        const r = await this.send("expire", () => this.c("stranger").opgov.write.expire([m.id, m.content]));
        if (r.ok) await this.onLogs(r.ts, r.logs);
        break;
      }
      case "withdraw": {
        const m = this.pick(op.round);
        if (!m) break;
        const who = this.who(op.who, org.memberHats[m.scope]);
        const r = await this.send("withdraw", () => this.c(who).opgov.write.withdraw([m.id, m.content]));
        if (r.ok) {
          await this.checkWearer("withdraw", who, org.memberHats[m.scope]);
          if (this.completed.has(m.scope)) this.violate(6, `completed cell ${m.scope} withdrew a round`);
          await this.onLogs(r.ts, r.logs);
        }
        break;
      }
      case "revoke": {
        const hat = org.memberHats[op.cell];
        const r = await this.send("setWearerStanding", () =>
          this.c("community").opgov.write.setWearerStanding([hat, actors[op.target], false]),
        );
        if (r.ok) {
          this.revoked.add(`${hat}:${op.target}`);
          await this.onLogs(r.ts, r.logs);
        }
        break;
      }
      case "complete": {
        const r = await this.send("complete", () =>
          this.c("community").opgov.write.act([[action.movePhase(org.cells[op.cell], Phase.Completion)], docHash("done"), "ipfs://done"]),
        );
        if (r.ok) await this.onLogs(r.ts, r.logs);
        break;
      }
    }
    await this.check();
  }

  // --- events: the decision record -------------------------------------------------------------

  private async onLogs(ts: bigint, logs: ReturnType<typeof parseEventLogs<Clients["opgov"]["abi"]>>) {
    const byId = (id: Hex) => this.rounds.find((r) => r.id === id);
    for (const log of logs) {
      switch (log.eventName) {
        case "Spent": {
          const { domain, token, amount, remaining } = log.args;
          const key = this.tokenKey(token);
          this.outflow[key] += amount;
          // Invariant 1: charge the spend to its subtree root's epoch.
          const root = this.rootOf(domain);
          const last = this.lastGranted.get(`${root}:${key}`);
          if (!last || last.epochLength === 0n) {
            this.violate(1, `spend of ${amount} from domain ${domain} whose root ${root} has no ${key} budget`);
            break;
          }
          const epochKey = `${root}:${key}:${last.epochLength}:${ts / last.epochLength}`;
          this.epochSpent.set(epochKey, (this.epochSpent.get(epochKey) ?? 0n) + amount);
          this.epochMax.set(epochKey, [this.epochMax.get(epochKey) ?? 0n, last.granted].reduce((a, b) => (a > b ? a : b)));
          const budget = await this.c("stranger").opgov.read.getBudget([domain, token]);
          if (budget.remaining !== remaining) this.violate(1, `Spent says ${remaining} remain in domain ${domain}, getBudget ${budget.remaining}`);
          break;
        }
        case "RoundProposed": {
          this.revisions.set(`${log.args.round}:0`, log.args.content.actions);
          const m = byId(log.args.round);
          if (m) m.deadline = BigInt(log.args.deadline);
          break;
        }
        case "RoundAmended": {
          this.revisions.set(`${log.args.round}:${log.args.revision}`, log.args.actions);
          const m = byId(log.args.round);
          if (m) {
            m.deadline = BigInt(log.args.deadline);
            m.status = "live";
          }
          break;
        }
        case "ObjectionRaised": {
          const m = byId(log.args.round);
          m?.standing.add(log.args.objector);
          const owner = this.cellOfHat(log.args.hat);
          if (owner && this.completed.has(owner)) this.violate(6, `a hat of completed cell ${owner} objected`);
          break;
        }
        case "ObjectionWithdrawn":
        case "ObjectionDismissed":
          byId(log.args.round)?.standing.delete(log.args.objector);
          break;
        case "RoundEscalated": {
          const m = byId(log.args.round);
          if (m) Object.assign(m, { status: "escalated", since: ts });
          break;
        }
        case "EscalationResolved": {
          const m = byId(log.args.round);
          if (m) Object.assign(m, log.args.accepted ? { status: "accepted", since: ts } : { status: "rejected" });
          break;
        }
        case "CommunityActed":
          // Invariant 5: what a community act paid is recorded by its actions.
          this.recordAllocations(log.args.actions);
          break;
        case "RoundExecuted": {
          // Invariant 5: what the round paid is recorded by the revision it executed.
          const actions = this.revisions.get(`${log.args.round}:${log.args.revision}`);
          if (!actions) this.violate(5, `round ${log.args.round} executed revision ${log.args.revision}, which no event recorded`);
          this.recordAllocations(actions ?? []);
          const m = byId(log.args.round);
          if (!m) break;
          // Invariant 3: once, only when consented or accepted, never after expiry or withdrawal.
          const before = expectedState(m, ts);
          if (m.executions > 0) this.violate(3, `round ${m.id} executed a second time`);
          if (before !== RoundState.Consented && before !== RoundState.Accepted)
            this.violate(3, `round ${m.id} executed in state ${before} (model: ${m.status}, deadline ${m.deadline}, ts ${ts})`);
          if (this.completed.has(m.scope)) this.violate(6, `a round of completed cell ${m.scope} executed`);
          m.executions++;
          m.status = "executed";
          break;
        }
        case "RoundWithdrawn":
          Object.assign(byId(log.args.round) ?? {}, { status: "withdrawn" });
          break;
        case "RoundExpired":
          Object.assign(byId(log.args.round) ?? {}, { status: "expired" });
          break;
        case "CellPhaseChanged": {
          const k = this.cellOfHat(log.args.cell);
          if (k && log.args.to === Phase.Completion) this.completed.add(k);
          break;
        }
        default:
          break;
      }
    }
  }

  // --- after every step ------------------------------------------------------------------------

  private async treasuryBalances() {
    const { chain, org } = this;
    const [tusd, eth] = await Promise.all([
      chain.publicClient.readContract({
        address: org.token,
        abi: [{ type: "function", name: "balanceOf", stateMutability: "view", inputs: [{ type: "address" }], outputs: [{ type: "uint256" }] }],
        functionName: "balanceOf",
        args: [org.treasury],
      }),
      chain.publicClient.getBalance({ address: org.treasury }),
    ]);
    return { tusd, eth };
  }

  private async recordAllowances(ts: bigint) {
    const views = await this.c("stranger").opgov.read.getBudgets([[1, 3]]);
    for (const v of views) {
      const key = `${v.domain}:${this.tokenKey(v.token)}`;
      const epochLength = BigInt(v.epochLength);
      this.lastGranted.set(key, { granted: v.allowance, epochLength });
      if (epochLength === 0n) continue;
      const epochKey = `${key}:${epochLength}:${ts / epochLength}`;
      if ((this.epochMax.get(epochKey) ?? 0n) < v.allowance) this.epochMax.set(epochKey, v.allowance);
    }
  }

  private async check() {
    const reader = this.c("stranger").opgov;
    const ts = (await this.chain.publicClient.getBlock()).timestamp;

    // 1. Subtree spends in a root epoch never exceed the root's allowance in that epoch.
    await this.recordAllowances(ts);
    for (const [key, spent] of this.epochSpent) {
      const max = this.epochMax.get(key) ?? 0n;
      if (spent > max) this.violate(1, `subtree ${key} spent ${spent} in one epoch, above the root allowance ${max}`);
    }

    // 2. A child domain's allowance never exceeds its parent's; the parent's delegated is the children's sum.
    const budgets = await reader.read.getBudgets([[1, 2, 3]]);
    const get = (d: number, t: "tusd" | "eth") => budgets.find((b) => b.domain === d && this.tokenKey(b.token) === t);
    for (const t of ["tusd", "eth"] as const) {
      const parent = get(1, t);
      const child = get(2, t);
      if (!child) continue;
      if (!parent) {
        this.violate(2, `child domain 2 has a ${t} budget and its parent none`);
        continue;
      }
      if (child.allowance > parent.allowance) this.violate(2, `child 2 ${t} allowance ${child.allowance} > parent's ${parent.allowance}`);
      if (parent.delegated !== child.allowance) this.violate(2, `parent 1 delegated ${parent.delegated} of ${t}, child holds ${child.allowance}`);
    }

    // 3. The round states the events imply are the chain's.
    if (this.rounds.length > 0) {
      const views = await reader.read.getRounds([this.rounds.map((r) => r.id)]);
      views.forEach((v, i) => {
        const m = this.rounds[i]!;
        const want = expectedState(m, ts);
        if (v.state !== want) this.violate(3, `round ${i} is in state ${v.state} on chain, ${want} by its events (${m.status}, ts ${ts})`);
      });
    }

    // 5. The treasury lost exactly what the records say: Spent, and the allocations of executed round revisions and community acts.
    const now = await this.treasuryBalances();
    for (const t of ["tusd", "eth"] as const) {
      if (now[t] > this.balances[t]) this.violate(5, `treasury ${t} grew from ${this.balances[t]} to ${now[t]}`);
      if (this.initial[t] - now[t] !== this.outflow[t])
        this.violate(5, `treasury ${t} lost ${this.initial[t] - now[t]}, the records explain ${this.outflow[t]}`);
    }
    this.balances = now;

    // 6. A completed cell's budgets are zero.
    for (const k of this.completed) {
      const domain = { a: 1, b: 2, c: 3 }[k];
      for (const b of budgets.filter((x) => x.domain === domain)) {
        if (b.allowance !== 0n || b.remaining !== 0n) this.violate(6, `completed cell ${k} domain ${domain} still has ${b.allowance} (${b.remaining} remaining)`);
      }
      const view = await reader.read.getCell([this.org.cells[k]]);
      if (view.phase !== Phase.Completion) this.violate(6, `cell ${k} completed by its events but in phase ${view.phase}`);
    }
  }
}

/** Runs a sequence on a fresh `threeCells` chain and returns the violations of `invariant`. */
export async function runSequence(ops: Op[], invariant: number, stats?: Map<string, { ok: number; refused: number }>) {
  const h = await Handler.start();
  for (const op of ops) await h.run(op);
  if (stats) for (const [k, v] of h.stats) stats.set(k, { ok: (stats.get(k)?.ok ?? 0) + v.ok, refused: (stats.get(k)?.refused ?? 0) + v.refused });
  return h.violations.filter((v) => v.invariant === invariant);
}
