// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PolicyBase} from "./PolicyBase.sol";
import {TokenLimitLib} from "./lib/TokenLimitLib.sol";

/// @title PeriodicTokenLimitBase
/// @notice What the per-period ERC-20 limits share (PeriodicSpendingLimitPolicy with carry-over,
/// FixedWindowSpendingLimitPolicy without): the initData `abi.encode(address[] tokens, uint256[] limits,
/// uint48 period, uint48 start)`, the token list of each config and its replacement on re-initialisation.
abstract contract PeriodicTokenLimitBase is PolicyBase {
    /// @dev The tokens of each config, walked on re-initialisation to clear their allowances.
    mapping(
        address multiplexer => mapping(bytes32 configId => mapping(address account => TokenLimitLib.TokenList))
    ) internal _tokens;

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

    /// @dev Decodes and validates initData, forgets the caller's previous tokens of the config (through
    /// `_clearToken`) and stores the new list.
    function _replaceConfig(address account, bytes32 configId, bytes calldata initData)
        internal
        returns (address[] memory tokens, uint256[] memory limits, uint48 period, uint48 start)
    {
        try this.decodeInitData(initData) returns (
            address[] memory tokens_, uint256[] memory limits_, uint48 period_, uint48 start_
        ) {
            (tokens, limits, period, start) = (tokens_, limits_, period_, start_);
        } catch {
            revert InvalidInitData();
        }
        TokenLimitLib.validate(tokens, limits);
        _forgetTokens(account, configId);
        TokenLimitLib.write(_tokens[msg.sender][configId][account], tokens);
    }

    /// @dev Forgets every token of the caller's config (their allowances and the list).
    function _forgetTokens(address account, bytes32 configId) internal {
        TokenLimitLib.TokenList storage list = _tokens[msg.sender][configId][account];
        address[] memory previous = TokenLimitLib.read(list);
        for (uint256 i; i < previous.length; ++i) {
            _clearToken(previous[i], configId, account);
        }
        list.words[0] = 0;
    }

    /// @dev Forgets the caller's allowance of `token` in the config.
    function _clearToken(address token, bytes32 configId, address account) internal virtual;
}
