import type { Address, Hex } from "viem";

/**
 * An organisation spec after validation, in chain units: durations in seconds, amounts in the
 * token's base units, addresses checksummed. Everything is referenced by the spec's own ids
 * (`cells[].id`, `domains[].id`, `roles[].id`, `tokens[].symbol`); hat ids, cell ids and domain
 * numbers only exist on-chain, so mapping this to the SDK's phase descriptions resolves ids as
 * it goes.
 */
export type OrganisationSpec = {
  version: 1;
  community: CommunitySpec;
  tokens: TokenSpec[];
  cells: CellSpec[];
};

/** The phases of a cell, lower-case as written in a spec (order = `Phase` in OpGovTypes.sol). */
export const PHASES = ["conversation", "formation", "organization", "coordination", "completion"] as const;
export type PhaseName = (typeof PHASES)[number];

/** Action kinds a consent policy names (order = `ActionKind` in OpGovTypes.sol). */
export const ACTION_KINDS = ["allocation", "setBudget", "createCell", "movePhase", "assignDomain", "delegateDomain", "policyDecision"] as const;
export type ActionKindName = (typeof ACTION_KINDS)[number];

/** Objector parties a policy can require (bits of `Parties` in OpGovTypes.sol). */
export const PARTIES = { parent: 1, members: 2, community: 4 } as const;
export type PartyName = keyof typeof PARTIES;

/** A Safe: existing (`address`) or to be created (`owners`, `threshold`). */
export type SafeSpec = { address: Address } | { owners: Address[]; threshold: number };

export type CommunitySpec = {
  name: string;
  /**
   * Who wears the community's top hat (minted if `hat` is not given): always the treasury Safe, so
   * every community action is one treasury Safe transaction, executed by the operator as an owner
   * (alone at threshold 1, or with co-signers).
   */
  wearer: "treasury";
  /** An existing community hat, worn by the treasury Safe, to use instead of minting a top hat. */
  hat?: bigint;
  treasury: SafeSpec;
  policy: ConsentPolicySpec;
};

/** The community's constraints on consent rounds (`Constraints` in OpGovTypes.sol). */
export type ConsentPolicySpec = {
  /** Shortest objection window, seconds. */
  minWindow: number;
  /** Longest objection window, seconds. */
  maxWindow: number;
  /** How long a consented round stays executable, seconds. */
  executionWindow: number;
  /** Parties always included as objectors, per action kind; every kind present. */
  requiredObjectors: Record<ActionKindName, PartyName[]>;
};

export type TokenSpec = {
  symbol: string;
  /** `0x0000…0000` for the native token. */
  address: Address;
  decimals: number;
  /** The most any one domain may be granted per epoch, base units. */
  capPerDomain: bigint;
};

export type CellSpec = {
  id: string;
  name: string;
  /** The parent cell's id; absent for a top-level cell. */
  parent?: string;
  purpose: string;
  /** The phase the cell should reach. */
  phase: PhaseName;
  /** Who wears the cell hat: the cell's Safe (when `safe` is given) or this address. */
  wearer: Address | "safe";
  safe?: SafeSpec;
  groupState?: { uri: string; hash?: Hex };
  members: Address[];
  roles: RoleSpec[];
  domains: DomainSpec[];
};

export type RoleSpec = { id: string; name: string; wearers: Address[] };

export type DomainSpec = {
  id: string;
  name: string;
  /** Where the domain's description lives (uri). */
  description: string;
  /** `"<parent cell id>.<domain id>"` when this domain is delegated from the parent cell. */
  delegatedFrom?: string;
  /** Who spends: the cell's members or one of its roles (by role id). */
  spender: "members" | { role: string };
  budgets: BudgetSpec[];
};

export type BudgetSpec = {
  /** A `tokens[].symbol`. */
  token: string;
  /** Per epoch, base units. */
  allowance: bigint;
  /** Epoch length, seconds (1 to 366 days). */
  epoch: number;
};

/** One problem in a spec: the path of the bad field and what is wrong with it. */
export type SpecIssue = { path: string; message: string };
