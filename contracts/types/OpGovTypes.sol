// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @dev A cell is identified by its cell hat: the hat tree mirrors the cell tree, so a cell's
///      parent is the admin of its hat and its member hat is a direct child of it.
type CellId is uint256;

/// @dev Domains are numbered from 1 in creation order; 0 means "no domain".
type DomainId is uint32;

/// @dev A round's id is the commitment to its first revision (see `OpGov.roundCommitment`).
type RoundId is bytes32;

/// @notice A cell's life cycle. Forward one step at a time; Completion from any phase.
enum Phase {
    Conversation,
    Formation,
    Organization,
    Coordination,
    Completion
}

/// @notice What a consent round (or the community directly) can do.
enum ActionKind {
    /// data: (DomainId domain, address token, address recipient, uint256 amount); domain 0 = not charged to a domain
    Allocation,
    /// data: (DomainId domain, address token, uint256 allowance, uint32 epochLength)
    SetBudget,
    /// data: (CellId parent, address wearer, string metadataUri, bytes32 metadataHash); parent 0 = top level (community only)
    CreateCell,
    /// data: (CellId cell, Phase to)
    MovePhase,
    /// data: (CellId owner, uint256 spenderHat, string descriptionUri, bytes32 descriptionHash)
    AssignDomain,
    /// data: (DomainId parent, CellId owner, uint256 spenderHat, string descriptionUri, bytes32 descriptionHash)
    DelegateDomain,
    /// data: (string uri, bytes32 contentHash)
    PolicyDecision
}

/// @notice The stored status of a round. `OpGov.roundState` derives the effective state
///         (open, consented, blocked, expired) from it and the clock.
enum RoundStatus {
    None,
    Active,
    Consented,
    Blocked,
    Escalated,
    Accepted,
    Rejected,
    Executed,
    Withdrawn,
    Expired
}

/// @notice A round's effective state at the current block.
enum RoundState {
    None,
    Open,
    Consented,
    Blocked,
    Escalated,
    Accepted,
    Rejected,
    Executed,
    Withdrawn,
    Expired
}

/// @notice The state of one objector's objection in one round.
enum ObjectionStatus {
    None,
    Standing,
    Withdrawn,
    Dismissed
}

/// @notice One action of a round or of a community act: a kind and its ABI-encoded arguments.
struct Action {
    ActionKind kind;
    bytes data;
}

/// @notice Everything a round commits to. Passed again to every call that needs more than the
///         round's stored slot; checked against the stored commitment.
struct RoundContent {
    CellId scope;
    bytes32 salt;
    uint256[] objectorHats;
    Action[] actions;
    bytes32 rationaleHash;
}

/// @notice Network-wide constraints the community sets. One storage slot.
/// @dev Packing: 4 + 4 + 4 + 1 + 8 = 21 bytes.
struct Constraints {
    /// Shortest objection window a proposal may choose, in seconds.
    uint32 minWindow;
    /// Longest objection window, in seconds.
    uint32 maxWindow;
    /// How long a consented (or accepted) round stays executable, in seconds.
    uint32 executionWindow;
    /// Emergency stop for budget spends (rounds and community acts are unaffected).
    bool spendingPaused;
    /// Per action kind (8 bits each, kind k at bits 8k..8k+7): the parties that must be
    /// able to object (`Parties.PARENT_CIRCLE | CELL_MEMBERS | COMMUNITY`).
    uint64 requiredParties;
}

