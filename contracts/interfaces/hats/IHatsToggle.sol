// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IHatsToggle
/// @notice What Hats asks a "mechanistic" toggle module. Any address may be a toggle; when it is not
///         a contract answering this call with exactly one ABI-encoded bool, Hats uses the status
///         last pushed to it with `setHatStatus`.
interface IHatsToggle {
    /// @notice Whether `hatId` is active now.
    function getHatStatus(uint256 hatId) external view returns (bool active);
}
