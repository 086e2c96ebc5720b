// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy} from "../interfaces/IPolicy.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {StreamAllowance} from "./lib/StreamAllowance.sol";
import {TokenLimitLib} from "./lib/TokenLimitLib.sol";

/// @title StreamingSpendingLimitPolicy
/// @notice An ERC-20 stream (ERC-7715 `erc20-token-stream`), at action scope: `initialAmount` of `token` available
/// at `start`, growing by `amountPerSecond`, at most `maxAmount` in total. Guarantee: by any time t >= start, the
/// `transfer`/`approve` amounts of `token` this config let through in executed operations add up to at most
/// min(maxAmount, initialAmount + amountPerSecond · (t − start)), and zero before `start`; every other call (other
/// token, other function, ETH value, short calldata) is refused.
/// @dev initData = `abi.encode(address token, uint256 initialAmount, uint256 amountPerSecond, uint256 maxAmount,
/// uint48 start)` (ranges as StreamingValueLimitPolicy; token non-zero). A spend the stream does not cover yet
/// returns the validAfter from which it does (see StreamAllowance). An `approve` counts its whole amount.
/// Re-initialising forgets the previous token's stream. The stream belongs to one config (one action); put it on
/// the fallback action for one stream over `transfer` and `approve`.
contract StreamingSpendingLimitPolicy is PolicyBase, IActionPolicy {
    using StreamAllowance for StreamAllowance.Stream;

    /// @dev The stream of the config's token; zero for any other token.
    mapping(
        address token
            => mapping(
            address multiplexer => mapping(bytes32 configId => mapping(address account => StreamAllowance.Stream))
        )
    ) internal _streams;

    /// @dev The token of each config, to forget its stream on re-initialisation.
    mapping(address multiplexer => mapping(bytes32 configId => mapping(address account => address token))) internal
        _tokens;

    /// @notice Sets the token and stream of `configId` for `account` (nothing spent), forgetting the previous one.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        if (initData.length != 160) revert InvalidInitData();
        (address token, uint256 initial, uint256 rate, uint256 max, uint256 start) =
            abi.decode(initData, (address, uint256, uint256, uint256, uint256));
        if (token == address(0)) revert TokenLimitLib.ZeroToken();
        _streams[_tokens[msg.sender][configId][account]][msg.sender][configId][account].clear();
        _tokens[msg.sender][configId][account] = token;
        _streams[token][msg.sender][configId][account].set(initial, rate, max, start);
    }

    /// @notice Counts a `transfer` or `approve` of the config's token; returns the validAfter from which the stream
    /// covers it. Reverts TokenNotAllowed, TokenFunctionNotAllowed, MalformedTokenCall, TokenCallWithValue,
    /// StreamExceeded or StreamBeyondTimeRange.
    function checkAction(bytes32 id, address account, address target, uint256 value, bytes calldata data)
        external
        returns (uint256)
    {
        StreamAllowance.Stream storage stream = _stream(target, id, account);
        if (stream.state == 0) revert TokenLimitLib.TokenNotAllowed(target);
        uint256 amount = TokenLimitLib.amountOf(target, value, data);
        if (amount == 0) return 0;
        return stream.spend(amount);
    }

    /// @notice The token and stream of a config: initial amount, amount per second, max, start and total spent.
    function getStream(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (
            address token,
            uint256 initialAmount,
            uint256 amountPerSecond,
            uint256 maxAmount,
            uint256 start,
            uint256 spent
        )
    {
        token = _tokens[multiplexer][configId][account];
        (initialAmount, amountPerSecond, maxAmount, start, spent) =
            _streams[token][multiplexer][configId][account].read();
    }

    /// @notice What an operation running at `time` may still spend (released by then less spent).
    function availableAt(address multiplexer, bytes32 configId, address account, uint256 time)
        external
        view
        returns (uint256)
    {
        return _streams[_tokens[multiplexer][configId][account]][multiplexer][configId][account].available(time);
    }

    /// @notice The timestamp after which an operation spending `amount` would be valid now (0: at once).
    function validAfterOf(address multiplexer, bytes32 configId, address account, uint256 amount)
        external
        view
        returns (uint256)
    {
        return _streams[_tokens[multiplexer][configId][account]][multiplexer][configId][account].validAfterOf(amount);
    }

    /// @dev `_streams[token][msg.sender][configId][account]` (hot path).
    function _stream(address token, bytes32 configId, address account)
        private
        view
        returns (StreamAllowance.Stream storage stream)
    {
        uint256 map;
        assembly ("memory-safe") {
            map := _streams.slot
        }
        uint256 slot = TokenLimitLib.slotOf(map, token, msg.sender, configId, account);
        assembly ("memory-safe") {
            stream.slot := slot
        }
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (false, true, false);
    }
}
