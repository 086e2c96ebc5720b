// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title TokenLimitLib
/// @notice What the ERC-20 limit policies count: which token calls pass and how much each spends, which token
/// lists are valid configurations, and the per-config token list kept so a re-initialisation can forget them.
library TokenLimitLib {
    /// @dev The most tokens one config may limit: bounds the list a re-initialisation walks.
    uint256 internal constant MAX_TOKENS = 16;
    /// @dev ERC-20 transfer(address,uint256).
    bytes4 internal constant TRANSFER_SELECTOR = 0xa9059cbb;
    /// @dev ERC-20 approve(address,uint256).
    bytes4 internal constant APPROVE_SELECTOR = 0x095ea7b3;

    /// @notice The call's target is no token of this config.
    error TokenNotAllowed(address token);
    /// @notice A call to a limited token with another function than `transfer` or `approve`.
    error TokenFunctionNotAllowed(address token, bytes4 selector);
    /// @notice A call to a limited token whose calldata is too short to hold `transfer`/`approve` arguments.
    error MalformedTokenCall(address token, uint256 length);
    /// @notice A call to a limited token that also sends ETH.
    error TokenCallWithValue(address token, uint256 value);
    /// @notice `tokens` and `limits` differ in length.
    error LengthMismatch(uint256 tokens, uint256 limits);
    /// @notice No token in the config.
    error NoTokens();
    /// @notice More tokens than MAX_TOKENS.
    error TooManyTokens(uint256 count, uint256 max);
    /// @notice The zero address as a token.
    error ZeroToken();
    /// @notice The same token twice in one config.
    error DuplicateToken(address token);
    /// @notice A zero limit (a token that may not be spent at all needs no entry: it is refused anyway).
    error ZeroLimit(address token);

    /// @notice The token list of one config: word 0 = `count << 160 | tokens[0]`, word i = `tokens[i]`.
    struct TokenList {
        uint256[MAX_TOKENS] words;
    }

    /// @notice The amount an ERC-20 call of `token` spends: the uint256 argument of `transfer(to, amount)` or
    /// `approve(spender, amount)` (an approval reserves its whole amount). Reverts for anything else.
    function amountOf(address token, uint256 value, bytes calldata data) internal pure returns (uint256 amount) {
        if (value != 0) revert TokenCallWithValue(token, value);
        uint256 length = data.length;
        if (length < 4) revert MalformedTokenCall(token, length);
        bytes4 selector;
        assembly ("memory-safe") {
            // Hot path: read the selector and the second argument word directly (lengths checked around).
            selector := and(
                calldataload(data.offset),
                0xffffffff00000000000000000000000000000000000000000000000000000000
            )
            amount := calldataload(add(data.offset, 36))
        }
        if (selector != TRANSFER_SELECTOR && selector != APPROVE_SELECTOR) {
            revert TokenFunctionNotAllowed(token, selector);
        }
        if (length < 68) revert MalformedTokenCall(token, length);
    }

    /// @notice Refuses an invalid config: lengths differ, empty, over MAX_TOKENS, zero token, duplicate, zero limit.
    function validate(address[] memory tokens, uint256[] memory limits) internal pure {
        uint256 count = tokens.length;
        if (count != limits.length) revert LengthMismatch(count, limits.length);
        if (count == 0) revert NoTokens();
        if (count > MAX_TOKENS) revert TooManyTokens(count, MAX_TOKENS);
        for (uint256 i; i < count; ++i) {
            address token = tokens[i];
            if (token == address(0)) revert ZeroToken();
            if (limits[i] == 0) revert ZeroLimit(token);
            for (uint256 j; j < i; ++j) {
                if (tokens[j] == token) revert DuplicateToken(token);
            }
        }
    }

    /// @notice The tokens of the list.
    function read(TokenList storage list) internal view returns (address[] memory tokens) {
        uint256 head = list.words[0];
        tokens = new address[](head >> 160);
        for (uint256 i; i < tokens.length; ++i) {
            tokens[i] = address(uint160(i == 0 ? head : list.words[i]));
        }
    }

    /// @notice The slot of `map[token][multiplexer][configId][account]` for a nested mapping at slot `map`,
    /// hashed in scratch space (hot path of the token policies).
    function slotOf(uint256 map, address token, address multiplexer, bytes32 configId, address account)
        internal
        pure
        returns (uint256 slot)
    {
        assembly ("memory-safe") {
            // Solidity's nested-mapping rule: slot = keccak256(key ‖ parent slot), outermost key first.
            mstore(0x00, token)
            mstore(0x20, map)
            mstore(0x20, keccak256(0x00, 0x40))
            mstore(0x00, multiplexer)
            mstore(0x20, keccak256(0x00, 0x40))
            mstore(0x00, configId)
            mstore(0x20, keccak256(0x00, 0x40))
            mstore(0x00, account)
            slot := keccak256(0x00, 0x40)
        }
    }

    /// @notice Replaces the list with `tokens` (at most MAX_TOKENS, checked by `validate`).
    /// @dev Words past the new count may keep old addresses: the count bounds every read.
    function write(TokenList storage list, address[] memory tokens) internal {
        list.words[0] = (tokens.length << 160) | uint160(tokens[0]);
        for (uint256 i = 1; i < tokens.length; ++i) {
            list.words[i] = uint160(tokens[i]);
        }
    }
}
