// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy} from "../interfaces/IPolicy.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {CallConditions, ParamCondition} from "./lib/CallConditions.sol";

/// @notice Where a rule's 32-byte word lies in the call's arguments (the calldata after the selector, "args").
/// @dev WORD: `args[offset]`. For the others `args[offset]` holds an ABI offset `o` (relative to args) of a
/// dynamic argument, whose tail starts at `args[o]`: ARRAY_ELEMENT = element `index` of an array of 32-byte
/// elements (`address[]`, `uint256[]`, …): `args[o + 32 + 32·index]`, only if `index` < the array's length
/// `args[o]`; TAIL_WORD = `args[o + 32·index]` (a field of a dynamic tuple, a word of `bytes`; index 0 is an
/// array's length), bounded by the calldata only. CALLDATA_LENGTH: not a word but the calldata's length in bytes,
/// selector included (offset and index 0), e.g. `== 0` for plain ETH transfers only.
enum ArgumentLocation {
    WORD,
    ARRAY_ELEMENT,
    TAIL_WORD,
    CALLDATA_LENGTH
}

/// @notice One rule: the word at its location satisfies `condition` against the next `valueCount` entries of the
/// config's `values` (one for EQUAL..IN_RANGE; for ONE_OF the set, strictly ascending).
/// @dev Rules are listed group by group: `group` is 0 for the first rule and equals the previous rule's group or
/// one more. When `isLimited`, the word also counts against the cumulative `limit` of this rule.
struct CallRule {
    uint8 group;
    uint8 condition;
    uint8 location;
    uint24 offset;
    uint24 index;
    uint16 valueCount;
    bool isLimited;
    uint128 limit;
}

/// @notice Why a group did not pass, per group, in `NoRuleGroupPassed`.
enum RuleFailureReason {
    OUT_OF_BOUNDS,
    CONDITION,
    LIMIT
}

/// @notice The first failing rule of group `group` (`rule` counts within the group).
struct RuleFailure {
    uint256 group;
    uint256 rule;
    RuleFailureReason reason;
}