/// @notice A cell's registry record. One storage slot.
/// @dev Packing: 1 + 1 + 2 + 2 + 1 + 1 + 4 + 2 = 14 bytes. The cell's Safe is kept apart (no hot
///      path reads it); the parent's member-hat index is kept here so that finding the parent
///      circle (a required objector of most rounds) reads no second cell.
struct Cell {
    Phase phase;
    /// Level of the cell hat in the Hats tree; never 0 for a registered cell (0 = no cell).
    uint8 level;
    /// Child index of the member hat under the cell hat; 0 until Formation.
    uint16 memberIndex;
    /// Sub-cells not yet completed.
    uint16 activeChildren;
    /// Number of domains the cell owns (bounded by MAX_DOMAINS_PER_CELL).
    uint8 domainCount;
    /// Number of role hats the cell recognises (bounded by MAX_ROLE_HATS).
    uint8 roleCount;
    /// Group-state document version; bumps on every update.
    uint32 stateVersion;
    /// Child index of the parent cell's member hat under the parent's cell hat (fixed once the
    /// parent is in Formation, which it has passed to have sub-cells); 0 for a top-level cell.
    uint16 parentMemberIndex;
}

/// @notice A domain of authority owned by one cell.
/// @dev Slot 0: owner. Slot 1: spenderHat (the only slot a spend reads). Slot 2: the rest.
struct Domain {
    CellId owner;
    uint256 spenderHat;
    DomainId parent;
    uint8 depth;
    uint8 tokenCount;
}

/// @notice A domain's budget for one token. One storage slot, reset lazily per epoch.
/// @dev Packing: 12 + 12 + 4 + 4 = 32 bytes. `allowance` is the part the domain spends
///      itself; slices delegated to child domains are held in their own budgets and counted
///      in `Ledger.delegated`, so granted = allowance + delegated.
struct Budget {
    uint96 allowance;
    uint96 spent;
    /// Index of the epoch `spent` belongs to: block.timestamp / epochLength.
    uint32 epoch;
    /// Epoch length in seconds, 1 day to 366 days; 0 = no budget set.
    uint32 epochLength;
}

/// @notice Per domain and token: funds committed to open rounds, and slices delegated to
///         child domains. One storage slot.
/// @dev Packing: 16 + 15 + 1 = 32 bytes. `kept` is set when the domain first gets a budget for
///      the token and never cleared, so the word never returns to zero: committing to a round
///      and releasing it then rewrite a non-zero word (2,900 gas warm, 5,000 cold) instead of
///      paying 20,000 to bring it back from zero after every round.
struct Ledger {
    uint128 committed;
    /// Bounded by the sum of 96-bit allowances.
    uint120 delegated;
    bool kept;
}

/// @notice A round's mutable state. One storage slot.
/// @dev Packing: 5 + 2 + 2 + 1 + 20 = 30 bytes.
struct Round {
    /// End of the objection window; after escalation, when it was escalated; after
    /// acceptance, when it was accepted. The execution window counts from here.
    uint40 deadline;
    uint16 revision;
    uint16 objections;
    RoundStatus status;
    /// First 20 bytes of keccak256(abi.encode(objectorHats)): who may object.
    bytes20 objectorsHash;
}

/// @notice One objector's objection in one round. One storage slot.
struct Objection {
    ObjectionStatus status;
    uint16 revision;
    uint40 since;
}

/// @notice An objector's reusable slot: their latest objection kept in place (its first three
///         fields laid out exactly as `Objection`'s), reused for their next objection once it
///         no longer stands. An objection raised while this one still stands goes to the
///         round's own `Objection` slot and is counted in `elsewhere`.
/// @dev Packing: 1 + 2 + 5 + 2 + 22 = 32 bytes. In steady state an objection rewrites this
///      non-zero word (5,000 gas) instead of filling a new slot (22,100).
struct LastObjection {
    ObjectionStatus status;
    uint16 revision;
    uint40 since;
    /// Standing objections of this objector kept in rounds' own slots.
    uint16 elsewhere;
    /// The high 22 bytes of the round id the first three fields belong to.
    bytes22 round;
}

/// @notice Objector parties a community policy can require, per action kind.
library Parties {
    /// The parent cell's member hat, or the community hat for a top-level cell.
    uint8 internal constant PARENT_CIRCLE = 1;
    /// The scope cell's own member hat.
    uint8 internal constant CELL_MEMBERS = 2;
    /// The community hat.
    uint8 internal constant COMMUNITY = 4;
    uint8 internal constant ALL = 7;
}
