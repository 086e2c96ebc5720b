// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {ExecutionLib} from "../lib/ExecutionLib.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {PeriodicAllowance} from "./lib/PeriodicAllowance.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";

/// @title PeriodicValueLimitPolicy
/// @notice Per-period ETH value allowance ("at most 0.1 ETH per day"). Guarantee: with limit L, by any time
/// t >= start the ETH value this config let through in executed operations is at most
/// L × (floor((t − start) / period) + 1), and zero before `start`; unused allowance carries over without bound.
/// At action scope it counts each matching call's `value`, at user-op scope the sum over all calls of the op.
/// @dev initData = `abi.encode(uint256 limit, uint48 period, uint48 start)`: limit in [1, 2^104 − 1], period > 0.
/// Validation never reads the clock: a spend returns `validAfter = start + (ceil((S + a) / L) − 1) × period`
/// (see PeriodicAllowance). `start` should be the grant time. A call or operation without value passes at once
/// without touching storage.
contract PeriodicValueLimitPolicy is PolicyBase, IActionPolicy, IUserOpPolicy {
    using PeriodicAllowance for PeriodicAllowance.Allowance;

    mapping(
        address multiplexer => mapping(bytes32 configId => mapping(address account => PeriodicAllowance.Allowance))
    ) internal _allowances;

    /// @notice Sets the per-period limit, period and start of `configId` for `account`; nothing spent.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        if (initData.length != 96) revert InvalidInitData();
        uint256 limit = uint256(bytes32(initData[:32]));
        uint256 period = uint256(bytes32(initData[32:64]));
        uint256 start = uint256(bytes32(initData[64:96]));
        if (period > type(uint48).max || start > type(uint48).max) revert InvalidInitData();
        // forge-lint: disable-next-line(unsafe-typecast) both checked ≤ type(uint48).max above
        _allowances[msg.sender][configId][account].set(limit, uint48(period), uint48(start));
    }

    /// @notice Counts the call's `value`; returns the validAfter from which the operation may execute.
    function checkAction(bytes32 id, address account, address, uint256 value, bytes calldata)
        external
        returns (uint256)
    {
        if (value == 0) return 0;
        return _spend(id, account, value);
    }

    /// @notice Counts the total value of the operation's calls; returns the validAfter from which it may execute.
    /// Reverts an ExecutionLib error when the callData is not ERC-7579 single/batch `execute`.
    function checkUserOpPolicy(bytes32 id, PackedUserOperation calldata userOp) external returns (uint256) {
        uint256 value = ExecutionLib.totalValue(userOp.callData);
        if (value == 0) return 0;
        return _spend(id, userOp.sender, value);
    }

    /// @notice The per-period limit, period, start and total value spent of a config.
    function getAllowance(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (uint256 limit, uint256 period, uint256 start, uint256 spent)
    {
        return _allowances[multiplexer][configId][account].read();
    }

    /// @notice The timestamp after which an operation sending `value` would be valid now (0: at once).
    function validAfterOf(address multiplexer, bytes32 configId, address account, uint256 value)
        external
        view
        returns (uint256)
    {
        return _allowances[multiplexer][configId][account].preview(value) >> 208;
    }

    function _spend(bytes32 id, address account, uint256 value) private returns (uint256) {
        PeriodicAllowance.Allowance storage allowance = _allowances[msg.sender][id][account];
        uint256 state = allowance.state;
        if (state == 0) revert PeriodicAllowance.AllowanceNotConfigured();
        return allowance.spend(state, value);
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (true, true, false);
    }
}