/// @title CallRulesPolicy
/// @notice Guarantee: every call it lets through carries ETH value ≤ `valueLimitPerUse` and satisfies every rule of
/// at least one group: each of those rules' words exists inside the calldata at its location (for ARRAY_ELEMENT,
/// also inside the array's length) and meets its condition; and for every limited rule, the sum of its words over
/// all calls counted since the last initialisation stays ≤ its limit. When several groups would pass, the first in
/// order is the one that passes the call, and only its limited rules count the call; a group whose limited rule
/// has no room left fails, so the next group may pass the call. No rules at all: only the value limit applies.
/// @dev Action scope only. initData = `abi.encode(uint256 valueLimitPerUse, CallRule[] rules, bytes32[] values)`,
/// canonical (offsets 96 and 128 + 256·rules, no trailing bytes), at most 256 groups, `values` consumed rule by
/// rule. State per (multiplexer, configId, account), account innermost, in pages of 128 slots: word 0 packs the
/// value limit, the end of the word stream, the group count and rule 0's header; then for each rule its header
/// (rules after the first), its values and, when limited, `limit ‖ used` (uint128s). A one-rule config reads two
/// slots; a ONE_OF of k values costs ⌈log2 k⌉ + 1 reads (binary search). A value limit above 2^128 − 1 is stored
/// as 2^128 − 1 and means "unlimited".
contract CallRulesPolicy is PolicyBase, IActionPolicy {
    /// @notice initData is not the canonical `abi.encode(uint256, CallRule[], bytes32[])`.
    error MalformedInitData();
    /// @notice Rule `index` has a location outside 0..3.
    error UnknownLocation(uint256 index, uint256 location);
    /// @notice Rule `index`'s group is not its predecessor's group or the next one (the first rule's must be 0).
    error GroupOutOfOrder(uint256 index, uint256 group);
    /// @notice Rule `index` takes `count` values: 1 unless ONE_OF, ONE_OF at least 1.
    error InvalidValueCount(uint256 index, uint256 count);
    /// @notice The rules take `consumed` values but `values` has `supplied`.
    error ValueCountMismatch(uint256 consumed, uint256 supplied);
    /// @notice Rule `index` is ONE_OF with values not strictly ascending.
    error UnsortedValues(uint256 index);
    /// @notice No group passed: the first failure of each group, in order.
    error NoRuleGroupPassed(RuleFailure[] failures);

    uint256 private constant UINT128_MAX = type(uint128).max;
    uint256 private constant RULE_WORDS = 8;
    uint256 private constant PAGE_SLOTS = 128;

    // Word 0: value limit (128 bits) ‖ stream end (24 at 128) ‖ last group (8 at 152) ‖ rule 0's header (96 at 160).
    uint256 private constant END_SHIFT = 128;
    uint256 private constant LAST_GROUP_SHIFT = 152;
    uint256 private constant HEADER0_SHIFT = 160;
    // A header: condition (4 bits) ‖ location (2 at 4) ‖ limited (1 at 6) ‖ value count (16 at 8) ‖ offset (24 at
    // 24) ‖ index (24 at 48) ‖ the stream position where the rule's group ends (24 at 72).
    uint256 private constant LOCATION_SHIFT = 4;
    uint256 private constant LIMITED_BIT = 1 << 6;
    uint256 private constant COUNT_SHIFT = 8;
    uint256 private constant OFFSET_SHIFT = 24;
    uint256 private constant INDEX_SHIFT = 48;
    uint256 private constant NEXT_SHIFT = 72;
    uint256 private constant MAX_STREAM = (1 << 24) - 1;

    /// @dev Page p of a config's word stream holds words 128p .. 128p + 127; page 0 is all most configs use.
    mapping(
        address multiplexer
            => mapping(bytes32 configId => mapping(uint256 page => mapping(address account => uint256[128])))
    ) private _pages;

    /// @dev Where a config's words live: page 0's first slot and what locates the other pages.
    struct Stream {
        uint256 base;
        address multiplexer;
        bytes32 configId;
        address account;
    }

    /// @dev Where initialisation is: the next stream word, values consumed, the current group and its first rule.
    struct Init {
        uint256 valuesAt;
        uint256 valueCount;
        uint256 position;
        uint256 consumed;
        uint256 group;
        uint256 groupStart;
    }

    /// @notice Sets (or resets: every rule, limit and used amount) the config `configId` of `account`.
    /// @param initData `abi.encode(uint256 valueLimitPerUse, CallRule[] rules, bytes32[] values)`.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        Init memory init;
        uint256 ruleCount;
        (ruleCount, init.valuesAt, init.valueCount) = _layout(initData);
        Stream memory stream = _stream(msg.sender, configId, account);
        init.position = 1;
        // Each rule's header needs the end of its group: headers are written once their group is complete.
        uint256[] memory headers = new uint256[](ruleCount);
        uint256[] memory headerAt = new uint256[](ruleCount);
        for (uint256 i; i < ruleCount; ++i) {
            uint256 ruleGroup = CallConditions.wordAt(initData, _ruleAt(i));
            if (ruleGroup > type(uint8).max) revert CallConditions.MalformedRule(i);
            if (i == 0 ? ruleGroup != 0 : ruleGroup != init.group && ruleGroup != init.group + 1) {
                revert GroupOutOfOrder(i, ruleGroup);
            }
            if (ruleGroup != init.group) {
                _closeGroup(stream, headers, headerAt, init.groupStart, i, init.position);
                init.groupStart = i;
                init.group = ruleGroup;
            }
            headerAt[i] = i == 0 ? 0 : init.position++;
            headers[i] = _storeRule(stream, initData, init, i);
        }
        if (init.consumed != init.valueCount) revert ValueCountMismatch(init.consumed, init.valueCount);
        if (init.position > MAX_STREAM) revert MalformedInitData();
        uint256 rule0Header;
        if (ruleCount != 0) {
            _closeGroup(stream, headers, headerAt, init.groupStart, ruleCount, init.position);
            rule0Header = headers[0];
        }
        uint256 valueLimit = CallConditions.wordAt(initData, 0);
        if (valueLimit > UINT128_MAX) valueLimit = UINT128_MAX;
        _store(
            stream,
            0,
            valueLimit | (init.position << END_SHIFT) | (init.group << LAST_GROUP_SHIFT)
                | (rule0Header << HEADER0_SHIFT)
        );
    }

    /// @notice Checks one call: the value limit, then the groups in order until one passes; counts that group's
    /// limited words.
    /// @return Always 0 (pass); every refusal reverts with its reason.
    function checkAction(bytes32 id, address account, address, uint256 value, bytes calldata data)
        external
        returns (uint256)
    {
        Stream memory stream = _stream(msg.sender, id, account);
        uint256 meta = _load(stream, 0);
        // forge-lint: disable-next-line(unsafe-typecast) reads the 24-bit end field
        uint256 end = uint24(meta >> END_SHIFT);
        if (end == 0) revert NotInitialized(id, account);
        // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the value limit
        uint256 valueLimit = uint128(meta);
        if (value > valueLimit && valueLimit != UINT128_MAX) revert ValueLimitExceeded(value, valueLimit);
        // Every rule stores at least one value word: no word after word 0 means no rules.
        if (end != 1) _passGroup(stream, meta, data);
        return 0;
    }

    /// @notice The config of `configId` for `account` in the wire format, and each rule's used amount so far.
    function getCallRules(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (uint256 valueLimitPerUse, CallRule[] memory rules, bytes32[] memory values, uint256[] memory used)
    {
        Stream memory stream = _stream(multiplexer, configId, account);
        uint256 meta = _load(stream, 0);
        // forge-lint: disable-next-line(unsafe-typecast) reads the 24-bit end field
        uint256 end = uint24(meta >> END_SHIFT);
        // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the value limit
        valueLimitPerUse = uint128(meta);
        if (valueLimitPerUse == UINT128_MAX) valueLimitPerUse = type(uint256).max;
        // A rule takes at least its value word: at most `end` rules and values.
        rules = new CallRule[](end);
        values = new bytes32[](end);
        used = new uint256[](end);
        (uint256 ruleCount, uint256 valueCount, uint256 group) = (0, 0, 0);
        for (uint256 position = 1; position < end; ++ruleCount) {
            uint256 header = ruleCount == 0 ? meta >> HEADER0_SHIFT : _load(stream, position++);
            // forge-lint: disable-next-line(unsafe-typecast) reads the 16-bit value-count field
            uint256 count = uint16(header >> COUNT_SHIFT);
            rules[ruleCount] = CallRule({
                // forge-lint: disable-next-line(unsafe-typecast) group ≤ the last-group index, an 8-bit field
                group: uint8(group),
                // forge-lint: disable-next-line(unsafe-typecast) masked to 4 bits
                condition: uint8(header & 15),
                location: uint8((header >> LOCATION_SHIFT) & 3),
                // forge-lint: disable-next-line(unsafe-typecast) reads the 24-bit offset field
                offset: uint24(header >> OFFSET_SHIFT),
                // forge-lint: disable-next-line(unsafe-typecast) reads the 24-bit index field
                index: uint24(header >> INDEX_SHIFT),
                // forge-lint: disable-next-line(unsafe-typecast) count was read from a 16-bit field
                valueCount: uint16(count),
                isLimited: header & LIMITED_BIT != 0,
                limit: 0
            });
            for (uint256 k; k < count; ++k) {
                values[valueCount++] = bytes32(_load(stream, position++));
            }
            if (header & LIMITED_BIT != 0) {
                uint256 usage = _load(stream, position++);
                // forge-lint: disable-next-line(unsafe-typecast) the high 128 bits are the limit
                rules[ruleCount].limit = uint128(usage >> 128);
                // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the used amount
                used[ruleCount] = uint128(usage);
            }
            // forge-lint: disable-next-line(unsafe-typecast) reads the 24-bit next-group field
            if (position == uint24(header >> NEXT_SHIFT)) ++group;
        }
        assembly ("memory-safe") {
            // Trim the arrays to what was read.
            mstore(rules, ruleCount)
            mstore(values, valueCount)
            mstore(used, ruleCount)
        }
    }

    /// @dev Runs the groups in order until one passes and counts its limited words; reverts when none passes.
    function _passGroup(Stream memory stream, uint256 meta, bytes calldata data) private {
        // forge-lint: disable-next-line(unsafe-typecast) reads the 8-bit last-group field
        uint256 groups = uint8(meta >> LAST_GROUP_SHIFT) + 1;
        uint256 position;
        for (uint256 group; group < groups; ++group) {
            (uint256 next,, uint256 failure, bool limited) = _runGroup(stream, meta, data, position, false);
            if (failure == 0) {
                if (limited) _runGroup(stream, meta, data, position, true);
                return;
            }
            position = next;
        }
        revert NoRuleGroupPassed(_failures(stream, meta, data, groups));
    }

    /// @dev The first failure of each group (run again only when the call is refused: the pass path allocates
    /// nothing).
    function _failures(Stream memory stream, uint256 meta, bytes calldata data, uint256 groups)
        private
        returns (RuleFailure[] memory failures)
    {
        failures = new RuleFailure[](groups);
        uint256 position;
        for (uint256 group; group < groups; ++group) {
            (uint256 next, uint256 rule, uint256 failure,) = _runGroup(stream, meta, data, position, false);
            failures[group] = RuleFailure(group, rule, RuleFailureReason(failure - 1));
            position = next;
        }
    }

    /// @dev Checks the group whose first header is at `start`; with `count`, adds its limited words to their usage
    /// (only after a dry run passed). Returns the group's end, the failing rule (within the group) and the failure
    /// (0 none, else 1 + RuleFailureReason), and whether the group has a limited rule.
    function _runGroup(Stream memory stream, uint256 meta, bytes calldata data, uint256 position, bool count)
        private
        returns (uint256 next, uint256 rule, uint256 failure, bool limited)
    {
        next = type(uint256).max;
        // Positions stay below 2^24 + 2^16 (init bounds them) and used ≤ limit: no arithmetic here can wrap.
        unchecked {
            for (; position < next; ++rule) {
                uint256 header = position == 0 ? meta >> HEADER0_SHIFT : _load(stream, position);
                // forge-lint: disable-next-line(unsafe-typecast) reads the 24-bit next-group field
                next = uint24(header >> NEXT_SHIFT);
                uint256 word;
                (failure, word) = _ruleOutcome(stream, data, header, position + 1);
                if (failure != 0) return (next, rule, failure, limited);
                // forge-lint: disable-next-line(unsafe-typecast) reads the 16-bit value-count field
                position += 1 + uint16(header >> COUNT_SHIFT);
                if (header & LIMITED_BIT != 0) {
                    limited = true;
                    uint256 usage = _load(stream, position);
                    // forge-lint: disable-next-line(unsafe-typecast) the low 128 bits are the used amount
                    if (word > (usage >> 128) - uint128(usage)) {
                        return (next, rule, 1 + uint256(RuleFailureReason.LIMIT), limited);
                    }
                    // used + word ≤ limit < 2^128: the sum never carries into the limit half.
                    if (count) _store(stream, position, usage + word);
                    ++position;
                }
            }
        }
    }

    /// @dev Whether the rule with `header` (its values from stream position `values`) holds for the call: 0, or
    /// 1 + the RuleFailureReason; and the word it looked at.
    function _ruleOutcome(Stream memory stream, bytes calldata data, uint256 header, uint256 values)
        private
        view
        returns (uint256 failure, uint256 word)
    {
        bool found;
        (found, word) = _argument(data, header);
        if (!found) return (1 + uint256(RuleFailureReason.OUT_OF_BOUNDS), 0);
        uint256 condition = header & 15;
        bool holds = condition == uint8(ParamCondition.ONE_OF)
            // forge-lint: disable-next-line(unsafe-typecast) reads the 16-bit value-count field
            ? _isOneOf(stream, values, uint16(header >> COUNT_SHIFT), word)
            // forge-lint: disable-next-line(unsafe-typecast) condition is masked to 4 bits
            : CallConditions.holds(uint8(condition), word, _load(stream, values));
        return (holds ? 0 : 1 + uint256(RuleFailureReason.CONDITION), word);
    }

    /// @dev The word a rule looks at, and whether it lies where the rule's location requires (see ArgumentLocation).
    function _argument(bytes calldata data, uint256 header) private pure returns (bool found, uint256 word) {
        uint256 location = (header >> LOCATION_SHIFT) & 3;
        if (location == uint8(ArgumentLocation.CALLDATA_LENGTH)) return (true, data.length);
        if (data.length < 4) return (false, 0);
        // Offsets and indexes are below 2^24 and `word` is compared with `args` before use: nothing can wrap.
        unchecked {
            uint256 args = data.length - 4;
            // forge-lint: disable-next-line(unsafe-typecast) reads the 24-bit offset field
            uint256 offset = uint24(header >> OFFSET_SHIFT);
            if (offset + 32 > args) return (false, 0);
            word = CallConditions.wordAt(data, 4 + offset);
            if (location == uint8(ArgumentLocation.WORD)) return (true, word);
            // `word` is the tail's offset: any 256-bit value; compared before any arithmetic on it.
            if (word > args) return (false, 0);
            // forge-lint: disable-next-line(unsafe-typecast) reads the 24-bit index field
            uint256 at = word + 32 * uint24(header >> INDEX_SHIFT);
            if (location == uint8(ArgumentLocation.ARRAY_ELEMENT)) {
                if (word + 32 > args) return (false, 0);
                // forge-lint: disable-next-line(unsafe-typecast) reads the 24-bit index field
                if (uint24(header >> INDEX_SHIFT) >= CallConditions.wordAt(data, 4 + word)) return (false, 0);
                at += 32;
            }
            if (at + 32 > args) return (false, 0);
            return (true, CallConditions.wordAt(data, 4 + at));
        }
    }

    /// @dev Whether `word` is one of the `count` ascending values from stream position `values` (binary search).
    function _isOneOf(Stream memory stream, uint256 values, uint256 count, uint256 word) private view returns (bool) {
        (uint256 low, uint256 high) = (0, count);
        while (low < high) {
            uint256 middle = (low + high) >> 1;
            uint256 value = _load(stream, values + middle);
            if (value == word) return true;
            if (value < word) low = middle + 1;
            else high = middle;
        }
        return false;
    }

    /// @dev Validates rule `i` and stores its values and usage at the stream's next words; returns its header
    /// without the group end.
    function _storeRule(Stream memory stream, bytes calldata initData, Init memory init, uint256 i)
        private
        returns (uint256 header)
    {
        uint256 count;
        (header, count) = _ruleHeader(initData, _ruleAt(i), i);
        if (init.consumed + count > init.valueCount) revert ValueCountMismatch(init.consumed + count, init.valueCount);
        uint256 previous;
        for (uint256 k; k < count; ++k) {
            uint256 value = CallConditions.wordAt(initData, init.valuesAt + 32 * (init.consumed + k));
            if (k != 0 && value <= previous) revert UnsortedValues(i);
            if ((header & 15) == uint8(ParamCondition.IN_RANGE)) {
                (uint128 min, uint128 max) = CallConditions.range(bytes32(value));
                if (min > max) revert CallConditions.InvalidRange(i, min, max);
            }
            _store(stream, init.position++, value);
            previous = value;
        }
        init.consumed += count;
        if (header & LIMITED_BIT != 0) {
            _store(stream, init.position++, CallConditions.wordAt(initData, _ruleAt(i) + 224) << 128);
        }
    }

    /// @dev The byte of initData where rule `i`'s words start.
    function _ruleAt(uint256 i) private pure returns (uint256) {
        return 128 + i * RULE_WORDS * 32;
    }

    /// @dev Validates rule `i` (its words from byte `at` of initData) and packs its header without the group end.
    function _ruleHeader(bytes calldata initData, uint256 at, uint256 i)
        private
        pure
        returns (uint256 header, uint256 count)
    {
        uint256 condition = CallConditions.wordAt(initData, at + 32);
        uint256 location = CallConditions.wordAt(initData, at + 64);
        uint256 offset = CallConditions.wordAt(initData, at + 96);
        uint256 index = CallConditions.wordAt(initData, at + 128);
        count = CallConditions.wordAt(initData, at + 160);
        uint256 isLimited = CallConditions.wordAt(initData, at + 192);
        uint256 limit = CallConditions.wordAt(initData, at + 224);
        if (condition > uint8(type(ParamCondition).max)) revert CallConditions.UnknownCondition(i, condition);
        if (location > uint8(type(ArgumentLocation).max)) revert UnknownLocation(i, location);
        if (
            offset > type(uint24).max || index > type(uint24).max || isLimited > 1 || limit > UINT128_MAX
                || (isLimited == 0 && limit != 0) || (index != 0 && !_indexed(location))
                || (location == uint8(ArgumentLocation.CALLDATA_LENGTH) && offset != 0)
        ) revert CallConditions.MalformedRule(i);
        if (condition == uint8(ParamCondition.ONE_OF) ? count == 0 || count > type(uint16).max : count != 1) {
            revert InvalidValueCount(i, count);
        }
        header = condition | (location << LOCATION_SHIFT) | (isLimited == 1 ? LIMITED_BIT : 0) | (count << COUNT_SHIFT)
            | (offset << OFFSET_SHIFT) | (index << INDEX_SHIFT);
        return (header, count);
    }

    /// @dev Whether a location uses the rule's `index`.
    function _indexed(uint256 location) private pure returns (bool) {
        return location == uint8(ArgumentLocation.ARRAY_ELEMENT) || location == uint8(ArgumentLocation.TAIL_WORD);
    }

    /// @dev Completes the headers of rules `from`..`to` − 1 with their group's end `next` and stores them, except
    /// rule 0's (it lives in word 0, written last).
    function _closeGroup(
        Stream memory stream,
        uint256[] memory headers,
        uint256[] memory headerAt,
        uint256 from,
        uint256 to,
        uint256 next
    ) private {
        for (uint256 i = from; i < to; ++i) {
            headers[i] |= next << NEXT_SHIFT;
            if (i != 0) _store(stream, headerAt[i], headers[i]);
        }
    }

    /// @dev Checks that initData is canonical and returns the rule count, where the values start and their count.
    function _layout(bytes calldata initData)
        private
        pure
        returns (uint256 ruleCount, uint256 valuesAt, uint256 valueCount)
    {
        uint256 length = initData.length;
        if (length < 160 || CallConditions.wordAt(initData, 32) != 96) revert MalformedInitData();
        ruleCount = CallConditions.wordAt(initData, 96);
        // Bounded by the length before multiplying: no overflow.
        if (ruleCount > length / (RULE_WORDS * 32)) revert MalformedInitData();
        uint256 valuesOffset = 128 + ruleCount * RULE_WORDS * 32;
        if (CallConditions.wordAt(initData, 64) != valuesOffset || valuesOffset + 32 > length) {
            revert MalformedInitData();
        }
        valueCount = CallConditions.wordAt(initData, valuesOffset);
        valuesAt = valuesOffset + 32;
        if (valueCount > length / 32 || valuesAt + 32 * valueCount != length) revert MalformedInitData();
    }

    function _stream(address multiplexer, bytes32 configId, address account)
        private
        view
        returns (Stream memory stream)
    {
        uint256[128] storage page = _pages[multiplexer][configId][0][account];
        uint256 base;
        assembly ("memory-safe") {
            base := page.slot
        }
        return Stream(base, multiplexer, configId, account);
    }

    /// @dev The storage slot of word `position` of `stream`: page 0 directly, later pages through their mapping.
    function _slot(Stream memory stream, uint256 position) private view returns (uint256 slot) {
        if (position < PAGE_SLOTS) return stream.base + position;
        uint256[128] storage page = _pages[stream.multiplexer][stream.configId][position / PAGE_SLOTS][stream.account];
        assembly ("memory-safe") {
            slot := page.slot
        }
        return slot + position % PAGE_SLOTS;
    }

    function _load(Stream memory stream, uint256 position) private view returns (uint256 word) {
        uint256 slot = _slot(stream, position);
        assembly ("memory-safe") {
            // A slot of this config's pages (keccak(account ‖ …) + n, n < 128).
            word := sload(slot)
        }
    }

    function _store(Stream memory stream, uint256 position, uint256 word) private {
        uint256 slot = _slot(stream, position);
        assembly ("memory-safe") {
            // A slot of this config's pages (keccak(account ‖ …) + n, n < 128).
            sstore(slot, word)
        }
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (false, true, false);
    }
}
