// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Action, DomainId, RoundContent, RoundId} from "../types/OpGovTypes.sol";
import {IOpGovErrors} from "./IOpGovErrors.sol";
import {IOpGovEvents} from "./IOpGovEvents.sol";

/// @title IOpGovCore
/// @notice The hot paths of an opgov instance: budget spends and the consent-round steps every round takes.
interface IOpGovCore is IOpGovErrors, IOpGovEvents {
    /// @notice Spends within the domain's remaining allowance: funds move from the treasury
    ///         Safe, through opgov as its module, straight to `to`. Caller wears the spender hat.
    /// @param ref Free reference recorded with the spend (an invoice hash, say); may be zero.
    /// @return remaining What remains of the domain's own allowance this epoch.
    function spend(DomainId domain, address token, address to, uint256 amount, bytes32 ref)
        external
        returns (uint256 remaining);

    /// @notice Proposes a round in the name of `content.scope`. Caller wears the scope cell's
    ///         member hat (its cell hat while in Conversation). `content.objectorHats` starts
    ///         with the parties the community's policy requires (see `requiredObjectorHats`),
    ///         in that order, and may add more.
    /// @param window The objection window in seconds, within the community's bounds.
    function propose(RoundContent calldata content, uint32 window, string calldata rationaleUri)
        external
        returns (RoundId round);

    /// @notice Objects under `objectorHats[hatIndex]`, which the caller wears. One standing
    ///         objection per objector. Only while the round is open.
    function object(
        RoundId round,
        uint256[] calldata objectorHats,
        uint256 hatIndex,
        bytes32 reasonHash,
        string calldata reasonUri
    ) external;

    /// @notice Withdraws the caller's standing objection (open or blocked round).
    function withdrawObjection(RoundId round) external;

    /// @notice Amends an open or blocked round: new actions and rationale, revision + 1, and a
    ///         new last-call window for every party. Standing objections stay.
    function amend(
        RoundId round,
        RoundContent calldata current,
        Action[] calldata actions,
        bytes32 rationaleHash,
        string calldata rationaleUri,
        uint32 window
    ) external returns (uint16 revision);

    /// @notice Records the end of the window: consented (no standing objection) or blocked.
    ///         Anyone may call it; execution does not need it.
    function close(RoundId round) external returns (bool consented);

    /// @notice Executes a consented or accepted round's actions, once, within the execution
    ///         window. Anyone may call it.
    function execute(RoundId round, RoundContent calldata content) external;
}
