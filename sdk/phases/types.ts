import type { Account, Address, Chain, Hash, Hex, Transport, WalletClient } from "viem";
import type { OnProgress } from "../internal/write.js";

// The organisation an operator describes, section by section. Each section maps 1:1 onto a
// section of the organisation spec (YAML): keys are the spec's names, amounts are bigints (the
// YAML loader turns decimal strings into them), durations are seconds, and cells and domains
// refer to each other by their `key`, never by on-chain id (ids exist only once the chain has
// them). Setting a section up twice changes nothing the second time.

/** A document the chain points at: its URI and content hash (keccak256 of the URI when omitted). */
export type DocumentSpec = {
  uri: string;
  hash?: Hex | undefined;
};

/**
 * A Safe: a new one from owners and threshold (deployed at a deterministic address: the same
 * owners, threshold and salt nonce always give the same address), or an existing one by address.
 */
export type SafeSpec =
  | {
      owners: readonly Address[];
      threshold: number;
      /** A decimal string or bigint; default: derived from the community's name (and the cell's key). */
      saltNonce?: string | bigint | undefined;
    }
  | { address: Address };

/** A cell's Safe: new (owners default to the cell's members) or existing. */
export type CellSafeSpec =
  | {
      owners?: readonly Address[] | undefined;
      threshold: number;
      saltNonce?: string | bigint | undefined;
    }
  | { address: Address };

/** Who must be able to object, per action kind (`parent` circle, the cell's `members`, the `community`). */
export type PolicyParty = "parent" | "members" | "community";

/** The names of opgov's action kinds, as the spec writes them. */
export type PolicyActionKind =
  | "allocation"
  | "setBudget"
  | "createCell"
  | "movePhase"
  | "assignDomain"
  | "delegateDomain"
  | "policyDecision";

/** The community's network constraints (`Constraints` in OpGovTypes.sol). */
export type ConstraintsSpec = {
  /** Shortest objection window, seconds. */
  minWindow: number;
  /** Longest objection window, seconds. */
  maxWindow: number;
  /** How long a consented round stays executable, seconds. */
  executionWindow: number;
  spendingPaused?: boolean | undefined;
  /** Required objector parties per action kind; kinds left out get the protocol minimum. */
  requiredParties?: Partial<Record<PolicyActionKind, readonly PolicyParty[]>> | undefined;
};

/** A token opgov may pay out (`0x000…0` = the native coin) and the largest allowance a domain may have. */
export type TokenSpec = {
  address: Address;
  capPerDomain: bigint;
  /** Default true. */
  allowed?: boolean | undefined;
};

/** Conversation: the community, its treasury, the opgov instance and the anchor cell. */
export type ConversationSpec = {
  community: {
    /** The top hat's details (the community's name or a details URI). */
    name: string;
    imageUri?: string | undefined;
    /** An existing community hat, worn by the treasury Safe, to use instead of minting a top hat. */
    hat?: bigint | undefined;
  };
  /**
   * The community treasury Safe. It wears the community (top) hat, so every community action
   * is a Safe transaction; during setup the operator executes them, so the operator must be
   * an owner and the threshold 1 (raise it afterwards).
   */
  treasury: SafeSpec;
  opgov: {
    /** The instance's CREATE2 salt: a bytes32, or a label hashed with keccak256. */
    salt: string;
    /** Details of opgov's root hat under the top hat. Default "opgov". */
    rootHatDetails?: string | undefined;
    /** The constraints the instance is deployed with (part of its address). */
    constraints: ConstraintsSpec;
    /** Tokens allowed from the start (part of the instance's address). */
    tokens: readonly TokenSpec[];
  };
  /** Key of the anchor cell in the organisation's `cells`: the first top-level cell, created during Conversation. */
  anchor: string;
  /** Why the community acts (recorded with every `act`); default `opgov:setup`. */
  rationale?: DocumentSpec | undefined;
};

/** A role hat of a cell. */
export type RoleSpec = {
  /** The hat's details; also how a re-run recognises the role. Unique within the cell. */
  details: string;
  maxSupply: number;
  /** Who wears the role hat (minted by the treasury, an admin of every hat). */
  wearers?: readonly Address[] | undefined;
};

/** The phases a spec may ask a cell to reach during setup (Completion is `completeCell`). */
export type SetupPhaseName = "conversation" | "formation" | "organization" | "coordination";

/** A cell (Formation: its hats, members, Safe and group state; Organization: its phase). */
export type CellSpec = {
  /** The spec's name for the cell, unique in the spec. */
  key: string;
  /** The parent cell's key; omitted for a top-level cell. The parent is moved to Coordination (the protocol requires it to have sub-cells). */
  parent?: string | undefined;
  /** The cell's metadata document: its hat's details and how a re-run recognises it (unique among its siblings). */
  metadata: DocumentSpec;
  /** The cell's Safe (members as owners by default); it wears the cell hat and is recorded as the cell's Safe. */
  safe?: CellSafeSpec | undefined;
  /** Who wears the cell hat if not the cell's Safe. */
  wearer?: Address | undefined;
  /** Wearers of the member hat. */
  members?: readonly Address[] | undefined;
  roles?: readonly RoleSpec[] | undefined;
  /** The group-state document the cell starts with. */
  groupState?: DocumentSpec | undefined;
  /**
   * The phase setup brings the cell to: Formation forms every cell not kept in `conversation`;
   * Organization moves it further. Default: coordination for a parent of sub-cells (the
   * protocol requires it), else formation.
   */
  phase?: SetupPhaseName | undefined;
};

