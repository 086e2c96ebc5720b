// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MockERC20} from "../utils/MockERC20.sol";
import {SessionKey, SessionOpSender} from "../utils/SessionOpSender.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution, IERC7579Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PermissionId} from "contracts/DataTypes.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice What the invariant handlers share: each plays the key of one session of one account, sends its ops
/// through the real EntryPoint (a validation refusal is caught, not a revert of the handler) and counts those that
/// went through and those refused.
abstract contract SessionOpHandler is CommonBase, StdUtils {
    /// @dev ERC-7579 `execute` modes: one call / a batch, default exec type.
    bytes32 internal constant MODE_SINGLE = bytes32(0);
    bytes32 internal constant MODE_BATCH = bytes32(uint256(1) << 248);

    IEntryPoint internal immutable entryPoint;
    address internal immutable account;
    address internal immutable smartSession;
    MockERC20 internal immutable token;
    PermissionId internal immutable permissionId;
    uint256 internal immutable sessionKey;

    uint256 public passedOps;
    uint256 public refusedOps;

    constructor(SessionKey memory key) {
        (entryPoint, account, smartSession, token, permissionId, sessionKey) =
        (key.entryPoint, key.account, key.smartSession, key.token, key.permissionId, key.sessionKey);
    }

    /// @notice Sends one session op executing `callData` (default gas fields); returns whether it went through.
    function _sendOp(bytes memory callData) internal returns (bool passed) {
        return _count(SessionOpSender.send(entryPoint, account, smartSession, permissionId, sessionKey, callData));
    }

    /// @notice Sends `op` with its own gas and paymaster fields, paying `beneficiary`.
    function _sendOp(PackedUserOperation memory op, address payable beneficiary) internal returns (bool passed) {
        return _count(SessionOpSender.sendOp(entryPoint, op, smartSession, permissionId, sessionKey, beneficiary));
    }

    /// @notice The account's calldata executing one call.
    function _single(address target, uint256 value, bytes memory data) internal pure returns (bytes memory) {
        return abi.encodeCall(IERC7579Execution.execute, (MODE_SINGLE, abi.encodePacked(target, value, data)));
    }

    /// @notice The account's calldata executing `calls` as a batch.
    function _batch(Execution[] memory calls) internal pure returns (bytes memory) {
        return abi.encodeCall(IERC7579Execution.execute, (MODE_BATCH, abi.encode(calls)));
    }

    function _count(bool passed) private returns (bool) {
        if (passed) ++passedOps;
        else ++refusedOps;
        return passed;
    }
}
