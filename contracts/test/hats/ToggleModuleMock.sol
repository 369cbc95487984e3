// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IHats} from "../../interfaces/hats/IHats.sol";
import {IHatsToggle} from "../../interfaces/hats/IHatsToggle.sol";

/// @title ToggleModuleMock
/// @notice A mechanistic toggle whose answer tests flip (every hat is active until told otherwise).
///         It can also push a status to Hats, as a humanistic toggle does.
contract ToggleModuleMock is IHatsToggle {
    mapping(uint256 hatId => bool) public inactive;

    /// @notice Sets the answer `getHatStatus` gives for `hatId`.
    function setActive(uint256 hatId, bool active) external {
        inactive[hatId] = !active;
    }

    /// @notice Calls `Hats.setHatStatus` as this module.
    function pushStatus(IHats hats, uint256 hatId, bool active) external returns (bool toggled) {
        toggled = hats.setHatStatus(hatId, active);
    }

    /// @inheritdoc IHatsToggle
    function getHatStatus(uint256 hatId) external view returns (bool active) {
        active = !inactive[hatId];
    }
}
