// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ActionKind, CellId, DomainId, Phase, RoundId, RoundState} from "../types/OpGovTypes.sol";

/// @title IOpGovErrors
/// @notice Every custom error opgov reverts with. Each names what was wrong, with the values.
interface IOpGovErrors {
    /// @notice `account` does not wear `hat` (or the hat is inactive, or the account is not
    ///         eligible or not in good standing).
    error OpGovNotWearer(address account, uint256 hat);
    /// @notice No cell is registered under `cell`.
    error OpGovUnknownCell(CellId cell);
    /// @notice No domain has id `domain`.
    error OpGovUnknownDomain(DomainId domain);
    /// @notice No round has id `round`.
    error OpGovUnknownRound(RoundId round);
    /// @notice The cell is completed: it can do nothing.
    error OpGovCellCompleted(CellId cell);
    /// @notice The cell's phase does not unlock this yet: it needs at least `required`.
    error OpGovPhaseTooEarly(CellId cell, Phase current, Phase required);
    /// @notice Phases move forward one step at a time, or to Completion.
    error OpGovInvalidPhaseMove(CellId cell, Phase from, Phase to);
    /// @notice The cell still has sub-cells that are not completed.
    error OpGovCellHasActiveSubCells(CellId cell, uint256 activeSubCells);
    /// @notice The round is in state `current`; the call needs one of `expectedStates`
    ///         (bit i set = `RoundState(i)` allowed).
    error OpGovUnexpectedRoundState(RoundId round, RoundState current, bytes32 expectedStates);
    /// @notice The content passed does not hash to the round's commitment for its current revision.
    error OpGovContentMismatch(RoundId round, bytes32 expected, bytes32 actual);
    /// @notice A round with this id exists already: change the salt.
    error OpGovRoundExists(RoundId round);
    /// @notice The objection window is outside the community's bounds.
    error OpGovWindowOutOfBounds(uint32 window, uint32 minWindow, uint32 maxWindow);
    /// @notice A party the community's policy requires is not among the objector hats at `position`.
    error OpGovRequiredObjectorMissing(uint256 position, uint256 requiredHat, uint256 givenHat);
    /// @notice Too many objector hats.
    error OpGovTooManyObjectorHats(uint256 count, uint256 max);
    /// @notice A round needs between 1 and `max` actions.
    error OpGovActionCount(uint256 count, uint256 max);
    /// @notice The objector hats passed are not the round's.
    error OpGovObjectorHatsMismatch(RoundId round);
    /// @notice `index` is not a valid index into the round's objector hats.
    error OpGovObjectorHatIndex(uint256 index, uint256 length);
    /// @notice `objector` already has a standing objection in this round.
    error OpGovAlreadyObjected(RoundId round, address objector);
    /// @notice `objector` has no standing objection in this round.
    error OpGovNoStandingObjection(RoundId round, address objector);
    /// @notice A reason (uri and hash) is required to object.
    error OpGovReasonRequired();
    /// @notice The spend exceeds what remains of the domain's allowance this epoch.
    error OpGovInsufficientBudget(DomainId domain, address token, uint256 amount, uint256 remaining);
    /// @notice The community paused budget spending.
    error OpGovSpendingPaused();
    /// @notice The community does not allow this token.
    error OpGovTokenNotAllowed(address token);
    /// @notice The native token moves only through the treasury's module call; it has no pull mode.
    error OpGovNativeTokenNotPullable();
    /// @notice Amounts above `max` are not accepted.
    error OpGovAmountTooLarge(uint256 amount, uint256 max);
    /// @notice The amount must be above zero.
    error OpGovZeroAmount();
    /// @notice The recipient must not be the zero address.
    error OpGovZeroRecipient();
    /// @notice The allowance is above the community's per-domain cap for the token.
    error OpGovAllowanceAboveCap(DomainId domain, address token, uint256 allowance, uint256 cap);
    /// @notice A root domain's allowance cannot go below what it delegated to child domains.
    error OpGovAllowanceBelowDelegated(DomainId domain, address token, uint256 allowance, uint256 delegated);
    /// @notice The parent domain cannot give `amount` more: it has `available` of its own allowance.
    error OpGovParentAllowanceExceeded(DomainId parent, address token, uint256 amount, uint256 available);
    /// @notice Epochs are 1 day to 366 days.
    error OpGovInvalidEpochLength(uint32 epochLength, uint32 min, uint32 max);
    /// @notice The epoch length cannot change here: a child domain follows its parent's epoch,
    ///         and a domain that delegated slices keeps its epoch length.
    error OpGovEpochLengthLocked(DomainId domain, address token, uint32 current, uint32 requested);
    /// @notice opgov is not this hat's eligibility module, so it cannot set its wearers' standing.
    error OpGovNotManagedHat(uint256 hat);
    /// @notice opgov is not enabled as a module on the treasury Safe.
    error OpGovTreasuryModuleDisabled(address treasury);
    /// @notice The treasury Safe could not make the transfer (empty treasury, token refused,
    ///         or token returned false).
    error OpGovTreasuryTransferFailed(address token, address to, uint256 amount);
    /// @notice Action `index` reaches outside what a round scoped to `scope` may do.
    error OpGovActionOutOfScope(CellId scope, uint256 index, ActionKind kind);
    /// @notice A cell in its current phase may only propose this kind of action.
    error OpGovActionNotAllowedInPhase(CellId scope, Phase phase, ActionKind kind);
    /// @notice The constraints are invalid (windows zero, inverted or above 366 days).
    error OpGovInvalidConstraints(uint32 minWindow, uint32 maxWindow, uint32 executionWindow);
    /// @notice A policy cannot drop a party the protocol always requires for the kind.
    error OpGovPolicyBelowMinimum(ActionKind kind, uint8 parties, uint8 minimum);
    /// @notice A bounded collection is full.
    error OpGovLimitReached(uint256 max);
    /// @notice The group state changed since the version the caller read.
    error OpGovStaleGroupState(CellId cell, uint32 expected, uint32 current);
    /// @notice `hat` is not the cell's hat, member hat or one of its direct child hats.
    error OpGovNotCellHat(CellId cell, uint256 hat);
    /// @notice `account` is not an admin of `hat` in Hats.
    error OpGovNotHatAdmin(address account, uint256 hat);
    /// @notice A hat id that is not below the opgov root hat.
    error OpGovHatOutsideTree(uint256 hat);
    /// @notice This entry point only runs inside an opgov instance (by delegatecall).
    error OpGovNotDelegated();
    /// @notice No opgov function has this selector.
    error OpGovUnknownSelector(bytes4 selector);
}
