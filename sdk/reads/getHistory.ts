import type { Address, GetBlockErrorType, Hash, Hex, RpcError } from "viem";
import { requireInstance, type MissingInstanceError, type OpGovClient } from "../client.js";
import { decodeAction, type ActionView, type RawAction } from "./internal/decodeAction.js";
import { getOpGovLogs, type BlockBound, type OpGovEventName, type OpGovLog } from "./internal/read.js";
import type { DocumentRef } from "./types.js";

/** What a history entry is about. */
export type HistoryCategory =
  | "spend"
  | "allocation"
  | "round"
  | "objection"
  | "community"
  | "budget"
  | "structure"
  | "groupState"
  | "policy"
  | "constraints"
  | "hats";

/** The category of each opgov event (a new event in the ABI fails the type-check here). */
export const HISTORY_CATEGORIES = {
  BudgetSet: "budget",
  CellCreated: "structure",
  CellPhaseChanged: "structure",
  CellSafeSet: "structure",
  CommunityActed: "community",
  ConstraintsSet: "constraints",
  DomainCreated: "structure",
  DomainSpenderSet: "structure",
  EscalationResolved: "round",
  GroupStateUpdated: "groupState",
  MemberHatCreated: "structure",
  ObjectionDismissed: "objection",
  ObjectionRaised: "objection",
  ObjectionWithdrawn: "objection",
  PolicyRecorded: "policy",
  RoleHatAdded: "structure",
  RoundAmended: "round",
  RoundClosed: "round",
  RoundEscalated: "round",
  RoundExecuted: "round",
  RoundExpired: "round",
  RoundProposed: "round",
  RoundWithdrawn: "round",
  SpendingPausedSet: "constraints",
  Spent: "spend",
  TokenPolicySet: "constraints",
  TreasuryPullSet: "constraints",
  WearerStandingSet: "hats",
} as const satisfies Record<OpGovEventName, HistoryCategory>;

/** The decision an effect belongs to: the round that executed it, or the community act. */
export type HistoryDecision =
  | { kind: "round"; round: Hex; rationale: DocumentRef | null }
  | { kind: "community"; by: Address; rationale: DocumentRef };

type EntryBase = {
  category: HistoryCategory;
  blockNumber: bigint;
  transactionHash: Hash;
  logIndex: number;
  /** Block time (Unix seconds), when asked for with `withTimestamps`. */
  timestamp: number | null;
  /** The round this entry is about (round and objection events, round-sourced allocations and policies). */
  round: Hex | null;
  /** The entry's own rationale or reason (proposals, amendments, objections, resolutions, community acts). */
  rationale: DocumentRef | null;
  /** The document the entry points at (cell metadata, domain description, group state, policy text). */
  document: DocumentRef | null;
  /** For an effect (budget, structure, allocation, policy…): the decision it carried out. */
  decision: HistoryDecision | null;
  /** The decoded actions of a proposal, an amendment or a community act. */
  actions: ActionView[] | null;
};

/**
 * A treasury allocation, as {@link getHistory} derives it. Allocations have no event of their own
 * (that keeps `execute` cheap): each is an action of the decision that paid it, the executed
 * revision of a round (`source` = the round id) or a community act (`source` = zero).
 */
export type AllocationArgs = { source: Hex; domain: number; token: Address; recipient: Address; amount: bigint };

/**
 * One record of the decision history: an opgov event, typed by its name, with its context; or an
 * `Allocation`, derived from the `RoundExecuted` or `CommunityActed` entry it follows or precedes
 * (same transaction and `logIndex` as that decision's log).
 */
export type HistoryEntry =
  | {
      [name in OpGovEventName]: EntryBase & { event: name; args: Extract<OpGovLog, { eventName: name }>["args"] };
    }[OpGovEventName]
  | (EntryBase & { event: "Allocation"; args: AllocationArgs });

/** What {@link getHistory} takes. */
export type GetHistoryParameters = {
  /** First block (default: the genesis block; pass the instance's deployment block on live chains). */
  fromBlock?: BlockBound | undefined;
  /** Last block (default: the latest). */
  toBlock?: BlockBound | undefined;
  /** Only these categories (default: all). Rationale links still use every event in the range. */
  categories?: readonly HistoryCategory[] | undefined;
  /** Also read each entry's block time (one `eth_getBlockByNumber` per distinct block). */
  withTimestamps?: boolean | undefined;
  /** Most blocks per `eth_getLogs` request (default: the client's `maxBlockRange`, else one request). */
  maxBlockRange?: bigint | undefined;
};

/** What {@link getHistory} returns: entries in chain order. */
export type GetHistoryReturnType = HistoryEntry[];

/** What {@link getHistory} may throw. */
export type GetHistoryErrorType = MissingInstanceError | RpcError | GetBlockErrorType;

