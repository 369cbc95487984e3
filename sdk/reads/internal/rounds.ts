import { getAddress, type Address, type Hash, type Hex } from "viem";
import { opgovAbi } from "../../abis/opgov.js";
import type { DocumentRef, Objection, Round, RoundContentView, RoundStatusView } from "../types.js";
import { decodeAction, type RawAction } from "./decodeAction.js";
import { enumName, OBJECTION_STATUSES } from "./enums.js";
import type { OpGovEventName, OpGovLog } from "./read.js";
import { hatRef } from "./views.js";

// How the SDK learns which rounds exist and what they carry: from the instance's events. The
// lens has no round listing (a round is one storage slot keyed by the hash of its content; its
// content lives in `RoundProposed`), so the reads fold the round events into one record per
// round, then read each round's slot and its objectors' objections through the lens.

/** The round events, every one with the round id as its first indexed topic. */
export const ROUND_EVENTS = [
  "RoundProposed",
  "RoundAmended",
  "ObjectionRaised",
  "ObjectionWithdrawn",
  "ObjectionDismissed",
  "RoundClosed",
  "RoundEscalated",
  "EscalationResolved",
  "RoundExecuted",
  "RoundWithdrawn",
  "RoundExpired",
] as const satisfies readonly OpGovEventName[];

/** What the events say about one round. */
export type RoundRecord = {
  id: Hex;
  scope: bigint;
  proposer: Address;
  proposed: { blockNumber: bigint; transactionHash: Hash };
  content: RoundContentView;
  /** The current revision's actions and rationale. */
  actions: readonly RawAction[];
  rationale: DocumentRef;
  /** Everyone who ever objected, with the hat and reason of their latest objection. */
  objectors: Map<Address, { hat: bigint; reason: DocumentRef }>;
  /** An event showed the round can no longer change (executed, withdrawn, expired or rejected). */
  final: boolean;
};

/** Folds round events (in chain order) into one record per round proposed within the logs' range. */
export function foldRoundLogs(logs: readonly OpGovLog[]): Map<Hex, RoundRecord> {
  const rounds = new Map<Hex, RoundRecord>();
  for (const log of logs) {
    if (log.eventName === "RoundProposed") {
      const { round, proposer, content, rationaleUri } = log.args;
      const { scope } = content;
      rounds.set(round, {
        id: round,
        scope,
        proposer,
        proposed: { blockNumber: log.blockNumber, transactionHash: log.transactionHash },
        content: { ...content, objectorHats: [...content.objectorHats], actions: content.actions.map((a) => ({ kind: a.kind, data: a.data })) },
        actions: content.actions.map((a) => ({ kind: a.kind, data: a.data })),
        rationale: { uri: rationaleUri, hash: content.rationaleHash },
        objectors: new Map(),
        final: false,
      });
      continue;
    }
    if (!("round" in log.args)) continue;
    const record = rounds.get(log.args.round);
    if (!record) continue;
    switch (log.eventName) {
      case "RoundAmended":
        record.actions = log.args.actions.map((a) => ({ kind: a.kind, data: a.data }));
        record.rationale = { uri: log.args.rationaleUri, hash: log.args.rationaleHash };
        break;
      case "ObjectionRaised":
        record.objectors.set(getAddress(log.args.objector), { hat: log.args.hat, reason: { uri: log.args.reasonUri, hash: log.args.reasonHash } });
        break;
      case "RoundExecuted":
      case "RoundWithdrawn":
      case "RoundExpired":
        record.final = true;
        break;
      case "EscalationResolved":
        if (!log.args.accepted) record.final = true;
        break;
    }
  }
  return rounds;
}

/** The lens calls that read these rounds: `getRounds`, then one `getObjection` per objector. */
export function roundCalls(instance: Address, records: readonly RoundRecord[]) {
  const pairs = records.flatMap((record) => [...record.objectors.keys()].map((objector) => [record.id, objector] as const));
  return {
    pairs,
    getRounds: { abi: opgovAbi, address: instance, functionName: "getRounds", args: [records.map((r) => r.id)] } as const,
    getObjections: pairs.map(([round, objector]) => ({ abi: opgovAbi, address: instance, functionName: "getObjection", args: [round, objector] }) as const),
  };
}

/** One objection from the lens's `getObjection` result and the record's latest `ObjectionRaised`. */
export function toObjection(record: RoundRecord, objector: Address, result: readonly [number, number, number]): Objection {
  const raised = record.objectors.get(objector);
  return {
    round: record.id,
    objector,
    hat: hatRef(raised?.hat ?? 0n),
    status: enumName(OBJECTION_STATUSES, result[0]),
    revision: result[1],
    since: result[2],
    reason: raised?.reason ?? { uri: "", hash: `0x${"00".repeat(32)}` },
  };
}

/** A full round from its record, its lens view and its objections (all of them; `Round` keeps the standing ones). */
export function toRound(record: RoundRecord, view: RoundStatusView, objections: readonly Objection[]): Round {
  return {
    ...view,
    scope: record.scope,
    proposer: record.proposer,
    proposed: record.proposed,
    content: record.content,
    actions: record.actions.map(decodeAction),
    rationale: record.rationale,
    objectorHats: record.content.objectorHats.map(hatRef),
    objections: objections.filter((o) => o.status === "Standing"),
  };
}
