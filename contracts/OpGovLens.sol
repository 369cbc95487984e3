// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IOpGovLens} from "./interfaces/IOpGovLens.sol";
import {OpGovBase} from "./OpGovBase.sol";
import {HatIds} from "./libraries/HatIds.sol";
import {
    Action,
    Budget,
    Cell,
    CellId,
    Constraints,
    Domain,
    DomainId,
    Ledger,
    Objection,
    ObjectionStatus,
    Round,
    RoundContent,
    RoundId,
    RoundState,
    Parties,
    RoundStatus
} from "./types/OpGovTypes.sol";

/// @title OpGovLens
/// @notice Every read of an opgov instance, in views shaped for clients: one call per cell,
///         domain, budget or round, or one call for many. Deployed once and shared; runs in an
///         instance's context by delegatecall (called directly it reads its own empty storage).
contract OpGovLens is OpGovBase, IOpGovLens {
    using HatIds for uint256;

    /// @notice Refuses what no piece of opgov implements, by name.
    fallback() external {
        revert OpGovUnknownSelector(msg.sig);
    }

    /// @inheritdoc IOpGovLens
    function hats() external view returns (address) {
        return address(_hats());
    }

    /// @inheritdoc IOpGovLens
    function treasury() external view returns (address) {
        return address(_treasury());
    }

    /// @inheritdoc IOpGovLens
    function communityHat() external view returns (uint256) {
        return _communityHat();
    }

    /// @inheritdoc IOpGovLens
    function rootHat() external view returns (uint256) {
        return _rootHat();
    }

    /// @inheritdoc IOpGovLens
    function constraints() external view returns (Constraints memory) {
        return _constraints;
    }

    /// @inheritdoc IOpGovLens
    function tokenPolicy(address token) external view returns (bool allowed, uint96 capPerDomain) {
        TokenPolicy memory p = _tokenPolicy[token];
        return (p.allowed, p.cap);
    }

    /// @inheritdoc IOpGovLens
    function treasuryPull(address token) external view returns (bool) {
        return _tokenPolicy[token].pull;
    }

    /// @inheritdoc IOpGovLens
    function cellCount() external view returns (uint256) {
        return _cellIds.length;
    }

    /// @inheritdoc IOpGovLens
    function cellIds(uint256 start, uint256 count) external view returns (CellId[] memory ids) {
        uint256 total = _cellIds.length;
        uint256 end = start >= total ? start : (total - start < count ? total : start + count);
        ids = new CellId[](end - start);
        for (uint256 i = start; i < end; ++i) {
            ids[i - start] = _cellIds[i];
        }
    }

    /// @inheritdoc IOpGovLens
    function getCell(CellId cell) public view returns (CellView memory v) {
        Cell memory c = _cell(cell);
        v.id = cell;
        v.parent = _parent(cell, c.level);
        v.phase = c.phase;
        v.cellHat = CellId.unwrap(cell);
        v.memberHat = _memberHat(cell, c);
        v.roleHats = _roleHats[cell];
        v.safe = _cellSafes[cell];
        v.stateVersion = c.stateVersion;
        v.stateUri = _groupState[cell].uri;
        v.stateHash = _groupState[cell].contentHash;
        v.metadataUri = _cellMetadata[cell].uri;
        v.metadataHash = _cellMetadata[cell].contentHash;
        v.activeChildren = c.activeChildren;
        v.domains = _cellDomains[cell];
    }

    /// @inheritdoc IOpGovLens
    function getCells(CellId[] calldata cells) external view returns (CellView[] memory views) {
        views = new CellView[](cells.length);
        for (uint256 i; i < cells.length; ++i) {
            views[i] = getCell(cells[i]);
        }
    }

    /// @inheritdoc IOpGovLens
    function parentOf(CellId cell) external view returns (CellId) {
        return _parent(cell, _cell(cell).level);
    }

    /// @inheritdoc IOpGovLens
    function memberHatOf(CellId cell) external view returns (uint256) {
        return _memberHat(cell, _cell(cell));
    }

    /// @inheritdoc IOpGovLens
    function domainCount() external view returns (uint256) {
        return _domainCount;
    }

    /// @inheritdoc IOpGovLens
    function getDomain(DomainId domain) public view returns (DomainView memory v) {
        Domain storage d = _domain(domain);
        v.id = domain;
        v.owner = d.owner;
        v.parent = d.parent;
        v.spenderHat = d.spenderHat;
        v.depth = d.depth;
        v.tokens = _domainTokens[domain];
        v.descriptionUri = _domainText[domain].uri;
        v.descriptionHash = _domainText[domain].contentHash;
    }

    /// @inheritdoc IOpGovLens
    function getDomains(uint256 first, uint256 count) external view returns (DomainView[] memory views) {
        uint256 total = _domainCount;
        if (first == 0) first = 1;
        uint256 end = first > total ? first : (total - first + 1 < count ? total + 1 : first + count);
        views = new DomainView[](end - first);
        for (uint256 i = first; i < end; ++i) {
            views[i - first] = getDomain(DomainId.wrap(uint32(i)));
        }
    }

    /// @inheritdoc IOpGovLens
    function getBudget(DomainId domain, address token) public view returns (BudgetView memory v) {
        _domain(domain);
        Budget memory b = _budgets[domain][token];
        _roll(b);
        Ledger memory ledger = _ledgers[domain][token];
        v.domain = domain;
        v.token = token;
        v.ownAllowance = b.allowance;
        v.delegated = ledger.delegated;
        v.allowance = uint256(b.allowance) + ledger.delegated;
        v.spent = b.spent;
        v.committed = ledger.committed;
        v.remaining = b.allowance > b.spent ? b.allowance - b.spent : 0;
        v.epochLength = b.epochLength;
        if (b.epochLength != 0) {
            v.epochStart = uint64(b.epoch) * b.epochLength;
            v.epochEnd = v.epochStart + b.epochLength;
        }
    }

    /// @inheritdoc IOpGovLens
    function getBudgets(DomainId[] calldata domains) external view returns (BudgetView[] memory views) {
        uint256 total;
        for (uint256 i; i < domains.length; ++i) {
            total += _domainTokens[domains[i]].length;
        }
        views = new BudgetView[](total);
        uint256 k;
        for (uint256 i; i < domains.length; ++i) {
            address[] storage tokens = _domainTokens[domains[i]];
            for (uint256 j; j < tokens.length; ++j) {
                views[k++] = getBudget(domains[i], tokens[j]);
            }
        }
    }

    /// @inheritdoc IOpGovLens
    function budgetWord(DomainId domain, address token) external view returns (Budget memory) {
        return _budgets[domain][token];
    }

    /// @inheritdoc IOpGovLens
    function getRound(RoundId id) public view returns (RoundView memory v) {
        Round memory r = _rounds[id];
        uint32 executionWindow = _constraints.executionWindow;
        v.id = id;
        v.status = r.status;
        v.state = _state(r, executionWindow);
        v.deadline = r.deadline;
        v.revision = r.revision;
        v.objections = r.objections;
        v.objectorsHash = r.objectorsHash;
        if (r.status != RoundStatus.None) v.executableUntil = uint64(r.deadline) + executionWindow;
    }

    /// @inheritdoc IOpGovLens
    function getRounds(RoundId[] calldata ids) external view returns (RoundView[] memory views) {
        views = new RoundView[](ids.length);
        for (uint256 i; i < ids.length; ++i) {
            views[i] = getRound(ids[i]);
        }
    }

    /// @inheritdoc IOpGovLens
    function roundState(RoundId id) external view returns (RoundState) {
        return _state(_rounds[id], _constraints.executionWindow);
    }

    /// @inheritdoc IOpGovLens
    function getObjection(RoundId id, address objector)
        external
        view
        returns (ObjectionStatus status, uint16 revision, uint40 since)
    {
        (Objection storage stored,) = _objectionOf(id, objector);
        Objection memory o = stored;
        return (o.status, o.revision, o.since);
    }

    /// @inheritdoc IOpGovLens
    function roundCommitment(RoundContent calldata content) external view returns (bytes32) {
        return _commitment(content.scope, content.salt, content.objectorHats, content.actions, content.rationaleHash);
    }

    /// @inheritdoc IOpGovLens
    function requiredObjectorHats(CellId scope, Action[] calldata actions) external view returns (uint256[] memory) {
        Cell memory c = _cell(scope);
        uint64 policy = _constraints.requiredParties;
        uint8 parties;
        for (uint256 i; i < actions.length; ++i) {
            parties |= uint8(policy >> (8 * uint8(actions[i].kind)));
        }
        uint256[] memory list = new uint256[](3);
        uint256 count;
        uint256 parentCircle = _parentCircle(scope, c);
        uint256 members = _memberHat(scope, c);
        if (parties & Parties.PARENT_CIRCLE != 0) list[count++] = parentCircle;
        if (parties & Parties.CELL_MEMBERS != 0 && members != 0) list[count++] = members;
        if (parties & Parties.COMMUNITY != 0 && parentCircle != _communityHat()) list[count++] = _communityHat();
        assembly ("memory-safe") {
            mstore(list, count)
        }
        return list;
    }

    /// @inheritdoc IOpGovLens
    function resolverHatOf(CellId scope) external view returns (uint256) {
        return _resolverHat(scope, _cell(scope).level);
    }
}