/** Which hat spends from a domain: the owner cell's hat, its member hat, or one of its role hats (by details). */
export type SpenderSpec = "cell" | "members" | { role: string };

/** A per-token budget of a domain. */
export type BudgetSpec = {
  token: Address;
  /** Granted allowance per epoch (own part plus what is delegated). */
  allowance: bigint;
  /** Epoch length in seconds (1 to 366 days); child domains follow their parent's epoch, leave it out. */
  epochLength?: number | undefined;
};

/** A domain of authority, owned by one cell; with `parent`, delegated from that domain. */
export type DomainSpec = {
  key: string;
  /** The owning cell's key. */
  owner: string;
  /** The parent domain's key (a delegated child domain). */
  parent?: string | undefined;
  /** Default "members". */
  spender?: SpenderSpec | undefined;
  /** The domain's description document; how a re-run recognises it (unique per owner). */
  description: DocumentSpec;
  budgets?: readonly BudgetSpec[] | undefined;
};

/** Organization: policy, phases, domains and budgets. */
export type OrganizationPolicySpec = {
  /** Constraints to hold after setup (set if they differ from the chain's). */
  constraints?: ConstraintsSpec | undefined;
  /** Token policies to hold after setup. */
  tokens?: readonly TokenSpec[] | undefined;
};

/** A whole organisation: what `setupConversation`, `setupFormation` and `setupOrganization` bring on-chain. */
export type OrganizationSpec = ConversationSpec & {
  cells: readonly CellSpec[];
  domains?: readonly DomainSpec[] | undefined;
  policy?: OrganizationPolicySpec | undefined;
};

/** One call inside a planned transaction. */
export type PlannedCall = {
  to: Address;
  data: Hex;
  value: bigint;
  /** What the call does, for people. */
  description: string;
};

/**
 * One transaction a setup would send. `batch`: the operator calls Safe's MultiSendCallOnly with
 * permissionless calls (Safe creations, the top hat). `treasury`: the operator executes one
 * treasury Safe transaction (a MultiSend delegatecall when it has several calls), acting as the
 * community.
 */
export type PlannedTransaction = {
  via: "batch" | "treasury";
  /** One line for the whole transaction. */
  description: string;
  calls: readonly PlannedCall[];
  /**
   * The transaction as the operator sends it. For a treasury transaction it carries the
   * operator's signature only; with co-signers, theirs are added (for the Safe's nonce then).
   */
  request: { to: Address; data: Hex; value: bigint };
};

/** What every `planX` returns. */
export type SetupPlan = {
  transactions: readonly PlannedTransaction[];
  /** The organisation's addresses and ids as they are or will be once the plan is sent. */
  resolved: ResolvedOrganization;
};

/** Addresses and ids of an organisation (known, or predicted before they exist). */
export type ResolvedOrganization = {
  treasury: Address;
  topHat: bigint;
  rootHat: bigint;
  instance: Address;
  /** Cell ids by key (predicted for cells a plan creates). */
  cells: Readonly<Record<string, bigint>>;
  /** Member hats by cell key (predicted, or 0 before Formation). */
  memberHats: Readonly<Record<string, bigint>>;
  /** Role hats by cell key and role details. */
  roleHats: Readonly<Record<string, Readonly<Record<string, bigint>>>>;
  /** Cell Safe addresses by cell key. */
  cellSafes: Readonly<Record<string, Address>>;
  /** Domain ids by key. */
  domains: Readonly<Record<string, number>>;
};

/** Options of every `setupX`. */
export type SetupOptions = {
  /** Called before and after every transaction. */
  onProgress?: OnProgress | undefined;
  /** Block to search the Hats logs from when looking for an existing top hat (default: earliest). */
  fromBlock?: bigint | undefined;
  /** Most blocks per `eth_getLogs` request (default: the client's `maxBlockRange`, else one request). */
  maxBlockRange?: bigint | undefined;
  /** Split the treasury's calls into transactions of at most this many calls (default: no limit; for blocks too small for one). */
  maxCallsPerTransaction?: number | undefined;
  /**
   * Owners of the treasury Safe who co-sign every treasury transaction (EIP-712), when its
   * threshold is above 1 or the operator is not an owner. The operator still sends.
   */
  signers?: readonly WalletClient<Transport, Chain | undefined, Account>[] | undefined;
};

/** Options of every `planX`. */
export type PlanOptions = {
  /** The account that will send (default: the client's wallet account). */
  operator?: Address | undefined;
  /** Block to search logs from (an existing top hat, the factory's instances; default: earliest). */
  fromBlock?: bigint | undefined;
  /** Most blocks per `eth_getLogs` request (default: the client's `maxBlockRange`, else one request). */
  maxBlockRange?: bigint | undefined;
  /** Split the treasury's calls into transactions of at most this many calls (default: no limit). */
  maxCallsPerTransaction?: number | undefined;
  /** Treasury owners who will co-sign (see `SetupOptions.signers`). */
  signers?: readonly Address[] | undefined;
};

/** One transaction a setup sent. */
export type SentSetupTransaction = {
  via: "batch" | "treasury";
  description: string;
  hash: Hash;
  gasUsed: bigint;
};

/** What every `setupX` returns. */
export type SetupResult = {
  transactions: readonly SentSetupTransaction[];
  resolved: ResolvedOrganization;
};
