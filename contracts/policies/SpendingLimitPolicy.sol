// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy} from "../interfaces/IPolicy.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {TokenLimitLib} from "./lib/TokenLimitLib.sol";

/// @title SpendingLimitPolicy
/// @notice Lifetime ERC-20 spending limit per token, at action scope. Guarantee: for each configured token, the
/// sum of the amounts of all `transfer` and `approve` calls this config ever lets through (since its last
/// initialisation) is at most that token's limit; every other call (other token, other function, ETH value,
/// short calldata) is refused.
/// @dev initData = `abi.encode(address[] tokens, uint256[] limits)`: 1 to 16 distinct non-zero tokens, non-zero
/// limits. A limit above 2^128 - 1 is stored as 2^128 - 1 (stricter than asked, never looser), so that limit and
/// used amount share one slot and a check reads exactly one slot. An `approve` counts its whole amount, since
/// the spender may pull that much; an `approve` of 0 counts 0. Re-initialising forgets every token of the
/// previous config. The limit belongs to one config, i.e. one action: granting `transfer` and `approve` as two
/// actions, each with this policy, gives each action its own limit; for one limit over both, put the policy on
/// the fallback action (it refuses every call that is not `transfer`/`approve` of a configured token).
contract SpendingLimitPolicy is PolicyBase, IActionPolicy {
    /// @notice The amount would take the token past its limit; `remaining` is what is left of it.
    error SpendingLimitExceeded(address token, uint256 requested, uint256 remaining);

    /// @dev Each configured token's `limit << 128 | used`; zero for a token not in the config.
    mapping(
        address token
            => mapping(address multiplexer => mapping(bytes32 configId => mapping(address account => uint256)))
    ) internal _limits;

    /// @dev The tokens of each config, walked on re-initialisation to clear their limits.
    mapping(
        address multiplexer => mapping(bytes32 configId => mapping(address account => TokenLimitLib.TokenList))
    ) internal _tokens;

    /// @notice Sets the tokens and limits of `configId` for `account`, forgetting the previous config's tokens and
    /// used amounts. initData = `abi.encode(address[] tokens, uint256[] limits)`.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        (address[] memory tokens, uint256[] memory limits) = _decode(initData);
        TokenLimitLib.validate(tokens, limits);
        TokenLimitLib.TokenList storage list = _tokens[msg.sender][configId][account];
        address[] memory previous = TokenLimitLib.read(list);
        for (uint256 i; i < previous.length; ++i) {
            delete _limits[previous[i]][msg.sender][configId][account];
        }
        for (uint256 i; i < tokens.length; ++i) {
            uint256 limit = limits[i] > type(uint128).max ? type(uint128).max : limits[i];
            _limits[tokens[i]][msg.sender][configId][account] = limit << 128;
        }
        TokenLimitLib.write(list, tokens);
    }

    /// @notice Counts the amount of a `transfer` or `approve` of a configured token against its limit.
    /// @dev Reads and writes one slot. Reverts TokenNotAllowed, TokenFunctionNotAllowed, MalformedTokenCall,
    /// TokenCallWithValue or SpendingLimitExceeded; returns 0 otherwise.
    function checkAction(bytes32 id, address account, address target, uint256 value, bytes calldata data)
        external
        returns (uint256)
    {
        uint256 slot;
        assembly ("memory-safe") {
            slot := _limits.slot
        }
        slot = TokenLimitLib.slotOf(slot, target, msg.sender, id, account);
        uint256 state;
        assembly ("memory-safe") {
            state := sload(slot)
        }
        if (state == 0) revert TokenLimitLib.TokenNotAllowed(target);
        uint256 amount = TokenLimitLib.amountOf(target, value, data);
        if (amount == 0) return 0;
        // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the used amount
        uint256 remaining = (state >> 128) - uint128(state);
        if (amount > remaining) revert SpendingLimitExceeded(target, amount, remaining);
        assembly ("memory-safe") {
            // used + amount <= limit < 2^128: the sum stays in the low half.
            sstore(slot, add(state, amount))
        }
        return 0;
    }

    /// @notice The limit and used amount of `token` for a config; (0, 0) for a token not in it.
    function getSpendingLimit(address multiplexer, bytes32 configId, address account, address token)
        external
        view
        returns (uint256 limit, uint256 used)
    {
        uint256 state = _limits[token][multiplexer][configId][account];
        // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the used amount
        return (state >> 128, uint128(state));
    }

    /// @notice The tokens of a config.
    function getTokens(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (address[] memory)
    {
        return TokenLimitLib.read(_tokens[multiplexer][configId][account]);
    }

    /// @notice Decodes initData; reverts (without a reason) when it is not `abi.encode(address[], uint256[])`.
    /// @dev External so that initialisation can turn a decoding failure into InvalidInitData.
    function decodeInitData(bytes calldata initData)
        external
        pure
        returns (address[] memory tokens, uint256[] memory limits)
    {
        return abi.decode(initData, (address[], uint256[]));
    }

    function _decode(bytes calldata initData) private view returns (address[] memory, uint256[] memory) {
        try this.decodeInitData(initData) returns (address[] memory tokens, uint256[] memory limits) {
            return (tokens, limits);
        } catch {
            revert InvalidInitData();
        }
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (false, true, false);
    }
}
