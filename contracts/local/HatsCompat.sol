// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IHats} from "../interfaces/hats/IHats.sol";
import {IHatsCompat} from "../interfaces/hats/IHatsCompat.sol";
import {IHatsEligibility} from "../interfaces/hats/IHatsEligibility.sol";
import {IHatsToggle} from "../interfaces/hats/IHatsToggle.sol";
import {IHatsIdUtilities} from "../interfaces/hats/IHatsIdUtilities.sol";

/// @title HatsCompat
/// @notice A Hats Protocol v1–compatible contract for local chains. opgov installs its runtime code
///         with `hardhat_setCode` at Hats' canonical address so the Hats SDK (`sdk-v1-core`) and
///         opgov's contracts talk to it as they talk to Hats on live chains.
/// @dev Written from Hats' published ABI and documentation, not from its source. It has no
///      constructor and no immutables: everything works from zeroed storage, which is what
///      `hardhat_setCode` gives. Its only deliberate differences from Hats v1 are listed in
///      `IHatsCompat` (named errors where Hats reverts without one), `baseImageURI` (empty), the
///      JSON layout of `uri`, and `unlinkTopHatFromTree` storing the tree root as active and the
///      named wearer in good standing (the state that check just proved), so an unlinked top hat
///      never falls back to a stale stored status.
///
///      Module answers. A toggle answers `getHatStatus(uint256)` with exactly 32 bytes holding 0 or
///      1; an eligibility module answers `getWearerStatus(address,uint256)` with exactly 64 bytes,
///      two words each 0 or 1. Anything else (a revert, no code, no data, short, long or
///      out-of-range data) is no answer, and the stored value is used instead: the stored active
///      status for toggles, and "eligible unless in stored bad standing" for eligibility. A wearer
///      in bad standing is never eligible.
contract HatsCompat is IHatsCompat {
    // ---------------------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IHats
    /// @dev Hats v1 takes it in its constructor; a setCode install has none, so it is a constant.
    // The getter's name is fixed by the Hats ABI.
    // solhint-disable-next-line const-name-snakecase
    string public constant name = "Hats Protocol v1";

    /// @inheritdoc IHats
    /// @dev Hats v1 takes it in its constructor; a setCode install has none, so it is empty.
    // The getter's name is fixed by the Hats ABI.
    // solhint-disable-next-line const-name-snakecase
    string public constant baseImageURI = "";

    uint256 private constant MAX_LEVELS = 14;
    uint256 private constant LEVEL_BITS = 16;
    uint256 private constant DOMAIN_SHIFT = 224;
    uint256 private constant MAX_STRING_BYTES = 7000;

    uint8 private constant FLAG_ACTIVE = 1;
    uint8 private constant FLAG_MUTABLE = 2;
    uint8 private constant FLAG_HAS_TOGGLE = 4;
    uint8 private constant FLAG_TOGGLE_IS_ELIGIBILITY = 8;

    bytes16 private constant HEX_DIGITS = "0123456789abcdef";

    bytes4 private constant ERC165_ID = 0x01ffc9a7;
    bytes4 private constant ERC1155_ID = 0xd9b67a26;
    bytes4 private constant ERC1155_METADATA_URI_ID = 0x0e89341c;

    // ---------------------------------------------------------------------------------------------
    // Storage: slot 0 lastTopHatId, 1 isApprovedForAll, 2 linkedTreeAdmins, 3 linkedTreeRequests,
    // 4 _hats, 5 _wearing (test/hats/gas.test.ts reads them with eth_getStorageAt).
    // ---------------------------------------------------------------------------------------------

    /// @dev One hat. `isWearerOfHat` reads at most two of its slots, both only after the wearer's
    ///      own slot shows a balance:
    ///
    ///      slot 0  bits   0..159  eligibility  module asked for eligibility and standing
    ///              bits 160..191  maxSupply    0: never created (or created with no room),
    ///                                          and mintHat reverts HatDoesNotExist, as in Hats
    ///              bits 192..223  supply       accounts holding it
    ///              bits 224..239  lastHatId    children created so far
    ///              bits 240..247  flags        FLAG_ACTIVE: stored status (used when the toggle
    ///                                          gives no answer); FLAG_MUTABLE; FLAG_HAS_TOGGLE:
    ///                                          toggle != 0, so a hat without a toggle (top hats)
    ///                                          never reads slot 1 nor calls out;
    ///                                          FLAG_TOGGLE_IS_ELIGIBILITY: the toggle is the
    ///                                          eligibility module (one contract serving as both,
    ///                                          as opgov does for its hats), so the toggle is
    ///                                          asked without reading slot 1
    ///      slot 1  bits   0..159  toggle
    ///      slot 2                 details      (string)
    ///      slot 3                 imageURI     (string)
    struct Hat {
        address eligibility;
        uint32 maxSupply;
        uint32 supply;
        uint16 lastHatId;
        uint8 flags;
        address toggle;
        string details;
        string imageURI;
    }

    /// @dev One slot per (hat, account): the static balance and the stored standing, so
    ///      `isWearerOfHat` returns after one cold read for non-wearers and has the standing
    ///      fallback at hand for wearers.
    struct Wearing {
        bool wears;
        bool badStanding;
    }

    /// @inheritdoc IHats
    uint32 public lastTopHatId;

    /// @inheritdoc IHats
    /// @dev Never written: approvals are disabled, so every answer is false.
    mapping(address owner => mapping(address operator => bool)) public isApprovedForAll;

    /// @inheritdoc IHats
    mapping(uint32 topHatDomain => uint256 adminHat) public linkedTreeAdmins;

    /// @inheritdoc IHats
    mapping(uint32 topHatDomain => uint256 requestedAdminHat) public linkedTreeRequests;

    mapping(uint256 hatId => Hat) private _hats;

    mapping(uint256 hatId => mapping(address account => Wearing)) private _wearing;

    // ---------------------------------------------------------------------------------------------
    // Internal: hat ids
    // ---------------------------------------------------------------------------------------------

    function _topHatId(uint32 domain) internal pure returns (uint256) {
        return uint256(domain) << DOMAIN_SHIFT;
    }

    function _domainOf(uint256 hatId) internal pure returns (uint32) {
        return uint32(hatId >> DOMAIN_SHIFT);
    }

    /// @dev 14 minus the number of empty 16-bit levels at the bottom of the id, found by halving.
    function _localLevel(uint256 hatId) internal pure returns (uint32) {
        uint256 levels = hatId & type(uint224).max;
        if (levels == 0) return 0;
        uint32 emptyBelow;
        if (levels & type(uint128).max == 0) {
            emptyBelow = 8;
            levels >>= 128;
        }
        if (levels & type(uint64).max == 0) {
            emptyBelow += 4;
            levels >>= 64;
        }
        if (levels & type(uint32).max == 0) {
            emptyBelow += 2;
            levels >>= 32;
        }
        if (levels & type(uint16).max == 0) emptyBelow += 1;
        return uint32(MAX_LEVELS) - emptyBelow;
    }

    function _isTreeTop(uint256 hatId) internal pure returns (bool) {
        return hatId != 0 && uint224(hatId) == 0;
    }

    function _adminAtLocalLevel(uint256 hatId, uint256 level) internal pure returns (uint256) {
        if (level >= MAX_LEVELS) return hatId;
        return hatId & (type(uint256).max << (LEVEL_BITS * (MAX_LEVELS - level)));
    }

    function _buildHatId(uint256 admin, uint16 child) internal pure returns (uint256) {
        uint256 level = _localLevel(admin);
        if (level == MAX_LEVELS) return 0;
        return admin | (uint256(child) << (LEVEL_BITS * (MAX_LEVELS - 1 - level)));
    }

    /// @dev The hat one step up: the parent inside the tree, or for a tree root the hat its tree is
    ///      linked under. `hasAdmin` is false for the top hat of an unlinked tree (its own admin).
    function _directAdmin(uint256 hatId) internal view returns (bool hasAdmin, uint256 admin) {
        uint32 level = _localLevel(hatId);
        if (level != 0) return (true, _adminAtLocalLevel(hatId, level - 1));
        admin = linkedTreeAdmins[_domainOf(hatId)];
        hasAdmin = admin != 0;
    }

    function _tippyTopDomain(uint32 domain) internal view returns (uint32) {
        uint256 admin = linkedTreeAdmins[domain];
        while (admin != 0) {
            domain = _domainOf(admin);
            admin = linkedTreeAdmins[domain];
        }
        return domain;
    }

    function _hatLevel(uint256 hatId) internal view returns (uint32 level) {
        level = _localLevel(hatId);
        uint256 admin = linkedTreeAdmins[_domainOf(hatId)];
        while (admin != 0) {
            level += 1 + _localLevel(admin);
            admin = linkedTreeAdmins[_domainOf(admin)];
        }
    }

    function _isUnlinkedTopHat(uint256 hatId) internal view returns (bool) {
        return _isTreeTop(hatId) && linkedTreeAdmins[_domainOf(hatId)] == 0;
    }

    // ---------------------------------------------------------------------------------------------
    // Internal: modules
    // ---------------------------------------------------------------------------------------------

    /// @dev Asks `toggle` whether `hatId` is active. `answered` is false unless the call succeeds
    ///      with exactly one word holding 0 or 1. No memory is allocated.
    function _askToggle(address toggle, uint256 hatId) internal view returns (bool answered, bool active) {
        bytes4 selector = IHatsToggle.getHatStatus.selector;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            mstore(add(ptr, 0x04), hatId)
            // Yul evaluates arguments right to left: call first, then look at the return size.
            let ok := staticcall(gas(), toggle, ptr, 0x24, ptr, 0x20)
            if and(ok, eq(returndatasize(), 0x20)) {
                let word := mload(ptr)
                if lt(word, 2) {
                    answered := 1
                    active := word
                }
            }
        }
    }

    /// @dev Asks `eligibility` about `wearer`. `answered` is false unless the call succeeds with
    ///      exactly two words each holding 0 or 1. No memory is allocated.
    function _askEligibility(address eligibility, address wearer, uint256 hatId)
        internal
        view
        returns (bool answered, bool eligible, bool standing)
    {
        bytes4 selector = IHatsEligibility.getWearerStatus.selector;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, selector)
            mstore(add(ptr, 0x04), wearer)
            mstore(add(ptr, 0x24), hatId)
            let ok := staticcall(gas(), eligibility, ptr, 0x44, ptr, 0x40)
            if and(ok, eq(returndatasize(), 0x40)) {
                let first := mload(ptr)
                let second := mload(add(ptr, 0x20))
                if and(lt(first, 2), lt(second, 2)) {
                    answered := 1
                    eligible := first
                    standing := second
                }
            }
        }
    }

    function _isActive(Hat storage hat, uint256 hatId) internal view returns (bool) {
        (address eligibility, uint8 flags) = (hat.eligibility, hat.flags);
        return _isActive(hat, hatId, eligibility, flags);
    }

    /// @dev `eligibility` and `flags` are the hat's, passed in by callers that already read its
    ///      first slot.
    function _isActive(Hat storage hat, uint256 hatId, address eligibility, uint8 flags)
        internal
        view
        returns (bool)
    {
        if (flags & FLAG_HAS_TOGGLE != 0) {
            address toggle = flags & FLAG_TOGGLE_IS_ELIGIBILITY != 0 ? eligibility : hat.toggle;
            (bool answered, bool active) = _askToggle(toggle, hatId);
            if (answered) return active;
        }
        return flags & FLAG_ACTIVE != 0;
    }

    /// @dev Recomputes the module flags from `toggle` and `eligibility` (the hat's, as stored).
    function _moduleFlags(uint8 flags, address toggle, address eligibility) internal pure returns (uint8) {
        flags &= ~(FLAG_HAS_TOGGLE | FLAG_TOGGLE_IS_ELIGIBILITY);
        if (toggle != address(0)) {
            flags |= FLAG_HAS_TOGGLE;
            if (toggle == eligibility) flags |= FLAG_TOGGLE_IS_ELIGIBILITY;
        }
        return flags;
    }

    /// @dev Eligible and in good standing by the module's answer, else not in stored bad standing.
    function _isEligible(address eligibility, address wearer, uint256 hatId, bool storedBadStanding)
        internal
        view
        returns (bool)
    {
        if (eligibility != address(0)) {
            (bool answered, bool eligible, bool standing) = _askEligibility(eligibility, wearer, hatId);
            if (answered) return eligible && standing;
        }
        return !storedBadStanding;
    }

    /// @dev The heart of `isWearerOfHat` and `balanceOf`: static balance, then status, then
    ///      eligibility, each read only when the previous one passed.
    ///      Each packed slot is read once, both fields together (the optimizer does not merge a
    ///      second read of the same slot across the branches and calls in between).
    function _wears(address account, uint256 hatId) internal view returns (bool) {
        Wearing storage wearing = _wearing[hatId][account];
        (bool wears, bool badStanding) = (wearing.wears, wearing.badStanding);
        if (!wears) return false;
        Hat storage hat = _hats[hatId];
        (address eligibility, uint8 flags) = (hat.eligibility, hat.flags);
        if (!_isActive(hat, hatId, eligibility, flags)) return false;
        return _isEligible(eligibility, account, hatId, badStanding);
    }

    /// @dev Walks up from `hatId`'s direct admin, through linked trees, until `account` wears one.
    ///      An unlinked top hat is its own admin. Link chains are acyclic (checked on every link).
    function _isAdmin(address account, uint256 hatId) internal view returns (bool isAdmin) {
        (bool hasAdmin, uint256 admin) = _directAdmin(hatId);
        if (!hasAdmin) return _wears(account, hatId);
        while (true) {
            if (_wears(account, admin)) return true;
            (hasAdmin, admin) = _directAdmin(admin);
            if (!hasAdmin) return false;
        }
    }

    function _checkAdmin(uint256 hatId) internal view {
        if (!_isAdmin(msg.sender, hatId)) revert NotAdmin(msg.sender, hatId);
    }

    /// @dev The link approver must be an admin of a hat below `newAdminHat`, i.e. wear it or one of
    ///      its admins; at local level 14 there is no hat below, hence the other error.
    function _checkLinkApprover(uint256 newAdminHat) internal view {
        if (_localLevel(newAdminHat) < MAX_LEVELS) {
            uint256 child = _buildHatId(newAdminHat, 1);
            if (!_isAdmin(msg.sender, child)) revert NotAdmin(msg.sender, child);
        } else if (!_wears(msg.sender, newAdminHat) && !_isAdmin(msg.sender, newAdminHat)) {
            revert NotAdminOrWearer();
        }
    }

    /// @dev `value` as 0x-prefixed, 64 hex digits (the readable form of a hat id).
    function _toHex32(uint256 value) internal pure returns (string memory) {
        bytes memory digits = new bytes(66);
        digits[0] = "0";
        digits[1] = "x";
        for (uint256 i = 65; i > 1; --i) {
            digits[i] = HEX_DIGITS[value & 0xf];
            value >>= 4;
        }
        return string(digits);
    }

    function _checkMutable(Hat storage hat) internal view {
        if (hat.flags & FLAG_MUTABLE == 0) revert Immutable();
    }

    function _checkString(string calldata value) internal pure {
        if (bytes(value).length > MAX_STRING_BYTES) revert StringTooLong();
    }

    function _nextChild(uint256 admin) internal view returns (uint256) {
        uint16 last = _hats[admin].lastHatId;
        if (last == type(uint16).max) revert HatsCompatMaxChildrenReached(admin);
        return _buildHatId(admin, last + 1);
    }

    // ---------------------------------------------------------------------------------------------
    // Internal: state changes
    // ---------------------------------------------------------------------------------------------

    function _createHat(
        uint256 hatId,
        string memory details,
        uint32 maxSupply,
        address eligibility,
        address toggle,
        bool mutable_,
        string memory imageURI
    ) internal {
        Hat storage hat = _hats[hatId];
        uint8 flags = FLAG_ACTIVE;
        if (mutable_) flags |= FLAG_MUTABLE;
        if (toggle != address(0)) hat.toggle = toggle;
        hat.eligibility = eligibility;
        hat.maxSupply = maxSupply;
        hat.flags = _moduleFlags(flags, toggle, eligibility);
        if (bytes(details).length != 0) hat.details = details;
        if (bytes(imageURI).length != 0) hat.imageURI = imageURI;
        emit HatCreated(hatId, details, maxSupply, eligibility, toggle, mutable_, imageURI);
    }

    function _createChild(
        uint256 admin,
        string memory details,
        uint32 maxSupply,
        address eligibility,
        address toggle,
        bool mutable_,
        string memory imageURI
    ) internal returns (uint256 hatId) {
        if (uint16(admin) != 0) revert MaxLevelsReached();
        if (eligibility == address(0) || toggle == address(0)) revert ZeroAddress();
        if (!isValidHatId(admin)) revert InvalidHatId();
        hatId = _nextChild(admin);
        _checkAdmin(hatId);
        ++_hats[admin].lastHatId;
        _createHat(hatId, details, maxSupply, eligibility, toggle, mutable_, imageURI);
    }

    function _mintHat(uint256 hatId, address wearer) internal {
        Hat storage hat = _hats[hatId];
        uint32 maxSupply = hat.maxSupply;
        if (maxSupply == 0) revert HatDoesNotExist(hatId);
        Wearing storage wearing = _wearing[hatId][wearer];
        if (!_isEligible(hat.eligibility, wearer, hatId, wearing.badStanding)) revert NotEligible();
        if (!_isActive(hat, hatId)) revert HatNotActive();
        _checkAdmin(hatId);
        if (hat.supply >= maxSupply) revert AllHatsWorn(hatId);
        if (wearing.wears) revert AlreadyWearingHat(wearer, hatId);
        _mint(hat, wearing, hatId, wearer);
    }

    function _mint(Hat storage hat, Wearing storage wearing, uint256 hatId, address wearer) internal {
        wearing.wears = true;
        ++hat.supply;
        emit TransferSingle(msg.sender, address(0), wearer, hatId, 1);
    }

    function _burn(Hat storage hat, Wearing storage wearing, uint256 hatId, address wearer) internal {
        wearing.wears = false;
        --hat.supply;
        emit TransferSingle(msg.sender, wearer, address(0), hatId, 1);
    }

    function _storeStatus(Hat storage hat, uint256 hatId, bool active) internal returns (bool changed) {
        uint8 flags = hat.flags;
        if ((flags & FLAG_ACTIVE != 0) == active) return false;
        hat.flags = active ? flags | FLAG_ACTIVE : flags & ~FLAG_ACTIVE;
        emit HatStatusChanged(hatId, active);
        return true;
    }

    /// @dev Burns first (an ineligible or bad-standing wearer loses the hat), then stores the
    ///      standing; the Hats SDK reads the two events in this order.
    function _storeWearerStatus(uint256 hatId, address wearer, bool eligible, bool standing)
        internal
        returns (bool updated)
    {
        Wearing storage wearing = _wearing[hatId][wearer];
        if (wearing.wears && !(eligible && standing)) {
            _burn(_hats[hatId], wearing, hatId, wearer);
            updated = true;
        }
        if (wearing.badStanding == standing) {
            wearing.badStanding = !standing;
            emit WearerStandingChanged(hatId, wearer, standing);
            updated = true;
        }
    }

    /// @dev Runs `call` on this contract as the current caller; a revert bubbles up unchanged.
    function _delegateToSelf(bytes calldata call) internal returns (bytes memory result) {
        assembly ("memory-safe") {
            result := mload(0x40)
            calldatacopy(result, call.offset, call.length)
            let ok := delegatecall(gas(), address(), result, call.length, 0, 0)
            let size := returndatasize()
            if iszero(ok) {
                returndatacopy(result, 0, size)
                revert(result, size)
            }
            mstore(result, size)
            returndatacopy(add(result, 0x20), 0, size)
            mstore(0x40, add(add(result, 0x20), and(add(size, 0x1f), not(0x1f))))
        }
    }

    function _setDetails(Hat storage hat, uint256 hatId, string calldata details) internal {
        hat.details = details;
        emit HatDetailsChanged(hatId, details);
    }

    function _setImageURI(Hat storage hat, uint256 hatId, string calldata imageURI) internal {
        hat.imageURI = imageURI;
        emit HatImageURIChanged(hatId, imageURI);
    }

    function _setEligibility(Hat storage hat, uint256 hatId, address eligibility) internal {
        hat.eligibility = eligibility;
        hat.flags = _moduleFlags(hat.flags, hat.toggle, eligibility);
        emit HatEligibilityChanged(hatId, eligibility);
    }

    function _setToggle(Hat storage hat, uint256 hatId, address toggle) internal {
        hat.toggle = toggle;
        hat.flags = _moduleFlags(hat.flags, toggle, hat.eligibility);
        emit HatToggleChanged(hatId, toggle);
    }

    /// @dev Links the top hat of `domain` under `newAdminHat`, optionally giving it modules, details
    ///      and an image. A tree that is already linked may only move inside its tippy-top tree.
    function _linkTree(
        uint32 domain,
        uint256 newAdminHat,
        address eligibility,
        address toggle,
        string calldata details,
        string calldata imageURI
    ) internal {
        if (!noCircularLinkage(domain, newAdminHat)) revert CircularLinkage();
        if (linkedTreeAdmins[domain] != 0 && !sameTippyTopHatDomain(domain, newAdminHat)) {
            revert CrossTreeLinkage();
        }
        _checkString(details);
        _checkString(imageURI);
        uint256 topHatId = _topHatId(domain);
        Hat storage hat = _hats[topHatId];
        if (eligibility != address(0)) _setEligibility(hat, topHatId, eligibility);
        if (toggle != address(0)) _setToggle(hat, topHatId, toggle);
        if (bytes(details).length != 0) _setDetails(hat, topHatId, details);
        if (bytes(imageURI).length != 0) _setImageURI(hat, topHatId, imageURI);
        linkedTreeAdmins[domain] = newAdminHat;
        emit TopHatLinked(domain, newAdminHat);
    }

    // ---------------------------------------------------------------------------------------------
    // Writes: creating and minting
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IHats
    function mintTopHat(address _target, string calldata _details, string calldata _imageURI)
        external
        returns (uint256 topHatId)
    {
        topHatId = _topHatId(++lastTopHatId);
        _createHat(topHatId, _details, 1, address(0), address(0), false, _imageURI);
        _mint(_hats[topHatId], _wearing[topHatId][_target], topHatId, _target);
    }

    /// @inheritdoc IHats
    function createHat(
        uint256 _admin,
        string calldata _details,
        uint32 _maxSupply,
        address _eligibility,
        address _toggle,
        bool _mutable,
        string calldata _imageURI
    ) external returns (uint256 newHatId) {
        newHatId = _createChild(_admin, _details, _maxSupply, _eligibility, _toggle, _mutable, _imageURI);
    }

    /// @inheritdoc IHats
    function batchCreateHats(
        uint256[] memory _admins,
        string[] memory _details,
        uint32[] memory _maxSupplies,
        address[] memory _eligibilityModules,
        address[] memory _toggleModules,
        bool[] memory _mutables,
        string[] memory _imageURIs
    ) public returns (bool success) {
        uint256 count = _admins.length;
        if (
            _details.length != count || _maxSupplies.length != count || _eligibilityModules.length != count
                || _toggleModules.length != count || _mutables.length != count || _imageURIs.length != count
        ) revert BatchArrayLengthMismatch();
        for (uint256 i; i < count; ++i) {
            _createChild(
                _admins[i],
                _details[i],
                _maxSupplies[i],
                _eligibilityModules[i],
                _toggleModules[i],
                _mutables[i],
                _imageURIs[i]
            );
        }
        return true;
    }

    /// @inheritdoc IHats
    function mintHat(uint256 _hatId, address _wearer) external returns (bool success) {
        _mintHat(_hatId, _wearer);
        return true;
    }

    /// @inheritdoc IHats
    function batchMintHats(uint256[] calldata _hatIds, address[] calldata _wearers) external returns (bool success) {
        uint256 count = _hatIds.length;
        if (_wearers.length != count) revert BatchArrayLengthMismatch();
        for (uint256 i; i < count; ++i) {
            _mintHat(_hatIds[i], _wearers[i]);
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // Writes: status, standing, wearers
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IHats
    function setHatStatus(uint256 _hatId, bool _newStatus) external returns (bool toggled) {
        Hat storage hat = _hats[_hatId];
        if (msg.sender != hat.toggle) revert NotHatsToggle();
        toggled = _storeStatus(hat, _hatId, _newStatus);
    }

    /// @inheritdoc IHats
    function checkHatStatus(uint256 _hatId) external returns (bool toggled) {
        Hat storage hat = _hats[_hatId];
        (bool answered, bool active) = _askToggle(hat.toggle, _hatId);
        if (!answered) revert NotHatsToggle();
        toggled = _storeStatus(hat, _hatId, active);
    }

    /// @inheritdoc IHats
    function setHatWearerStatus(uint256 _hatId, address _wearer, bool _eligible, bool _standing)
        external
        returns (bool updated)
    {
        if (msg.sender != _hats[_hatId].eligibility) revert NotHatsEligibility();
        updated = _storeWearerStatus(_hatId, _wearer, _eligible, _standing);
    }

    /// @inheritdoc IHats
    function checkHatWearerStatus(uint256 _hatId, address _wearer) external returns (bool updated) {
        (bool answered, bool eligible, bool standing) = _askEligibility(_hats[_hatId].eligibility, _wearer, _hatId);
        if (!answered) revert NotHatsEligibility();
        updated = _storeWearerStatus(_hatId, _wearer, eligible, standing);
    }

    /// @inheritdoc IHats
    function renounceHat(uint256 _hatId) external {
        Wearing storage wearing = _wearing[_hatId][msg.sender];
        if (!wearing.wears) revert NotHatWearer();
        _burn(_hats[_hatId], wearing, _hatId, msg.sender);
    }

    /// @inheritdoc IHats
    /// @dev Checks the stored balances, not `isWearerOfHat`: an admin may move a hat away from a
    ///      wearer whose module currently rules them out.
    function transferHat(uint256 _hatId, address _from, address _to) external {
        _checkAdmin(_hatId);
        Hat storage hat = _hats[_hatId];
        if (!_isUnlinkedTopHat(_hatId)) _checkMutable(hat);
        Wearing storage from = _wearing[_hatId][_from];
        if (!from.wears) revert NotHatWearer();
        Wearing storage to = _wearing[_hatId][_to];
        if (to.wears) revert AlreadyWearingHat(_to, _hatId);
        if (!_isEligible(hat.eligibility, _to, _hatId, to.badStanding)) revert NotEligible();
        if (!_isActive(hat, _hatId)) revert HatNotActive();
        from.wears = false;
        to.wears = true;
        emit TransferSingle(msg.sender, _from, _to, _hatId, 1);
    }

    // ---------------------------------------------------------------------------------------------
    // Writes: linked trees
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IHats
    function requestLinkTopHatToTree(uint32 _topHatDomain, uint256 _requestedAdminHat) external {
        _checkAdmin(_topHatId(_topHatDomain));
        linkedTreeRequests[_topHatDomain] = _requestedAdminHat;
        emit TopHatLinkRequested(_topHatDomain, _requestedAdminHat);
    }

    /// @inheritdoc IHats
    function approveLinkTopHatToTree(
        uint32 _topHatDomain,
        uint256 _newAdminHat,
        address _eligibility,
        address _toggle,
        string calldata _details,
        string calldata _imageURI
    ) external {
        if (_newAdminHat == 0 || linkedTreeRequests[_topHatDomain] != _newAdminHat) revert LinkageNotRequested();
        _checkLinkApprover(_newAdminHat);
        delete linkedTreeRequests[_topHatDomain];
        _linkTree(_topHatDomain, _newAdminHat, _eligibility, _toggle, _details, _imageURI);
    }

    /// @inheritdoc IHats
    /// @dev Deliberate addition to Hats v1: the tree root is stored active and `_wearer` in good
    ///      standing, which the wearer check has just established, so clearing the modules cannot
    ///      leave the top hat on a stale stored status.
    function unlinkTopHatFromTree(uint32 _topHatDomain, address _wearer) external {
        uint256 topHatId = _topHatId(_topHatDomain);
        _checkAdmin(topHatId);
        if (!_wears(_wearer, topHatId)) revert InvalidUnlink();
        delete linkedTreeAdmins[_topHatDomain];
        Hat storage hat = _hats[topHatId];
        hat.eligibility = address(0);
        hat.toggle = address(0);
        hat.flags = _moduleFlags(hat.flags, address(0), address(0));
        _storeStatus(hat, topHatId, true);
        _storeWearerStatus(topHatId, _wearer, true, true);
        emit TopHatLinked(_topHatDomain, 0);
    }

    /// @inheritdoc IHats
    function relinkTopHatWithinTree(
        uint32 _topHatDomain,
        uint256 _newAdminHat,
        address _eligibility,
        address _toggle,
        string calldata _details,
        string calldata _imageURI
    ) external {
        _checkLinkApprover(_newAdminHat);
        _checkAdmin(_topHatId(_topHatDomain));
        if (!sameTippyTopHatDomain(_topHatDomain, _newAdminHat)) revert CrossTreeLinkage();
        _linkTree(_topHatDomain, _newAdminHat, _eligibility, _toggle, _details, _imageURI);
    }

    // ---------------------------------------------------------------------------------------------
    // Writes: admin changes
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IHats
    function makeHatImmutable(uint256 _hatId) external {
        _checkAdmin(_hatId);
        Hat storage hat = _hats[_hatId];
        _checkMutable(hat);
        hat.flags &= ~FLAG_MUTABLE;
        emit HatMutabilityChanged(_hatId);
    }

    /// @inheritdoc IHats
    function changeHatDetails(uint256 _hatId, string calldata _newDetails) external {
        _checkString(_newDetails);
        _checkAdmin(_hatId);
        Hat storage hat = _hats[_hatId];
        if (!_isUnlinkedTopHat(_hatId)) _checkMutable(hat);
        _setDetails(hat, _hatId, _newDetails);
    }

    /// @inheritdoc IHats
    function changeHatEligibility(uint256 _hatId, address _newEligibility) external {
        if (_newEligibility == address(0)) revert ZeroAddress();
        _checkAdmin(_hatId);
        Hat storage hat = _hats[_hatId];
        _checkMutable(hat);
        _setEligibility(hat, _hatId, _newEligibility);
    }

    /// @inheritdoc IHats
    function changeHatToggle(uint256 _hatId, address _newToggle) external {
        if (_newToggle == address(0)) revert ZeroAddress();
        _checkAdmin(_hatId);
        Hat storage hat = _hats[_hatId];
        _checkMutable(hat);
        (bool answered, bool active) = _askToggle(hat.toggle, _hatId);
        if (answered) _storeStatus(hat, _hatId, active);
        _setToggle(hat, _hatId, _newToggle);
    }

    /// @inheritdoc IHats
    function changeHatImageURI(uint256 _hatId, string calldata _newImageURI) external {
        _checkString(_newImageURI);
        _checkAdmin(_hatId);
        Hat storage hat = _hats[_hatId];
        if (!_isUnlinkedTopHat(_hatId)) _checkMutable(hat);
        _setImageURI(hat, _hatId, _newImageURI);
    }

    /// @inheritdoc IHats
    function changeHatMaxSupply(uint256 _hatId, uint32 _newMaxSupply) external {
        _checkAdmin(_hatId);
        Hat storage hat = _hats[_hatId];
        _checkMutable(hat);
        if (_newMaxSupply < hat.supply) revert NewMaxSupplyTooLow();
        if (_newMaxSupply != hat.maxSupply) {
            hat.maxSupply = _newMaxSupply;
            emit HatMaxSupplyChanged(_hatId, _newMaxSupply);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Writes: ERC-1155 (disabled) and multicall
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IHats
    function setApprovalForAll(address, bool) external pure {
        revert HatsCompatTransferDisabled();
    }

    /// @inheritdoc IHats
    function safeTransferFrom(address, address, uint256, uint256, bytes calldata) external pure {
        revert HatsCompatTransferDisabled();
    }

    /// @inheritdoc IHats
    function safeBatchTransferFrom(address, address, uint256[] calldata, uint256[] calldata, bytes calldata)
        external
        pure
    {
        revert HatsCompatTransferDisabled();
    }

    /// @inheritdoc IHats
    function multicall(bytes[] calldata data) external returns (bytes[] memory results) {
        results = new bytes[](data.length);
        for (uint256 i; i < data.length; ++i) {
            results[i] = _delegateToSelf(data[i]);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reads: wearers and hats
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IHats
    function isWearerOfHat(address _user, uint256 _hatId) external view returns (bool isWearer) {
        isWearer = _wears(_user, _hatId);
    }

    /// @inheritdoc IHats
    function balanceOf(address _wearer, uint256 _hatId) external view returns (uint256 balance) {
        balance = _wears(_wearer, _hatId) ? 1 : 0;
    }

    /// @inheritdoc IHats
    function balanceOfBatch(address[] calldata _wearers, uint256[] calldata _hatIds)
        external
        view
        returns (uint256[] memory balances)
    {
        if (_wearers.length != _hatIds.length) revert BatchArrayLengthMismatch();
        balances = new uint256[](_wearers.length);
        for (uint256 i; i < _wearers.length; ++i) {
            balances[i] = _wears(_wearers[i], _hatIds[i]) ? 1 : 0;
        }
    }

    /// @inheritdoc IHats
    function isAdminOfHat(address _user, uint256 _hatId) external view returns (bool isAdmin) {
        isAdmin = _isAdmin(_user, _hatId);
    }

    /// @inheritdoc IHats
    function isActive(uint256 _hatId) external view returns (bool active) {
        active = _isActive(_hats[_hatId], _hatId);
    }

    /// @inheritdoc IHats
    function isEligible(address _wearer, uint256 _hatId) external view returns (bool eligible) {
        eligible = _isEligible(_hats[_hatId].eligibility, _wearer, _hatId, _wearing[_hatId][_wearer].badStanding);
    }

    /// @inheritdoc IHats
    function isInGoodStanding(address _wearer, uint256 _hatId) external view returns (bool standing) {
        address eligibility = _hats[_hatId].eligibility;
        if (eligibility != address(0)) {
            bool answered;
            (answered,, standing) = _askEligibility(eligibility, _wearer, _hatId);
            if (answered) return standing;
        }
        standing = !_wearing[_hatId][_wearer].badStanding;
    }

    /// @inheritdoc IHats
    function badStandings(uint256 hatId, address wearer) external view returns (bool) {
        return _wearing[hatId][wearer].badStanding;
    }

    /// @inheritdoc IHats
    function viewHat(uint256 _hatId)
        external
        view
        returns (
            string memory details,
            uint32 maxSupply,
            uint32 supply,
            address eligibility,
            address toggle,
            string memory imageURI,
            uint16 lastHatId,
            bool mutable_,
            bool active
        )
    {
        Hat storage hat = _hats[_hatId];
        details = hat.details;
        maxSupply = hat.maxSupply;
        supply = hat.supply;
        eligibility = hat.eligibility;
        toggle = hat.toggle;
        imageURI = hat.imageURI;
        lastHatId = hat.lastHatId;
        mutable_ = hat.flags & FLAG_MUTABLE != 0;
        active = _isActive(hat, _hatId);
    }

    /// @inheritdoc IHats
    function hatSupply(uint256 _hatId) external view returns (uint32 supply) {
        supply = _hats[_hatId].supply;
    }

    /// @inheritdoc IHats
    function getHatEligibilityModule(uint256 _hatId) external view returns (address eligibility) {
        eligibility = _hats[_hatId].eligibility;
    }

    /// @inheritdoc IHats
    function getHatToggleModule(uint256 _hatId) external view returns (address toggle) {
        toggle = _hats[_hatId].toggle;
    }

    /// @inheritdoc IHats
    function getHatMaxSupply(uint256 _hatId) external view returns (uint32 maxSupply) {
        maxSupply = _hats[_hatId].maxSupply;
    }

    /// @inheritdoc IHats
    function getNextId(uint256 _admin) external view returns (uint256 nextId) {
        nextId = _nextChild(_admin);
    }

    /// @inheritdoc IHats
    function getImageURIForHat(uint256 _hatId) public view returns (string memory _uri) {
        uint256 hatId = _hatId;
        while (true) {
            _uri = _hats[hatId].imageURI;
            if (bytes(_uri).length != 0) return _uri;
            bool hasAdmin;
            (hasAdmin, hatId) = _directAdmin(hatId);
            if (!hasAdmin) return baseImageURI;
        }
    }

    /// @inheritdoc IHats
    function uri(uint256 id) external view returns (string memory _uri) {
        Hat storage hat = _hats[id];
        (bool hasAdmin, uint256 admin) = _directAdmin(id);
        string memory properties = string.concat(
            "{\"domain\":",
            Strings.toString(_domainOf(id)),
            ",\"id\":\"",
            Strings.toString(id),
            "\",\"pretty id\":\"",
            _toHex32(id),
            "\",\"status\":\"",
            _isActive(hat, id) ? "active" : "inactive",
            "\",\"current supply\":",
            Strings.toString(hat.supply),
            ",\"supply cap\":",
            Strings.toString(hat.maxSupply),
            ",\"admin\":\"",
            _toHex32(hasAdmin ? admin : id),
            "\"}"
        );
        bytes memory json = bytes(
            string.concat(
                "{\"name\":\"Hat\",\"description\":\"",
                Strings.escapeJSON(hat.details),
                "\",\"image\":\"",
                Strings.escapeJSON(getImageURIForHat(id)),
                "\",\"properties\":",
                properties,
                "}"
            )
        );
        _uri = string.concat("data:application/json;base64,", Base64.encode(json));
    }

    /// @inheritdoc IHats
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        return interfaceId == ERC165_ID || interfaceId == ERC1155_ID || interfaceId == ERC1155_METADATA_URI_ID;
    }

    // ---------------------------------------------------------------------------------------------
    // Reads: hat ids
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IHatsIdUtilities
    function buildHatId(uint256 _admin, uint16 _newHat) external pure returns (uint256 id) {
        id = _buildHatId(_admin, _newHat);
    }

    /// @inheritdoc IHatsIdUtilities
    function getHatLevel(uint256 _hatId) external view returns (uint32 level) {
        level = _hatLevel(_hatId);
    }

    /// @inheritdoc IHatsIdUtilities
    function getLocalHatLevel(uint256 _hatId) external pure returns (uint32 level) {
        level = _localLevel(_hatId);
    }

    /// @inheritdoc IHatsIdUtilities
    function isTopHat(uint256 _hatId) external view returns (bool _isTopHat) {
        _isTopHat = _isUnlinkedTopHat(_hatId);
    }

    /// @inheritdoc IHatsIdUtilities
    function isLocalTopHat(uint256 _hatId) external pure returns (bool _isLocalTopHat) {
        _isLocalTopHat = _isTreeTop(_hatId);
    }

    /// @inheritdoc IHatsIdUtilities
    function isValidHatId(uint256 _hatId) public pure returns (bool validHatId) {
        uint256 level = _localLevel(_hatId);
        for (uint256 i = 1; i < level; ++i) {
            if (uint16(_hatId >> (LEVEL_BITS * (MAX_LEVELS - i))) == 0) return false;
        }
        return true;
    }

    /// @inheritdoc IHatsIdUtilities
    function getAdminAtLevel(uint256 _hatId, uint32 _level) external view returns (uint256 admin) {
        uint256 hatId = _hatId;
        while (true) {
            uint256 linkedAdmin = linkedTreeAdmins[_domainOf(hatId)];
            if (linkedAdmin == 0) return _adminAtLocalLevel(hatId, _level);
            uint32 rootLevel = _hatLevel(linkedAdmin) + 1;
            if (_level >= rootLevel) return _adminAtLocalLevel(hatId, _level - rootLevel);
            hatId = linkedAdmin;
        }
    }

    /// @inheritdoc IHatsIdUtilities
    function getAdminAtLocalLevel(uint256 _hatId, uint32 _level) external pure returns (uint256 admin) {
        admin = _adminAtLocalLevel(_hatId, _level);
    }

    /// @inheritdoc IHatsIdUtilities
    function getTopHatDomain(uint256 _hatId) external pure returns (uint32 domain) {
        domain = _domainOf(_hatId);
    }

    /// @inheritdoc IHatsIdUtilities
    function getTippyTopHatDomain(uint32 _topHatDomain) external view returns (uint32 domain) {
        domain = _tippyTopDomain(_topHatDomain);
    }

    /// @inheritdoc IHatsIdUtilities
    function noCircularLinkage(uint32 _topHatDomain, uint256 _linkedAdmin) public view returns (bool notCircular) {
        uint32 domain = _domainOf(_linkedAdmin);
        while (true) {
            if (domain == _topHatDomain) return false;
            uint256 admin = linkedTreeAdmins[domain];
            if (admin == 0) return true;
            domain = _domainOf(admin);
        }
    }

    /// @inheritdoc IHatsIdUtilities
    function sameTippyTopHatDomain(uint32 _topHatDomain, uint256 _newAdminHat) public view returns (bool sameDomain) {
        sameDomain = _tippyTopDomain(_topHatDomain) == _tippyTopDomain(_domainOf(_newAdminHat));
    }
}
