// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IHatsEligibility
/// @notice What Hats asks a "mechanistic" eligibility module. Any address may be an eligibility
///         module; when it is not a contract answering this call with exactly two ABI-encoded bools,
///         Hats uses the standing last pushed to it with `setHatWearerStatus`.
interface IHatsEligibility {
    /// @notice Whether `wearer` may wear `hatId`, and whether they are in good standing. A wearer in
    ///         bad standing is never eligible, whatever `eligible` says.
    function getWearerStatus(address wearer, uint256 hatId) external view returns (bool eligible, bool standing);
}
