// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IHatsEligibility} from "../../interfaces/hats/IHatsEligibility.sol";
import {IHatsToggle} from "../../interfaces/hats/IHatsToggle.sol";

/// @title ToggleEligibilityModuleMock
/// @notice One contract serving a hat as both its toggle and its eligibility module (as opgov
///         does for the hats it creates), with answers tests flip.
contract ToggleEligibilityModuleMock is IHatsToggle, IHatsEligibility {
    mapping(uint256 hatId => bool) public inactive;
    mapping(uint256 hatId => mapping(address wearer => bool)) public ineligible;

    /// @notice Sets the answer `getHatStatus` gives for `hatId`.
    function setActive(uint256 hatId, bool active) external {
        inactive[hatId] = !active;
    }

    /// @notice Sets the eligibility `getWearerStatus` gives for `wearer` (always in good standing).
    function setEligible(address wearer, uint256 hatId, bool eligible) external {
        ineligible[hatId][wearer] = !eligible;
    }

    /// @inheritdoc IHatsToggle
    function getHatStatus(uint256 hatId) external view returns (bool active) {
        active = !inactive[hatId];
    }

    /// @inheritdoc IHatsEligibility
    function getWearerStatus(address wearer, uint256 hatId) external view returns (bool eligible, bool standing) {
        eligible = !ineligible[hatId][wearer];
        standing = true;
    }
}
