// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy} from "../interfaces/IPolicy.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {CallConditions, ParamCondition} from "./lib/CallConditions.sol";

/// @notice A cumulative limit on the values of one calldata word.
struct LimitUsage {
    uint256 limit;
    uint256 used;
}

/// @notice One rule on a 32-byte calldata word at `offset` bytes after the selector.
/// @dev `condition` is a ParamCondition up to IN_RANGE (ONE_OF belongs to CallRulesPolicy); IN_RANGE's `ref` = `uint128 min ‖ uint128 max` (inclusive both ends).
/// When `isLimited`, the word is also added to `usage.used`, which may never exceed `usage.limit`.
struct ParamRule {
    uint8 condition;
    uint64 offset;
    bool isLimited;
    bytes32 ref;
    LimitUsage usage;
}

/// @notice The first `length` of `rules` apply (at most 16).
struct ParamRules {
    uint256 length;
    ParamRule[16] rules;
}

/// @notice The wire format of the call policy ("universal action policy"): `abi.encode(ActionConfig)`.
struct ActionConfig {
    uint256 valueLimitPerUse;
    ParamRules paramRules;
}

/// @title CallPolicy
/// @notice Guarantee: every call it checks carries ETH value ≤ `valueLimitPerUse`, and for each of the
/// `length` rules the 32-byte calldata word at `4 + offset` exists and satisfies the rule's condition
/// against `ref`, and for limited rules the sum of that word over all calls validated since the last
/// initialisation (starting at `usage.used`) stays ≤ `usage.limit`.
/// @dev The "universal action policy" of the reference, action scope only. initData = `abi.encode(ActionConfig)`
/// (98 words exactly). Storage per config (account innermost): slot 0 packs the initialised flag, the rule count,
/// the value limit (uint128) and rule 0's header; each rule has `ref` and `limit ‖ used` (uint128s) in slots of
/// their own; headers of rules 1..15 are packed three to a slot. A one-rule config thus reads two slots (three and
/// one write if limited). Caps, refused at init: limits above 2^128 − 1 (`LimitTooLarge`). A value limit above
/// 2^128 − 1 is stored as 2^128 − 1 and means "unlimited" (no ETH amount can exceed it).
contract CallPolicy is PolicyBase, IActionPolicy {
    /// @notice More than 16 rules.
    error TooManyRules(uint256 length);
    /// @notice Rule `index` is limited with a limit above 2^128 − 1.
    error LimitTooLarge(uint256 index, uint256 limit);
    /// @notice Rule `index` is limited and starts with `used > limit`.
    error UsedAboveLimit(uint256 index, uint256 limit, uint256 used);
    /// @notice The calldata has no full 32-byte word at `4 + offset` for rule `index`.
    error CalldataTooShort(uint256 index, uint256 offset, uint256 length);
    /// @notice The calldata word `param` fails rule `index` (`condition` against `ref`).
    error ParamRuleViolated(uint256 index, uint8 condition, bytes32 param, bytes32 ref);
    /// @notice Adding `requested` to limited rule `index` would pass its limit; `remaining` is what is left.
    error ParamLimitExceeded(uint256 index, uint256 requested, uint256 remaining);

    uint256 private constant MAX_RULES = 16;
    uint256 private constant INIT_DATA_LENGTH = (2 + MAX_RULES * 6) * 32;
    uint256 private constant UINT128_MAX = type(uint128).max;

    // Slot 0 (meta): bit 0 initialised ‖ rule count (8 bits at 8) ‖ value limit (128 at 16) ‖ rule 0 header (80 at 144).
    uint256 private constant LENGTH_SHIFT = 8;
    uint256 private constant VALUE_LIMIT_SHIFT = 16;
    uint256 private constant HEADER0_SHIFT = 144;
    // A rule header: condition (8 bits) ‖ isLimited (8 at 8) ‖ offset (64 at 16); three per slot for rules 1..15.
    uint256 private constant HEADER_BITS = 80;
    uint256 private constant HEADER_MASK = (1 << 80) - 1;

    /// @dev `rules[2i]` = rule i's ref, `rules[2i + 1]` = its `limit << 128 | used`; `headers[k]` = the headers of
    /// rules 3k + 1 .. 3k + 3. 38 slots: all within the 128 slots ERC-7562 associates with the account.
    struct Config {
        uint256 meta;
        uint256[32] rules;
        uint256[5] headers;
    }

    mapping(address multiplexer => mapping(bytes32 configId => mapping(address account => Config))) private _configs;

    /// @notice Sets (or resets: every rule, limit and used amount) the config `configId` of `account`.
    /// @param initData `abi.encode(ActionConfig)`.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        if (initData.length != INIT_DATA_LENGTH) revert InvalidInitDataLength(initData.length);
        uint256 valueLimit = _word(initData, 0);
        uint256 length = _word(initData, 1);
        if (length > MAX_RULES) revert TooManyRules(length);
        if (valueLimit > UINT128_MAX) valueLimit = UINT128_MAX;
        Config storage config = _configs[msg.sender][configId][account];
        uint256 meta = 1 | (length << LENGTH_SHIFT) | (valueLimit << VALUE_LIMIT_SHIFT);
        uint256 headers;
        for (uint256 i; i < length; ++i) {
            uint256 header = _storeRule(config, initData, i);
            if (i == 0) {
                meta |= header << HEADER0_SHIFT;
                continue;
            }
            uint256 position = (i - 1) % 3;
            headers |= header << (position * HEADER_BITS);
            if (position == 2 || i == length - 1) {
                config.headers[(i - 1) / 3] = headers;
                headers = 0;
            }
        }
        config.meta = meta;
    }

    /// @notice Checks one call: value limit, then each rule in order; counts limited rules' words.
    /// @return Always 0 (pass); every refusal reverts with its reason.
    function checkAction(bytes32 id, address account, address, uint256 value, bytes calldata data)
        external
        returns (uint256)
    {
        Config storage config = _configs[msg.sender][id][account];
        uint256 meta = config.meta;
        if (meta == 0) revert NotInitialized(id, account);
        // forge-lint: disable-next-line(unsafe-typecast) reads the 128-bit value-limit field
        uint256 valueLimit = uint128(meta >> VALUE_LIMIT_SHIFT);
        if (value > valueLimit && valueLimit != UINT128_MAX) revert ValueLimitExceeded(value, valueLimit);
        // forge-lint: disable-next-line(unsafe-typecast) reads the 8-bit rule-count field
        uint256 length = uint8(meta >> LENGTH_SHIFT);
        uint256 header = meta >> HEADER0_SHIFT;
        uint256 headerWord;
        for (uint256 i; i < length; ++i) {
            if (i != 0) {
                uint256 position = (i - 1) % 3;
                if (position == 0) headerWord = config.headers[(i - 1) / 3];
                header = headerWord >> (position * HEADER_BITS);
            }
            // forge-lint: disable-next-line(unsafe-typecast) reads the 64-bit offset field
            uint256 offset = uint64(header >> 16);
            if (data.length < offset + 36) revert CalldataTooShort(i, offset, data.length);
            bytes32 param;
            // offset < 2^64: no overflow.
            unchecked {
                param = bytes32(CallConditions.wordAt(data, offset + 4));
            }
            bytes32 ref = bytes32(config.rules[2 * i]);
            // forge-lint: disable-next-line(unsafe-typecast) reads the 8-bit condition field
            uint8 condition = uint8(header);
            if (!CallConditions.holds(condition, uint256(param), uint256(ref))) {
                revert ParamRuleViolated(i, condition, param, ref);
            }
            // forge-lint: disable-next-line(unsafe-typecast) reads the 8-bit is-limited field
            if (uint8(header >> 8) != 0) _count(config, i, uint256(param));
        }
        return 0;
    }

    /// @notice The config of `configId` for `account` in the wire format, with the used amounts so far.
    function getActionConfig(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (ActionConfig memory actionConfig)
    {
        Config storage config = _configs[multiplexer][configId][account];
        uint256 meta = config.meta;
        // forge-lint: disable-next-line(unsafe-typecast) reads the 128-bit value-limit field
        actionConfig.valueLimitPerUse = uint128(meta >> VALUE_LIMIT_SHIFT);
        if (actionConfig.valueLimitPerUse == UINT128_MAX) actionConfig.valueLimitPerUse = type(uint256).max;
        // forge-lint: disable-next-line(unsafe-typecast) reads the 8-bit rule-count field
        uint256 length = uint8(meta >> LENGTH_SHIFT);
        actionConfig.paramRules.length = length;
        for (uint256 i; i < length; ++i) {
            uint256 header =
                i == 0 ? meta >> HEADER0_SHIFT : config.headers[(i - 1) / 3] >> (((i - 1) % 3) * HEADER_BITS);
            ParamRule memory rule = actionConfig.paramRules.rules[i];
            // forge-lint: disable-next-line(unsafe-typecast) reads the 8-bit condition field
            rule.condition = uint8(header);
            // forge-lint: disable-next-line(unsafe-typecast) reads the 8-bit is-limited field
            rule.isLimited = uint8(header >> 8) != 0;
            // forge-lint: disable-next-line(unsafe-typecast) reads the 64-bit offset field
            rule.offset = uint64(header >> 16);
            rule.ref = bytes32(config.rules[2 * i]);
            if (rule.isLimited) {
                uint256 usage = config.rules[2 * i + 1];
                // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the used amount
                rule.usage = LimitUsage(usage >> 128, uint128(usage));
            }
        }
    }

    /// @dev Validates rule `i` of `initData`, stores its ref and usage and returns its packed header.
    function _storeRule(Config storage config, bytes calldata initData, uint256 i) private returns (uint256 header) {
        uint256 at = 2 + 6 * i;
        uint256 condition = _word(initData, at);
        uint256 offset = _word(initData, at + 1);
        uint256 isLimited = _word(initData, at + 2);
        bytes32 ref = bytes32(_word(initData, at + 3));
        if (condition > uint8(ParamCondition.IN_RANGE)) revert CallConditions.UnknownCondition(i, condition);
        if (offset > type(uint64).max || isLimited > 1) revert CallConditions.MalformedRule(i);
        if (condition == uint8(ParamCondition.IN_RANGE)) {
            (uint128 min, uint128 max) = CallConditions.range(ref);
            if (min > max) revert CallConditions.InvalidRange(i, min, max);
        }
        config.rules[2 * i] = uint256(ref);
        if (isLimited == 1) {
            uint256 limit = _word(initData, at + 4);
            uint256 used = _word(initData, at + 5);
            if (limit > UINT128_MAX) revert LimitTooLarge(i, limit);
            if (used > limit) revert UsedAboveLimit(i, limit, used);
            config.rules[2 * i + 1] = (limit << 128) | used;
        }
        return condition | (isLimited << 8) | (offset << 16);
    }

    /// @dev Adds `amount` to limited rule `i`'s used amount; reverts past its limit.
    function _count(Config storage config, uint256 i, uint256 amount) private {
        uint256 usage = config.rules[2 * i + 1];
        // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the used amount
        uint256 remaining = (usage >> 128) - uint128(usage);
        if (amount > remaining) revert ParamLimitExceeded(i, amount, remaining);
        // used + amount ≤ limit < 2^128: the sum never carries into the limit half.
        config.rules[2 * i + 1] = usage + amount;
    }

    /// @dev The `index`-th 32-byte word of `data` (the caller checked the length).
    function _word(bytes calldata data, uint256 index) private pure returns (uint256) {
        return CallConditions.wordAt(data, index * 32);
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (false, true, false);
    }
}
