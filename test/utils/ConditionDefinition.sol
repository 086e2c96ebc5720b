// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The calldata conditions CallPolicy and CallRulesPolicy share (ParamCondition 0..6), defined here
/// independently of the contracts, and the fuzz inputs that test them.
library ConditionDefinition {
    /// @notice Whether parameter word `p` meets `condition` against reference `r` (IN_RANGE: `r = min ‖ max`).
    function holds(uint8 condition, uint256 p, uint256 r) internal pure returns (bool) {
        if (condition == 0) return p == r;
        if (condition == 1) return p > r;
        if (condition == 2) return p < r;
        if (condition == 3) return p >= r;
        if (condition == 4) return p <= r;
        if (condition == 5) return p != r;
        return p >= (r >> 128) && p <= uint128(r);
    }

    /// @notice Fuzz inputs for one condition: a valid range for IN_RANGE and, when `near`, a parameter right at
    /// the reference (or a range bound), where off-by-one errors live.
    function shape(uint8 condition, uint256 param, uint256 ref, bool near) internal pure returns (uint256, uint256) {
        if (condition == 6 && ref >> 128 > uint128(ref)) ref = (uint256(uint128(ref)) << 128) | (ref >> 128);
        if (near) {
            unchecked {
                param = condition == 6 ? (param % 2 == 0 ? ref >> 128 : uint128(ref)) : ref + (param % 3) - 1;
            }
        }
        return (param, ref);
    }
}
