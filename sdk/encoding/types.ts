import type { Hex } from "viem";

// Mirrors of contracts/types/OpGovTypes.sol: the enums as `as const` objects (their values are
// the Solidity ordinals) and the structs as TypeScript types.

/** A cell's life cycle (Solidity `Phase`). Forward one step at a time; Completion from any phase. */
export const Phase = { Conversation: 0, Formation: 1, Organization: 2, Coordination: 3, Completion: 4 } as const;
/** One of {@link Phase}'s values. */
export type Phase = (typeof Phase)[keyof typeof Phase];

/** What a consent round (or the community directly) can do (Solidity `ActionKind`). */
export const ActionKind = {
  Allocation: 0,
  SetBudget: 1,
  CreateCell: 2,
  MovePhase: 3,
  AssignDomain: 4,
  DelegateDomain: 5,
  PolicyDecision: 6,
} as const;
/** One of {@link ActionKind}'s values. */
export type ActionKind = (typeof ActionKind)[keyof typeof ActionKind];

/** A round's effective state at the current block (Solidity `RoundState`). */
export const RoundState = {
  None: 0,
  Open: 1,
  Consented: 2,
  Blocked: 3,
  Escalated: 4,
  Accepted: 5,
  Rejected: 6,
  Executed: 7,
  Withdrawn: 8,
  Expired: 9,
} as const;
/** One of {@link RoundState}'s values. */
export type RoundState = (typeof RoundState)[keyof typeof RoundState];

/** A round's stored status (Solidity `RoundStatus`); `RoundState` is what callers usually want. */
export const RoundStatus = {
  None: 0,
  Active: 1,
  Consented: 2,
  Blocked: 3,
  Escalated: 4,
  Accepted: 5,
  Rejected: 6,
  Executed: 7,
  Withdrawn: 8,
  Expired: 9,
} as const;
/** One of {@link RoundStatus}'s values. */
export type RoundStatus = (typeof RoundStatus)[keyof typeof RoundStatus];

/** One objector's objection (Solidity `ObjectionStatus`). */
export const ObjectionStatus = { None: 0, Standing: 1, Withdrawn: 2, Dismissed: 3 } as const;
/** One of {@link ObjectionStatus}'s values. */
export type ObjectionStatus = (typeof ObjectionStatus)[keyof typeof ObjectionStatus];

/** Objector parties a community policy can require per action kind (Solidity library `Parties`). */
export const Parties = { ParentCircle: 1, CellMembers: 2, Community: 4, All: 7 } as const;

/** A cell's id: its cell hat's id. */
export type CellId = bigint;
/** A domain's id, numbered from 1 (0 = no domain). */
export type DomainId = number;
/** A round's id: the commitment to its first revision (see {@link roundId}). */
export type RoundId = Hex;

/** One action as the contracts take it: a kind and its ABI-encoded arguments. */
export type Action = { kind: ActionKind; data: Hex };

/** Everything a round commits to (Solidity `RoundContent`); passed again to later round calls. */
export type RoundContent = {
  /** The proposing cell. */
  scope: CellId;
  /** Any 32 bytes that make the id unique. */
  salt: Hex;
  /** Who may object: the required parties first (see `requiredObjectorHats`), then any added. */
  objectorHats: readonly bigint[];
  /** Between 1 and 16 actions. */
  actions: readonly Action[];
  /** Hash of the rationale document. */
  rationaleHash: Hex;
};

/** The network constraints the community sets (Solidity `Constraints`). */
export type Constraints = {
  /** Shortest objection window, seconds. */
  minWindow: number;
  /** Longest objection window, seconds. */
  maxWindow: number;
  /** How long a consented round stays executable, seconds. */
  executionWindow: number;
  /** Emergency stop for budget spends. */
  spendingPaused: boolean;
  /** Per action kind k, bits 8k..8k+7: the {@link Parties} that must be able to object. */
  requiredParties: bigint;
};

/** The name of a value of one of the enums above, or `unknown(n)`. */
export function enumName<const values extends Record<string, number>>(values: values, value: number | bigint): string {
  const found = Object.entries(values).find(([, v]) => v === Number(value));
  return found ? found[0] : `unknown(${String(value)})`;
}
