// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IOpGovExtension} from "./interfaces/IOpGovExtension.sol";
import {IOpGovRoundActions} from "./interfaces/IOpGovRoundActions.sol";
import {HatIds} from "./libraries/HatIds.sol";
import {OpGovBase} from "./OpGovBase.sol";
import {
    Action,
    ActionKind,
    Budget,
    Cell,
    CellId,
    Constraints,
    Domain,
    DomainId,
    Ledger,
    Objection,
    ObjectionStatus,
    Phase,
    Round,
    RoundContent,
    RoundId,
    RoundState,
    RoundStatus
} from "./types/OpGovTypes.sol";

/// @title OpGovExtension
/// @notice Cell management, structural actions, the rarer round steps and the community's
///         interface of every opgov instance. Deployed once and shared: it runs only in an
///         instance's context, by delegatecall from `OpGov`'s fallback, and forwards what it
///         does not have (the reads) to `OpGovLens` the same way.
/// @dev Holds no state of its own (the layout is `OpGovBase`'s) and reads the instance's
///      configuration from the instance's storage.
contract OpGovExtension is OpGovBase, IOpGovExtension, IOpGovRoundActions {
    using HatIds for uint256;

    address internal immutable SELF;
    /// The shared lens the fallback delegates reads to.
    address public immutable LENS;

    constructor(address lens) {
        SELF = address(this);
        LENS = lens;
    }

    /// @notice Forwards reads to the lens, in the instance's context.
    // solhint-disable-next-line no-complex-fallback
    fallback() external {
        address lens = LENS;
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), lens, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @inheritdoc IOpGovRoundActions
    /// @dev Applies one structural action of a round that `OpGov.execute` has checked.
    ///      Reachable only through that delegatecall: the instance's fallback refuses this
    ///      selector, and a direct call to the shared extension reverts.
    function applyRoundAction(bytes32 source, CellId scope, Action calldata a, uint256 index) external {
        if (address(this) == SELF) revert OpGovNotDelegated();
        _apply(source, scope, false, a, index);
    }

    // ---------------------------------------------------------------------------------------
    // Actions
    // ---------------------------------------------------------------------------------------

    /// Applies one action. `community` actions may reach anywhere; a round's actions only as
    /// far as its scope cell's authority goes.
    function _apply(bytes32 source, CellId scope, bool community, Action calldata a, uint256 index) internal {
        ActionKind kind = a.kind;
        if (kind == ActionKind.Allocation) {
            _allocate(community, a.data);
        } else if (kind == ActionKind.SetBudget) {
            (DomainId domain, address token, uint256 allowance, uint32 epochLength) =
                abi.decode(a.data, (DomainId, address, uint256, uint32));
            if (!community) _requireOwnerOrParent(scope, _domain(domain).owner, index, kind);
            _setBudget(domain, token, allowance, epochLength);
        } else if (kind == ActionKind.CreateCell) {
            (CellId parent, address wearer, string memory uri, bytes32 hash) =
                abi.decode(a.data, (CellId, address, string, bytes32));
            if (!community && CellId.unwrap(parent) != CellId.unwrap(scope)) {
                revert OpGovActionOutOfScope(scope, index, kind);
            }
            _createCell(parent, wearer, uri, hash);
        } else if (kind == ActionKind.MovePhase) {
            (CellId cell, Phase to) = abi.decode(a.data, (CellId, Phase));
            Cell memory c = _cell(cell);
            if (!community) {
                bool selfStart = CellId.unwrap(cell) == CellId.unwrap(scope) && c.phase == Phase.Conversation
                    && to == Phase.Formation;
                if (!selfStart && CellId.unwrap(_parent(cell, c.level)) != CellId.unwrap(scope)) {
                    revert OpGovActionOutOfScope(scope, index, kind);
                }
            }
            _movePhase(cell, c, to);
        } else if (kind == ActionKind.AssignDomain) {
            (CellId owner, uint256 spenderHat, string memory uri, bytes32 hash) =
                abi.decode(a.data, (CellId, uint256, string, bytes32));
            if (!community) _requireOwnerOrParent(scope, owner, index, kind);
            _createDomain(DomainId.wrap(0), owner, spenderHat, uri, hash);
        } else if (kind == ActionKind.DelegateDomain) {
            (DomainId parent, CellId owner, uint256 spenderHat, string memory uri, bytes32 hash) =
                abi.decode(a.data, (DomainId, CellId, uint256, string, bytes32));
            if (!community && CellId.unwrap(_domain(parent).owner) != CellId.unwrap(scope)) {
                revert OpGovActionOutOfScope(scope, index, kind);
            }
            _createDomain(parent, owner, spenderHat, uri, hash);
        } else {
            (string memory uri, bytes32 hash) = abi.decode(a.data, (string, bytes32));
            emit PolicyRecorded(source, scope, uri, hash);
        }
    }

    function _requireOwnerOrParent(CellId scope, CellId owner, uint256 index, ActionKind kind) internal view {
        if (CellId.unwrap(owner) == CellId.unwrap(scope)) return;
        Cell memory c = _cell(owner);
        if (CellId.unwrap(_parent(owner, c.level)) != CellId.unwrap(scope)) {
            revert OpGovActionOutOfScope(scope, index, kind);
        }
    }

    function _createCell(CellId parent, address wearer, string memory uri, bytes32 hash) internal returns (CellId id) {
        uint256 adminHat;
        uint8 lvl;
        uint16 parentMemberIndex;
        if (CellId.unwrap(parent) == 0) {
            adminHat = _rootHat();
            lvl = _rootLevel() + 1;
        } else {
            Cell memory p = _liveCell(parent);
            if (p.phase != Phase.Coordination) revert OpGovPhaseTooEarly(parent, p.phase, Phase.Coordination);
            if (p.level + 1 > HatIds.MAX_LEVEL - 1) revert OpGovLimitReached(HatIds.MAX_LEVEL);
            adminHat = CellId.unwrap(parent);
            lvl = p.level + 1;
            parentMemberIndex = p.memberIndex;
            _cells[parent].activeChildren = p.activeChildren + 1;
        }
        uint256 hat = _hats().createHat(adminHat, uri, CELL_HAT_MAX_SUPPLY, address(this), address(this), true, "");
        id = CellId.wrap(hat);
        address safe = wearer.code.length > 0 ? wearer : address(0);
        _cells[id] = Cell({
            phase: Phase.Conversation,
            level: lvl,
            memberIndex: 0,
            activeChildren: 0,
            domainCount: 0,
            roleCount: 0,
            stateVersion: 0,
            parentMemberIndex: parentMemberIndex
        });
        if (safe != address(0)) _cellSafes[id] = safe;
        _cellMetadata[id] = Text(uri, hash);
        _cellIds.push(id);
        if (wearer != address(0)) _hats().mintHat(hat, wearer);
        emit CellCreated(id, parent, wearer, uri, hash);
        if (safe != address(0)) emit CellSafeSet(id, safe);
    }

    function _movePhase(CellId id, Cell memory c, Phase to) internal {
        Phase from = c.phase;
        if (from == Phase.Completion || (to != Phase.Completion && uint8(to) != uint8(from) + 1)) {
            revert OpGovInvalidPhaseMove(id, from, to);
        }
        Cell storage s = _cells[id];
        s.phase = to;
        if (to == Phase.Formation) {
            uint256 memberHat =
                _hats().createHat(CellId.unwrap(id), "members", MEMBER_HAT_MAX_SUPPLY, address(this), address(this), true, "");
            s.memberIndex = memberHat.indexAt(c.level + 1);
            emit MemberHatCreated(id, memberHat);
        } else if (to == Phase.Completion) {
            _complete(id, c);
        }
        emit CellPhaseChanged(id, from, to);
    }

    /// Completion: hats off, allowances to zero (a child domain's slice goes back to its
    /// parent domain), and the parent counts one active sub-cell less.
    function _complete(CellId id, Cell memory c) internal {
        if (c.activeChildren != 0) revert OpGovCellHasActiveSubCells(id, c.activeChildren);
        _hats().setHatStatus(CellId.unwrap(id), false);
        if (c.memberIndex != 0) _hats().setHatStatus(_memberHat(id, c), false);
        uint256[] storage roles = _roleHats[id];
        for (uint256 i; i < roles.length; ++i) {
            _hats().setHatStatus(roles[i], false);
        }
        DomainId[] storage domains = _cellDomains[id];
        for (uint256 i; i < domains.length; ++i) {
            _zeroDomain(domains[i]);
        }
        CellId parent = _parent(id, c.level);
        if (CellId.unwrap(parent) != 0) _cells[parent].activeChildren -= 1;
    }

    function _zeroDomain(DomainId domain) internal {
        Domain storage d = _domains[domain];
        DomainId parentId = d.parent;
        address[] storage tokens = _domainTokens[domain];
        for (uint256 j; j < tokens.length; ++j) {
            address token = tokens[j];
            Budget memory b = _budgets[domain][token];
            _roll(b);
            if (b.allowance == 0) continue;
            if (DomainId.unwrap(parentId) != 0 && _cells[_domains[parentId].owner].phase != Phase.Completion) {
                Budget memory pb = _budgets[parentId][token];
                _roll(pb);
                uint256 amount = b.allowance;
                _moveAllowance(b, pb, amount);
                _ledgers[parentId][token].delegated -= uint120(amount);
                _budgets[parentId][token] = pb;
            } else {
                b.allowance = 0;
            }
            _budgets[domain][token] = b;
            emit BudgetSet(domain, token, 0, b.epochLength, b.spent);
        }
    }

    function _createDomain(DomainId parentId, CellId owner, uint256 spenderHat, string memory uri, bytes32 hash)
        internal
    {
        Cell memory c = _liveCell(owner);
        if (c.phase < Phase.Formation) revert OpGovPhaseTooEarly(owner, c.phase, Phase.Formation);
        if (!_isCellHat(owner, c, spenderHat)) revert OpGovNotCellHat(owner, spenderHat);
        if (c.domainCount >= MAX_DOMAINS_PER_CELL) revert OpGovLimitReached(MAX_DOMAINS_PER_CELL);
        uint8 depth;
        if (DomainId.unwrap(parentId) != 0) {
            Domain storage p = _domain(parentId);
            CellId parentOwner = p.owner;
            Cell memory pc = _liveCell(parentOwner);
            if (pc.phase != Phase.Coordination) revert OpGovPhaseTooEarly(parentOwner, pc.phase, Phase.Coordination);
            if (CellId.unwrap(_parent(owner, c.level)) != CellId.unwrap(parentOwner)) {
                revert OpGovNotCellHat(parentOwner, CellId.unwrap(owner));
            }
            depth = p.depth + 1;
            if (depth > MAX_DOMAIN_DEPTH) revert OpGovLimitReached(MAX_DOMAIN_DEPTH);
        }
        DomainId id = DomainId.wrap(++_domainCount);
        _domains[id] = Domain({owner: owner, spenderHat: spenderHat, parent: parentId, depth: depth, tokenCount: 0});
        _domainText[id] = Text(uri, hash);
        _cellDomains[owner].push(id);
        _cells[owner].domainCount = c.domainCount + 1;
        emit DomainCreated(id, owner, parentId, spenderHat, uri, hash);
    }

    // ---------------------------------------------------------------------------------------
    // Budgets
    // ---------------------------------------------------------------------------------------

    /// Moves `amount` of own allowance from one budget to another of the same epoch length,
    /// carrying along the part of this epoch's spending the source can no longer cover, so that
    /// what the two can still spend together this epoch does not change.
    function _moveAllowance(Budget memory from, Budget memory to, uint256 amount) internal pure {
        uint256 remaining = from.allowance > from.spent ? from.allowance - from.spent : 0;
        uint256 carried = amount > remaining ? amount - remaining : 0;
        from.allowance -= uint96(amount);
        from.spent -= uint96(carried);
        to.allowance += uint96(amount);
        to.spent += uint96(carried);
    }

    function _trackToken(DomainId domain, Domain storage d, address token) internal {
        if (d.tokenCount >= MAX_TOKENS_PER_DOMAIN) revert OpGovLimitReached(MAX_TOKENS_PER_DOMAIN);
        d.tokenCount += 1;
        _domainTokens[domain].push(token);
    }

    function _setBudget(DomainId domain, address token, uint256 granted, uint32 epochLength) internal {
        Domain storage d = _domain(domain);
        Cell memory owner = _liveCell(d.owner);
        if (granted > 0 && owner.phase < Phase.Organization) {
            revert OpGovPhaseTooEarly(d.owner, owner.phase, Phase.Organization);
        }
        TokenPolicy memory policy = _tokenPolicy[token];
        if (!policy.allowed) revert OpGovTokenNotAllowed(token);
        if (granted > policy.cap) revert OpGovAllowanceAboveCap(domain, token, granted, policy.cap);

        Budget memory b = _budgets[domain][token];
        bool isNew = b.epochLength == 0;
        Ledger storage ledger = _ledgers[domain][token];
        uint256 delegated = ledger.delegated;
        DomainId parentId = d.parent;

        if (DomainId.unwrap(parentId) == 0) {
            _setRootEpoch(domain, token, b, epochLength, delegated);
            if (granted < delegated) revert OpGovAllowanceBelowDelegated(domain, token, granted, delegated);
            b.allowance = uint96(granted - delegated);
        } else {
            _setChildBudget(domain, parentId, token, b, granted, epochLength, delegated);
        }
        _budgets[domain][token] = b;
        if (isNew) {
            _trackToken(domain, d, token);
            ledger.kept = true;
        }
        emit BudgetSet(domain, token, granted, b.epochLength, b.spent);
    }

    /// A child domain's allowance is a slice of its parent's: growing it moves own allowance
    /// from the parent, shrinking it moves it back; the epoch length is the parent's.
    function _setChildBudget(
        DomainId domain,
        DomainId parentId,
        address token,
        Budget memory b,
        uint256 granted,
        uint32 epochLength,
        uint256 delegated
    ) internal {
        Budget memory pb = _budgets[parentId][token];
        if (pb.epochLength == 0 || (epochLength != 0 && epochLength != pb.epochLength)) {
            revert OpGovEpochLengthLocked(domain, token, pb.epochLength, epochLength);
        }
        _roll(pb);
        b.epochLength = pb.epochLength;
        _roll(b);
        uint256 current = uint256(b.allowance) + delegated;
        Ledger storage parentLedger = _ledgers[parentId][token];
        if (granted > current) {
            uint256 delta = granted - current;
            if (delta > pb.allowance) revert OpGovParentAllowanceExceeded(parentId, token, delta, pb.allowance);
            _moveAllowance(pb, b, delta);
            parentLedger.delegated += uint120(delta);
        } else if (granted < current) {
            uint256 delta = current - granted;
            if (delta > b.allowance) revert OpGovAllowanceBelowDelegated(domain, token, granted, delegated);
            _moveAllowance(b, pb, delta);
            parentLedger.delegated -= uint120(delta);
        }
        _budgets[parentId][token] = pb;
    }

    /// A root domain chooses its epoch length; a change keeps this epoch's `spent` (an edit
    /// never hands out a fresh allowance mid-epoch) and is refused once slices are delegated.
    function _setRootEpoch(DomainId domain, address token, Budget memory b, uint32 epochLength, uint256 delegated)
        internal
        view
    {
        if (epochLength == 0) epochLength = b.epochLength;
        if (epochLength < MIN_EPOCH || epochLength > MAX_EPOCH) {
            revert OpGovInvalidEpochLength(epochLength, MIN_EPOCH, MAX_EPOCH);
        }
        _roll(b);
        if (epochLength != b.epochLength) {
            if (delegated > 0) revert OpGovEpochLengthLocked(domain, token, b.epochLength, epochLength);
            b.epochLength = epochLength;
            b.epoch = uint32(block.timestamp / epochLength);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Cells and domains
    // ---------------------------------------------------------------------------------------

    /// @inheritdoc IOpGovExtension
    function addRoleHat(CellId cell, string calldata details, uint32 maxSupply) external returns (uint256 hat) {
        Cell memory c = _liveCell(cell);
        _requireWearer(CellId.unwrap(cell));
        if (c.phase < Phase.Formation) revert OpGovPhaseTooEarly(cell, c.phase, Phase.Formation);
        if (c.roleCount >= MAX_ROLE_HATS) revert OpGovLimitReached(MAX_ROLE_HATS);
        hat = _hats().createHat(CellId.unwrap(cell), details, maxSupply, address(this), address(this), true, "");
        _roleHats[cell].push(hat);
        _cells[cell].roleCount = c.roleCount + 1;
        emit RoleHatAdded(cell, hat);
    }

    /// @inheritdoc IOpGovExtension
    function updateGroupState(CellId cell, string calldata uri, bytes32 contentHash, uint32 expectedVersion)
        external
        returns (uint32 newVersion)
    {
        Cell memory c = _liveCell(cell);
        uint256 memberHat = _memberHat(cell, c);
        if (!(memberHat != 0 && _hats().isWearerOfHat(msg.sender, memberHat))) _requireWearer(CellId.unwrap(cell));
        if (c.stateVersion != expectedVersion) revert OpGovStaleGroupState(cell, expectedVersion, c.stateVersion);
        newVersion = c.stateVersion + 1;
        _cells[cell].stateVersion = newVersion;
        _groupState[cell] = Text(uri, contentHash);
        emit GroupStateUpdated(cell, c.stateVersion, newVersion, uri, contentHash);
    }

    /// @inheritdoc IOpGovExtension
    function setCellSafe(CellId cell, address safe) external {
        _liveCell(cell);
        _requireWearer(CellId.unwrap(cell));
        _cellSafes[cell] = safe;
        emit CellSafeSet(cell, safe);
    }

    /// @inheritdoc IOpGovExtension
    /// @dev Refuses, with `OpGovNotManagedHat`, a hat whose eligibility module is not this
    ///      instance (Hats would refuse it with an error outside opgov's ABI).
    function setWearerStanding(uint256 hat, address wearer, bool eligible) external {
        if (!_hats().isAdminOfHat(msg.sender, hat)) revert OpGovNotHatAdmin(msg.sender, hat);
        if (_hats().getHatEligibilityModule(hat) != address(this)) revert OpGovNotManagedHat(hat);
        _hats().setHatWearerStatus(hat, wearer, eligible, true);
        emit WearerStandingSet(hat, wearer, eligible, msg.sender);
    }

    /// @inheritdoc IOpGovExtension
    function setDomainSpender(DomainId domain, uint256 spenderHat) external {
        Domain storage d = _domain(domain);
        CellId owner = d.owner;
        Cell memory c = _liveCell(owner);
        _requireWearer(CellId.unwrap(owner));
        if (!_isCellHat(owner, c, spenderHat)) revert OpGovNotCellHat(owner, spenderHat);
        d.spenderHat = spenderHat;
        emit DomainSpenderSet(domain, spenderHat);
    }

    // ---------------------------------------------------------------------------------------
    // Rounds: the rarer steps
    // ---------------------------------------------------------------------------------------

    /// @inheritdoc IOpGovExtension
    function withdraw(RoundId id, RoundContent calldata content) external {
        Round memory r = _loadRound(id);
        RoundState state = _state(r, _constraints.executionWindow);
        if (
            state == RoundState.Executed || state == RoundState.Withdrawn || state == RoundState.Rejected
                || state == RoundState.Expired
        ) {
            revert OpGovUnexpectedRoundState(id, state, _openStates());
        }
        _verify(id, r, content);
        _requireProposer(content.scope, _liveCell(content.scope));
        _rounds[id].status = RoundStatus.Withdrawn;
        _release(content.actions);
        emit RoundWithdrawn(id, msg.sender);
    }

    /// @inheritdoc IOpGovExtension
    function escalate(RoundId id, RoundContent calldata content) external {
        Round memory r = _loadRound(id);
        _requireState(id, r, _state(r, _constraints.executionWindow), _mask(RoundState.Blocked));
        _verify(id, r, content);
        CellId scope = content.scope;
        Cell memory c = _liveCell(scope);
        (Objection storage own,) = _objectionOf(id, msg.sender);
        if (own.status != ObjectionStatus.Standing) _requireProposer(scope, c);
        Round storage s = _rounds[id];
        s.status = RoundStatus.Escalated;
        s.deadline = uint40(block.timestamp);
        emit RoundEscalated(id, msg.sender, _resolverHat(scope, c.level));
    }

    /// @inheritdoc IOpGovExtension
    function resolve(
        RoundId id,
        RoundContent calldata content,
        bool accept,
        address[] calldata dismissed,
        bytes32 rationaleHash,
        string calldata rationaleUri
    ) external {
        Round memory r = _loadRound(id);
        _requireState(id, r, _state(r, _constraints.executionWindow), _mask(RoundState.Escalated));
        _verify(id, r, content);
        Cell memory c = _cell(content.scope);
        uint256 resolver = _resolverHat(content.scope, c.level);
        if (!_hats().isWearerOfHat(msg.sender, resolver)) _requireWearer(_communityHat());

        Round storage s = _rounds[id];
        if (dismissed.length != 0) s.objections = r.objections - _dismiss(id, dismissed);
        if (accept) {
            s.status = RoundStatus.Accepted;
            s.deadline = uint40(block.timestamp);
        } else {
            s.status = RoundStatus.Rejected;
            _release(content.actions);
        }
        emit EscalationResolved(id, accept, msg.sender, rationaleHash, rationaleUri);
    }

    function _dismiss(RoundId id, address[] calldata dismissed) internal returns (uint16 count) {
        for (uint256 i; i < dismissed.length; ++i) {
            _endObjection(id, dismissed[i], ObjectionStatus.Dismissed);
            emit ObjectionDismissed(id, dismissed[i]);
        }
        count = uint16(dismissed.length);
    }

    /// @inheritdoc IOpGovExtension
    function expire(RoundId id, RoundContent calldata content) external {
        Round memory r = _loadRound(id);
        RoundState state = _state(r, _constraints.executionWindow);
        bool live = (uint256(1) << uint8(state)) & uint256(_openStates()) != 0;
        if (state != RoundState.Expired || r.status == RoundStatus.Expired) {
            // A live round whose cell completed can no longer pass: it may expire at once.
            if (!live || _cells[content.scope].phase != Phase.Completion) {
                revert OpGovUnexpectedRoundState(id, state, _mask(RoundState.Expired));
            }
        }
        _verify(id, r, content);
        if (live && _cells[content.scope].phase != Phase.Completion) {
            revert OpGovUnexpectedRoundState(id, state, _mask(RoundState.Expired));
        }
        _rounds[id].status = RoundStatus.Expired;
        _release(content.actions);
        emit RoundExpired(id);
    }

    // ---------------------------------------------------------------------------------------
    // Community
    // ---------------------------------------------------------------------------------------

    /// @inheritdoc IOpGovExtension
    function act(Action[] calldata actions, bytes32 rationaleHash, string calldata rationaleUri)
        external
    {
        _requireWearer(_communityHat());
        if (actions.length == 0 || actions.length > MAX_ACTIONS) revert OpGovActionCount(actions.length, MAX_ACTIONS);
        emit CommunityActed(msg.sender, actions, rationaleHash, rationaleUri);
        for (uint256 i; i < actions.length; ++i) {
            _apply(bytes32(0), CellId.wrap(0), true, actions[i], i);
        }
    }

    /// @inheritdoc IOpGovExtension
    function setConstraints(Constraints calldata k) external {
        _requireWearer(_communityHat());
        _setConstraints(k);
    }

    /// @inheritdoc IOpGovExtension
    function setTokenPolicy(address token, bool allowed, uint96 capPerDomain) external {
        _requireWearer(_communityHat());
        _setTokenPolicy(token, allowed, capPerDomain);
    }

    /// @inheritdoc IOpGovExtension
    function setTreasuryPull(address token, bool pull) external {
        _requireWearer(_communityHat());
        if (token == address(0)) revert OpGovNativeTokenNotPullable();
        _tokenPolicy[token].pull = pull;
        emit TreasuryPullSet(token, pull);
    }

    /// @inheritdoc IOpGovExtension
    function setSpendingPaused(bool paused) external {
        _requireWearer(_communityHat());
        _setSpendingPaused(paused);
        emit SpendingPausedSet(paused);
    }
}
