// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IHatsEvents
/// @notice The events of Hats Protocol v1 beyond ERC-1155, declared from its published ABI. Names,
///         argument names and types match Hats v1 so the Hats SDK decodes receipts unchanged.
interface IHatsEvents {
    /// @notice A hat was created (top hats included).
    /// @param id The new hat's id.
    /// @param details Free-form metadata.
    /// @param maxSupply How many accounts may wear it at once.
    /// @param eligibility The eligibility module (zero for top hats).
    /// @param toggle The toggle module (zero for top hats).
    /// @param mutable_ Whether its admins may change it later.
    /// @param imageURI Its image URI (empty: inherit from the nearest admin that has one).
    event HatCreated(
        uint256 id,
        string details,
        uint32 maxSupply,
        address eligibility,
        address toggle,
        bool mutable_,
        string imageURI
    );

    /// @notice The stored standing of `wearer` for `hatId` changed.
    /// @param wearerStanding True for good standing.
    event WearerStandingChanged(uint256 hatId, address wearer, bool wearerStanding);

    /// @notice The stored active status of `hatId` changed.
    event HatStatusChanged(uint256 hatId, bool newStatus);

    /// @notice The details of `hatId` changed.
    event HatDetailsChanged(uint256 hatId, string newDetails);

    /// @notice The eligibility module of `hatId` changed.
    event HatEligibilityChanged(uint256 hatId, address newEligibility);

    /// @notice The toggle module of `hatId` changed.
    event HatToggleChanged(uint256 hatId, address newToggle);

    /// @notice `hatId` was made immutable (one way).
    event HatMutabilityChanged(uint256 hatId);

    /// @notice The max supply of `hatId` changed.
    event HatMaxSupplyChanged(uint256 hatId, uint32 newMaxSupply);

    /// @notice The image URI of `hatId` changed.
    event HatImageURIChanged(uint256 hatId, string newImageURI);

    /// @notice The wearer of the top hat of `domain` asked to link its tree under `newAdmin`.
    event TopHatLinkRequested(uint32 domain, uint256 newAdmin);

    /// @notice The top hat of `domain` is now linked under `newAdmin` (zero: unlinked).
    event TopHatLinked(uint32 domain, uint256 newAdmin);
}
