// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "./SessionTestBase.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, PermissionId, PolicyData, Session} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {FixedWindowPolicyBase} from "contracts/policies/FixedWindowPolicyBase.sol";
import {FixedWindowSpendingLimitPolicy} from "contracts/policies/FixedWindowSpendingLimitPolicy.sol";
import {FixedWindowValueLimitPolicy} from "contracts/policies/FixedWindowValueLimitPolicy.sol";
import {PeriodicSpendingLimitPolicy} from "contracts/policies/PeriodicSpendingLimitPolicy.sol";
import {PeriodicValueLimitPolicy} from "contracts/policies/PeriodicValueLimitPolicy.sol";
import {RateLimitPolicy} from "contracts/policies/RateLimitPolicy.sol";
import {SpendingLimitPolicy} from "contracts/policies/SpendingLimitPolicy.sol";
import {StreamingSpendingLimitPolicy} from "contracts/policies/StreamingSpendingLimitPolicy.sol";
import {StreamingValueLimitPolicy} from "contracts/policies/StreamingValueLimitPolicy.sol";
import {ValueLimitPolicy} from "contracts/policies/ValueLimitPolicy.sol";

/// @notice Fixtures for end-to-end tests of the amount-accounting policies (spending and value limits).
abstract contract AmountPolicyTestBase is SessionTestBase {
    SpendingLimitPolicy internal spendingLimit;
    ValueLimitPolicy internal valueLimit;
    PeriodicSpendingLimitPolicy internal periodicSpending;
    PeriodicValueLimitPolicy internal periodicValue;
    FixedWindowSpendingLimitPolicy internal windowSpending;
    FixedWindowValueLimitPolicy internal windowValue;
    RateLimitPolicy internal rateLimit;
    StreamingSpendingLimitPolicy internal tokenStream;
    StreamingValueLimitPolicy internal valueStream;

    function setUp() public virtual override {
        super.setUp();
        spendingLimit = new SpendingLimitPolicy();
        valueLimit = new ValueLimitPolicy();
        periodicSpending = new PeriodicSpendingLimitPolicy();
        periodicValue = new PeriodicValueLimitPolicy();
        windowSpending = new FixedWindowSpendingLimitPolicy();
        windowValue = new FixedWindowValueLimitPolicy();
        rateLimit = new RateLimitPolicy();
        tokenStream = new StreamingSpendingLimitPolicy();
        valueStream = new StreamingValueLimitPolicy();
    }

    function _tokenLimit(address token_, uint256 limit) internal pure returns (bytes memory) {
        address[] memory tokens = new address[](1);
        tokens[0] = token_;
        uint256[] memory limits = new uint256[](1);
        limits[0] = limit;
        return abi.encode(tokens, limits);
    }

    function _periodicTokenLimit(address token_, uint256 limit, uint48 period, uint48 start)
        internal
        pure
        returns (bytes memory)
    {
        address[] memory tokens = new address[](1);
        tokens[0] = token_;
        uint256[] memory limits = new uint256[](1);
        limits[0] = limit;
        return abi.encode(tokens, limits, period, start);
    }

    /// @notice The action a session needs for the period claims of a fixed-window policy: `claimPeriod` on the
    /// policy itself, with the policy (claims only, empty initData) as its action policy.
    function _claimAction(address policy) internal pure returns (ActionData memory) {
        return ActionData(FixedWindowPolicyBase.claimPeriod.selector, policy, _policies(policy, ""));
    }

    /// @notice The call that claims the window containing `time` of `policy`.
    function _claimCall(address policy, uint256 time) internal pure returns (Execution memory) {
        return Execution(policy, 0, abi.encodeCall(FixedWindowPolicyBase.claimPeriod, (time)));
    }

    /// @notice A batch of the claim of the current time on `policy` and one call.
    function _claimAnd(address policy, address target, uint256 value, bytes memory data)
        internal
        view
        returns (bytes memory)
    {
        Execution[] memory calls = new Execution[](2);
        calls[0] = _claimCall(policy, block.timestamp);
        calls[1] = Execution(target, value, data);
        return _executeBatch(calls);
    }

    /// @notice Two policies for one scope.
    function _policies(address a, bytes memory aData, address b, bytes memory bData)
        internal
        pure
        returns (PolicyData[] memory policies)
    {
        policies = new PolicyData[](2);
        policies[0] = PolicyData(a, aData);
        policies[1] = PolicyData(b, bData);
    }

    /// @notice Expects handleOps to fail because `policy` reverted with `error_` during validation.
    function _expectPolicyRevert(PermissionId permissionId, address policy, bytes memory error_) internal {
        _expectValidationRevert(
            abi.encodeWithSelector(ISmartSession.PolicyReverted.selector, permissionId, policy, error_)
        );
    }

    /// @notice The owner removes and re-enables `session` through user ops.
    function _reenable(Session memory session) internal {
        PermissionId permissionId = smartSession.getPermissionId(session);
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.removeSession, (permissionId)))
        );
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.enableSessions, (_sessions(session))))
        );
    }
}
