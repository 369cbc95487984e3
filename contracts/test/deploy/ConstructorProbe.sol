// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Test-only. A constructor that writes storage, sets immutables from `address(this)` and
///         `msg.sender`, and takes an argument: the test installs it in HatsCompat's place to check
///         that the in-place install leaves the state a real deployment at Hats' address would.
contract ConstructorProbe {
    address public immutable self;
    address public immutable creator;
    address public deployer;
    string public label;

    constructor(string memory label_) {
        self = address(this);
        creator = msg.sender;
        deployer = msg.sender;
        label = label_;
    }
}
