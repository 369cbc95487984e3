// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Action, CellId, Constraints, DomainId, RoundContent, RoundId} from "../types/OpGovTypes.sol";
import {IOpGovErrors} from "./IOpGovErrors.sol";
import {IOpGovEvents} from "./IOpGovEvents.sol";

/// @title IOpGovExtension
/// @notice Cell management, the rarer round steps, and the community's interface. Runs in the instance's context (delegatecall from its fallback).
interface IOpGovExtension is IOpGovErrors, IOpGovEvents {
    /// @notice Creates a role hat under the cell hat and records it. Caller wears the cell hat;
    ///         the cell is in Formation, Organization or Coordination.
    function addRoleHat(CellId cell, string calldata details, uint32 maxSupply) external returns (uint256 hat);

    /// @notice Points the cell's group state at a new document. Caller wears the cell hat or
    ///         the member hat. `expectedVersion` is the version the caller read (no lost updates).
    function updateGroupState(CellId cell, string calldata uri, bytes32 contentHash, uint32 expectedVersion)
        external
        returns (uint32 newVersion);

    /// @notice Records the cell's Safe. Caller wears the cell hat.
    function setCellSafe(CellId cell, address safe) external;

    /// @notice Sets a wearer's eligibility for a hat opgov created (opgov is its eligibility
    ///         module). Caller is an admin of the hat in Hats. Ineligible wearers lose the hat.
    function setWearerStanding(uint256 hat, address wearer, bool eligible) external;

    /// @notice Changes the domain's spender hat. Caller wears the owner cell's hat; the new hat
    ///         is the cell hat, its member hat or a direct child of the cell hat.
    function setDomainSpender(DomainId domain, uint256 spenderHat) external;

    /// @notice Withdraws a round that has not executed. Caller wears the scope cell's member hat.
    function withdraw(RoundId round, RoundContent calldata content) external;

    /// @notice Escalates a blocked round to the parent circle (the parent cell's hat) or, for a
    ///         top-level cell, the community. Caller wears the scope's member hat or has a
    ///         standing objection.
    function escalate(RoundId round, RoundContent calldata content) external;

    /// @notice Decides an escalated round: accept (executable for the execution window from
    ///         now) or reject (final). May dismiss objections as not principled. Caller wears
    ///         the resolver hat (the parent cell's hat, or the community hat).
    function resolve(
        RoundId round,
        RoundContent calldata content,
        bool accept,
        address[] calldata dismissed,
        bytes32 rationaleHash,
        string calldata rationaleUri
    ) external;

    /// @notice Marks a round that can no longer execute (execution window passed, or the scope
    ///         cell completed) as expired and releases its committed funds. Anyone may call it.
    function expire(RoundId round, RoundContent calldata content) external;

    /// @notice The community acts directly: any action a round could take, without a round.
    ///         Caller wears the community hat.
    function act(Action[] calldata actions, bytes32 rationaleHash, string calldata rationaleUri) external;

    /// @notice Sets the network constraints. Caller wears the community hat.
    function setConstraints(Constraints calldata constraints) external;

    /// @notice Allows or disallows a token, with the largest allowance any domain may have.
    ///         Caller wears the community hat.
    function setTokenPolicy(address token, bool allowed, uint96 capPerDomain) external;

    /// @notice Chooses how budget spends and allocations of an ERC-20 leave the treasury Safe:
    ///         through the Safe's module call (the default), or, with `pull`, by this instance
    ///         calling the token's `transferFrom(treasury, recipient, amount)` on an allowance the
    ///         treasury has granted it (about 12,000 gas less per payment: no Safe proxy, module
    ///         check or Safe event). The funds still go straight from the treasury to the
    ///         recipient and every payment keeps its opgov decision record; an allowance gives the
    ///         instance less power than the module it already is. Leave it off for a token if the
    ///         treasury relies on a Safe module guard to see every outflow. With `pull` on and no
    ///         (or too small an) allowance, payments fail with `OpGovTreasuryTransferFailed`.
    ///         Caller wears the community hat; `token` is an ERC-20 (not the native token).
    function setTreasuryPull(address token, bool pull) external;

    /// @notice Pauses or resumes budget spending. Caller wears the community hat.
    function setSpendingPaused(bool paused) external;
}
