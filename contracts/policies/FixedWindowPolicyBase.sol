// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PolicyBase} from "./PolicyBase.sol";

/// @title FixedWindowPolicyBase
/// @notice The period claim of the fixed-window policies: validation cannot read the clock, so a user operation
/// says when it runs. It does so with a call `claimPeriod(time)` to the policy contract itself, placed before the
/// calls it limits in the batch; the policy records `time` for the account while it checks that call (it must be
/// in the policy list of the action covering the call) and each fixed-window config then counts the operation in
/// its window containing `time` and makes it valid only inside that window.
/// @dev Why a call: an action policy only sees its own calls, so the claim is a call the policy checks; it is
/// signed with the rest of the operation (the user-op hash covers the callData), costs one extra call, and it is
/// the same for every scope and every config of the contract (one claim serves them all, whatever their periods).
/// At execution the account calls `claimPeriod`, which does nothing. The recorded time only picks the window an
/// operation is counted in: the limits hold whatever time a session key claims (a wrong one only makes its own
/// operation unexecutable), and the last claim of the account stays in force for later operations without one.
abstract contract FixedWindowPolicyBase is PolicyBase {
    /// @notice A call to this policy contract that is not `claimPeriod(time)` with 0 < time < 2^48, without value.
    error InvalidPeriodClaim();
    /// @notice The account never claimed a period with this policy contract (add the `claimPeriod` call).
    error NoPeriodClaim();

    /// @dev The last claimed time of each account, per multiplexer.
    mapping(address multiplexer => mapping(address account => uint256 time)) internal _claims;

    /// @notice The call a user operation makes to claim the window containing `time` (unix seconds). Does nothing
    /// when executed; SmartSession's validation has recorded the claim.
    function claimPeriod(uint256 time) external pure {}

    /// @notice The last time `account` claimed through `multiplexer` (0: never).
    function getClaim(address multiplexer, address account) external view returns (uint256) {
        return _claims[multiplexer][account];
    }

    /// @dev Records the claim carried by a call to this contract, checked exactly.
    function _recordClaim(address account, uint256 value, bytes calldata data) internal {
        if (value != 0 || data.length != 36 || bytes4(data[:4]) != this.claimPeriod.selector) {
            revert InvalidPeriodClaim();
        }
        uint256 time = uint256(bytes32(data[4:]));
        if (time == 0 || time >> 48 != 0) revert InvalidPeriodClaim();
        _claims[msg.sender][account] = time;
    }

    /// @dev The time `account` claimed through the calling multiplexer; reverts NoPeriodClaim without one.
    function _claimOf(address account) internal view returns (uint256 time) {
        time = _claims[msg.sender][account];
        if (time == 0) revert NoPeriodClaim();
    }
}
