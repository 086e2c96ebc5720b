// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ArgumentLocation, CallRule} from "contracts/policies/CallRulesPolicy.sol";
import {ParamCondition} from "contracts/policies/lib/CallConditions.sol";

/// @notice Builds CallRulesPolicy init data (`abi.encode(uint256, CallRule[], bytes32[])`) for tests: rules are
/// appended to the current group; `or()` starts the next group.
library CallRulesBuilder {
    struct Config {
        uint256 valueLimitPerUse;
        CallRule[] rules;
        bytes32[] values;
        uint8 group;
        bool newGroup;
    }

    function config(uint256 valueLimitPerUse) internal pure returns (Config memory c) {
        c.valueLimitPerUse = valueLimitPerUse;
    }

    /// @notice A rule on the word at `offset` (bytes after the selector).
    function rule(Config memory c, ParamCondition condition, uint24 offset, bytes32 ref)
        internal
        pure
        returns (Config memory)
    {
        return at(c, condition, ArgumentLocation.WORD, offset, 0, _one(ref));
    }

    /// @notice A rule on element `index` of the array whose ABI offset is at `offset`.
    function element(Config memory c, ParamCondition condition, uint24 offset, uint24 index, bytes32 ref)
        internal
        pure
        returns (Config memory)
    {
        return at(c, condition, ArgumentLocation.ARRAY_ELEMENT, offset, index, _one(ref));
    }

    /// @notice Any rule: `values` are its reference(s) (ONE_OF: the set, ascending).
    function at(
        Config memory c,
        ParamCondition condition,
        ArgumentLocation location,
        uint24 offset,
        uint24 index,
        bytes32[] memory values
    ) internal pure returns (Config memory) {
        if (c.newGroup && c.rules.length != 0) ++c.group;
        c.newGroup = false;
        CallRule[] memory rules = new CallRule[](c.rules.length + 1);
        for (uint256 i; i < c.rules.length; ++i) {
            rules[i] = c.rules[i];
        }
        rules[c.rules.length] =
            CallRule(c.group, uint8(condition), uint8(location), offset, index, uint16(values.length), false, 0);
        c.rules = rules;
        bytes32[] memory all = new bytes32[](c.values.length + values.length);
        for (uint256 i; i < c.values.length; ++i) {
            all[i] = c.values[i];
        }
        for (uint256 i; i < values.length; ++i) {
            all[c.values.length + i] = values[i];
        }
        c.values = all;
        return c;
    }

    /// @notice Makes the last rule count its word against a cumulative `limit`.
    function limited(Config memory c, uint128 limit) internal pure returns (Config memory) {
        CallRule memory last = c.rules[c.rules.length - 1];
        (last.isLimited, last.limit) = (true, limit);
        return c;
    }

    /// @notice The next rule starts a new group (an alternative to the rules so far).
    function or(Config memory c) internal pure returns (Config memory) {
        c.newGroup = true;
        return c;
    }

    function encode(Config memory c) internal pure returns (bytes memory) {
        return abi.encode(c.valueLimitPerUse, c.rules, c.values);
    }

    function addressRef(address a) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(a)));
    }

    /// @notice A ONE_OF set from three values (sorted here).
    function set(bytes32 a, bytes32 b, bytes32 c) internal pure returns (bytes32[] memory values) {
        if (a > b) (a, b) = (b, a);
        if (b > c) (b, c) = (c, b);
        if (a > b) (a, b) = (b, a);
        values = new bytes32[](3);
        (values[0], values[1], values[2]) = (a, b, c);
    }

    function _one(bytes32 ref) private pure returns (bytes32[] memory values) {
        values = new bytes32[](1);
        values[0] = ref;
    }
}
