// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IHats} from "./IHats.sol";

/// @title IHatsCompat
/// @notice `IHats` plus the two errors opgov's local Hats-compatible contract adds where Hats v1
///         reverts without a decodable reason. Nothing else differs from the Hats v1 ABI.
interface IHatsCompat is IHats {
    /// @notice ERC-1155 transfers and approvals are disabled: hats move only through `transferHat`.
    /// @dev Hats v1 reverts with empty data here.
    error HatsCompatTransferDisabled();

    /// @notice `admin` already has 65535 children, the most a 16-bit level can number.
    /// @dev Hats v1 reverts with an arithmetic panic here.
    error HatsCompatMaxChildrenReached(uint256 admin);
}
