// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ISmartSession} from "../interfaces/ISmartSession.sol";

/// @title ExecutionLib
/// @notice Reads the ERC-7579 `execute(bytes32 mode, bytes executionCalldata)` call of a user operation, exactly
/// as an ERC-7579 account decodes it, so that policies see the calls the account will make.
library ExecutionLib {
    /// @dev IERC7579Execution.execute(bytes32,bytes).
    bytes4 internal constant EXECUTE_SELECTOR = 0xe9ae5c53;
    bytes1 internal constant CALLTYPE_SINGLE = 0x00;
    bytes1 internal constant CALLTYPE_BATCH = 0x01;
    bytes1 internal constant EXECTYPE_DEFAULT = 0x00;

    /// @notice Splits `execute` calldata into its mode and execution calldata, with bounds checks.
    /// @dev Only single and batch calls with the default exec type pass: delegatecall, static call, try-mode and
    /// every other account function are refused.
    function decodeExecute(bytes calldata callData)
        internal
        pure
        returns (bool isBatch, bytes calldata executionCalldata)
    {
        if (callData.length < 4) revert ISmartSession.UnsupportedExecutionFunction(bytes4(0));
        if (bytes4(callData[:4]) != EXECUTE_SELECTOR) {
            revert ISmartSession.UnsupportedExecutionFunction(bytes4(callData[:4]));
        }
        if (callData.length < 68) revert ISmartSession.MalformedExecutionCalldata();
        bytes32 mode = bytes32(callData[4:36]);
        if (mode[1] != EXECTYPE_DEFAULT || (mode[0] != CALLTYPE_SINGLE && mode[0] != CALLTYPE_BATCH)) {
            revert ISmartSession.UnsupportedExecutionMode(mode);
        }
        isBatch = mode[0] == CALLTYPE_BATCH;
        bool malformed;
        assembly ("memory-safe") {
            // Follow the ABI offset of `bytes executionCalldata` (relative to the arguments) like the account does.
            let argsLength := sub(callData.length, 4)
            let rel := calldataload(add(callData.offset, 36))
            let length := calldataload(add(add(callData.offset, 4), rel))
            // Offsets and lengths are bounded first so that the sums below cannot overflow.
            malformed := or(
                or(gt(rel, 0xffffffffffffffff), gt(length, 0xffffffffffffffff)),
                gt(add(add(rel, 32), length), argsLength)
            )
            executionCalldata.offset := add(add(add(callData.offset, 4), rel), 32)
            executionCalldata.length := length
        }
        if (malformed) revert ISmartSession.MalformedExecutionCalldata();
    }

    /// @notice The target, value and calldata of a single-call execution (`target ‖ value ‖ callData`).
    function decodeSingle(bytes calldata executionCalldata)
        internal
        pure
        returns (address target, uint256 value, bytes calldata callData)
    {
        if (executionCalldata.length < 52) revert ISmartSession.MalformedExecutionCalldata();
        target = address(bytes20(executionCalldata[:20]));
        value = uint256(bytes32(executionCalldata[20:52]));
        callData = executionCalldata[52:];
    }

    /// @notice The selector a call's data runs: its first 4 bytes, or zero for a plain value transfer.
    /// @dev 1 to 3 bytes of calldata would reach a fallback function under a selector nobody granted: refused.
    function selectorOf(bytes calldata callData) internal pure returns (bytes4) {
        if (callData.length >= 4) return bytes4(callData[:4]);
        if (callData.length == 0) return bytes4(0);
        revert ISmartSession.MalformedExecutionCalldata();
    }
}
