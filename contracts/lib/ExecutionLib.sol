// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccountExecute} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution, IERC7579Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";

/// @title ExecutionLib
/// @notice Decodes the ERC-7579 `execute(bytes32 mode, bytes executionCalldata)` call of a user operation and
/// accepts it only in its canonical ABI encoding, so that SmartSession, the policies and every account read the
/// very same calls. Shared by SmartSession (each call against its action) and the user-op policies that sum
/// values.
/// @dev Why canonical only: ABI decoders follow offsets. A non-canonical offset (negative, out of the buffer,
/// overlapping) is read by this module relative to `userOp.callData` inside `validateUserOp`'s calldata but by the
/// account relative to its own `execute` calldata, so the two can see different calls. With every offset pinned to
/// the one value canonical encoding gives, both sides read the same bytes. See docs/threat-model.md.
library ExecutionLib {
    /// @notice The user operation calls something other than ERC-7579 `execute` (directly or via `executeUserOp`).
    error UnsupportedExecutionFunction(bytes4 selector);
    /// @notice The ERC-7579 mode is not single or batch call with the default exec type and zero remaining bytes.
    error UnsupportedExecutionMode(bytes32 mode);
    /// @notice The calldata is not the canonical ABI encoding of `execute` / of `abi.encode(Execution[])`.
    error MalformedExecutionCalldata();
    /// @notice The values of a batch add up past 2^256 - 1.
    error ValueSumOverflow();

    /// @dev The only two modes accepted: call type single (0x00) or batch (0x01) in byte 0, every other byte zero
    /// (exec type default, no mode selector or payload the account might interpret).
    bytes32 internal constant MODE_SINGLE = bytes32(0);
    bytes32 internal constant MODE_BATCH = bytes32(uint256(1) << 248);

    /// @dev Offsets and lengths above this are refused before any arithmetic, so no sum below can overflow.
    uint256 private constant MAX_LENGTH = 0xffffffff;

    /// @notice The execution calldata of a user operation's `callData`, checked to be canonical.
    /// @dev `callData` is `execute(mode, executionCalldata)`, or `executeUserOp` selector ‖ that: EntryPoint v0.7+
    /// then calls `account.executeUserOp(userOp, hash)` and accounts such as Kernel run `callData[4:]`.
    /// Canonical: selector ‖ mode ‖ 0x40 ‖ length ‖ data zero-padded to a word, nothing after.
    /// @return isBatch Whether the mode is batch (else single).
    /// @return executionCalldata `target ‖ value ‖ callData` (single) or `abi.encode(Execution[])` (batch).
    function decodeUserOpCallData(bytes calldata callData)
        internal
        pure
        returns (bool isBatch, bytes calldata executionCalldata)
    {
        // forge-lint: disable-next-line(unsafe-typecast) bytes4 of calldata is its first 4 bytes, the selector
        if (callData.length >= 4 && bytes4(callData) == IAccountExecute.executeUserOp.selector) {
            callData = callData[4:];
        }
        // forge-lint: disable-next-line(unsafe-typecast) bytes4 of calldata is its first 4 bytes, the selector
        if (callData.length < 4 || bytes4(callData) != IERC7579Execution.execute.selector) {
            // forge-lint: disable-next-line(unsafe-typecast) bytes4 of calldata is its first 4 bytes, the selector
            revert UnsupportedExecutionFunction(callData.length < 4 ? bytes4(0) : bytes4(callData));
        }
        if (callData.length < 100) revert MalformedExecutionCalldata();
        bytes32 mode = bytes32(callData[4:36]);
        if (mode != MODE_SINGLE && mode != MODE_BATCH) revert UnsupportedExecutionMode(mode);
        isBatch = mode == MODE_BATCH;
        bool canonical;
        assembly ("memory-safe") {
            let length := calldataload(add(callData.offset, 68))
            // The bytes argument's offset is 0x40, its data fills the rest exactly, zero-padded to a word.
            canonical := and(
                and(eq(calldataload(add(callData.offset, 36)), 0x40), lt(length, add(MAX_LENGTH, 1))),
                eq(callData.length, add(100, and(add(length, 31), not(31))))
            )
            executionCalldata.offset := add(callData.offset, 100)
            executionCalldata.length := length
        }
        if (!canonical || !_isZeroPadded(executionCalldata)) revert MalformedExecutionCalldata();
    }

    /// @notice The target, value and calldata of a single-call execution (`target ‖ value ‖ callData`, packed).
    function decodeSingle(bytes calldata executionCalldata)
        internal
        pure
        returns (address target, uint256 value, bytes calldata callData)
    {
        if (executionCalldata.length < 52) revert MalformedExecutionCalldata();
        target = address(bytes20(executionCalldata[:20]));
        value = uint256(bytes32(executionCalldata[20:52]));
        callData = executionCalldata[52:];
    }

    /// @notice The calls of a batch execution, accepted only as the canonical `abi.encode(Execution[])` of at least
    /// one call: every offset is the one canonical encoding gives (in order, no gap, overlap or trailing byte),
    /// every address and padding clean.
    function decodeBatch(bytes calldata executionCalldata) internal pure returns (Execution[] calldata calls) {
        bool canonical;
        uint256 count;
        uint256 base;
        assembly ("memory-safe") {
            let start := executionCalldata.offset
            let end := add(start, executionCalldata.length)
            count := calldataload(add(start, 0x20))
            // Array offset 0x20, a non-zero count whose head fits; offsets are relative to the first head word.
            base := add(start, 0x40)
            canonical := and(
                and(eq(calldataload(start), 0x20), gt(executionCalldata.length, 0x3f)),
                and(iszero(iszero(count)), lt(count, add(MAX_LENGTH, 1)))
            )
            if canonical { canonical := iszero(gt(add(base, shl(5, count)), end)) }
            // Each element: head offset == running canonical offset; (target, value, 0x60, length, data).
            let expected := shl(5, count)
            for { let i := 0 } and(canonical, lt(i, count)) { i := add(i, 1) } {
                let element := add(base, expected)
                canonical := and(eq(calldataload(add(base, shl(5, i))), expected), iszero(gt(add(element, 0x80), end)))
                if canonical {
                    let length := calldataload(add(element, 0x60))
                    let padded := and(add(length, 31), not(31))
                    canonical := and(
                        and(iszero(shr(160, calldataload(element))), eq(calldataload(add(element, 0x40)), 0x60)),
                        and(lt(length, add(MAX_LENGTH, 1)), iszero(gt(add(add(element, 0x80), padded), end)))
                    )
                    // Bytes past `length` in the last data word must be zero.
                    if and(canonical, gt(and(length, 31), 0)) {
                        let tail := calldataload(add(add(element, 0x80), sub(padded, 32)))
                        canonical := iszero(shl(shl(3, sub(32, sub(padded, length))), tail))
                    }
                    expected := add(expected, add(0x80, padded))
                }
            }
            // Nothing after the last element.
            if canonical { canonical := eq(add(base, expected), end) }
        }
        if (!canonical) revert MalformedExecutionCalldata();
        assembly ("memory-safe") {
            calls.offset := base
            calls.length := count
        }
    }

    /// @notice The sum of the ETH values of every call of a user operation's `callData`, decoded as above.
    function totalValue(bytes calldata callData) internal pure returns (uint256 total) {
        (bool isBatch, bytes calldata executionCalldata) = decodeUserOpCallData(callData);
        if (!isBatch) {
            (, total,) = decodeSingle(executionCalldata);
            return total;
        }
        Execution[] calldata calls = decodeBatch(executionCalldata);
        for (uint256 i; i < calls.length; ++i) {
            uint256 value = calls[i].value;
            unchecked {
                total += value;
            }
            if (total < value) revert ValueSumOverflow();
        }
    }

    /// @notice The selector a call's data runs: its first 4 bytes, or zero for a plain value transfer.
    /// @dev 1 to 3 bytes of calldata would reach a fallback function under a selector nobody granted: refused.
    function selectorOf(bytes calldata callData) internal pure returns (bytes4) {
        if (callData.length >= 4) return bytes4(callData[:4]);
        if (callData.length == 0) return bytes4(0);
        revert MalformedExecutionCalldata();
    }

    /// @dev Whether the bytes after `data` up to the next word boundary are zero (as canonical encoding pads).
    function _isZeroPadded(bytes calldata data) private pure returns (bool clean) {
        assembly ("memory-safe") {
            let rem := and(data.length, 31)
            clean := 1
            // The last word read from the data's last full-word start: its bytes past `rem` must be zero.
            if rem { clean := iszero(shl(shl(3, rem), calldataload(add(data.offset, sub(data.length, rem))))) }
        }
    }
}
