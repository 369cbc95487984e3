// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {HatIds} from "../../contracts/libraries/HatIds.sol";
import {Assertions} from "./Assertions.sol";

/// @title HatIdsTest
/// @notice Properties of `HatIds` (Hats v1 id arithmetic): each fuzz test (`testFuzz_*`) has a
///         fixed-input twin (`test_*`) that checks the same property on hand-picked ids, so a
///         regression shows up on a readable input even before the fuzzer finds it.
contract HatIdsTest is Assertions {
    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /// @dev The level of `hat` found the slow way: the deepest level whose 16 bits are not zero.
    function _scanLevel(uint256 hat) internal pure returns (uint256) {
        for (uint256 lvl = HatIds.MAX_LEVEL; lvl >= 1; --lvl) {
            if (uint16(hat >> (224 - 16 * lvl)) != 0) return lvl;
        }
        return 0;
    }

    /// @dev A valid hat at level `depth` in the tree of `domain`: every level 1..depth gets a
    ///      non-zero child index drawn from `seed`.
    function _hatAt(uint32 domain, uint256 depth, bytes32 seed) internal pure returns (uint256 hat) {
        hat = uint256(domain) << 224;
        for (uint256 lvl = 1; lvl <= depth; ++lvl) {
            uint16 index = uint16(uint256(keccak256(abi.encode(seed, lvl))));
            if (index == 0) index = 1;
            hat = HatIds.child(hat, uint8(lvl - 1), index);
        }
    }

    /// @dev External entry points so a reverting library call can be observed with a low-level call.
    function childOf(uint256 hat, uint8 lvl, uint16 index) external pure returns (uint256) {
        return HatIds.child(hat, lvl, index);
    }

    function adminOf(uint256 hat, uint8 lvl) external pure returns (uint256) {
        return HatIds.admin(hat, lvl);
    }

    // ---------------------------------------------------------------------------------------------
    // level
    // ---------------------------------------------------------------------------------------------

    function _checkLevelMatchesScan(uint256 hat) internal pure {
        _assertEq("level", _scanLevel(hat), HatIds.level(hat));
    }

    function testFuzz_level_matchesALevelByLevelScan(uint256 hat) public pure {
        _checkLevelMatchesScan(hat);
    }

    function test_level_matchesALevelByLevelScan() public pure {
        _checkLevelMatchesScan(0);
        _checkLevelMatchesScan(1 << 224); // top hat 1
        _checkLevelMatchesScan(type(uint256).max); // every level set: 14
        _checkLevelMatchesScan(1); // lowest bit: level 14
        _checkLevelMatchesScan(1 << 223); // highest bit of level 1
        _checkLevelMatchesScan(1 << 208); // lowest bit of level 1
        _checkLevelMatchesScan(uint256(0x00000001_0001_0000) << 160); // 1.1 with level 2 empty
        _assertEq("level of 1.1.1", 3, HatIds.level(_hatAt(1, 3, 0)));
    }

    function _checkTopHatIsLevelZero(uint32 domain) internal pure {
        _assertEq("level of a top hat", 0, HatIds.level(uint256(domain) << 224));
    }

    function testFuzz_level_isZeroForTopHats(uint32 domain) public pure {
        _checkTopHatIsLevelZero(domain);
    }

    function test_level_isZeroForTopHats() public pure {
        _checkTopHatIsLevelZero(1);
        _checkTopHatIsLevelZero(type(uint32).max);
    }

    // ---------------------------------------------------------------------------------------------
    // child
    // ---------------------------------------------------------------------------------------------

    function _checkChild(uint32 domain, uint256 depth, bytes32 seed, uint16 index) internal pure {
        uint256 parent = _hatAt(domain, depth, seed);
        uint8 lvl = uint8(depth);
        uint256 kid = HatIds.child(parent, lvl, index);
        _assertEq("level of the child", depth + 1, HatIds.level(kid));
        _assertEq("admin of the child at its own level", parent, HatIds.admin(kid, lvl + 1));
        _assertEq("index of the child", index, HatIds.indexAt(kid, lvl + 1));
        _assertEq("domain of the child", domain, kid >> 224);
    }

    function testFuzz_child_isOneLevelBelowItsParent(uint32 domain, uint256 depth, bytes32 seed, uint16 index)
        public
        pure
    {
        if (index == 0) index = 1; // child indices are 1-based
        _checkChild(domain, _bound(depth, 0, HatIds.MAX_LEVEL - 1), seed, index);
    }

    function test_child_isOneLevelBelowItsParent() public pure {
        _checkChild(1, 0, 0, 1); // 1 -> 1.1
        _checkChild(7, 1, "a", type(uint16).max); // a level-1 hat's last possible child
        _checkChild(type(uint32).max, HatIds.MAX_LEVEL - 1, "deep", 2); // the deepest child
    }

    function _checkChildRevertsAtMaxLevel(uint256 hat, uint16 index) internal view {
        (bool success, bytes memory data) =
            address(this).staticcall(abi.encodeCall(this.childOf, (hat, uint8(HatIds.MAX_LEVEL), index)));
        _assertRevert("child of a level-14 hat", success, data, _panic(0x11));
    }

    function testFuzz_child_revertsAtMaxLevel(bytes32 seed, uint16 index) public view {
        _checkChildRevertsAtMaxLevel(_hatAt(uint32(uint256(seed)), HatIds.MAX_LEVEL, seed), index);
    }

    function test_child_revertsAtMaxLevel() public view {
        _checkChildRevertsAtMaxLevel(type(uint256).max, 1);
        _checkChildRevertsAtMaxLevel(_hatAt(1, HatIds.MAX_LEVEL, 0), type(uint16).max);
    }

    // ---------------------------------------------------------------------------------------------
    // admin
    // ---------------------------------------------------------------------------------------------

    function _checkAdminClearsOnlyItsLevel(uint256 hat, uint8 lvl) internal pure {
        uint256 shift = 224 - 16 * uint256(lvl);
        uint256 cleared = HatIds.admin(hat, lvl);
        _assertEq("admin's index at the cleared level", 0, HatIds.indexAt(cleared, lvl));
        _assertEq("admin plus the cleared bits", hat, cleared | (uint256(HatIds.indexAt(hat, lvl)) << shift));
    }

    function testFuzz_admin_clearsOnlyItsOwnLevel(uint256 hat, uint8 lvl) public pure {
        _checkAdminClearsOnlyItsLevel(hat, uint8(_bound(lvl, 1, HatIds.MAX_LEVEL)));
    }

    function test_admin_clearsOnlyItsOwnLevel() public pure {
        _checkAdminClearsOnlyItsLevel(type(uint256).max, 1);
        _checkAdminClearsOnlyItsLevel(type(uint256).max, uint8(HatIds.MAX_LEVEL));
        _checkAdminClearsOnlyItsLevel(_hatAt(3, 5, "x"), 5);
    }

    function _checkAdminWalksUpToTheTopHat(uint32 domain, uint256 depth, bytes32 seed) internal pure {
        uint256 hat = _hatAt(domain, depth, seed);
        for (uint256 lvl = depth; lvl >= 1; --lvl) {
            _assertEq("level on the way up", lvl, HatIds.level(hat));
            uint256 up = HatIds.admin(hat, uint8(lvl));
            _assertEq("admin is the hat built one level less deep", _hatAt(domain, lvl - 1, seed), up);
            hat = up;
        }
        _assertEq("the walk ends at the top hat", uint256(domain) << 224, hat);
        _assertEq("level of the top hat", 0, HatIds.level(hat));
    }

    function testFuzz_admin_walksUpToTheTopHat(uint32 domain, uint256 depth, bytes32 seed) public pure {
        _checkAdminWalksUpToTheTopHat(domain, _bound(depth, 0, HatIds.MAX_LEVEL), seed);
    }

    function test_admin_walksUpToTheTopHat() public pure {
        _checkAdminWalksUpToTheTopHat(1, 0, 0);
        _checkAdminWalksUpToTheTopHat(1, 2, "org");
        _checkAdminWalksUpToTheTopHat(type(uint32).max, HatIds.MAX_LEVEL, "max");
    }

    function _checkAdminRevertsBeyondMaxLevel(uint256 hat, uint8 lvl) internal view {
        (bool success, bytes memory data) = address(this).staticcall(abi.encodeCall(this.adminOf, (hat, lvl)));
        _assertRevert("admin beyond level 14", success, data, _panic(0x11));
    }

    function testFuzz_admin_revertsBeyondMaxLevel(uint256 hat, uint8 lvl) public view {
        _checkAdminRevertsBeyondMaxLevel(hat, uint8(_bound(lvl, HatIds.MAX_LEVEL + 1, type(uint8).max)));
    }

    function test_admin_revertsBeyondMaxLevel() public view {
        _checkAdminRevertsBeyondMaxLevel(type(uint256).max, uint8(HatIds.MAX_LEVEL + 1));
        _checkAdminRevertsBeyondMaxLevel(0, type(uint8).max);
    }

    // ---------------------------------------------------------------------------------------------
    // indexAt
    // ---------------------------------------------------------------------------------------------

    function _checkRoundTrip(uint256 hat) internal pure {
        uint8 lvl = HatIds.level(hat);
        if (lvl == 0) {
            _assertEq("a level-0 id is its top-hat domain alone", (hat >> 224) << 224, hat);
            return;
        }
        uint16 index = HatIds.indexAt(hat, lvl);
        _assertEq("index at the hat's own level is not zero", 1, index == 0 ? 0 : 1);
        _assertEq("child(admin, index) round trip", hat, HatIds.child(HatIds.admin(hat, lvl), lvl - 1, index));
    }

    function testFuzz_indexAt_roundTripsThroughAdminAndChild(uint256 hat) public pure {
        _checkRoundTrip(hat);
    }

    function test_indexAt_roundTripsThroughAdminAndChild() public pure {
        _checkRoundTrip(1 << 224);
        _checkRoundTrip(_hatAt(1, 1, 0));
        _checkRoundTrip(_hatAt(42, 9, "nine"));
        _checkRoundTrip(type(uint256).max);
        _checkRoundTrip(1);
    }
}
