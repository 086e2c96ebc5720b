// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy} from "../interfaces/IPolicy.sol";
import {FixedWindowPolicyBase} from "./FixedWindowPolicyBase.sol";
import {PeriodicTokenLimitBase} from "./PeriodicTokenLimitBase.sol";
import {FixedWindowAllowance} from "./lib/FixedWindowAllowance.sol";
import {TokenLimitLib} from "./lib/TokenLimitLib.sol";

/// @title FixedWindowSpendingLimitPolicy
/// @notice ERC-20 allowance per period without carry-over ("at most 100 USDC per day; what is not spent today
/// lapses"), at action scope. Guarantee: for each configured token with limit L, the `transfer`/`approve` amounts
/// this config lets through in operations executed within any window `[start + k·period, start + (k+1)·period)`
/// add up to at most L; nothing before `start`; every other call to a token is refused. Never stuck: after idle
/// windows an operation claiming the current window has the full L.
/// @dev initData = `abi.encode(address[] tokens, uint256[] limits, uint48 period, uint48 start)` (as
/// PeriodicSpendingLimitPolicy: 1 to 16 distinct non-zero tokens, limits in [1, 2^104 − 1], period > 0), or empty
/// for a config that only records period claims. Each operation that spends must claim its window with a call
/// `claimPeriod(time)` to this contract before the token calls (see FixedWindowPolicyBase), covered by an action
/// that has this policy; the spend then returns the bounds of that window as validAfter/validUntil (see
/// FixedWindowAllowance). An `approve` counts its whole amount; an amount of 0 needs no claim. Like the other
/// token limits, the allowance belongs to one config (one action); put it on the fallback action for one
/// allowance over `transfer` and `approve`.
contract FixedWindowSpendingLimitPolicy is PeriodicTokenLimitBase, FixedWindowPolicyBase, IActionPolicy {
    using FixedWindowAllowance for FixedWindowAllowance.Allowance;

    /// @dev Each configured token's allowance; zero for a token not in the config.
    mapping(
        address token
            => mapping(
            address multiplexer
                => mapping(bytes32 configId => mapping(address account => FixedWindowAllowance.Allowance))
        )
    ) internal _allowances;

    /// @notice Sets the tokens, limits per window, period and start of `configId` for `account` (nothing spent),
    /// forgetting the previous config; empty initData leaves a config that only records claims.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        if (initData.length == 0) return _forgetTokens(account, configId);
        (address[] memory tokens, uint256[] memory limits, uint48 period, uint48 start) =
            _replaceConfig(account, configId, initData);
        for (uint256 i; i < tokens.length; ++i) {
            _allowances[tokens[i]][msg.sender][configId][account].set(limits[i], period, start);
        }
    }

    /// @notice A call to this contract records the operation's period claim; a `transfer` or `approve` of a
    /// configured token is counted in the claimed window, whose bounds are returned as validAfter/validUntil.
    /// @dev Reverts InvalidPeriodClaim, TokenNotAllowed, TokenFunctionNotAllowed, MalformedTokenCall,
    /// TokenCallWithValue, NoPeriodClaim, ClaimBeforeStart, WindowPassed or WindowLimitExceeded.
    function checkAction(bytes32 id, address account, address target, uint256 value, bytes calldata data)
        external
        returns (uint256)
    {
        if (target == address(this)) {
            _recordClaim(account, value, data);
            return 0;
        }
        FixedWindowAllowance.Allowance storage allowance = _allowance(target, id, account);
        if (allowance.params == 0) revert TokenLimitLib.TokenNotAllowed(target);
        uint256 amount = TokenLimitLib.amountOf(target, value, data);
        if (amount == 0) return 0;
        return allowance.spend(_claimOf(account), amount);
    }

    /// @notice The limit per window, period, start, the last window spent in and its spent amount, of `token`
    /// for a config; zeros if not in it.
    function getAllowance(address multiplexer, bytes32 configId, address account, address token)
        external
        view
        returns (uint256 limit, uint256 period, uint256 start, uint256 window, uint256 used)
    {
        return _allowances[token][multiplexer][configId][account].read();
    }

    /// @notice What an operation running at `time` may still spend of `token`, and when its window ends (the
    /// next refill). Before start: 0 and `start`. Zeros for a token not in the config.
    function availableAt(address multiplexer, bytes32 configId, address account, address token, uint256 time)
        external
        view
        returns (uint256 remaining, uint256 refillAt)
    {
        return _allowances[token][multiplexer][configId][account].available(time);
    }

    function _clearToken(address token, bytes32 configId, address account) internal override {
        _allowances[token][msg.sender][configId][account].clear();
    }

    /// @dev `_allowances[token][msg.sender][configId][account]` (hot path).
    function _allowance(address token, bytes32 configId, address account)
        private
        view
        returns (FixedWindowAllowance.Allowance storage allowance)
    {
        uint256 map;
        assembly ("memory-safe") {
            map := _allowances.slot
        }
        uint256 slot = TokenLimitLib.slotOf(map, token, msg.sender, configId, account);
        assembly ("memory-safe") {
            allowance.slot := slot
        }
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (false, true, false);
    }
}
