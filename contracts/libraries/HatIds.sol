// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title HatIds
/// @notice Arithmetic on Hats Protocol v1 hat ids, without calling Hats. A hat id is a 32-bit
///         top-hat domain (bits 255..224) followed by 14 levels of 16 bits each; level `i`
///         (1..14) sits at bits `224 - 16 i` .. `239 - 16 i`. A hat's admin is the same id
///         with its own level's bits cleared.
library HatIds {
    uint256 internal constant MAX_LEVEL = 14;

    /// @notice The level of `hat`: 0 for a top hat, else its deepest non-zero level.
    function level(uint256 hat) internal pure returns (uint8) {
        uint256 below = hat & ((uint256(1) << 224) - 1);
        if (below == 0) return 0;
        // Lowest set bit of the levels' part; its 16-bit group tells the level.
        uint256 lowest;
        unchecked {
            lowest = below & (~below + 1);
        }
        uint256 bit = _log2(lowest);
        return uint8(MAX_LEVEL - bit / 16);
    }

    /// @notice The admin of a hat at level `lvl` (>= 1): the hat with its own level cleared.
    function admin(uint256 hat, uint8 lvl) internal pure returns (uint256) {
        return hat & ~(uint256(0xFFFF) << (224 - 16 * uint256(lvl)));
    }

    /// @notice The child of a hat at level `lvl` (< 14) with child index `index` (1-based).
    function child(uint256 hat, uint8 lvl, uint16 index) internal pure returns (uint256) {
        return hat | (uint256(index) << (224 - 16 * (uint256(lvl) + 1)));
    }

    /// @notice The child index of a hat at level `lvl` (>= 1) under its admin.
    function indexAt(uint256 hat, uint8 lvl) internal pure returns (uint16) {
        return uint16(hat >> (224 - 16 * uint256(lvl)));
    }

    function _log2(uint256 x) private pure returns (uint256 r) {
        // x is a power of two here: binary search for its exponent.
        if (x >> 128 != 0) { x >>= 128; r += 128; }
        if (x >> 64 != 0) { x >>= 64; r += 64; }
        if (x >> 32 != 0) { x >>= 32; r += 32; }
        if (x >> 16 != 0) { x >>= 16; r += 16; }
        if (x >> 8 != 0) { x >>= 8; r += 8; }
        if (x >> 4 != 0) { x >>= 4; r += 4; }
        if (x >> 2 != 0) { x >>= 2; r += 2; }
        if (x >> 1 != 0) { r += 1; }
    }
}
