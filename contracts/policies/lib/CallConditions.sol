// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The comparisons a call rule can make between a 32-byte calldata word and its reference (unsigned).
/// @dev 0..6 are the reference's conditions (CallPolicy accepts only these). ONE_OF (CallRulesPolicy only): the word
/// equals one of a set of values.
enum ParamCondition {
    EQUAL,
    GREATER_THAN,
    LESS_THAN,
    GREATER_THAN_OR_EQUAL,
    LESS_THAN_OR_EQUAL,
    NOT_EQUAL,
    IN_RANGE,
    ONE_OF
}

/// @title CallConditions
/// @notice What CallPolicy and CallRulesPolicy share: the single-reference comparisons and calldata word reads.
library CallConditions {
    /// @notice Rule `index` has a condition this policy does not know.
    error UnknownCondition(uint256 index, uint256 condition);
    /// @notice Rule `index` has a field outside its type, or a field its settings leave unused is not 0.
    error MalformedRule(uint256 index);
    /// @notice Rule `index` is IN_RANGE with `min > max`: it could never pass.
    error InvalidRange(uint256 index, uint128 min, uint128 max);

    /// @notice Whether `param` satisfies `condition` (EQUAL..IN_RANGE, checked by the caller) against `ref`, all
    /// unsigned. IN_RANGE's `ref` = `uint128 min ‖ uint128 max`, both ends inclusive.
    function holds(uint8 condition, uint256 param, uint256 ref) internal pure returns (bool) {
        if (condition == uint8(ParamCondition.EQUAL)) return param == ref;
        if (condition == uint8(ParamCondition.GREATER_THAN)) return param > ref;
        if (condition == uint8(ParamCondition.LESS_THAN)) return param < ref;
        if (condition == uint8(ParamCondition.GREATER_THAN_OR_EQUAL)) return param >= ref;
        if (condition == uint8(ParamCondition.LESS_THAN_OR_EQUAL)) return param <= ref;
        if (condition == uint8(ParamCondition.NOT_EQUAL)) return param != ref;
        // forge-lint: disable-next-line(unsafe-typecast) the range's max is the low 128 bits of ref
        return param >= ref >> 128 && param <= uint128(ref);
    }

    /// @notice IN_RANGE's bounds packed in `ref`.
    function range(bytes32 ref) internal pure returns (uint128 min, uint128 max) {
        return (uint128(uint256(ref) >> 128), uint128(uint256(ref)));
    }

    /// @notice The 32-byte word of `data` at byte `position` (the caller checked `position + 32 ≤ data.length`).
    function wordAt(bytes calldata data, uint256 position) internal pure returns (uint256 word) {
        assembly ("memory-safe") {
            // In bounds: the caller's check.
            word := calldataload(add(data.offset, position))
        }
    }
}
