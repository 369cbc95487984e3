// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Action, CellId} from "../types/OpGovTypes.sol";

/// @title IOpGovRoundActions
/// @notice Internal entry between the pieces of an instance: `OpGov.execute` delegatecalls the
///         extension with it to apply a checked round's structural actions. Not part of the
///         public interface: an instance's fallback refuses this selector.
interface IOpGovRoundActions {
    /// @notice Applies action `index` of the round `source` scoped to `scope`.
    function applyRoundAction(bytes32 source, CellId scope, Action calldata action, uint256 index) external;
}
