// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Assertions
/// @notice The few checks opgov's Solidity tests need (forge-std is not available). A failed check
///         reverts with a named error carrying what was checked, the expected and the actual
///         value, which Hardhat's Solidity test runner reports as the test's failure.
abstract contract Assertions {
    /// @notice `what` was `actual`, not `expected`.
    error AssertionFailedUint(string what, uint256 expected, uint256 actual);

    /// @notice `what` was `actual`, not `expected`.
    error AssertionFailedBool(string what, bool expected, bool actual);

    /// @notice `what` reverted with `actual`, not with `expected` (empty `actual`: it did not revert).
    error AssertionFailedRevert(string what, bytes expected, bytes actual);

    function _assertEq(string memory what, uint256 expected, uint256 actual) internal pure {
        if (expected != actual) revert AssertionFailedUint(what, expected, actual);
    }

    function _assertEq(string memory what, bool expected, bool actual) internal pure {
        if (expected != actual) revert AssertionFailedBool(what, expected, actual);
    }

    /// @notice Checks that a low-level call failed with exactly `expected` as its revert data.
    function _assertRevert(string memory what, bool success, bytes memory actual, bytes memory expected)
        internal
        pure
    {
        if (success) revert AssertionFailedRevert(what, expected, "");
        if (keccak256(actual) != keccak256(expected)) revert AssertionFailedRevert(what, expected, actual);
    }

    /// @notice `x` mapped onto `[min, max]` (inclusive), so any fuzzed value is usable.
    function _bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        return min + (x % (max - min + 1));
    }

    /// @notice The revert data of a Solidity panic with `code` (0x11: arithmetic over/underflow).
    function _panic(uint256 code) internal pure returns (bytes memory) {
        return abi.encodeWithSignature("Panic(uint256)", code);
    }
}
