// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IHats} from "../../interfaces/hats/IHats.sol";
import {IHatsEligibility} from "../../interfaces/hats/IHatsEligibility.sol";

/// @title EligibilityModuleMock
/// @notice A mechanistic eligibility module whose answers tests flip (everyone is eligible and in
///         good standing until told otherwise). It can also push a wearer's status to Hats, as a
///         humanistic module does.
contract EligibilityModuleMock is IHatsEligibility {
    struct Ruling {
        bool ineligible;
        bool badStanding;
    }

    mapping(uint256 hatId => mapping(address wearer => Ruling)) public rulings;

    /// @notice Sets the answer `getWearerStatus` gives for `wearer` and `hatId`.
    function setWearerStatus(address wearer, uint256 hatId, bool eligible, bool standing) external {
        rulings[hatId][wearer] = Ruling({ineligible: !eligible, badStanding: !standing});
    }

    /// @notice Calls `Hats.setHatWearerStatus` as this module.
    function pushWearerStatus(IHats hats, uint256 hatId, address wearer, bool eligible, bool standing)
        external
        returns (bool updated)
    {
        updated = hats.setHatWearerStatus(hatId, wearer, eligible, standing);
    }

    /// @inheritdoc IHatsEligibility
    function getWearerStatus(address wearer, uint256 hatId) external view returns (bool eligible, bool standing) {
        Ruling memory ruling = rulings[hatId][wearer];
        eligible = !ruling.ineligible;
        standing = !ruling.badStanding;
    }
}
