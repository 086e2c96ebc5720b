// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {FixedWindowLimitBase} from "./FixedWindowLimitBase.sol";

/// @title RateLimitPolicy
/// @notice At most N uses per period, in fixed windows ("at most 10 operations per hour"). Guarantee: the
/// operations (user-op scope) or the calls of its action (action scope) this config lets through that execute
/// within any window `[start + k·period, start + (k+1)·period)` number at most N; none before `start`; unused uses
/// lapse at the end of their window. Never stuck: after idle windows an operation claiming the current window has
/// all N uses.
/// @dev initData = `abi.encode(uint256 uses, uint48 period, uint48 start)` (uses in [1, 2^104 − 1]), or empty for
/// a config that only records claims. Every counted operation claims its window with a call `claimPeriod(time)` to
/// this contract, covered by an action that has this policy (see FixedWindowPolicyBase); that call is not a use.
/// A use is counted at validation: an operation that validates and then reverts in execution used it up.
contract RateLimitPolicy is FixedWindowLimitBase {
    function _callAmount(uint256) internal pure override returns (uint256) {
        return 1;
    }

    function _operationAmount(bytes calldata) internal pure override returns (uint256) {
        return 1;
    }
}
