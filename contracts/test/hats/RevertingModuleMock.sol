// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IHatsEligibility} from "../../interfaces/hats/IHatsEligibility.sol";
import {IHatsToggle} from "../../interfaces/hats/IHatsToggle.sol";

/// @title RevertingModuleMock
/// @notice A toggle and eligibility module that always reverts: Hats must fall back to the stored
///         status and standing.
contract RevertingModuleMock is IHatsToggle, IHatsEligibility {
    error RevertingModuleMockAlwaysReverts();

    /// @inheritdoc IHatsToggle
    function getHatStatus(uint256) external pure returns (bool) {
        revert RevertingModuleMockAlwaysReverts();
    }

    /// @inheritdoc IHatsEligibility
    function getWearerStatus(address, uint256) external pure returns (bool, bool) {
        revert RevertingModuleMockAlwaysReverts();
    }
}
