import type { Address, Hash, Hex } from "viem";
import type { ActionView, RawAction } from "./internal/decodeAction.js";
import type { ActionKindName, ObjectionStatusName, PartyName, PhaseName, RoundStateName, RoundStatusName } from "./internal/enums.js";

// The shapes the read actions return. Enums are names (`"Organization"`), ids keep their
// on-chain types (cell and hat ids `bigint`, domain ids `number`, round ids `Hex`), timestamps
// are Unix seconds as `number`, amounts `bigint` in the token's smallest unit.

export type { ActionKindName, ActionView, ObjectionStatusName, PartyName, PhaseName, RawAction, RoundStateName, RoundStatusName };

/** A hat id, with its dotted form as Hats apps show it (`"12.1.3"`). */
export type HatRef = { readonly id: bigint; readonly ip: string };

/** An off-chain document the chain points at: its URI and content hash. */
export type DocumentRef = { readonly uri: string; readonly hash: Hex };

/** A cell as the registry holds it now. */
export type Cell = {
  /** The cell's id, which is its cell hat's id. */
  id: bigint;
  /** The parent cell, or `null` for a top-level cell. */
  parent: bigint | null;
  phase: PhaseName;
  /** The cell hat, the member hat (`null` before Formation) and the role hats it recognises. */
  hats: { cell: HatRef; member: HatRef | null; roles: HatRef[] };
  /** The cell's Safe, or `null` if none is recorded. */
  safe: Address | null;
  /** The group-state document: version (bumps on every update), URI and hash. */
  groupState: DocumentRef & { version: number };
  /** The metadata given when the cell was created. */
  metadata: DocumentRef;
  /** Sub-cells not yet completed. */
  activeChildren: number;
  /** The domains the cell owns. */
  domains: number[];
};

/** A cell in the tree, with its sub-cells. */
export type CellNode = Cell & { depth: number; children: CellNode[] };

/** A domain of authority. */
export type Domain = {
  id: number;
  /** The owning cell. */
  owner: bigint;
  /** The parent domain, or `null` for a root domain. */
  parent: number | null;
  /** Whose wearers spend from the domain's budgets. */
  spenderHat: HatRef;
  /** 0 for a root domain, parent's depth + 1 otherwise. */
  depth: number;
  /** Tokens with a budget in this domain. */
  tokens: Address[];
  description: DocumentRef;
};

/** A domain's budget for one token, as of the block read. */
export type Budget = {
  domain: number;
  /** The token (the zero address for the native coin). */
  token: Address;
  /** Granted per epoch: `ownAllowance + delegated`. */
  allowance: bigint;
  /** The part the domain spends itself. */
  ownAllowance: bigint;
  /** Slices delegated to child domains. */
  delegated: bigint;
  /** Spent in the current epoch. */
  spent: bigint;
  /** Committed to open rounds (allocations they would charge to this domain). */
  committed: bigint;
  /** What the domain can still spend this epoch: `ownAllowance - spent`. */
  remaining: bigint;
  /** Epoch length in seconds; 0 when no budget was ever set. */
  epochLength: number;
  /** Current epoch's start and end (Unix seconds); 0 when no budget was set. */
  epochStart: number;
  epochEnd: number;
};

/** One objector's objection in one round. */
export type Objection = {
  round: Hex;
  objector: Address;
  /** The hat the objection was raised under (from the latest `ObjectionRaised`). */
  hat: HatRef;
  status: ObjectionStatusName;
  /** The round revision the objection was raised against. */
  revision: number;
  /** When it was raised (Unix seconds). */
  since: number;
  /** The reason given (from the latest `ObjectionRaised`). */
  reason: DocumentRef;
};

/** What a round's stored slot says, as of the block read (the lens's `RoundView`). */
export type RoundStatusView = {
  id: Hex;
  /** The effective state now (derived from the status and the clock). */
  state: RoundStateName;
  /** The stored status. */
  status: RoundStatusName;
  /** End of the objection window (after escalation: when escalated; after acceptance: when accepted). */
  deadline: number;
  revision: number;
  /** Standing objections. */
  objectionCount: number;
  /** Last second the round can execute (0 for an unknown round). */
  executableUntil: number;
  /** First 20 bytes of keccak256(abi.encode(objectorHats)). */
  objectorsHash: Hex;
};

/** The content a round committed to, as `propose` took it (what `execute`, `amend`… need again). */
export type RoundContentView = {
  scope: bigint;
  salt: Hex;
  objectorHats: readonly bigint[];
  actions: readonly RawAction[];
  rationaleHash: Hex;
};

/** A round: its state now, its content, its current revision's actions and rationale, and its objections. */
export type Round = RoundStatusView & {
  /** The proposing cell. */
  scope: bigint;
  proposer: Address;
  /** Where it was proposed. */
  proposed: { blockNumber: bigint; transactionHash: Hash };
  /** The content as proposed (revision 0): pass it to execute, amend, escalate, resolve, withdraw, expire. */
  content: RoundContentView;
  /** The actions of the current revision, decoded. */
  actions: ActionView[];
  /** The rationale of the current revision. */
  rationale: DocumentRef;
  /** Who may object. */
  objectorHats: HatRef[];
  /** Standing objections now. */
  objections: Objection[];
};

/** The community's network constraints. */
export type ConstraintsView = {
  /** Shortest and longest objection window a proposal may choose (seconds). */
  minWindow: number;
  maxWindow: number;
  /** How long a consented or accepted round stays executable (seconds). */
  executionWindow: number;
  /** Budget spends are paused. */
  spendingPaused: boolean;
  /** Per action kind, the parties that must be able to object. */
  requiredParties: Record<ActionKindName, PartyName[]>;
  /** The packed policy word (8 bits per action kind). */
  requiredPartiesWord: bigint;
};

/** Whether a token is allowed and its per-domain allowance cap. */
export type TokenPolicy = { token: Address; allowed: boolean; capPerDomain: bigint };
