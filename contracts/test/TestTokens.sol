// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A plain ERC-20 anyone can mint (tests only).
contract TestToken is ERC20 {
    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

/// @notice Takes a fee of `feeBps` on every transfer: the recipient gets less than was sent.
contract FeeOnTransferToken is ERC20 {
    uint256 public immutable FEE_BPS;
    address public immutable FEE_SINK;

    constructor(uint256 feeBps, address feeSink) ERC20("Fee Token", "FEE") {
        FEE_BPS = feeBps;
        FEE_SINK = feeSink;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) return super._update(from, to, value);
        uint256 fee = value * FEE_BPS / 10_000;
        super._update(from, FEE_SINK, fee);
        super._update(from, to, value - fee);
    }
}

/// @notice An ERC-20 whose `transfer` returns nothing (like USDT on mainnet).
contract NoReturnToken {
    mapping(address account => uint256) public balanceOf;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function transfer(address to, uint256 amount) external {
        if (balanceOf[msg.sender] < amount) revert InsufficientBalance();
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
    }

    error InsufficientBalance();
}

/// @notice An ERC-20 whose `transfer` returns false instead of reverting, and moves nothing.
contract FalseReturningToken {
    mapping(address account => uint256) public balanceOf;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    function transfer(address, uint256) external pure returns (bool) {
        return false;
    }
}
