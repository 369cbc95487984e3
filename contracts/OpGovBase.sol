// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {IOpGovErrors} from "./interfaces/IOpGovErrors.sol";
import {IOpGovEvents} from "./interfaces/IOpGovEvents.sol";
import {IHats} from "./interfaces/hats/IHats.sol";
import {ISafe} from "./interfaces/safe/ISafe.sol";
import {HatIds} from "./libraries/HatIds.sol";
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
    LastObjection,
    Objection,
    ObjectionStatus,
    Parties,
    Phase,
    Round,
    RoundContent,
    RoundId,
    RoundState,
    RoundStatus
} from "./types/OpGovTypes.sol";

/// @title OpGovBase
/// @notice The storage every piece of an opgov instance shares (`OpGov`, and `OpGovExtension`
///         and `OpGovLens` running in its context by delegatecall), and the internal functions
///         more than one piece needs. Declares no other state: the layout is this contract's.
abstract contract OpGovBase is IOpGovErrors, IOpGovEvents {
    using HatIds for uint256;

    // ---------------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------------

    uint256 internal constant MAX_ACTIONS = 16;
    uint256 internal constant MAX_OBJECTOR_HATS = 8;
    uint256 internal constant MAX_DOMAINS_PER_CELL = 16;
    uint256 internal constant MAX_TOKENS_PER_DOMAIN = 8;
    uint256 internal constant MAX_ROLE_HATS = 16;
    uint256 internal constant MAX_DOMAIN_DEPTH = 4;
    uint32 internal constant MIN_EPOCH = 1 days;
    uint32 internal constant MAX_EPOCH = 366 days;
    uint32 internal constant MAX_WINDOW = 366 days;
    uint32 internal constant CELL_HAT_MAX_SUPPLY = 8;
    uint32 internal constant MEMBER_HAT_MAX_SUPPLY = 10_000;
    uint8 internal constant ACTION_KINDS = 7;

    /// Protocol minimum of required objector parties per action kind (8 bits each): the parent
    /// circle for anything that draws on the treasury or changes structure, the cell's own
    /// members for a policy decision.
    uint64 internal constant MIN_REQUIRED_PARTIES = uint64(Parties.PARENT_CIRCLE) // Allocation
        | (uint64(Parties.PARENT_CIRCLE) << 8) // SetBudget
        | (uint64(Parties.PARENT_CIRCLE) << 16) // CreateCell
        | (uint64(Parties.PARENT_CIRCLE) << 24) // MovePhase
        | (uint64(Parties.PARENT_CIRCLE) << 32) // AssignDomain
        | (uint64(Parties.PARENT_CIRCLE) << 40) // DelegateDomain
        | (uint64(Parties.CELL_MEMBERS) << 48); // PolicyDecision

    // ---------------------------------------------------------------------------------------
    // Storage
    // ---------------------------------------------------------------------------------------

    /// The instance's configuration, also held as immutables by `OpGov` (its hot paths read
    /// those); the extension and the lens read it from here.
    address internal _hatsAddress;
    uint8 internal _rootLevelStored;
    address internal _treasuryAddress;
    uint256 internal _communityHatStored;
    uint256 internal _rootHatStored;

    struct TokenPolicy {
        bool allowed;
        uint96 cap;
        /// Paid by `transferFrom` from the treasury instead of the module call (ERC-20 only).
        bool pull;
        /// The token is in `_mirroredTokens`: the two fields below then equal `_constraints`'s
        /// (`_setConstraints` and `_setSpendingPaused` keep them so), and `spend` and `execute`
        /// read them from this word, which they read anyway, instead of the constraints' slot.
        bool mirrored;
        bool spendingPaused;
        uint32 executionWindow;
    }

    /// How many tokens get the mirror (bounds the loops that keep it); any other token's
    /// spends and allocations read the constraints' slot instead.
    uint256 internal constant MAX_MIRRORED_TOKENS = 32;

    struct Text {
        string uri;
        bytes32 contentHash;
    }

    Constraints internal _constraints;
    uint32 internal _domainCount;
    CellId[] internal _cellIds;

    mapping(address token => TokenPolicy) internal _tokenPolicy;
    mapping(CellId cell => Cell) internal _cells;
    /// The cell's Safe (usually the wearer of the cell hat); may be zero.
    mapping(CellId cell => address) internal _cellSafes;
    mapping(CellId cell => Text) internal _cellMetadata;
    mapping(CellId cell => Text) internal _groupState;
    mapping(CellId cell => uint256[]) internal _roleHats;
    mapping(CellId cell => DomainId[]) internal _cellDomains;
    mapping(DomainId domain => Domain) internal _domains;
    mapping(DomainId domain => Text) internal _domainText;
    mapping(DomainId domain => address[]) internal _domainTokens;
    mapping(DomainId domain => mapping(address token => Budget)) internal _budgets;
    mapping(DomainId domain => mapping(address token => Ledger)) internal _ledgers;
    mapping(RoundId round => Round) internal _rounds;
    /// Commitment of the current revision, for revisions above 0 (revision 0's is the id).
    mapping(RoundId round => bytes32) internal _amended;
    mapping(RoundId round => mapping(address objector => Objection)) internal _objections;
    mapping(address objector => LastObjection) internal _lastObjections;
    /// Tokens whose policy word mirrors the constraints' pause flag and execution window.
    address[] internal _mirroredTokens;

    // ---------------------------------------------------------------------------------------
    // Configuration (immutables in `OpGov`, storage elsewhere)
    // ---------------------------------------------------------------------------------------

    function _hats() internal view virtual returns (IHats) {
        return IHats(_hatsAddress);
    }

    function _treasury() internal view virtual returns (ISafe) {
        return ISafe(_treasuryAddress);
    }

    function _communityHat() internal view virtual returns (uint256) {
        return _communityHatStored;
    }

    function _rootHat() internal view virtual returns (uint256) {
        return _rootHatStored;
    }

    function _rootLevel() internal view virtual returns (uint8) {
        return _rootLevelStored;
    }

    // ---------------------------------------------------------------------------------------
    // Authority and lookups
    // ---------------------------------------------------------------------------------------

    /// The caller wears `hat` by Hats' `isWearerOfHat` (which consults the hat's toggle and
    /// eligibility modules). Anything but a clean `true` (including a reverting Hats) refuses.
    function _requireWearer(uint256 hat) internal view {
        address hats = address(_hats());
        bytes4 selector = IHats.isWearerOfHat.selector;
        bool wears;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            mstore(add(ptr, 0x04), caller())
            mstore(add(ptr, 0x24), hat)
            let ok := staticcall(gas(), hats, ptr, 0x44, ptr, 0x20)
            wears := and(ok, and(eq(returndatasize(), 0x20), eq(mload(ptr), 1)))
        }
        if (!wears) revert OpGovNotWearer(msg.sender, hat);
    }

    function _cell(CellId id) internal view returns (Cell memory c) {
        c = _cells[id];
        if (c.level == 0) revert OpGovUnknownCell(id);
    }

    function _liveCell(CellId id) internal view returns (Cell memory c) {
        c = _cell(id);
        if (c.phase == Phase.Completion) revert OpGovCellCompleted(id);
    }

    function _memberHat(CellId id, Cell memory c) internal pure returns (uint256) {
        return c.memberIndex == 0 ? 0 : CellId.unwrap(id).child(c.level, c.memberIndex);
    }

    /// The parent circle: the parent cell's member hat, or the community hat for a top-level cell.
    function _parentCircle(CellId id, Cell memory c) internal view returns (uint256) {
        CellId parent = _parent(id, c.level);
        if (CellId.unwrap(parent) == 0) return _communityHat();
        return CellId.unwrap(parent).child(c.level - 1, c.parentMemberIndex);
    }

    /// A top-level cell's hat sits right below the root hat; every other cell's hat right below
    /// its parent's.
    function _parent(CellId id, uint8 lvl) internal view returns (CellId) {
        return lvl == _rootLevel() + 1 ? CellId.wrap(0) : CellId.wrap(CellId.unwrap(id).admin(lvl));
    }

    function _domain(DomainId id) internal view returns (Domain storage d) {
        d = _domains[id];
        if (CellId.unwrap(d.owner) == 0) revert OpGovUnknownDomain(id);
    }

    /// The hat is the cell's hat or a direct child of it (member and role hats).
    function _isCellHat(CellId cell, Cell memory c, uint256 hat) internal pure returns (bool) {
        uint256 cellHat = CellId.unwrap(cell);
        if (hat == cellHat) return true;
        return hat.level() == c.level + 1 && hat.admin(c.level + 1) == cellHat;
    }

    /// The registered cell a hat belongs to (the cell itself for a cell hat, the cell above
    /// for a member or role hat), or 0.
    function _cellOfHat(uint256 hat) internal view returns (CellId) {
        if (_cells[CellId.wrap(hat)].level != 0) return CellId.wrap(hat);
        uint8 lvl = hat.level();
        if (lvl == 0) return CellId.wrap(0);
        CellId above = CellId.wrap(hat.admin(lvl));
        return _cells[above].level != 0 ? above : CellId.wrap(0);
    }

    // ---------------------------------------------------------------------------------------
    // Rounds
    // ---------------------------------------------------------------------------------------

    function _commitment(
        CellId scope,
        bytes32 salt,
        uint256[] calldata objectorHats,
        Action[] calldata actions,
        bytes32 rationaleHash
    ) internal view returns (bytes32) {
        return keccak256(abi.encode(address(this), scope, salt, objectorHats, actions, rationaleHash));
    }

    function _verify(RoundId id, Round memory r, RoundContent calldata content) internal view {
        _verifyRevision(id, r.revision, content);
    }

    /// `content` is round `id`'s content at `revision` (its current one).
    function _verifyRevision(RoundId id, uint16 revision, RoundContent calldata content) internal view {
        bytes32 expected = revision == 0 ? RoundId.unwrap(id) : _amended[id];
        if (_encodedCommitment(content) == expected) return;
        bytes32 actual =
            _commitment(content.scope, content.salt, content.objectorHats, content.actions, content.rationaleHash);
        if (actual != expected) revert OpGovContentMismatch(id, expected, actual);
    }

    /// `_commitment` of `content` hashed straight from its calldata, when the calldata holds the
    /// content's canonical encoding (as every ABI encoder writes it): the commitment is then
    /// this address followed by that encoding, with its two offsets 32 larger (six head words
    /// instead of five). The encoding's end is found from its last action. Anything else
    /// (another encoding of the same content, offsets out of bounds) yields a value that is not
    /// the commitment, and `_verify` then re-encodes as `_commitment` does: equal bytes hash
    /// equal, and bytes equal to a canonical encoding decode to exactly that content.
    function _encodedCommitment(RoundContent calldata content) internal view returns (bytes32 h) {
        assembly ("memory-safe") {
            let size := calldatasize()
            let actions := add(content, calldataload(add(content, 0x60)))
            let end := add(actions, 0x20)
            let n := calldataload(actions)
            if and(lt(n, 0x10000), lt(actions, size)) {
                if n {
                    let action := add(end, calldataload(add(actions, mul(n, 0x20))))
                    let data := add(action, calldataload(add(action, 0x20)))
                    end := add(add(data, 0x20), and(add(calldataload(data), 0x1f), not(0x1f)))
                }
                // bounds: a wrapped or overlong walk is refused here (h stays 0)
                if and(gt(end, content), iszero(gt(end, size))) {
                    let length := sub(end, content)
                    let ptr := mload(0x40)
                    mstore(ptr, address())
                    calldatacopy(add(ptr, 0x20), content, length)
                    mstore(add(ptr, 0x60), add(mload(add(ptr, 0x60)), 0x20))
                    mstore(add(ptr, 0x80), add(mload(add(ptr, 0x80)), 0x20))
                    h := keccak256(ptr, add(length, 0x20))
                }
            }
        }
    }

    /// `objector`'s objection in round `id`: in their reusable slot if it holds this round (the
    /// slot then read through `Objection`'s layout, which its first fields share), else in the
    /// round's own slot (`elsewhere`). A standing objection is always where this looks: the
    /// reusable slot is taken over only from an objection that no longer stands, and a round's
    /// own slot is written only while the reusable slot holds another round.
    function _objectionOf(RoundId id, address objector) internal view returns (Objection storage o, bool elsewhere) {
        LastObjection storage last = _lastObjections[objector];
        if (last.round == bytes22(RoundId.unwrap(id))) {
            assembly ("memory-safe") {
                o.slot := last.slot
            }
        } else {
            o = _objections[id][objector];
            elsewhere = true;
        }
    }

    /// Ends `objector`'s standing objection in round `id` (withdrawn or dismissed).
    function _endObjection(RoundId id, address objector, ObjectionStatus to) internal {
        (Objection storage o, bool elsewhere) = _objectionOf(id, objector);
        if (o.status != ObjectionStatus.Standing) revert OpGovNoStandingObjection(id, objector);
        o.status = to;
        if (elsewhere) _lastObjections[objector].elsewhere -= 1;
    }

    function _loadRound(RoundId id) internal view returns (Round memory r) {
        r = _rounds[id];
        if (r.status == RoundStatus.None) revert OpGovUnknownRound(id);
    }

    function _state(Round memory r, uint32 executionWindow) internal view returns (RoundState) {
        RoundStatus s = r.status;
        if (
            s == RoundStatus.None || s == RoundStatus.Executed || s == RoundStatus.Withdrawn
                || s == RoundStatus.Rejected || s == RoundStatus.Expired
        ) return RoundState(uint8(s));
        if (s == RoundStatus.Active && block.timestamp < r.deadline) return RoundState.Open;
        if (block.timestamp >= uint256(r.deadline) + executionWindow) return RoundState.Expired;
        if (s == RoundStatus.Active) return r.objections == 0 ? RoundState.Consented : RoundState.Blocked;
        return RoundState(uint8(s));
    }

    function _requireState(RoundId id, Round memory r, RoundState current, bytes32 expected) internal pure {
        if ((uint256(1) << uint8(current)) & uint256(expected) == 0) {
            revert OpGovUnexpectedRoundState(id, current, expected);
        }
        r; // the round is passed for symmetry with callers that already loaded it
    }

    function _mask(RoundState a) internal pure returns (bytes32) {
        return bytes32(uint256(1) << uint8(a));
    }

    function _mask(RoundState a, RoundState b) internal pure returns (bytes32) {
        return bytes32((uint256(1) << uint8(a)) | (uint256(1) << uint8(b)));
    }

    function _openStates() internal pure returns (bytes32) {
        return bytes32(
            (uint256(1) << uint8(RoundState.Open)) | (uint256(1) << uint8(RoundState.Consented))
                | (uint256(1) << uint8(RoundState.Blocked)) | (uint256(1) << uint8(RoundState.Escalated))
                | (uint256(1) << uint8(RoundState.Accepted))
        );
    }

    function _resolverHat(CellId scope, uint8 lvl) internal view returns (uint256) {
        CellId parent = _parent(scope, lvl);
        return CellId.unwrap(parent) == 0 ? _communityHat() : CellId.unwrap(parent);
    }

    /// The proposer side of a round: the scope's member hat, or its cell hat in Conversation.
    function _requireProposer(CellId scope, Cell memory c) internal view {
        _requireWearer(c.phase == Phase.Conversation ? CellId.unwrap(scope) : _memberHat(scope, c));
    }

    /// Checks what a scope cell in its phase may propose, that allocations are charged to its
    /// own domains, and that the objector hats start with the required parties; with `commit`,
    /// also commits each allocation's amount to its domain (what `_release` gives back) in the
    /// same pass over the actions.
    function _checkActions(
        CellId scope,
        Cell memory c,
        Action[] calldata actions,
        uint64 requiredParties,
        uint256[] calldata objectorHats,
        bool commit
    ) internal {
        uint256 n = actions.length;
        if (n == 0 || n > MAX_ACTIONS) revert OpGovActionCount(n, MAX_ACTIONS);
        if (objectorHats.length > MAX_OBJECTOR_HATS) {
            revert OpGovTooManyObjectorHats(objectorHats.length, MAX_OBJECTOR_HATS);
        }
        uint8 parties;
        for (uint256 i; i < n; ++i) {
            Action calldata a = actions[i];
            ActionKind kind = a.kind;
            if (c.phase == Phase.Conversation) {
                // Conversation: the cell may only propose its own move to Formation.
                bool ok;
                if (kind == ActionKind.MovePhase) {
                    (CellId target, Phase to) = abi.decode(a.data, (CellId, Phase));
                    ok = CellId.unwrap(target) == CellId.unwrap(scope) && to == Phase.Formation;
                }
                if (!ok) revert OpGovActionNotAllowedInPhase(scope, c.phase, kind);
            } else if (kind == ActionKind.Allocation) {
                (DomainId domain, address token,, uint256 amount) = _allocationOf(a.data);
                if (amount == 0) revert OpGovZeroAmount();
                if (amount > type(uint128).max) revert OpGovAmountTooLarge(amount, type(uint128).max);
                if (DomainId.unwrap(domain) != 0) {
                    if (CellId.unwrap(_domain(domain).owner) != CellId.unwrap(scope)) {
                        revert OpGovActionOutOfScope(scope, i, kind);
                    }
                    if (commit) _commitAmount(domain, token, amount, true);
                }
            }
            parties |= uint8(requiredParties >> (8 * uint8(kind)));
        }
        _checkObjectors(scope, c, objectorHats, parties);
    }

    function _checkObjectors(CellId scope, Cell memory c, uint256[] calldata objectorHats, uint8 parties)
        internal
        view
    {
        uint256 count;
        uint256 parentCircle = _parentCircle(scope, c);
        uint256 members = _memberHat(scope, c);
        if (parties & Parties.PARENT_CIRCLE != 0) _requireObjectorAt(objectorHats, count++, parentCircle);
        if (parties & Parties.CELL_MEMBERS != 0 && members != 0) _requireObjectorAt(objectorHats, count++, members);
        if (parties & Parties.COMMUNITY != 0 && parentCircle != _communityHat()) {
            _requireObjectorAt(objectorHats, count++, _communityHat());
        }
        // Added parties: a cell's hats object in other cells' rounds from Organization on.
        for (uint256 i = count; i < objectorHats.length; ++i) {
            uint256 hat = objectorHats[i];
            if (hat == members || hat == parentCircle || hat == _communityHat()) continue;
            CellId owner = _cellOfHat(hat);
            if (CellId.unwrap(owner) == 0 || CellId.unwrap(owner) == CellId.unwrap(scope)) continue;
            Phase p = _cells[owner].phase;
            if (p == Phase.Completion) revert OpGovCellCompleted(owner);
            if (p < Phase.Organization) revert OpGovPhaseTooEarly(owner, p, Phase.Organization);
        }
    }

    function _requireObjectorAt(uint256[] calldata objectorHats, uint256 i, uint256 required) internal pure {
        uint256 given = i < objectorHats.length ? objectorHats[i] : 0;
        if (given != required) revert OpGovRequiredObjectorMissing(i, required, given);
    }

    /// Releases what `actions`' allocations committed to their domains. Only for content already
    /// checked against its round's commitment (see `_actionAt`).
    function _release(Action[] calldata actions) internal {
        uint256 n = actions.length;
        for (uint256 i; i < n; ++i) {
            (uint256 kind, bytes calldata data) = _actionAt(actions, i);
            // A treasury allocation (domain 0, the first word) committed nothing.
            if (kind != uint8(ActionKind.Allocation) || (data.length >= 32 && bytes32(data[:32]) == 0)) continue;
            (DomainId domain, address token,, uint256 amount) = _allocationOf(data);
            _commitAmount(domain, token, amount, false);
        }
    }

    /// The kind and data of `actions[i]`, read in place. Only for content already checked
    /// against its round's commitment: that content is the canonical encoding of what `propose`
    /// or `amend` decoded (every offset in bounds, every kind a valid `ActionKind`), or was
    /// decoded in full by `_verifyRevision`'s re-encoding.
    function _actionAt(Action[] calldata actions, uint256 i)
        internal
        pure
        returns (uint256 kind, bytes calldata data)
    {
        assembly ("memory-safe") {
            let a := add(actions.offset, calldataload(add(actions.offset, shl(5, i))))
            kind := calldataload(a)
            let d := add(a, calldataload(add(a, 0x20)))
            data.length := calldataload(d)
            data.offset := add(d, 0x20)
        }
    }

    /// Adds (or releases) one allocation's amount to (from) its domain's ledger word.
    function _commitAmount(DomainId domain, address token, uint256 amount, bool add) internal {
        Ledger memory ledger = _ledgers[domain][token];
        ledger.committed = add ? ledger.committed + uint128(amount) : ledger.committed - uint128(amount);
        ledger.kept = true;
        _ledgers[domain][token] = ledger;
    }

    /// Rolls a budget into the current epoch: a new epoch starts with nothing spent.
    function _roll(Budget memory b) internal view {
        if (b.epochLength == 0) return;
        uint32 epoch = uint32(block.timestamp / b.epochLength);
        if (epoch != b.epoch) {
            b.epoch = epoch;
            b.spent = 0;
        }
    }

    /// Pays `amount` of `token` from the treasury to `to`: by `transferFrom` on the treasury's
    /// allowance when the token's policy says `pull`, else through the treasury's module call.
    function _payFromTreasury(address token, bool pull, address to, uint256 amount) internal {
        if (!pull) return _transferFromTreasury(token, to, amount);
        if (!SafeERC20.trySafeTransferFrom(IERC20(token), address(_treasury()), to, amount)) {
            revert OpGovTreasuryTransferFailed(token, to, amount);
        }
    }

    /// The treasury call `_transferFromTreasury` makes, encoded at free memory (not reserved:
    /// used at once): `execTransactionFromModuleReturnData(target, value, data, Call)`.
    function _moduleCall(address token, address to, uint256 amount) internal pure returns (uint256 ptr, uint256 size) {
        bytes4 selector = ISafe.execTransactionFromModuleReturnData.selector;
        bytes4 transfer = IERC20.transfer.selector;
        assembly ("memory-safe") {
            ptr := mload(0x40)
            mstore(ptr, selector)
            mstore(add(ptr, 0x44), 0x80) // data's offset
            mstore(add(ptr, 0x64), 0) // Operation.Call
            size := 0xa4
            switch token
            case 0 {
                mstore(add(ptr, 0x04), to)
                mstore(add(ptr, 0x24), amount)
                mstore(add(ptr, 0x84), 0) // no data
            }
            default {
                mstore(add(ptr, 0x04), token)
                mstore(add(ptr, 0x24), 0)
                mstore(add(ptr, 0x84), 0x44)
                mstore(add(ptr, 0xa4), transfer)
                mstore(add(ptr, 0xa8), to)
                mstore(add(ptr, 0xc8), amount)
                mstore(add(ptr, 0xe8), 0) // padding
                size := 0x104
            }
        }
    }

    /// Pays through the treasury's `execTransactionFromModuleReturnData(target, value, data,
    /// Call)`: `to` with `amount` as value for the native token, else `token` with
    /// `transfer(to, amount)`. The call is encoded and its answer `(bool, bytes)` read in place.
    function _transferFromTreasury(address token, address to, uint256 amount) internal {
        address treasury = address(_treasury());
        (uint256 ptr, uint256 size) = _moduleCall(token, to, amount);
        bool reverted;
        bool success;
        assembly ("memory-safe") {
            let ok := call(gas(), treasury, 0, ptr, size, 0, 0)
            // (bool success, bytes returnData), as the Safe encodes it
            reverted := or(iszero(ok), lt(returndatasize(), 0x60))
            if iszero(reverted) {
                returndatacopy(ptr, 0, 0x60)
                success := mload(ptr)
                if gt(success, 1) { revert(0, 0) }
                if and(success, iszero(iszero(token))) {
                    // Tokens that return nothing are fine if they are contracts; those that
                    // return something must return true.
                    let length := mload(add(ptr, 0x40))
                    switch length
                    case 0 { success := gt(extcodesize(token), 0) }
                    default {
                        success := 0
                        if iszero(lt(length, 0x20)) {
                            if lt(returndatasize(), add(mload(add(ptr, 0x20)), 0x40)) { revert(0, 0) }
                            returndatacopy(ptr, add(mload(add(ptr, 0x20)), 0x20), 0x20)
                            let word := mload(ptr)
                            if gt(word, 1) { revert(0, 0) }
                            success := word
                        }
                    }
                }
            }
        }
        if (reverted) {
            if (!_treasury().isModuleEnabled(address(this))) revert OpGovTreasuryModuleDisabled(treasury);
            revert OpGovTreasuryTransferFailed(token, to, amount);
        }
        if (!success) revert OpGovTreasuryTransferFailed(token, to, amount);
    }

    /// An allocation's data, as `abi.decode(data, (DomainId, address, address, uint256))` reads
    /// it (refusing, as it does, short data and values that do not fit their types), from the
    /// calldata words in place.
    function _allocationOf(bytes calldata data)
        internal
        pure
        returns (DomainId domain, address token, address recipient, uint256 amount)
    {
        assembly ("memory-safe") {
            if lt(data.length, 0x80) { revert(0, 0) }
            let d := calldataload(data.offset)
            let t := calldataload(add(data.offset, 0x20))
            let r := calldataload(add(data.offset, 0x40))
            if or(gt(d, 0xffffffff), or(shr(160, t), shr(160, r))) { revert(0, 0) }
            domain := d
            token := t
            recipient := r
            amount := calldataload(add(data.offset, 0x60))
        }
    }

    /// Pays one allocation. Its record is the decision that carries it: the round's content
    /// (`RoundProposed` / `RoundAmended`, executed at the revision `RoundExecuted` names) or the
    /// community act (`CommunityActed`), whose actions hold domain, token, recipient and amount;
    /// the treasury's payment adds the token's `Transfer`.
    function _allocate(bool community, bytes calldata data) internal {
        (DomainId domain, address token, address recipient, uint256 amount) = _allocationOf(data);
        if (amount == 0) revert OpGovZeroAmount();
        if (amount > type(uint128).max) revert OpGovAmountTooLarge(amount, type(uint128).max);
        if (recipient == address(0)) revert OpGovZeroRecipient();
        uint256 policy = _policyWord(token);
        if (uint8(policy) == 0) revert OpGovTokenNotAllowed(token);
        // A round's allocations were checked against their domains' owners when it was proposed
        // or amended (`_checkActions`), and a domain never changes owner: only the community's
        // are looked up here.
        if (community && DomainId.unwrap(domain) != 0) _domain(domain);
        _payFromTreasury(token, uint8(policy >> 104) != 0, recipient, amount);
    }

    function _setConstraints(Constraints memory k) internal {
        if (
            k.minWindow == 0 || k.minWindow > k.maxWindow || k.maxWindow > MAX_WINDOW || k.executionWindow == 0
                || k.executionWindow > MAX_WINDOW
        ) revert OpGovInvalidConstraints(k.minWindow, k.maxWindow, k.executionWindow);
        for (uint8 kind; kind < 8; ++kind) {
            uint8 parties = uint8(k.requiredParties >> (8 * kind));
            uint8 minimum = uint8(MIN_REQUIRED_PARTIES >> (8 * kind));
            if (kind >= ACTION_KINDS) {
                if (parties != 0) revert OpGovPolicyBelowMinimum(ActionKind(ACTION_KINDS - 1), parties, 0);
                continue;
            }
            if (parties & minimum != minimum || parties & ~Parties.ALL != 0) {
                revert OpGovPolicyBelowMinimum(ActionKind(kind), parties, minimum);
            }
        }
        _constraints = k;
        address[] storage tokens = _mirroredTokens;
        for (uint256 i; i < tokens.length; ++i) {
            TokenPolicy storage p = _tokenPolicy[tokens[i]];
            p.spendingPaused = k.spendingPaused;
            p.executionWindow = k.executionWindow;
        }
        emit ConstraintsSet(k);
    }

    function _setSpendingPaused(bool paused) internal {
        _constraints.spendingPaused = paused;
        address[] storage tokens = _mirroredTokens;
        for (uint256 i; i < tokens.length; ++i) {
            _tokenPolicy[tokens[i]].spendingPaused = paused;
        }
    }

    /// Allows or disallows `token` with its per-domain cap; its first time, the token's word
    /// gets the constraints' mirror while there is room.
    function _setTokenPolicy(address token, bool allowed, uint96 capPerDomain) internal {
        TokenPolicy storage p = _tokenPolicy[token];
        p.allowed = allowed;
        p.cap = capPerDomain;
        if (!p.mirrored && _mirroredTokens.length < MAX_MIRRORED_TOKENS) {
            _mirroredTokens.push(token);
            p.mirrored = true;
            p.spendingPaused = _constraints.spendingPaused;
            p.executionWindow = _constraints.executionWindow;
        }
        emit TokenPolicySet(token, allowed, capPerDomain);
    }

    /// `token`'s policy word as stored (see `TokenPolicy`: allowed at bit 0, cap at 8, pull at
    /// 104, mirrored at 112, spendingPaused at 120, executionWindow at 128), read in one SLOAD.
    function _policyWord(address token) internal view returns (uint256 w) {
        TokenPolicy storage p = _tokenPolicy[token];
        assembly ("memory-safe") {
            w := sload(p.slot)
        }
    }

    /// Whether spending is paused, from `w` (the spent token's policy word) when it mirrors it.
    function _spendingPaused(uint256 w) internal view returns (bool) {
        return uint8(w >> 112) != 0 ? uint8(w >> 120) != 0 : _constraints.spendingPaused;
    }

    /// The execution window, from the policy word of the token of `content`'s first action when
    /// that is an allocation whose token mirrors it (the word `execute` reads anyway to pay it),
    /// else from the constraints. Read before `content` is checked against the round, and safe
    /// so: every mirroring word holds the same value as the constraints, so any token will do;
    /// the encoding is walked without reverting (anything out of bounds: no token).
    function _executionWindowFor(RoundContent calldata content) internal view returns (uint32) {
        bool found;
        address token;
        assembly ("memory-safe") {
            let size := calldatasize()
            let actions := add(content, calldataload(add(content, 0x60)))
            if lt(actions, size) {
                if calldataload(actions) {
                    let first := add(add(actions, 0x20), calldataload(add(actions, 0x20)))
                    // an Allocation (kind 0) whose data holds at least two words
                    if and(lt(first, size), iszero(calldataload(first))) {
                        let data := add(first, calldataload(add(first, 0x20)))
                        if and(lt(data, size), iszero(lt(calldataload(data), 0x40))) {
                            token := and(calldataload(add(data, 0x40)), 0xffffffffffffffffffffffffffffffffffffffff)
                            found := 1
                        }
                    }
                }
            }
        }
        if (found) {
            uint256 w = _policyWord(token);
            if (uint8(w >> 112) != 0) return uint32(w >> 128); // mirrored: executionWindow
        }
        return _constraints.executionWindow;
    }
}
