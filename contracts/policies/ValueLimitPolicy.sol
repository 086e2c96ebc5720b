// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {ExecutionLib} from "../lib/ExecutionLib.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";

/// @title ValueLimitPolicy
/// @notice Cumulative ETH value cap. Guarantee: the sum of the ETH values this config ever lets through (since its
/// last initialisation) is at most its limit — at action scope the `value` of each matching call, at user-op
/// scope the sum of the values of all calls of each operation.
/// @dev initData = `abi.encode(uint256 limit)`; 0 allows no ETH at all. A limit above 2^128 - 1 is stored as
/// 2^128 - 1 (more than all ETH in existence) so that limit and used value share one slot. A call or operation
/// without value passes without touching storage.
contract ValueLimitPolicy is PolicyBase, IActionPolicy, IUserOpPolicy {
    /// @dev `limit << 128 | used` of each config.
    mapping(address multiplexer => mapping(bytes32 configId => mapping(address account => uint256))) internal _state;

    /// @notice Sets the limit of `configId` for `account` and resets its used value.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        if (initData.length != 32) revert InvalidInitData();
        // forge-lint: disable-next-line(unsafe-typecast) initData is exactly 32 bytes (checked above)
        uint256 limit = uint256(bytes32(initData));
        if (limit > type(uint128).max) limit = type(uint128).max;
        _state[msg.sender][configId][account] = limit << 128;
    }

    /// @notice Counts the call's `value` against the limit. Reverts ValueLimitExceeded; returns 0 otherwise.
    function checkAction(bytes32 id, address account, address, uint256 value, bytes calldata)
        external
        returns (uint256)
    {
        if (value != 0) _spend(id, account, value);
        return 0;
    }

    /// @notice Counts the total value of the operation's calls against the limit. Reverts ValueLimitExceeded,
    /// or an ExecutionLib error when the callData is not ERC-7579 single/batch `execute`; returns 0 otherwise.
    function checkUserOpPolicy(bytes32 id, PackedUserOperation calldata userOp) external returns (uint256) {
        uint256 value = ExecutionLib.totalValue(userOp.callData);
        if (value != 0) _spend(id, userOp.sender, value);
        return 0;
    }

    /// @notice The limit and used value of a config.
    function getValueLimit(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (uint256 limit, uint256 used)
    {
        uint256 state = _state[multiplexer][configId][account];
        // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the used value
        return (state >> 128, uint128(state));
    }

    function _spend(bytes32 id, address account, uint256 value) private {
        mapping(address account => uint256) storage slots = _state[msg.sender][id];
        uint256 state = slots[account];
        // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the used value
        uint256 remaining = (state >> 128) - uint128(state);
        if (value > remaining) revert ValueLimitExceeded(value, remaining);
        // used + value <= limit < 2^128: the sum stays in the low half.
        unchecked {
            slots[account] = state + value;
        }
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (true, true, false);
    }
}
