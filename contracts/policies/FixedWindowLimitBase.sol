// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {FixedWindowPolicyBase} from "./FixedWindowPolicyBase.sol";
import {FixedWindowAllowance} from "./lib/FixedWindowAllowance.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";

/// @title FixedWindowLimitBase
/// @notice A fixed-window limit with one allowance per config, at user-op and action scope: what each operation
/// (user-op scope) or each call (action scope) counts is the subclass's; at most `limit` of it in every window
/// `[start + k·period, start + (k+1)·period)` (see FixedWindowAllowance), the operation claiming its window (see
/// FixedWindowPolicyBase).
/// @dev initData = `abi.encode(uint256 limit, uint48 period, uint48 start)` (96 bytes): limit in
/// [1, 2^104 − 1], period > 0, start + period >= 2; or empty for a config that only records period claims.
abstract contract FixedWindowLimitBase is FixedWindowPolicyBase, IActionPolicy, IUserOpPolicy {
    using FixedWindowAllowance for FixedWindowAllowance.Allowance;

    mapping(
        address multiplexer => mapping(bytes32 configId => mapping(address account => FixedWindowAllowance.Allowance))
    ) internal _allowances;

    /// @notice Sets the limit per window, period and start of `configId` for `account` (nothing counted); empty
    /// initData leaves a config that only records claims. initData = `abi.encode(uint256 limit, uint48 period,
    /// uint48 start)`.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        FixedWindowAllowance.Allowance storage allowance = _allowances[msg.sender][configId][account];
        if (initData.length == 0) return allowance.clear();
        if (initData.length != 96) revert InvalidInitData();
        (uint256 limit, uint256 period, uint256 start) = abi.decode(initData, (uint256, uint256, uint256));
        allowance.set(limit, period, start);
    }

    /// @notice A call to this contract records the operation's period claim; any other call is counted in the
    /// claimed window, whose bounds are returned as validAfter/validUntil.
    /// @dev Reverts InvalidPeriodClaim, NoPeriodClaim, WindowAllowanceNotConfigured, ClaimBeforeStart,
    /// WindowPassed or WindowLimitExceeded.
    function checkAction(bytes32 id, address account, address target, uint256 value, bytes calldata data)
        external
        returns (uint256)
    {
        if (target == address(this)) {
            _recordClaim(account, value, data);
            return 0;
        }
        return _count(id, account, _callAmount(value));
    }

    /// @notice Counts the operation in the window claimed (by a `claimPeriod` call of this operation or the last
    /// one before); returns the window's bounds as validAfter/validUntil.
    function checkUserOpPolicy(bytes32 id, PackedUserOperation calldata userOp) external returns (uint256) {
        return _count(id, userOp.sender, _operationAmount(userOp.callData));
    }

    /// @notice The limit per window, period, start, the last window counted in and what was counted in it.
    function getAllowance(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (uint256 limit, uint256 period, uint256 start, uint256 window, uint256 used)
    {
        return _allowances[multiplexer][configId][account].read();
    }

    /// @notice What an operation running at `time` may still count, and when its window ends (the next refill).
    /// Before start: 0 and `start`. Zeros when not configured.
    function availableAt(address multiplexer, bytes32 configId, address account, uint256 time)
        external
        view
        returns (uint256 remaining, uint256 refillAt)
    {
        return _allowances[multiplexer][configId][account].available(time);
    }

    /// @dev What one call with `value` counts.
    function _callAmount(uint256 value) internal pure virtual returns (uint256);

    /// @dev What one operation with this callData counts.
    function _operationAmount(bytes calldata callData) internal pure virtual returns (uint256);

    function _count(bytes32 id, address account, uint256 amount) private returns (uint256) {
        if (amount == 0) return 0;
        return _allowances[msg.sender][id][account].spend(_claimOf(account), amount);
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (true, true, false);
    }
}
