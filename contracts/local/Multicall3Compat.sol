// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Multicall3Compat
/// @notice The part of Multicall3's published interface that viem's `multicall` uses
///         (`aggregate3`), plus the block views multicall readers commonly batch, for local chains.
///         opgov's bootstrap installs it at Multicall3's canonical address
///         0xcA11bde05977b3631167028862bE2a173976CA11, so viem batches reads there as it does on
///         live chains (where Multicall3 is deployed).
/// @dev Written from Multicall3's documented ABI. It holds no state and no funds: `aggregate3` is
///      not payable, so a call can never forward value it does not have.
contract Multicall3Compat {
    /// @notice One call of a batch.
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    /// @notice One call's outcome.
    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice Call `index` of the batch failed and did not allow failure; `returnData` is its revert data.
    error Multicall3CallFailed(uint256 index, bytes returnData);

    /// @notice Runs `calls` in order and returns each outcome; reverts if a call that does not
    ///         allow failure fails.
    function aggregate3(Call3[] calldata calls) external returns (Result[] memory results) {
        results = new Result[](calls.length);
        for (uint256 i; i < calls.length; ++i) {
            Call3 calldata c = calls[i];
            // solhint-disable-next-line avoid-low-level-calls
            (bool success, bytes memory data) = c.target.call(c.callData);
            if (!success && !c.allowFailure) revert Multicall3CallFailed(i, data);
            results[i] = Result(success, data);
        }
    }

    /// @notice The current block number.
    function getBlockNumber() external view returns (uint256) {
        return block.number;
    }

    /// @notice The current block's timestamp.
    function getCurrentBlockTimestamp() external view returns (uint256) {
        return block.timestamp;
    }

    /// @notice `account`'s native balance.
    function getEthBalance(address account) external view returns (uint256) {
        return account.balance;
    }

    /// @notice The chain id.
    function getChainId() external view returns (uint256) {
        return block.chainid;
    }
}
