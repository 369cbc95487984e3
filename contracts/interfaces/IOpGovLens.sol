// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Action, Budget, CellId, Constraints, DomainId, ObjectionStatus, RoundContent, RoundId, RoundState} from "../types/OpGovTypes.sol";
import {IOpGovErrors} from "./IOpGovErrors.sol";
import {IOpGovEvents} from "./IOpGovEvents.sol";

/// @title IOpGovLens
/// @notice Every read of an opgov instance. Runs in the instance's context (delegatecall from its fallback).
interface IOpGovLens is IOpGovErrors, IOpGovEvents {
    /// @notice The Hats contract every authority check goes to.
    function hats() external view returns (address);

    /// @notice The community treasury Safe opgov is a module on.
    function treasury() external view returns (address);

    /// @notice The hat whose wearers act as the community.
    function communityHat() external view returns (uint256);

    /// @notice The hat opgov wears; top-level cell hats are created under it.
    function rootHat() external view returns (uint256);

    /// @notice The network constraints.
    function constraints() external view returns (Constraints memory);

    /// @notice Whether a token is allowed and its per-domain allowance cap.
    function tokenPolicy(address token) external view returns (bool allowed, uint96 capPerDomain);

    /// @notice Whether payments of `token` are pulled from the treasury with `transferFrom`
    ///         (see `setTreasuryPull`).
    function treasuryPull(address token) external view returns (bool);

    /// @notice Number of cells ever created.
    function cellCount() external view returns (uint256);

    /// @notice Cell ids in creation order, from `start`, at most `count`.
    function cellIds(uint256 start, uint256 count) external view returns (CellId[] memory ids);

    /// @notice One cell.
    function getCell(CellId cell) external view returns (CellView memory);

    /// @notice Several cells in one call.
    function getCells(CellId[] calldata cells) external view returns (CellView[] memory);

    /// @notice The parent cell (0 for a top-level cell).
    function parentOf(CellId cell) external view returns (CellId);

    /// @notice The cell's member hat (0 before Formation).
    function memberHatOf(CellId cell) external view returns (uint256);

    /// @notice Number of domains ever created; ids run from 1 to this.
    function domainCount() external view returns (uint256);

    /// @notice One domain.
    function getDomain(DomainId domain) external view returns (DomainView memory);

    /// @notice Domains `first` .. `first + count - 1` (clipped to what exists).
    function getDomains(uint256 first, uint256 count) external view returns (DomainView[] memory);

    /// @notice One budget as of now.
    function getBudget(DomainId domain, address token) external view returns (BudgetView memory);

    /// @notice Every budget of the given domains, as of now.
    function getBudgets(DomainId[] calldata domains) external view returns (BudgetView[] memory);

    /// @notice The raw budget word.
    function budgetWord(DomainId domain, address token) external view returns (Budget memory);

    /// @notice One round as of now.
    function getRound(RoundId round) external view returns (RoundView memory);

    /// @notice Several rounds as of now.
    function getRounds(RoundId[] calldata rounds) external view returns (RoundView[] memory);

    /// @notice A round's effective state now.
    function roundState(RoundId round) external view returns (RoundState);

    /// @notice One objector's objection. A standing objection always reads as standing. Once
    ///         an objection no longer stands (withdrawn or dismissed), the objector's next
    ///         objection in another round may reuse its storage, after which this reads an
    ///         earlier record of that round or `None`; the events (`ObjectionRaised`,
    ///         `ObjectionWithdrawn`, `ObjectionDismissed`) are the complete record.
    function getObjection(RoundId round, address objector)
        external
        view
        returns (ObjectionStatus status, uint16 revision, uint40 since);

    /// @notice The commitment a round's content hashes to (its id, for revision 0).
    function roundCommitment(RoundContent calldata content) external view returns (bytes32);

    /// @notice The objector hats the community's policy requires for these actions in this
    ///         scope, in the order `propose` expects them first.
    function requiredObjectorHats(CellId scope, Action[] calldata actions) external view returns (uint256[] memory);

    /// @notice The hat that resolves an escalation of a round scoped to `scope`.
    function resolverHatOf(CellId scope) external view returns (uint256);
}
