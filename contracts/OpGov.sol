// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IOpGovCore} from "./interfaces/IOpGovCore.sol";
import {IOpGovRoundActions} from "./interfaces/IOpGovRoundActions.sol";
import {IHats} from "./interfaces/hats/IHats.sol";
import {ISafe} from "./interfaces/safe/ISafe.sol";
import {HatIds} from "./libraries/HatIds.sol";
import {OpGovBase} from "./OpGovBase.sol";
import {
    Action,
    ActionKind,
    Budget,
    Cell,
    CellId,
    Constraints,
    DomainId,
    LastObjection,
    Objection,
    ObjectionStatus,
    Phase,
    Round,
    RoundContent,
    RoundId,
    RoundState,
    RoundStatus
} from "./types/OpGovTypes.sol";

/// @notice Everything an instance is deployed with.
struct OpGovConfig {
    /// Hats Protocol v1 (canonical address on every chain).
    address hats;
    /// The community treasury Safe; opgov must be enabled as a module on it.
    address treasury;
    /// Wearers of this hat act as the community.
    uint256 communityHat;
    /// The hat opgov wears; top-level cell hats are created under it.
    uint256 rootHat;
    Constraints constraints;
    /// Tokens allowed from the start (address(0) = the native token) and their caps.
    address[] tokens;
    uint96[] caps;
}

