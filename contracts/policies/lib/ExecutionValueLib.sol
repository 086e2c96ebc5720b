// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC7579Utils} from "@openzeppelin/contracts/account/utils/draft-ERC7579Utils.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";

/// @title ExecutionValueLib
/// @notice The total ETH value a user operation's ERC-7579 `execute(bytes32 mode, bytes executionCalldata)` sends,
/// decoded exactly as the account decodes it (single: `target ‖ value ‖ callData`; batch: `abi.encode(Execution[])`).
/// @dev For user-op-scope policies, which see the whole operation instead of one call. Anything but single or
/// batch with the default exec type is refused, as SmartSession does.
library ExecutionValueLib {
    /// @dev IERC7579Execution.execute(bytes32,bytes).
    bytes4 internal constant EXECUTE_SELECTOR = 0xe9ae5c53;

    /// @notice The user operation calls something other than ERC-7579 `execute`.
    error UnsupportedExecutionFunction(bytes4 selector);
    /// @notice The ERC-7579 mode is not single or batch with the default exec type.
    error UnsupportedExecutionMode(bytes32 mode);
    /// @notice The execution calldata does not decode.
    error MalformedExecutionCalldata();
    /// @notice The values of a batch add up past 2^256 - 1.
    error ValueSumOverflow();

    /// @notice The sum of the values of every call of `callData` (a user operation's callData).
    function totalValue(bytes calldata callData) internal pure returns (uint256 total) {
        if (callData.length < 4) revert UnsupportedExecutionFunction(bytes4(0));
        if (bytes4(callData[:4]) != EXECUTE_SELECTOR) revert UnsupportedExecutionFunction(bytes4(callData[:4]));
        if (callData.length < 68) revert MalformedExecutionCalldata();
        bytes32 mode = bytes32(callData[4:36]);
        // Byte 0 is the call type (0x00 single, 0x01 batch), byte 1 the exec type (0x00 default).
        if (mode[1] != 0x00 || (mode[0] != 0x00 && mode[0] != 0x01)) revert UnsupportedExecutionMode(mode);
        bytes calldata executionCalldata;
        bool malformed;
        assembly ("memory-safe") {
            // Follow the ABI offset of `bytes executionCalldata`, relative to the arguments, bounded so that the
            // sums cannot overflow.
            let rel := calldataload(add(callData.offset, 36))
            let length := calldataload(add(add(callData.offset, 4), rel))
            malformed := or(
                or(gt(rel, 0xffffffffffffffff), gt(length, 0xffffffffffffffff)),
                gt(add(add(rel, 32), length), sub(callData.length, 4))
            )
            executionCalldata.offset := add(add(add(callData.offset, 4), rel), 32)
            executionCalldata.length := length
        }
        if (malformed) revert MalformedExecutionCalldata();
        if (mode[0] == 0x00) {
            if (executionCalldata.length < 52) revert MalformedExecutionCalldata();
            return uint256(bytes32(executionCalldata[20:52]));
        }
        Execution[] calldata calls = ERC7579Utils.decodeBatch(executionCalldata);
        for (uint256 i; i < calls.length; ++i) {
            uint256 value = calls[i].value;
            unchecked {
                total += value;
            }
            if (total < value) revert ValueSumOverflow();
        }
    }
}
