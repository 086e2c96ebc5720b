// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy} from "../interfaces/IPolicy.sol";
import {PolicyBase} from "./PolicyBase.sol";
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
contract PeriodicSpendingLimitPolicy is PolicyBase, IActionPolicy {
    using PeriodicAllowance for PeriodicAllowance.Allowance;

    /// @dev Each configured token's allowance; zero for a token not in the config.
    mapping(
        address token
            => mapping(
            address multiplexer => mapping(bytes32 configId => mapping(address account => PeriodicAllowance.Allowance))
        )
    ) internal _allowances;

    /// @dev The tokens of each config, walked on re-initialisation to clear their allowances.
    mapping(
        address multiplexer => mapping(bytes32 configId => mapping(address account => TokenLimitLib.TokenList))
    ) internal _tokens;

    /// @notice Sets the tokens, per-period limits, period and start of `configId` for `account`, forgetting the
    /// previous config. initData = `abi.encode(address[] tokens, uint256[] limits, uint48 period, uint48 start)`.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        (address[] memory tokens, uint256[] memory limits, uint48 period, uint48 start) = _decode(initData);
        TokenLimitLib.validate(tokens, limits);
        _forget(account, configId);
        for (uint256 i; i < tokens.length; ++i) {
            _allowances[tokens[i]][msg.sender][configId][account].set(limits[i], period, start);
        }
        TokenLimitLib.write(_tokens[msg.sender][configId][account], tokens);
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

    /// @notice The tokens of a config.
    function getTokens(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (address[] memory)
    {
        return TokenLimitLib.read(_tokens[multiplexer][configId][account]);
    }

    /// @notice Decodes initData; reverts (without a reason) when it is not in this policy's format.
    /// @dev External so that initialisation can turn a decoding failure into InvalidInitData.
    function decodeInitData(bytes calldata initData)
        external
        pure
        returns (address[] memory tokens, uint256[] memory limits, uint48 period, uint48 start)
    {
        return abi.decode(initData, (address[], uint256[], uint48, uint48));
    }

    function _decode(bytes calldata initData)
        private
        view
        returns (address[] memory, uint256[] memory, uint48, uint48)
    {
        try this.decodeInitData(initData) returns (
            address[] memory tokens, uint256[] memory limits, uint48 period, uint48 start
        ) {
            return (tokens, limits, period, start);
        } catch {
            revert TokenLimitLib.InvalidInitData();
        }
    }

    /// @dev Clears the allowance of every token of the caller's current config.
    function _forget(address account, bytes32 configId) private {
        address[] memory previous = TokenLimitLib.read(_tokens[msg.sender][configId][account]);
        for (uint256 i; i < previous.length; ++i) {
            _allowances[previous[i]][msg.sender][configId][account].clear();
        }
    }

    /// @dev `_allowances[token][multiplexer][configId][account]`, hashed in scratch space (hot path).
    function _allowance(address token, address multiplexer, bytes32 configId, address account)
        private
        pure
        returns (PeriodicAllowance.Allowance storage allowance)
    {
        assembly ("memory-safe") {
            // Solidity's nested-mapping rule: slot = keccak256(key ‖ parent slot), outermost key first.
            mstore(0x00, token)
            mstore(0x20, _allowances.slot)
            mstore(0x20, keccak256(0x00, 0x40))
            mstore(0x00, multiplexer)
            mstore(0x20, keccak256(0x00, 0x40))
            mstore(0x00, configId)
            mstore(0x20, keccak256(0x00, 0x40))
            mstore(0x00, account)
            allowance.slot := keccak256(0x00, 0x40)
        }
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (false, true, false);
    }
}
