// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {
    Action, CellId, Constraints, DomainId, Phase, RoundContent, RoundId, RoundState, RoundStatus
} from "../types/OpGovTypes.sol";

/// @title IOpGovEvents
/// @notice Every event opgov emits, and the structs its reads return. The events are the
///         decision registry: a client rebuilds the whole state and history from them.
interface IOpGovEvents {
    /// @notice A cell was registered: `cell` is its cell hat, `parent` 0 for a top-level cell.
    event CellCreated(
        CellId indexed cell, CellId indexed parent, address wearer, string metadataUri, bytes32 metadataHash
    );
    /// @notice A cell moved phase.
    event CellPhaseChanged(CellId indexed cell, Phase from, Phase to);
    /// @notice opgov created the cell's member hat (on its move to Formation).
    event MemberHatCreated(CellId indexed cell, uint256 hat);
    /// @notice The cell recognises a new role hat.
    event RoleHatAdded(CellId indexed cell, uint256 hat);
    /// @notice The cell's Safe changed.
    event CellSafeSet(CellId indexed cell, address safe);
    /// @notice The cell's group-state pointer changed from `oldVersion` to `newVersion`.
    event GroupStateUpdated(
        CellId indexed cell, uint32 oldVersion, uint32 newVersion, string uri, bytes32 contentHash
    );
    /// @notice A domain was created (`parent` 0 for a root domain).
    event DomainCreated(
        DomainId indexed domain,
        CellId indexed owner,
        DomainId parent,
        uint256 spenderHat,
        string descriptionUri,
        bytes32 descriptionHash
    );
    /// @notice The domain's spender hat changed.
    event DomainSpenderSet(DomainId indexed domain, uint256 spenderHat);
    /// @notice A budget was set: `allowance` is the granted allowance per epoch (the domain's
    ///         own part plus what it delegated); `spent` is what this epoch already spent.
    event BudgetSet(
        DomainId indexed domain, address indexed token, uint256 allowance, uint32 epochLength, uint256 spent
    );
    /// @notice A budget spend: `remaining` is what is left of the domain's own allowance this epoch.
    event Spent(
        DomainId indexed domain,
        address indexed token,
        address indexed to,
        address spender,
        uint256 amount,
        uint256 remaining,
        bytes32 ref
    );
    /// @notice A policy or protocol decision was recorded.
    event PolicyRecorded(bytes32 indexed source, CellId indexed scope, string uri, bytes32 contentHash);
    /// @notice A round was proposed. Its scope is `content.scope` (not a topic: like every
    ///         later event of the round, this one is found by the round's id).
    event RoundProposed(
        RoundId indexed round,
        address proposer,
        uint40 deadline,
        RoundContent content,
        string rationaleUri
    );
    /// @notice A round was amended; every party gets a last-call window until `deadline`.
    event RoundAmended(
        RoundId indexed round,
        uint16 revision,
        uint40 deadline,
        Action[] actions,
        bytes32 rationaleHash,
        string rationaleUri
    );
    /// @notice An objection was raised under `hat` against revision `revision`.
    event ObjectionRaised(
        RoundId indexed round, address indexed objector, uint256 hat, uint16 revision, bytes32 reasonHash, string reasonUri
    );
    /// @notice An objection was withdrawn by its author.
    event ObjectionWithdrawn(RoundId indexed round, address indexed objector);
    /// @notice An escalation's decision dismissed an objection as not principled.
    event ObjectionDismissed(RoundId indexed round, address indexed objector);
    /// @notice The round's window closed: consented (no standing objection) or blocked.
    event RoundClosed(RoundId indexed round, bool consented, uint16 objections);
    /// @notice A blocked round was escalated to `resolverHat` (the parent circle or the community).
    event RoundEscalated(RoundId indexed round, address by, uint256 resolverHat);
    /// @notice An escalation was decided; final for the round.
    event EscalationResolved(
        RoundId indexed round, bool accepted, address resolver, bytes32 rationaleHash, string rationaleUri
    );
    /// @notice The round's actions, as of `revision` (its `RoundProposed` content, or the
    ///         `RoundAmended` of that revision), were executed. Allocations emit no event of their
    ///         own: this and the content are their record.
    event RoundExecuted(RoundId indexed round, uint16 revision, address executor);
    /// @notice The proposing cell withdrew the round.
    event RoundWithdrawn(RoundId indexed round, address by);
    /// @notice The round can no longer execute (its execution window passed, or its cell completed).
    event RoundExpired(RoundId indexed round);
    /// @notice The community acted directly; `actions` is also the record of the allocations
    ///         the act paid.
    event CommunityActed(address indexed by, Action[] actions, bytes32 rationaleHash, string rationaleUri);
    /// @notice The community changed the network constraints.
    event ConstraintsSet(Constraints constraints);
    /// @notice The community allowed or disallowed a token, with its per-domain allowance cap.
    event TokenPolicySet(address indexed token, bool allowed, uint96 capPerDomain);
    /// @notice Budget spends and allocations of `token` are paid by `transferFrom` from the
    ///         treasury (`pull`), or through the treasury's module call (not `pull`).
    event TreasuryPullSet(address indexed token, bool pull);
    /// @notice The community paused or resumed budget spending.
    event SpendingPausedSet(bool paused);
    /// @notice A hat's wearer was set eligible or not through opgov (opgov is the hat's
    ///         eligibility module).
    event WearerStandingSet(uint256 indexed hat, address indexed wearer, bool eligible, address by);

    /// @notice Everything about a cell in one read.
    struct CellView {
        CellId id;
        CellId parent;
        Phase phase;
        uint256 cellHat;
        uint256 memberHat;
        uint256[] roleHats;
        address safe;
        uint32 stateVersion;
        string stateUri;
        bytes32 stateHash;
        string metadataUri;
        bytes32 metadataHash;
        uint16 activeChildren;
        DomainId[] domains;
    }

    /// @notice Everything about a domain in one read.
    struct DomainView {
        DomainId id;
        CellId owner;
        DomainId parent;
        uint256 spenderHat;
        uint8 depth;
        address[] tokens;
        string descriptionUri;
        bytes32 descriptionHash;
    }

    /// @notice A budget as of the current block.
    struct BudgetView {
        DomainId domain;
        address token;
        /// Granted allowance per epoch: own + delegated.
        uint256 allowance;
        /// The part the domain spends itself.
        uint256 ownAllowance;
        /// Slices delegated to child domains.
        uint256 delegated;
        /// Spent in the current epoch.
        uint256 spent;
        /// Committed to open rounds.
        uint256 committed;
        /// What the domain can still spend this epoch: ownAllowance - spent.
        uint256 remaining;
        uint32 epochLength;
        uint64 epochStart;
        uint64 epochEnd;
    }

    /// @notice A round as of the current block.
    struct RoundView {
        RoundId id;
        RoundStatus status;
        RoundState state;
        uint40 deadline;
        uint16 revision;
        uint16 objections;
        uint64 executableUntil;
        bytes20 objectorsHash;
    }
}
