// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallPolicyBuilder as B} from "../utils/CallPolicyBuilder.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId, PolicyData} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {ActionConfig, CallPolicy, ParamCondition} from "contracts/policies/CallPolicy.sol";
import {PeriodicSpendingLimitPolicy} from "contracts/policies/PeriodicSpendingLimitPolicy.sol";

/// @notice Automation: a merchant's server holds a session key that pulls a 50 USDC subscription each month
/// (periodic allowance, accrual design) to the merchant only, through EntryPoint.handleOps.
contract SubscriptionTest is SessionTestBase {
    using B for ActionConfig;

    uint256 internal constant FEE = 50e6;
    uint48 internal constant MONTH = 30 days;

    PeriodicSpendingLimitPolicy internal periodic;
    CallPolicy internal callPolicy;
    address internal merchant = makeAddr("merchant");
    uint256 internal serverKey;
    address internal server;
    uint48 internal start;
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        periodic = new PeriodicSpendingLimitPolicy();
        callPolicy = new CallPolicy();
        (server, serverKey) = makeAddrAndKey("merchant server");
        vm.warp(1_700_000_000);
        start = uint48(block.timestamp);
        address[] memory tokens = new address[](1);
        tokens[0] = address(token);
        uint256[] memory limits = new uint256[](1);
        limits[0] = FEE;
        PolicyData[] memory policies = new PolicyData[](2);
        policies[0] = PolicyData(address(periodic), abi.encode(tokens, limits, MONTH, start));
        // transfer(to, amount): exactly the fee, to the merchant only.
        policies[1] = PolicyData(
            address(callPolicy),
            B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(merchant))
                .rule(ParamCondition.EQUAL, 32, bytes32(FEE)).encode()
        );
        permissionId = _install(_ecdsaSession(server, _action(address(token), token.transfer.selector, policies)));
    }

    function _pull(address to, uint256 amount) internal view returns (PackedUserOperation memory) {
        return _sessionUserOp(account, permissionId, serverKey, _transferCall(to, amount));
    }

    function test_pullsOncePerMonth() public {
        // The first month's fee is due right after the grant (validAfter is exclusive: not in its very second).
        PackedUserOperation memory early = _pull(merchant, FEE);
        _expectFailedOp("AA22 expired or not due");
        _handleUserOp(early);
        vm.warp(start + 1);
        _handleUserOp(_pull(merchant, FEE));
        assertEq(token.balanceOf(merchant), FEE);

        // A second pull in the same month is not due until the next month begins.
        PackedUserOperation memory op = _pull(merchant, FEE);
        _expectFailedOp("AA22 expired or not due");
        _handleUserOp(op);
        vm.warp(start + MONTH);
        op = _pull(merchant, FEE);
        _expectFailedOp("AA22 expired or not due");
        _handleUserOp(op);

        vm.warp(start + MONTH + 1);
        _handleUserOp(_pull(merchant, FEE));
        assertEq(token.balanceOf(merchant), 2 * FEE);
    }

    /// @notice Never more than one fee per month begun, however the server times its pulls; after idle months
    /// the missed fees may be pulled (the accrual design carries unused allowance over).
    function test_neverMoreThanOneFeePerMonthBegun() public {
        vm.warp(start + 3 * MONTH + 1); // four months begun
        for (uint256 i; i < 4; ++i) {
            _handleUserOp(_pull(merchant, FEE));
        }
        assertEq(token.balanceOf(merchant), 4 * FEE);
        PackedUserOperation memory op = _pull(merchant, FEE);
        _expectFailedOp("AA22 expired or not due");
        _handleUserOp(op);
        assertEq(token.balanceOf(merchant), 4 * FEE);
    }

    function test_refusesOtherRecipientsAndAmounts() public {
        vm.warp(start + 1);
        PackedUserOperation memory op = _pull(recipient, FEE);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                permissionId,
                address(callPolicy),
                abi.encodeWithSelector(
                    CallPolicy.ParamRuleViolated.selector, 0, uint8(0), B.addressRef(recipient), B.addressRef(merchant)
                )
            )
        );
        _handleUserOp(op);
        op = _pull(merchant, 2 * FEE);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                permissionId,
                address(callPolicy),
                abi.encodeWithSelector(
                    CallPolicy.ParamRuleViolated.selector, 1, uint8(0), bytes32(2 * FEE), bytes32(FEE)
                )
            )
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0);
        assertEq(token.balanceOf(merchant), 0);
    }
}
