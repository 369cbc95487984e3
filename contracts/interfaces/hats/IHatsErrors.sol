// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IHatsErrors
/// @notice The custom errors of Hats Protocol v1, declared from the ABI the Hats SDK (`sdk-v1-core`)
///         ships. Names and argument lists match Hats v1 exactly so the Hats SDK and viem decode
///         reverts from opgov's local `HatsCompat` the same way as from Hats.
interface IHatsErrors {
    /// @notice `user` tried an admin action on `hatId` without wearing any of its admin hats.
    /// @dev When raised by `approveLinkTopHatToTree` or `relinkTopHatWithinTree`, `hatId` is the first
    ///      child id of the would-be admin hat: the caller had to be an admin of a hat below it.
    error NotAdmin(address user, uint256 hatId);

    /// @notice The account acted on, or acted as, is not a wearer of the hat.
    error NotHatWearer();

    /// @notice The caller is neither an admin nor a wearer of the hat.
    error NotAdminOrWearer();

    /// @notice Minting `hatId` would exceed its max supply.
    error AllHatsWorn(uint256 hatId);

    /// @notice The admin hat is already at the deepest local level (14): it cannot have children.
    error MaxLevelsReached();

    /// @notice The hat id has an empty level above a filled one.
    error InvalidHatId();

    /// @notice `wearer` already wears `hatId`.
    error AlreadyWearingHat(address wearer, uint256 hatId);

    /// @notice `hatId` has never been created (its max supply is zero).
    error HatDoesNotExist(uint256 hatId);

    /// @notice The hat is not active, so it cannot be minted or transferred.
    error HatNotActive();

    /// @notice The would-be wearer is not eligible for the hat.
    error NotEligible();

    /// @notice The caller is not the hat's toggle module, or the toggle gave no valid answer.
    error NotHatsToggle();

    /// @notice The caller is not the hat's eligibility module, or the module gave no valid answer.
    error NotHatsEligibility();

    /// @notice The array arguments of a batch call have different lengths.
    error BatchArrayLengthMismatch();

    /// @notice The hat is immutable: it cannot be changed or transferred.
    error Immutable();

    /// @notice The new max supply is below the hat's current supply.
    error NewMaxSupplyTooLow();

    /// @notice Linking the top hat under that admin would make a cycle of trees.
    error CircularLinkage();

    /// @notice A linked tree may only be relinked inside the same tippy-top tree.
    error CrossTreeLinkage();

    /// @notice No link to that admin hat was requested for the top hat.
    error LinkageNotRequested();

    /// @notice Unlinking needs a named account that wears the tree root (active and eligible), so the
    ///         unlinked top hat is never left without a wearer.
    error InvalidUnlink();

    /// @notice An eligibility or toggle module may not be the zero address.
    error ZeroAddress();

    /// @notice Details and image URIs are limited to 7000 bytes.
    error StringTooLong();
}
