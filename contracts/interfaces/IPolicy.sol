// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @title IPolicy
/// @notice A policy keeps its own state per `(multiplexer, configId, account)` and is called by a multiplexer
/// (SmartSession) during validation. It may only touch storage associated with `account` (ERC-7562).
interface IPolicy is IERC165 {
    /// @notice initData is not this policy's format (its NatSpec says which).
    error InvalidInitData();
    /// @notice initData is not the exact length this policy's format has.
    error InvalidInitDataLength(uint256 length);
    /// @notice The config was never initialised by this multiplexer for this account.
    error NotInitialized(bytes32 configId, address account);
    /// @notice The call's ETH value is above what the config allows: `limit` is the per-call limit or what is
    /// left of a total.
    error ValueLimitExceeded(uint256 value, uint256 limit);

    /// @notice Initialises (or re-initialises, resetting all state of) the config `configId` of `account`.
    /// @dev Called by the multiplexer when a session using this policy is enabled.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external;
}

/// @title IUserOpPolicy
/// @notice A policy run once per user operation, seeing all of it.
interface IUserOpPolicy is IPolicy {
    /// @notice Checks `userOp` for the config `id` of `userOp.sender`.
    /// @return validationData 0 to pass; else packed like ERC-4337 validation data (low 160 bits non-zero fails).
    function checkUserOpPolicy(bytes32 id, PackedUserOperation calldata userOp)
        external
        returns (uint256 validationData);
}

/// @title IActionPolicy
/// @notice A policy run once per call of a user operation.
interface IActionPolicy is IPolicy {
    /// @notice Checks one call `account` makes to `target` with `value` and `data`.
    /// @return validationData 0 to pass; else packed like ERC-4337 validation data (low 160 bits non-zero fails).
    function checkAction(bytes32 id, address account, address target, uint256 value, bytes calldata data)
        external
        returns (uint256 validationData);
}

/// @title I1271Policy
/// @notice A policy run when a session signs an ERC-1271 message for the account.
interface I1271Policy is IPolicy {
    /// @notice Whether the session may sign `hash` for `account`, requested by `requestSender`.
    function check1271SignedAction(
        bytes32 id,
        address requestSender,
        address account,
        bytes32 hash,
        bytes calldata signature
    ) external view returns (bool);
}