const ZERO: Hex = `0x${"00".repeat(32)}`;

function ownContext(log: OpGovLog): Pick<EntryBase, "round" | "rationale" | "document" | "actions"> {
  const none = { round: null, rationale: null, document: null, actions: null };
  switch (log.eventName) {
    case "RoundProposed":
      return { ...none, round: log.args.round, rationale: { uri: log.args.rationaleUri, hash: log.args.content.rationaleHash }, actions: log.args.content.actions.map(decodeAction) };
    case "RoundAmended":
      return { ...none, round: log.args.round, rationale: { uri: log.args.rationaleUri, hash: log.args.rationaleHash }, actions: log.args.actions.map(decodeAction) };
    case "ObjectionRaised":
      return { ...none, round: log.args.round, rationale: { uri: log.args.reasonUri, hash: log.args.reasonHash } };
    case "EscalationResolved":
      return { ...none, round: log.args.round, rationale: { uri: log.args.rationaleUri, hash: log.args.rationaleHash } };
    case "CommunityActed":
      return { ...none, rationale: { uri: log.args.rationaleUri, hash: log.args.rationaleHash }, actions: log.args.actions.map(decodeAction) };
    case "PolicyRecorded":
      return { ...none, round: log.args.source === ZERO ? null : log.args.source, document: { uri: log.args.uri, hash: log.args.contentHash } };
    case "GroupStateUpdated":
      return { ...none, document: { uri: log.args.uri, hash: log.args.contentHash } };
    case "CellCreated":
      return { ...none, document: { uri: log.args.metadataUri, hash: log.args.metadataHash } };
    case "DomainCreated":
      return { ...none, document: { uri: log.args.descriptionUri, hash: log.args.descriptionHash } };
    default:
      return "round" in log.args ? { ...none, round: log.args.round as Hex } : none;
  }
}

/** Events that are decisions or steps of a round, never effects of one. */
const NOT_EFFECTS: ReadonlySet<HistoryCategory> = new Set(["round", "objection", "community", "spend"]);

/**
 * Links each effect to its decision: within a transaction, the nearest `CommunityActed` before
 * it (an act emits it first, then its effects) or `RoundExecuted` after it (an execution emits
 * its effects, then `RoundExecuted`), whichever is closer.
 */
function decisions(logs: readonly OpGovLog[], rationales: ReadonlyMap<Hex, DocumentRef>): (HistoryDecision | null)[] {
  const result: (HistoryDecision | null)[] = logs.map(() => null);
  let start = 0;
  while (start < logs.length) {
    let end = start;
    while (end < logs.length && logs[end]!.transactionHash === logs[start]!.transactionHash) end++;
    for (let i = start; i < end; i++) {
      const log = logs[i]!;
      if (NOT_EFFECTS.has(HISTORY_CATEGORIES[log.eventName])) continue;
      let before: { distance: number; decision: HistoryDecision } | undefined;
      for (let j = i - 1; j >= start; j--) {
        const candidate = logs[j]!;
        if (candidate.eventName === "CommunityActed") {
          before = { distance: i - j, decision: { kind: "community", by: candidate.args.by, rationale: { uri: candidate.args.rationaleUri, hash: candidate.args.rationaleHash } } };
          break;
        }
      }
      let after: { distance: number; decision: HistoryDecision } | undefined;
      for (let j = i + 1; j < end; j++) {
        const candidate = logs[j]!;
        if (candidate.eventName === "RoundExecuted") {
          const round = candidate.args.round;
          after = { distance: j - i, decision: { kind: "round", round, rationale: rationales.get(round) ?? null } };
          break;
        }
      }
      const nearest = before && after ? (before.distance <= after.distance ? before : after) : (before ?? after);
      result[i] = nearest?.decision ?? null;
    }
    start = end;
  }
  return result;
}

/**
 * Rebuilds the decision history of an opgov instance from its events (one `eth_getLogs` over the
 * range, and one more for rounds executed in range but proposed before it): every budget spend
 * and treasury allocation (allocations derived from the decision that paid them, see
 * {@link AllocationArgs}), every round proposed, amended, objected
 * to, closed, escalated, resolved, executed, withdrawn or expired, every community act, every
 * budget, structure, group-state, policy and constraint change. Each entry is typed by its event,
 * in chain order, with its rationale (uri + hash) and, for an effect, the round or community act
 * that decided it.
 *
 * @param client - an opgov client with an instance.
 * @param parameters - the block range, a category filter, and whether to read block times.
 * @returns the entries, oldest first.
 * @example
 * ```ts
 * const history = await getHistory(client, { fromBlock: deploymentBlock, categories: ["spend", "allocation"] });
 * for (const entry of history) if (entry.event === "Spent" || entry.event === "Allocation") console.log(entry.args.amount);
 * ```
 */
