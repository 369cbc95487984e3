// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IOpGovExtension} from "./interfaces/IOpGovExtension.sol";
import {CellId} from "./types/OpGovTypes.sol";

/// @title CellSafeSetup
/// @notice A Safe setup hook for a cell's Safe: run by delegatecall from `Safe.setup` (its `to`
///         and `data`), it records the new Safe as its cell's Safe and creates the cell's role
///         hats, acting as the Safe itself, which wears the cell hat. With it a cell Safe is
///         created, registered and given its roles in the same call that deploys it, so an
///         operator brings a whole organisation on-chain in a couple of transactions (see
///         `bench/setup.ts`).
/// @dev Holds no state. Called directly (not by delegatecall) it acts as itself, which wears no
///      hat, so opgov refuses it.
contract CellSafeSetup {
    /// @notice Records `address(this)` (the Safe being set up) as `cell`'s Safe and adds one role
    ///         hat per entry of `roleDetails`, each with `roleMaxSupply`.
    /// @param opgov The opgov instance.
    /// @param cell The cell whose hat the Safe wears (minted to the Safe's predicted address).
    /// @param roleDetails Details of each role hat to create (opgov caps a cell's role hats).
    /// @param roleMaxSupply Max supply of each role hat.
    function setUpCellSafe(address opgov, CellId cell, string[] calldata roleDetails, uint32 roleMaxSupply) external {
        IOpGovExtension(opgov).setCellSafe(cell, address(this));
        for (uint256 i; i < roleDetails.length; ++i) {
            IOpGovExtension(opgov).addRoleHat(cell, roleDetails[i], roleMaxSupply);
        }
    }
}
