// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {ExecutionLib} from "../lib/ExecutionLib.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {StreamAllowance} from "./lib/StreamAllowance.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";

/// @title StreamingValueLimitPolicy
/// @notice An ETH value stream (ERC-7715 `native-token-stream`): `initialAmount` available at `start`, growing by
/// `amountPerSecond`, at most `maxAmount` in total. Guarantee: by any time t >= start, the ETH value this config
/// let through in executed operations is at most min(maxAmount, initialAmount + amountPerSecond · (t − start)),
/// and zero before `start`. At action scope it counts each matching call's `value`, at user-op scope the sum over
/// all calls of the operation.
/// @dev initData = `abi.encode(uint256 initialAmount, uint256 amountPerSecond, uint256 maxAmount, uint48 start)`:
/// maxAmount in [1, 2^128 − 1], initialAmount <= maxAmount and amountPerSecond below 2^104, not both 0. A spend the
/// stream does not cover yet returns the validAfter from which it does (see StreamAllowance); a spend beyond
/// the total is refused. A call or operation without value passes at once without touching storage.
contract StreamingValueLimitPolicy is PolicyBase, IActionPolicy, IUserOpPolicy {
    using StreamAllowance for StreamAllowance.Stream;

    mapping(address multiplexer => mapping(bytes32 configId => mapping(address account => StreamAllowance.Stream)))
        internal _streams;

    /// @notice Sets the stream of `configId` for `account`; nothing spent.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        if (initData.length != 128) revert InvalidInitData();
        (uint256 initial, uint256 rate, uint256 max, uint256 start) =
            abi.decode(initData, (uint256, uint256, uint256, uint256));
        _streams[msg.sender][configId][account].set(initial, rate, max, start);
    }

    /// @notice Counts the call's `value`; returns the validAfter from which the stream covers it.
    function checkAction(bytes32 id, address account, address, uint256 value, bytes calldata)
        external
        returns (uint256)
    {
        if (value == 0) return 0;
        return _streams[msg.sender][id][account].spend(value);
    }

    /// @notice Counts the total value of the operation's calls; returns the validAfter from which the stream
    /// covers it. Reverts an ExecutionLib error when the callData is not a canonical ERC-7579 `execute`.
    function checkUserOpPolicy(bytes32 id, PackedUserOperation calldata userOp) external returns (uint256) {
        uint256 value = ExecutionLib.totalValue(userOp.callData);
        if (value == 0) return 0;
        return _streams[msg.sender][id][userOp.sender].spend(value);
    }

    /// @notice The stream of a config: initial amount, amount per second, max, start and total spent.
    function getStream(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (uint256 initialAmount, uint256 amountPerSecond, uint256 maxAmount, uint256 start, uint256 spent)
    {
        return _streams[multiplexer][configId][account].read();
    }

    /// @notice What an operation running at `time` may still send (released by then less spent).
    function availableAt(address multiplexer, bytes32 configId, address account, uint256 time)
        external
        view
        returns (uint256)
    {
        return _streams[multiplexer][configId][account].available(time);
    }

    /// @notice The timestamp after which an operation sending `value` would be valid now (0: at once).
    function validAfterOf(address multiplexer, bytes32 configId, address account, uint256 value)
        external
        view
        returns (uint256)
    {
        return _streams[multiplexer][configId][account].validAfterOf(value);
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (true, true, false);
    }
}
