// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ExecutionLib} from "../lib/ExecutionLib.sol";
import {FixedWindowLimitBase} from "./FixedWindowLimitBase.sol";

/// @title FixedWindowValueLimitPolicy
/// @notice ETH value allowance per period without carry-over ("at most 0.1 ETH per day; what is not sent today
/// lapses"). Guarantee: with limit L, the ETH value this config lets through in operations executed within any
/// window `[start + k·period, start + (k+1)·period)` adds up to at most L; nothing before `start`. At action scope
/// it counts each matching call's `value`, at user-op scope the sum over all calls of the operation. Never stuck:
/// after idle windows an operation claiming the current window has the full L.
/// @dev initData = `abi.encode(uint256 limit, uint48 period, uint48 start)` (limit in [1, 2^104 − 1]), or empty
/// for a config that only records claims. An operation that sends value claims its window with a call
/// `claimPeriod(time)` to this contract, covered by an action that has this policy (see FixedWindowPolicyBase);
/// one without value passes at once, needing no claim and touching no storage.
contract FixedWindowValueLimitPolicy is FixedWindowLimitBase {
    function _callAmount(uint256 value) internal pure override returns (uint256) {
        return value;
    }

    function _operationAmount(bytes calldata callData) internal pure override returns (uint256) {
        return ExecutionLib.totalValue(callData);
    }
}
