// Names for the Solidity enums the reads return, in declaration order
// (contracts/types/OpGovTypes.sol). The contracts report numbers; the reads report these names.

/** `Phase`, by value. */
export const PHASES = ["Conversation", "Formation", "Organization", "Coordination", "Completion"] as const;
/** `RoundState`, by value (the effective state now). */
export const ROUND_STATES = ["None", "Open", "Consented", "Blocked", "Escalated", "Accepted", "Rejected", "Executed", "Withdrawn", "Expired"] as const;
/** `RoundStatus`, by value (the stored status). */
export const ROUND_STATUSES = ["None", "Active", "Consented", "Blocked", "Escalated", "Accepted", "Rejected", "Executed", "Withdrawn", "Expired"] as const;
/** `ObjectionStatus`, by value. */
export const OBJECTION_STATUSES = ["None", "Standing", "Withdrawn", "Dismissed"] as const;
/** `ActionKind`, by value. */
export const ACTION_KINDS = ["Allocation", "SetBudget", "CreateCell", "MovePhase", "AssignDomain", "DelegateDomain", "PolicyDecision"] as const;
/** The objector parties a community policy can require (`Parties` in OpGovTypes.sol), by bit. */
export const PARTIES = [
  ["parentCircle", 1],
  ["cellMembers", 2],
  ["community", 4],
] as const;

/** A cell's phase. */
export type PhaseName = (typeof PHASES)[number];
/** A round's effective state. */
export type RoundStateName = (typeof ROUND_STATES)[number];
/** A round's stored status. */
export type RoundStatusName = (typeof ROUND_STATUSES)[number];
/** An objection's status. */
export type ObjectionStatusName = (typeof OBJECTION_STATUSES)[number];
/** What an action does. */
export type ActionKindName = (typeof ACTION_KINDS)[number];
/** An objector party a community policy can require. */
export type PartyName = (typeof PARTIES)[number][0];

/** Round states from which a round can still change (not executed, withdrawn, rejected or expired). */
export const LIVE_ROUND_STATES: readonly RoundStateName[] = ["Open", "Consented", "Blocked", "Escalated", "Accepted"];

/** The name at `value`, or `Unknown(value)` if the contracts grew a value this SDK does not know. */
export function enumName<const names extends readonly string[]>(names: names, value: number): names[number] {
  return (names[value] ?? `Unknown(${value})`) as names[number];
}
