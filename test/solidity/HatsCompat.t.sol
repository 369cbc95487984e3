// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {HatsCompat} from "../../contracts/local/HatsCompat.sol";
import {IHatsErrors} from "../../contracts/interfaces/hats/IHatsErrors.sol";
import {HatIds} from "../../contracts/libraries/HatIds.sol";
import {Assertions} from "./Assertions.sol";

// Reverts are observed through low-level calls, so each test can pin the exact revert data.
// solhint-disable avoid-low-level-calls

/// @title HatsCompatTest
/// @notice Creating, minting and admin checks of the local Hats-compatible contract, with this
///         test contract wearing the top hat of tree 1. Each fuzz test has a fixed-input twin.
contract HatsCompatTest is Assertions {
    /// @dev Module addresses with no code: HatsCompat gets no answer from them and uses the stored
    ///      status (active) and standing (eligible), so hats behave as plain hats.
    address internal constant ELIGIBILITY = address(0xE1161B1E);
    address internal constant TOGGLE = address(0x70661E);

    HatsCompat internal hats;
    uint256 internal topHat;

    function setUp() public {
        hats = new HatsCompat();
        topHat = hats.mintTopHat(address(this), "opgov", "");
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    function _create(uint256 admin, uint32 maxSupply) internal returns (uint256) {
        return hats.createHat(admin, "", maxSupply, ELIGIBILITY, TOGGLE, true, "");
    }

    /// @dev A chain of `depth` hats under `top`; `chain[0]` is `top`.
    function _chain(uint256 top, uint256 depth) internal returns (uint256[] memory chain) {
        chain = new uint256[](depth + 1);
        chain[0] = top;
        for (uint256 i = 1; i <= depth; ++i) {
            chain[i] = _create(chain[i - 1], 1);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // createHat
    // ---------------------------------------------------------------------------------------------

    function _checkIdsMatchHatIds(uint256 depth) internal {
        // A fresh tree, so every hat of the chain is its parent's first child.
        uint256[] memory chain = _chain(hats.mintTopHat(address(this), "", ""), depth);
        for (uint256 lvl = 1; lvl <= depth; ++lvl) {
            _assertEq("id is the first child", HatIds.child(chain[lvl - 1], uint8(lvl - 1), 1), chain[lvl]);
            _assertEq("local level", lvl, hats.getLocalHatLevel(chain[lvl]));
            _assertEq("admin at the parent's level", chain[lvl - 1], hats.getAdminAtLocalLevel(chain[lvl], uint32(lvl - 1)));
        }
        uint256 second = _create(chain[depth - 1], 1);
        _assertEq("id of a second child", HatIds.child(chain[depth - 1], uint8(depth - 1), 2), second);
    }

    function testFuzz_createHat_idsMatchHatIds(uint256 depth) public {
        _checkIdsMatchHatIds(_bound(depth, 1, HatIds.MAX_LEVEL));
    }

    function test_createHat_idsMatchHatIds() public {
        _checkIdsMatchHatIds(1);
        _checkIdsMatchHatIds(HatIds.MAX_LEVEL);
    }

    function test_createHat_revertsAtMaxLevel() public {
        uint256[] memory chain = _chain(topHat, HatIds.MAX_LEVEL);
        (bool success, bytes memory data) = address(hats).call(
            abi.encodeCall(hats.createHat, (chain[HatIds.MAX_LEVEL], "", 1, ELIGIBILITY, TOGGLE, true, ""))
        );
        _assertRevert("createHat under a level-14 hat", success, data, abi.encodeWithSelector(IHatsErrors.MaxLevelsReached.selector));
    }

    function _checkCreateRevertsForNonAdmin(address owner) internal {
        uint256 other = hats.mintTopHat(owner, "", "");
        (bool success, bytes memory data) =
            address(hats).call(abi.encodeCall(hats.createHat, (other, "", 1, ELIGIBILITY, TOGGLE, true, "")));
        _assertRevert(
            "createHat in someone else's tree",
            success,
            data,
            abi.encodeWithSelector(IHatsErrors.NotAdmin.selector, address(this), HatIds.child(other, 0, 1))
        );
    }

    function testFuzz_createHat_revertsWhenCallerIsNotAnAdmin(address owner) public {
        if (owner == address(this)) owner = address(0xBEEF);
        _checkCreateRevertsForNonAdmin(owner);
    }

    function test_createHat_revertsWhenCallerIsNotAnAdmin() public {
        _checkCreateRevertsForNonAdmin(address(0xBEEF));
        _checkCreateRevertsForNonAdmin(address(0));
    }

    // ---------------------------------------------------------------------------------------------
    // getLocalHatLevel
    // ---------------------------------------------------------------------------------------------

    function _checkLevelAgrees(uint256 hat) internal view {
        _assertEq("getLocalHatLevel vs HatIds.level", HatIds.level(hat), hats.getLocalHatLevel(hat));
    }

    function testFuzz_getLocalHatLevel_agreesWithHatIds(uint256 hat) public view {
        _checkLevelAgrees(hat);
    }

    function test_getLocalHatLevel_agreesWithHatIds() public view {
        _checkLevelAgrees(0);
        _checkLevelAgrees(topHat);
        _checkLevelAgrees(1);
        _checkLevelAgrees(type(uint256).max);
        _checkLevelAgrees(1 << 208);
    }

    // ---------------------------------------------------------------------------------------------
    // mintHat
    // ---------------------------------------------------------------------------------------------

    function _checkSupplyNeverExceedsMax(uint256 maxSupply, uint256 attempts) internal {
        uint256 hat = _create(topHat, uint32(maxSupply));
        for (uint256 i; i < attempts; ++i) {
            address wearer = address(uint160(0x1000 + i));
            (bool success, bytes memory data) = address(hats).call(abi.encodeCall(hats.mintHat, (hat, wearer)));
            if (i < maxSupply) {
                _assertEq("mint within maxSupply succeeds", true, success);
            } else {
                _assertRevert("mint beyond maxSupply", success, data, abi.encodeWithSelector(IHatsErrors.AllHatsWorn.selector, hat));
            }
            _assertEq("supply", i < maxSupply ? i + 1 : maxSupply, hats.hatSupply(hat));
        }
    }

    function testFuzz_mintHat_supplyNeverExceedsMaxSupply(uint256 maxSupply, uint256 attempts) public {
        _checkSupplyNeverExceedsMax(_bound(maxSupply, 1, 5), _bound(attempts, 1, 8));
    }

    function test_mintHat_supplyNeverExceedsMaxSupply() public {
        _checkSupplyNeverExceedsMax(1, 2);
        _checkSupplyNeverExceedsMax(3, 3);
        _checkSupplyNeverExceedsMax(2, 5);
    }

    function test_mintHat_revertsWhenMaxSupplyIsZero() public {
        uint256 hat = _create(topHat, 0);
        (bool success, bytes memory data) = address(hats).call(abi.encodeCall(hats.mintHat, (hat, address(0xA))));
        _assertRevert("mint of a hat with maxSupply 0", success, data, abi.encodeWithSelector(IHatsErrors.HatDoesNotExist.selector, hat));
    }

    function _checkWearerIsAWearer(address wearer, address other) internal {
        if (other == wearer) other = address(uint160(wearer) ^ 1);
        uint256 hat = _create(topHat, 2);
        hats.mintHat(hat, wearer);
        _assertEq("wearer wears", true, hats.isWearerOfHat(wearer, hat));
        _assertEq("wearer's balance", 1, hats.balanceOf(wearer, hat));
        _assertEq("someone else does not wear", false, hats.isWearerOfHat(other, hat));
        (bool success, bytes memory data) = address(hats).call(abi.encodeCall(hats.mintHat, (hat, wearer)));
        _assertRevert("second mint to the same wearer", success, data, abi.encodeWithSelector(IHatsErrors.AlreadyWearingHat.selector, wearer, hat));
    }

    function testFuzz_mintHat_makesTheWearerAWearer(address wearer, address other) public {
        _checkWearerIsAWearer(wearer, other);
    }

    function test_mintHat_makesTheWearerAWearer() public {
        _checkWearerIsAWearer(address(0xA11CE), address(0xB0B));
        _checkWearerIsAWearer(address(this), address(0));
    }

    // ---------------------------------------------------------------------------------------------
    // isAdminOfHat
    // ---------------------------------------------------------------------------------------------

    function _checkAdminOfDescendantsOnly(uint256 depth, uint256 wornLevel, address who) internal {
        if (who == address(this)) who = address(0xC0FFEE);
        uint256[] memory chain = _chain(topHat, depth);
        hats.mintHat(chain[wornLevel], who);
        for (uint256 lvl; lvl <= depth; ++lvl) {
            _assertEq("isAdminOfHat: true exactly below the worn hat", lvl > wornLevel, hats.isAdminOfHat(who, chain[lvl]));
        }
        _assertEq("top hat wearer admins its own top hat", true, hats.isAdminOfHat(address(this), topHat));
    }

    function testFuzz_isAdminOfHat_holdsForAncestorsOnly(uint256 depth, uint256 wornLevel, address who) public {
        depth = _bound(depth, 1, 6);
        _checkAdminOfDescendantsOnly(depth, _bound(wornLevel, 1, depth), who);
    }

    function test_isAdminOfHat_holdsForAncestorsOnly() public {
        _checkAdminOfDescendantsOnly(1, 1, address(0xA11CE));
        _checkAdminOfDescendantsOnly(4, 2, address(0xA11CE));
        _checkAdminOfDescendantsOnly(6, 6, address(0xB0B));
    }
}
