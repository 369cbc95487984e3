// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The part of the Safe (v1.3+) module interface opgov uses, declared from Safe's
///         documented ABI.
interface ISafe {
    /// @notice Operation of a Safe transaction: 0 = call, 1 = delegatecall.
    enum Operation {
        Call,
        DelegateCall
    }

    /// @notice Executes a transaction from an enabled module and returns the call's result.
    function execTransactionFromModuleReturnData(address to, uint256 value, bytes calldata data, Operation operation)
        external
        returns (bool success, bytes memory returnData);

    /// @notice Whether `module` is enabled on this Safe.
    function isModuleEnabled(address module) external view returns (bool);
}
