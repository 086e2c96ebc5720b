// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ActionConfig, LimitUsage, ParamCondition, ParamRule} from "contracts/policies/CallPolicy.sol";

/// @notice Builds CallPolicy init data (`abi.encode(ActionConfig)`) for tests.
library CallPolicyBuilder {
    /// @notice A config with no rules and the given value limit per call.
    function config(uint256 valueLimitPerUse) internal pure returns (ActionConfig memory c) {
        c.valueLimitPerUse = valueLimitPerUse;
    }

    /// @notice Appends an unlimited rule.
    function rule(ActionConfig memory c, ParamCondition condition, uint64 offset, bytes32 ref)
        internal
        pure
        returns (ActionConfig memory)
    {
        c.paramRules.rules[c.paramRules.length++] = ParamRule(uint8(condition), offset, false, ref, LimitUsage(0, 0));
        return c;
    }

    /// @notice Appends a rule whose word also counts against a cumulative `limit`.
    function limitedRule(ActionConfig memory c, ParamCondition condition, uint64 offset, bytes32 ref, uint256 limit)
        internal
        pure
        returns (ActionConfig memory)
    {
        c.paramRules.rules[c.paramRules.length++] = ParamRule(uint8(condition), offset, true, ref, LimitUsage(limit, 0));
        return c;
    }

    function encode(ActionConfig memory c) internal pure returns (bytes memory) {
        return abi.encode(c);
    }

    /// @notice IN_RANGE's ref: `min ‖ max`.
    function range(uint128 min, uint128 max) internal pure returns (bytes32) {
        return bytes32((uint256(min) << 128) | max);
    }

    function addressRef(address a) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(a)));
    }
}
