// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Placeholder subset of Hats Protocol v1 (replaced by the full interface).
interface IHats {
    function createHat(
        uint256 _admin,
        string calldata _details,
        uint32 _maxSupply,
        address _eligibility,
        address _toggle,
        bool _mutable,
        string calldata _imageURI
    ) external returns (uint256 newHatId);
    function mintHat(uint256 _hatId, address _wearer) external returns (bool success);
    function setHatStatus(uint256 _hatId, bool _newStatus) external returns (bool toggled);
    function setHatWearerStatus(uint256 _hatId, address _wearer, bool _eligible, bool _standing)
        external
        returns (bool updated);
    function isWearerOfHat(address _user, uint256 _hatId) external view returns (bool isWearer);
    function isAdminOfHat(address _user, uint256 _hatId) external view returns (bool isAdmin);
    function getHatLevel(uint256 _hatId) external view returns (uint32 level);
}