export async function getHistory(client: OpGovClient, parameters: GetHistoryParameters = {}): Promise<GetHistoryReturnType> {
  const address = requireInstance(client);
  const logs = await getOpGovLogs(client, { address, fromBlock: parameters.fromBlock ?? 0n, toBlock: parameters.toBlock ?? "latest", maxBlockRange: parameters.maxBlockRange });

  const rationales = new Map<Hex, DocumentRef>();
  // The actions of every round revision in range, to derive what an execution paid.
  const revisions = new Map<string, readonly RawAction[]>();
  const contexts = logs.map((log) => {
    const context = ownContext(log);
    if ((log.eventName === "RoundProposed" || log.eventName === "RoundAmended") && context.round && context.rationale) rationales.set(context.round, context.rationale);
    if (log.eventName === "RoundProposed") revisions.set(`${log.args.round}:0`, log.args.content.actions);
    if (log.eventName === "RoundAmended") revisions.set(`${log.args.round}:${log.args.revision}`, log.args.actions);
    return context;
  });
  const linked = decisions(logs, rationales);

  const wanted = parameters.categories ? new Set(parameters.categories) : undefined;
  if (!wanted || wanted.has("allocation")) {
    // Rounds executed in range but proposed (or amended) before it: their revisions, in one request.
    const missing = [...new Set(logs.flatMap((log) => (log.eventName === "RoundExecuted" && !revisions.has(`${log.args.round}:${log.args.revision}`) ? [log.args.round] : [])))];
    if (missing.length > 0) {
      const earlier = await getOpGovLogs(client, { address, events: ["RoundProposed", "RoundAmended"], round: missing, fromBlock: 0n, toBlock: parameters.toBlock ?? "latest", maxBlockRange: parameters.maxBlockRange });
      for (const log of earlier) {
        if (log.eventName === "RoundProposed") {
          revisions.set(`${log.args.round}:0`, log.args.content.actions);
          rationales.set(log.args.round, { uri: log.args.rationaleUri, hash: log.args.content.rationaleHash });
        }
        if (log.eventName === "RoundAmended") {
          revisions.set(`${log.args.round}:${log.args.revision}`, log.args.actions);
          rationales.set(log.args.round, { uri: log.args.rationaleUri, hash: log.args.rationaleHash });
        }
      }
    }
  }

  const entries: HistoryEntry[] = [];
  const allocations = (log: OpGovLog, actions: readonly RawAction[], source: Hex, decision: HistoryDecision) => {
    if (wanted && !wanted.has("allocation")) return;
    for (const action of actions.map(decodeAction)) {
      if (action.kind !== "Allocation") continue;
      const { domain, token, recipient, amount } = action;
      entries.push({
        event: "Allocation",
        args: { source, domain, token, recipient, amount },
        category: "allocation",
        blockNumber: log.blockNumber,
        transactionHash: log.transactionHash,
        logIndex: log.logIndex,
        timestamp: null,
        round: source === ZERO ? null : source,
        rationale: null,
        document: null,
        decision,
        actions: null,
      });
    }
  };
  logs.forEach((log, i) => {
    // A round's allocations come before its `RoundExecuted` (its other effects' events precede
    // it too); a community act's after its `CommunityActed`.
    if (log.eventName === "RoundExecuted") {
      const round = log.args.round;
      allocations(log, revisions.get(`${round}:${log.args.revision}`) ?? [], round, { kind: "round", round, rationale: rationales.get(round) ?? null });
    }
    const category = HISTORY_CATEGORIES[log.eventName];
    const context = contexts[i]!;
    const decision = linked[i] ?? null;
    if (!wanted || wanted.has(category)) {
      entries.push({
        event: log.eventName,
        args: log.args,
        category,
        blockNumber: log.blockNumber,
        transactionHash: log.transactionHash,
        logIndex: log.logIndex,
        timestamp: null,
        ...context,
        round: context.round ?? (decision?.kind === "round" ? decision.round : null),
        decision,
      } as HistoryEntry);
    }
    if (log.eventName === "CommunityActed") {
      allocations(log, log.args.actions, ZERO, { kind: "community", by: log.args.by, rationale: { uri: log.args.rationaleUri, hash: log.args.rationaleHash } });
    }
  });

  if (parameters.withTimestamps && entries.length > 0) {
    const blocks = [...new Set(entries.map((e) => e.blockNumber))];
    const times = new Map(
      await Promise.all(blocks.map(async (blockNumber) => [blockNumber, Number((await client.publicClient.getBlock({ blockNumber })).timestamp)] as const)),
    );
    for (const entry of entries) entry.timestamp = times.get(entry.blockNumber) ?? null;
  }
  return entries;
}
