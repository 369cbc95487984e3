// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IHatsIdUtilities
/// @notice Hat id arithmetic of Hats Protocol v1, declared from its published ABI.
/// @dev A hat id is 256 bits: the top 32 bits are the top hat's domain (the tree id), then 14 levels
///      of 16 bits, level 1 first. A hat at local level n has non-zero fields at levels 1..n and zeros
///      below; its admin at level k < n is the id with levels k+1..14 cleared. A top hat whose tree is
///      linked under a hat of another tree ("tree root") has that hat as its admin, so global levels
///      count through links while local levels stop at the tree's own top hat.
interface IHatsIdUtilities {
    /// @notice The id of child number `_newHat` of `_admin`, one level below it. Zero when `_admin`
    ///         already uses all 14 levels.
    function buildHatId(uint256 _admin, uint16 _newHat) external pure returns (uint256 id);

    /// @notice The level of `_hatId` counted from the tippy-top hat, through linked trees.
    function getHatLevel(uint256 _hatId) external view returns (uint32 level);

    /// @notice The level of `_hatId` inside its own tree: 0 for its top hat, 1..14 below.
    function getLocalHatLevel(uint256 _hatId) external pure returns (uint32 level);

    /// @notice Whether `_hatId` is a top hat of an unlinked tree.
    function isTopHat(uint256 _hatId) external view returns (bool _isTopHat);

    /// @notice Whether `_hatId` is the top hat of its own tree, linked or not.
    function isLocalTopHat(uint256 _hatId) external pure returns (bool _isLocalTopHat);

    /// @notice Whether `_hatId` has no empty level above a filled one.
    function isValidHatId(uint256 _hatId) external pure returns (bool validHatId);

    /// @notice The admin of `_hatId` at global level `_level`, crossing into parent trees when linked.
    function getAdminAtLevel(uint256 _hatId, uint32 _level) external view returns (uint256 admin);

    /// @notice The admin of `_hatId` at local level `_level` (its id with the deeper levels cleared).
    function getAdminAtLocalLevel(uint256 _hatId, uint32 _level) external pure returns (uint256 admin);

    /// @notice The top hat domain (tree id) of `_hatId`: its top 32 bits.
    function getTopHatDomain(uint256 _hatId) external pure returns (uint32 domain);

    /// @notice The domain at the top of the chain of trees that `_topHatDomain` is linked into.
    function getTippyTopHatDomain(uint32 _topHatDomain) external view returns (uint32 domain);

    /// @notice Whether linking `_topHatDomain` under `_linkedAdmin` would not create a cycle of trees.
    function noCircularLinkage(uint32 _topHatDomain, uint256 _linkedAdmin) external view returns (bool notCircular);

    /// @notice Whether `_topHatDomain` and `_newAdminHat` share the same tippy-top tree.
    function sameTippyTopHatDomain(uint32 _topHatDomain, uint256 _newAdminHat) external view returns (bool sameDomain);
}
