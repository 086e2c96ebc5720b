// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title ValidationDataLib
/// @notice ERC-4337 validation data: `authorizer (160 bits) ‖ validUntil (48) ‖ validAfter (48)`, low to high.
library ValidationDataLib {
    uint256 internal constant AUTHORIZER_MASK = (1 << 160) - 1;
    uint256 internal constant UINT48_MASK = (1 << 48) - 1;

    /// @notice Whether `validationData` carries a failure (any non-zero authorizer; policies have no aggregator).
    function isFailure(uint256 validationData) internal pure returns (bool) {
        return validationData & AUTHORIZER_MASK != 0;
    }

    /// @notice The intersection of two successful time ranges: latest validAfter, earliest non-zero validUntil.
    /// @dev The authorizer bits of the inputs are ignored; the result always has a zero authorizer.
    function intersect(uint256 a, uint256 b) internal pure returns (uint256) {
        uint256 validAfter = a >> 208;
        uint256 otherAfter = b >> 208;
        if (otherAfter > validAfter) validAfter = otherAfter;
        uint256 validUntil = (a >> 160) & UINT48_MASK;
        uint256 otherUntil = (b >> 160) & UINT48_MASK;
        if (validUntil == 0 || (otherUntil != 0 && otherUntil < validUntil)) validUntil = otherUntil;
        return (validAfter << 208) | (validUntil << 160);
    }
}
