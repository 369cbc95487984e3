// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IHats} from "../../interfaces/hats/IHats.sol";

/// @title HatsGasProbe
/// @notice Measures what an `isWearerOfHat` check costs a calling contract, as opgov's contracts
///         call it. Use through `eth_call`: each call starts a fresh transaction, so the first check
///         finds the Hats account and every slot it reads cold.
contract HatsGasProbe {
    /// @return isWearer The answer.
    /// @return coldGas Gas spent by the first check (Hats account and its slots cold), including the
    ///         call itself.
    /// @return warmGas Gas spent by the same check repeated at once (everything warm).
    function measure(IHats hats, address user, uint256 hatId)
        external
        view
        returns (bool isWearer, uint256 coldGas, uint256 warmGas)
    {
        uint256 start = gasleft();
        isWearer = hats.isWearerOfHat(user, hatId);
        coldGas = start - gasleft();
        start = gasleft();
        hats.isWearerOfHat(user, hatId);
        warmGas = start - gasleft();
    }

    /// @notice Like `measure`, but first touches the Hats account so `coldGas` counts only the
    ///         storage and module reads, not the 2600 gas of the first access to Hats itself.
    function measureWithHatsWarm(IHats hats, address user, uint256 hatId)
        external
        view
        returns (bool isWearer, uint256 coldGas)
    {
        // Any call warms the account; lastTopHatId reads one slot that isWearerOfHat never touches.
        hats.lastTopHatId();
        uint256 start = gasleft();
        isWearer = hats.isWearerOfHat(user, hatId);
        coldGas = start - gasleft();
    }
}