/// @title OpGov
/// @notice One DAO's operational layer (see `IOpGov` for the whole interface and DESIGN.md for
///         the model). This contract holds the state and runs the hot paths: budget spends and
///         the steps every consent round takes. Everything else runs in its context by
///         delegatecall: its fallback forwards to `OpGovExtension` (cell management, rarer round
///         steps, the community), which forwards reads to `OpGovLens`.
/// @dev Not upgradeable: the extension's address is an immutable of the instance, and the
///      extension and lens hold immutables only. The instance holds no funds; the treasury
///      Safe does, and opgov moves them only as its module. No function calls out before its
///      own state is written (checks-effects-interactions), so a reentrant recipient or token
///      finds the spend or round already recorded.
contract OpGov is OpGovBase, IOpGovCore {
    using HatIds for uint256;

    /// Hats' toggle and eligibility hooks: opgov answers neither, so Hats uses the status it
    /// stores (which opgov sets as the toggle and eligibility module of the hats it creates).
    bytes4 internal constant GET_HAT_STATUS = bytes4(keccak256("getHatStatus(uint256)"));
    bytes4 internal constant GET_WEARER_STATUS = bytes4(keccak256("getWearerStatus(address,uint256)"));

    IHats internal immutable HATS;
    ISafe internal immutable TREASURY;
    uint256 internal immutable COMMUNITY_HAT;
    uint256 internal immutable ROOT_HAT;
    uint8 internal immutable ROOT_LEVEL;
    /// The shared extension every instance's fallback delegates to.
    address public immutable EXTENSION;

    constructor(OpGovConfig memory config, address extension) {
        HATS = IHats(config.hats);
        TREASURY = ISafe(config.treasury);
        COMMUNITY_HAT = config.communityHat;
        ROOT_HAT = config.rootHat;
        EXTENSION = extension;
        uint8 rootLevel = config.rootHat.level();
        if (rootLevel >= HatIds.MAX_LEVEL - 1) revert OpGovHatOutsideTree(config.rootHat);
        ROOT_LEVEL = rootLevel;
        _hatsAddress = config.hats;
        _rootLevelStored = rootLevel;
        _treasuryAddress = config.treasury;
        _communityHatStored = config.communityHat;
        _rootHatStored = config.rootHat;
        _setConstraints(config.constraints);
        if (config.tokens.length != config.caps.length) revert OpGovLimitReached(config.caps.length);
        for (uint256 i; i < config.tokens.length; ++i) {
            _setTokenPolicy(config.tokens[i], true, config.caps[i]);
        }
    }

    /// @notice Forwards every function this contract does not have to the extension (and from
    ///         there to the lens), in this contract's context.
    // solhint-disable-next-line no-complex-fallback
    fallback() external {
        bytes4 selector = msg.sig;
        // Hats' hooks are refused at once (no extra delegatecalls on every hat check), and round
        // actions run through `_applyRoundAction` only, after the round's checks.
        if (
            selector == GET_HAT_STATUS || selector == GET_WEARER_STATUS
                || selector == IOpGovRoundActions.applyRoundAction.selector
        ) revert OpGovUnknownSelector(selector);
        address extension = EXTENSION;
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), extension, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    // ---------------------------------------------------------------------------------------
    // Configuration: immutables on the hot paths
    // ---------------------------------------------------------------------------------------

    function _hats() internal view override returns (IHats) {
        return HATS;
    }

    function _treasury() internal view override returns (ISafe) {
        return TREASURY;
    }

    function _communityHat() internal view override returns (uint256) {
        return COMMUNITY_HAT;
    }

    function _rootHat() internal view override returns (uint256) {
        return ROOT_HAT;
    }

    function _rootLevel() internal view override returns (uint8) {
        return ROOT_LEVEL;
    }

    /// Policy records run here; structural actions in the extension (allocations are paid by
    /// `execute` itself).
    function _applyRoundAction(bytes32 source, CellId scope, Action calldata a, uint256 index) internal {
        if (a.kind == ActionKind.PolicyDecision) {
            (string memory uri, bytes32 hash) = abi.decode(a.data, (string, bytes32));
            emit PolicyRecorded(source, scope, uri, hash);
        } else {
            bytes memory call = abi.encodeCall(IOpGovRoundActions.applyRoundAction, (source, scope, a, index));
            // solhint-disable-next-line avoid-low-level-calls
            (bool ok, bytes memory ret) = EXTENSION.delegatecall(call);
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(ret, 32), mload(ret))
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Budgets
    // ---------------------------------------------------------------------------------------

    /// @inheritdoc IOpGovCore
    function spend(DomainId domain, address token, address to, uint256 amount, bytes32 ref)
        external
        returns (uint256 remaining)
    {
        if (amount == 0) revert OpGovZeroAmount();
        if (to == address(0)) revert OpGovZeroRecipient();
        uint256 policy = _policyWord(token);
        if (_spendingPaused(policy)) revert OpGovSpendingPaused();
        uint256 spenderHat = _domains[domain].spenderHat;
        if (spenderHat == 0) revert OpGovUnknownDomain(domain);
        _requireWearer(spenderHat);
        if (uint8(policy) == 0) revert OpGovTokenNotAllowed(token);

        // The budget word read and written once (see `Budget` for the packing: allowance at bit
        // 0, spent at 96, epoch at 192, epochLength at 224), rolled into the current epoch.
        Budget storage slot = _budgets[domain][token];
        uint256 word;
        assembly ("memory-safe") {
            word := sload(slot.slot)
        }
        uint256 allowance = uint96(word);
        uint256 spent = uint96(word >> 96);
        uint256 epochLength = uint32(word >> 224);
        if (epochLength != 0) {
            uint256 epoch = block.timestamp / epochLength;
            if (uint32(epoch) != uint32(word >> 192)) {
                spent = 0;
                word = (word & ~(uint256(type(uint32).max) << 192)) | (uint256(uint32(epoch)) << 192);
            }
        }
        uint256 available = allowance > spent ? allowance - spent : 0;
        if (amount > available) revert OpGovInsufficientBudget(domain, token, amount, available);
        unchecked {
            spent += amount; // amount <= allowance - spent < 2^96
            remaining = available - amount;
        }
        word = (word & ~(uint256(type(uint96).max) << 96)) | (spent << 96);
        assembly ("memory-safe") {
            sstore(slot.slot, word)
        }
        _payFromTreasury(token, uint8(policy >> 104) != 0, to, amount);
        emit Spent(domain, token, to, msg.sender, amount, remaining, ref);
    }

    // ---------------------------------------------------------------------------------------
    // Consent rounds
    // ---------------------------------------------------------------------------------------

    /// @inheritdoc IOpGovCore
    function propose(RoundContent calldata content, uint32 window, string calldata rationaleUri)
        external
        returns (RoundId id)
    {
        Constraints memory k = _constraints;
        if (window < k.minWindow || window > k.maxWindow) {
            revert OpGovWindowOutOfBounds(window, k.minWindow, k.maxWindow);
        }
        CellId scope = content.scope;
        Cell memory c = _liveCell(scope);
        _requireProposer(scope, c);
        // Checks the actions and commits the allocations' amounts to their domains in one pass.
        _checkActions(scope, c, content.actions, k.requiredParties, content.objectorHats, true);

        uint40 deadline = uint40(block.timestamp) + window;
        // The event's data is encoded once; the round's id (its commitment) and the hash of who
        // may object are taken from the content's encoding inside it (`_proposalHashes`).
        bytes memory data = abi.encode(msg.sender, deadline, content, rationaleUri);
        bytes20 objectorsHash;
        (id, objectorsHash) = _proposalHashes(data);
        if (_rounds[id].status != RoundStatus.None) revert OpGovRoundExists(id);
        // The new round's slot in one write (Solidity writes a struct field by field): deadline,
        // revision 0, no objections, Active, who may object (see `Round` for the packing).
        uint256 word =
            uint256(deadline) | (uint256(uint8(RoundStatus.Active)) << 72) | (uint256(uint160(objectorsHash)) << 80);
        Round storage s = _rounds[id];
        assembly ("memory-safe") {
            sstore(s.slot, word)
        }
        // emit RoundProposed(id, msg.sender, deadline, content, rationaleUri), from `data`.
        bytes32 topic = RoundProposed.selector;
        assembly ("memory-safe") {
            log2(add(data, 0x20), mload(data), topic, id)
        }
    }

    /// The round id and objector hash of a proposal, from `data` = abi.encode(proposer,
    /// deadline, content, rationaleUri) (canonical, as `abi.encode` writes it: the content's
    /// encoding starts at 0x80 and ends where the URI's begins). The id is `_commitment`'s
    /// keccak256(abi.encode(address(this), scope, salt, objectorHats, actions, rationaleHash)):
    /// exactly the content's encoding preceded by this address, with the content's two offsets
    /// (relative to its start) 32 larger. The objector hash is keccak256(abi.encode(objectorHats)):
    /// 0x20 followed by the array as encoded. Both are hashed in place, each word they borrow
    /// restored afterwards.
    function _proposalHashes(bytes memory data) internal view returns (RoundId id, bytes20 objectorsHash) {
        bytes32 commitment;
        bytes32 objectors;
        assembly ("memory-safe") {
            let base := add(data, 0x20)
            let content := add(base, 0x80)
            // who may object
            let hats := add(content, mload(add(content, 0x40)))
            let before := sub(hats, 0x20)
            let saved := mload(before)
            mstore(before, 0x20)
            objectors := keccak256(before, add(0x40, mul(mload(hats), 0x20)))
            mstore(before, saved)
            // the commitment
            let length := sub(mload(add(base, 0x60)), 0x80)
            let prefix := sub(content, 0x20)
            saved := mload(prefix)
            mstore(prefix, address())
            mstore(add(content, 0x40), add(mload(add(content, 0x40)), 0x20))
            mstore(add(content, 0x60), add(mload(add(content, 0x60)), 0x20))
            commitment := keccak256(prefix, add(length, 0x20))
            mstore(add(content, 0x40), sub(mload(add(content, 0x40)), 0x20))
            mstore(add(content, 0x60), sub(mload(add(content, 0x60)), 0x20))
            mstore(prefix, saved)
        }
        id = RoundId.wrap(commitment);
        objectorsHash = bytes20(objectors);
    }

    /// @inheritdoc IOpGovCore
    function object(
        RoundId id,
        uint256[] calldata objectorHats,
        uint256 hatIndex,
        bytes32 reasonHash,
        string calldata reasonUri
    ) external {
        if (reasonHash == bytes32(0) || bytes(reasonUri).length == 0) revert OpGovReasonRequired();
        Round memory r = _rounds[id];
        if (r.status != RoundStatus.Active || block.timestamp >= r.deadline) {
            if (r.status == RoundStatus.None) revert OpGovUnknownRound(id);
            revert OpGovUnexpectedRoundState(id, _state(r, _constraints.executionWindow), _mask(RoundState.Open));
        }
        if (bytes20(keccak256(abi.encode(objectorHats))) != r.objectorsHash) revert OpGovObjectorHatsMismatch(id);
        if (hatIndex >= objectorHats.length) revert OpGovObjectorHatIndex(hatIndex, objectorHats.length);
        uint256 hat = objectorHats[hatIndex];
        _requireWearer(hat);
        _recordObjection(id, r.revision);
        _rounds[id].objections = r.objections + 1;
        emit ObjectionRaised(id, msg.sender, hat, r.revision, reasonHash, reasonUri);
    }

    /// Records the caller's standing objection in round `id` at `revision`: in their reusable
    /// slot unless it still holds a standing objection (then in the round's own slot, counted).
    /// Each slot is written in one SSTORE (Solidity writes packed fields one by one).
    function _recordObjection(RoundId id, uint16 revision) internal {
        LastObjection storage last = _lastObjections[msg.sender];
        LastObjection memory prev = last;
        bytes22 tag = bytes22(RoundId.unwrap(id));
        uint256 standing = uint256(uint8(ObjectionStatus.Standing)) | (uint256(revision) << 8)
            | (uint256(uint40(block.timestamp)) << 24);
        if (prev.round == tag) {
            if (prev.status == ObjectionStatus.Standing) revert OpGovAlreadyObjected(id, msg.sender);
        } else {
            Objection storage own = _objections[id][msg.sender];
            // Only an objection counted elsewhere can stand in this round's own slot.
            if (prev.elsewhere != 0 && own.status == ObjectionStatus.Standing) revert OpGovAlreadyObjected(id, msg.sender);
            if (prev.status == ObjectionStatus.Standing) {
                assembly ("memory-safe") {
                    sstore(own.slot, standing)
                }
                last.elsewhere = prev.elsewhere + 1;
                return;
            }
        }
        uint256 word = standing | (uint256(prev.elsewhere) << 64) | (uint256(uint176(tag)) << 80);
        assembly ("memory-safe") {
            sstore(last.slot, word)
        }
    }

    /// @inheritdoc IOpGovCore
    function withdrawObjection(RoundId id) external {
        Round memory r = _loadRound(id);
        RoundState state = _state(r, _constraints.executionWindow);
        _requireState(id, r, state, _mask(RoundState.Open, RoundState.Blocked));
        _endObjection(id, msg.sender, ObjectionStatus.Withdrawn);
        Round storage s = _rounds[id];
        s.objections = r.objections - 1;
        if (r.status == RoundStatus.Blocked && r.objections == 1) s.status = RoundStatus.Consented;
        emit ObjectionWithdrawn(id, msg.sender);
    }

    /// @inheritdoc IOpGovCore
    function amend(
        RoundId id,
        RoundContent calldata current,
        Action[] calldata actions,
        bytes32 rationaleHash,
        string calldata rationaleUri,
        uint32 window
    ) external returns (uint16 revision) {
        uint40 deadline;
        (revision, deadline) = _amend(id, current, actions, rationaleHash, window);
        emit RoundAmended(id, revision, deadline, actions, rationaleHash, rationaleUri);
    }

    function _amend(
        RoundId id,
        RoundContent calldata current,
        Action[] calldata actions,
        bytes32 rationaleHash,
        uint32 window
    ) internal returns (uint16 revision, uint40 deadline) {
        Round memory r = _loadRound(id);
        Constraints memory k = _constraints;
        _requireState(id, r, _state(r, k.executionWindow), _mask(RoundState.Open, RoundState.Blocked));
        _verify(id, r, current);
        if (window < k.minWindow || window > k.maxWindow) {
            revert OpGovWindowOutOfBounds(window, k.minWindow, k.maxWindow);
        }
        Cell memory c = _liveCell(current.scope);
        _requireProposer(current.scope, c);
        _release(current.actions);
        _checkActions(current.scope, c, actions, k.requiredParties, current.objectorHats, true);
        _amended[id] = _commitment(current.scope, current.salt, current.objectorHats, actions, rationaleHash);
        revision = r.revision + 1;
        deadline = uint40(block.timestamp) + window;
        Round storage s = _rounds[id];
        s.revision = revision;
        s.deadline = deadline;
        s.status = RoundStatus.Active;
    }

    /// @inheritdoc IOpGovCore
    function close(RoundId id) external returns (bool consented) {
        Round memory r = _loadRound(id);
        RoundState state = _state(r, _constraints.executionWindow);
        if (r.status != RoundStatus.Active || (state != RoundState.Consented && state != RoundState.Blocked)) {
            revert OpGovUnexpectedRoundState(id, state, _mask(RoundState.Consented, RoundState.Blocked));
        }
        consented = state == RoundState.Consented;
        _rounds[id].status = consented ? RoundStatus.Consented : RoundStatus.Blocked;
        emit RoundClosed(id, consented, r.objections);
    }

    /// @inheritdoc IOpGovCore
    function execute(RoundId id, RoundContent calldata content) external {
        // The round's word read once (see `Round` for the packing), and `_state`'s answer for an
        // executable round computed from it: consented (closed or not) or accepted on
        // escalation, within the execution window. Anything else takes `_state` to its error.
        Round storage s = _rounds[id];
        uint256 word;
        assembly ("memory-safe") {
            word := sload(s.slot)
        }
        uint32 executionWindow = _executionWindowFor(content);
        uint256 deadline = uint40(word);
        uint256 status = uint8(word >> 72);
        bool executable = block.timestamp < deadline + executionWindow
            && (status == uint8(RoundStatus.Consented) || status == uint8(RoundStatus.Accepted)
                || (status == uint8(RoundStatus.Active) && block.timestamp >= deadline && uint16(word >> 56) == 0));
        if (!executable) {
            Round memory r = _loadRound(id);
            _requireState(id, r, _state(r, executionWindow), _mask(RoundState.Consented, RoundState.Accepted));
        }
        uint16 revision = uint16(word >> 40);
        _verifyRevision(id, revision, content);
        CellId scope = content.scope;
        if (_cells[scope].phase == Phase.Completion) revert OpGovCellCompleted(scope);
        word = (word & ~(uint256(0xff) << 72)) | (uint256(uint8(RoundStatus.Executed)) << 72);
        assembly ("memory-safe") {
            sstore(s.slot, word)
        }
        // What the allocations committed to their domains is released before anything is paid
        // (checks-effects-interactions across all the actions), then each action is applied.
        Action[] calldata actions = content.actions;
        _release(actions);
        uint256 n = actions.length;
        for (uint256 i; i < n; ++i) {
            (uint256 kind, bytes calldata data) = _actionAt(actions, i);
            if (kind == uint8(ActionKind.Allocation)) _allocate(false, data);
            else _applyRoundAction(RoundId.unwrap(id), scope, actions[i], i);
        }
        emit RoundExecuted(id, revision, msg.sender);
    }
}
