// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title MalformedModuleMock
/// @notice Answers any call (so both `getHatStatus` and `getWearerStatus`) with malformed data,
///         chosen by `mode`. Hats must treat each as no answer and fall back to stored values.
contract MalformedModuleMock {
    /// @notice How the next answers are malformed.
    enum Mode {
        Empty, // success with no data
        Short, // 31 bytes of 0x01
        OutOfRange, // right length, but a word holding 2 (both words for eligibility)
        Long // one word more than expected, all words 1
    }

    Mode public mode;

    /// @notice Chooses the malformation.
    function setMode(Mode newMode) external {
        mode = newMode;
    }

    // solhint-disable-next-line no-complex-fallback
    fallback(bytes calldata input) external returns (bytes memory output) {
        // getHatStatus(uint256) takes one word, getWearerStatus(address,uint256) two.
        uint256 words = input.length > 36 ? 2 : 1;
        Mode current = mode;
        if (current == Mode.Empty) return "";
        if (current == Mode.Short) return new bytes(31);
        output = new bytes(32 * (current == Mode.Long ? words + 1 : words));
        uint256 value = current == Mode.OutOfRange ? 2 : 1;
        for (uint256 i; i < output.length; i += 32) {
            assembly ("memory-safe") {
                mstore(add(add(output, 32), i), value)
            }
        }
    }
}
