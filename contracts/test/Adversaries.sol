// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A recipient that, when paid, calls back into a target with prepared calldata (a
///         second spend, an execute, ...) and records whether that reentrant call succeeded.
contract ReentrantRecipient {
    address public target;
    bytes public payload;
    bool public attempted;
    bool public reentered;
    bytes public reentryError;
    bool public revertOnReceive;

    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
    }

    function setRevertOnReceive(bool value) external {
        revertOnReceive = value;
    }

    // solhint-disable-next-line no-complex-fallback
    receive() external payable {
        if (revertOnReceive) revert Refused();
        _reenter();
    }

    /// @dev Called by `ReentrantToken` on every transfer to this recipient.
    function onTokenReceived() external {
        _reenter();
    }

    function _reenter() internal {
        if (attempted || target == address(0)) return;
        attempted = true;
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok, bytes memory ret) = target.call(payload);
        reentered = ok;
        reentryError = ret;
    }

    error Refused();
}

/// @notice An ERC-20 that calls `onTokenReceived()` on a recipient contract during transfer.
contract ReentrantToken is ERC20 {
    constructor() ERC20("Reentrant", "REENT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (from != address(0) && to.code.length > 0) {
            // solhint-disable-next-line avoid-low-level-calls
            (bool ok,) = to.call(abi.encodeWithSignature("onTokenReceived()"));
            ok;
        }
    }
}
