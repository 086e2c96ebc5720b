// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy} from "../interfaces/IPolicy.sol";
import {PeriodicTokenLimitBase} from "./PeriodicTokenLimitBase.sol";
import {PeriodicAllowance} from "./lib/PeriodicAllowance.sol";
import {TokenLimitLib} from "./lib/TokenLimitLib.sol";

/// @title PeriodicSpendingLimitPolicy
/// @notice Per-period ERC-20 allowance per token ("at most 1,000 USDC per day"), at action scope. Guarantee: for
/// each configured token with limit L, by any time t >= start the sum of the `transfer`/`approve` amounts this
/// config let through in executed operations is at most L × (floor((t − start) / period) + 1), and zero before
/// `start`; unused allowance carries over without bound; every other call is refused.
/// @dev initData = `abi.encode(address[] tokens, uint256[] limits, uint48 period, uint48 start)`: 1 to 16
/// distinct non-zero tokens, limits in [1, 2^104 − 1], period > 0, one period and start for all tokens. Validation
/// never reads the clock: a spend returns `validAfter = start + (ceil((S + a) / L) − 1) × period` (S = spent
/// before, a = amount), so an early operation is held by the EntryPoint ("AA22 expired or not due"), never
/// refused for good (see PeriodicAllowance). `start` should be the grant time: allowance accrues from it, so a
/// `start` in the past hands out every period since then at once. An `approve` counts its whole amount.
/// Re-initialising forgets every token of the previous config. Like SpendingLimitPolicy, the allowance belongs
/// to one config (one action); put it on the fallback action for one allowance over `transfer` and `approve`.
contract PeriodicSpendingLimitPolicy is PeriodicTokenLimitBase, IActionPolicy {
    using PeriodicAllowance for PeriodicAllowance.Allowance;

    /// @dev Each configured token's allowance; zero for a token not in the config.
    mapping(
        address token
            => mapping(
            address multiplexer => mapping(bytes32 configId => mapping(address account => PeriodicAllowance.Allowance))
        )
    ) internal _allowances;

    /// @notice Sets the tokens, per-period limits, period and start of `configId` for `account`, forgetting the
    /// previous config. initData = `abi.encode(address[] tokens, uint256[] limits, uint48 period, uint48 start)`.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        (address[] memory tokens, uint256[] memory limits, uint48 period, uint48 start) =
            _replaceConfig(account, configId, initData);
        for (uint256 i; i < tokens.length; ++i) {
            _allowances[tokens[i]][msg.sender][configId][account].set(limits[i], period, start);
        }
    }

    /// @notice Counts a `transfer` or `approve` of a configured token against its periodic allowance.
    /// @dev Reads and writes one slot (two when the spend reaches into a later period). Reverts TokenNotAllowed,
    /// TokenFunctionNotAllowed, MalformedTokenCall, TokenCallWithValue or AllowanceBeyondTimeRange; otherwise
    /// returns the validAfter from which the operation may execute.
    function checkAction(bytes32 id, address account, address target, uint256 value, bytes calldata data)
        external
        returns (uint256)
    {
        PeriodicAllowance.Allowance storage allowance = _allowance(target, msg.sender, id, account);
        uint256 state = allowance.state;
        if (state == 0) revert TokenLimitLib.TokenNotAllowed(target);
        uint256 amount = TokenLimitLib.amountOf(target, value, data);
        if (amount == 0) return 0;
        return allowance.spend(state, amount);
    }

    /// @notice The per-period limit, period, start and total spent of `token` for a config; zeros if not in it.
    function getAllowance(address multiplexer, bytes32 configId, address account, address token)
        external
        view
        returns (uint256 limit, uint256 period, uint256 start, uint256 spent)
    {
        return _allowances[token][multiplexer][configId][account].read();
    }

    /// @notice The timestamp after which an operation spending `amount` of `token` would be valid now (0: at once).
    /// Reverts TokenNotAllowed for a token not in the config.
    function validAfterOf(address multiplexer, bytes32 configId, address account, address token, uint256 amount)
        external
        view
        returns (uint256)
    {
        PeriodicAllowance.Allowance storage allowance = _allowances[token][multiplexer][configId][account];
        if (allowance.state == 0) revert TokenLimitLib.TokenNotAllowed(token);
        return allowance.preview(amount) >> 208;
    }

    function _clearToken(address token, bytes32 configId, address account) internal override {
        _allowances[token][msg.sender][configId][account].clear();
    }

    /// @dev `_allowances[token][multiplexer][configId][account]` (hot path).
    function _allowance(address token, address multiplexer, bytes32 configId, address account)
        private
        pure
        returns (PeriodicAllowance.Allowance storage allowance)
    {
        uint256 map;
        assembly ("memory-safe") {
            map := _allowances.slot
        }
        uint256 slot = TokenLimitLib.slotOf(map, token, multiplexer, configId, account);
        assembly ("memory-safe") {
            allowance.slot := slot
        }
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (false, true, false);
    }
}
