// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallPolicyBuilder as B} from "../utils/CallPolicyBuilder.sol";
import {GasScenarios} from "../utils/GasScenarios.sol";
import {GasTestBase} from "../utils/GasTestBase.sol";
import {PolicyData, Session} from "contracts/DataTypes.sol";
import {ActionConfig, CallPolicy, ParamCondition} from "contracts/policies/CallPolicy.sol";
import {FeeLimitPolicy} from "contracts/policies/FeeLimitPolicy.sol";
import {SpendingLimitPolicy} from "contracts/policies/SpendingLimitPolicy.sol";
import {TimeFramePolicy} from "contracts/policies/TimeFramePolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";
import {ValueLimitPolicy} from "contracts/policies/ValueLimitPolicy.sol";

/// @notice Gas scenarios S2, S3 and S6 (docs/gas.md), measured like SessionGas.t.sol: the gas spent inside the
/// account's own call to `SmartSession.validateUserOp`, steady state (the session used once before), every op in
/// its own transaction (`gas` profile, isolated).
contract PolicyGasTest is GasTestBase {
    using B for ActionConfig;

    /// @dev The budgets (docs/gas.md); the reference implementation's figures in brackets.
    uint256 internal constant S2_BUDGET = 62_000; // (89,243)
    uint256 internal constant S3_BUDGET = 75_000; // (107,055)

    TimeFramePolicy internal timeFrame;
    UsageLimitPolicy internal usageLimit;
    ValueLimitPolicy internal valueLimit;
    SpendingLimitPolicy internal spendingLimit;
    CallPolicy internal callPolicy;
    FeeLimitPolicy internal feeLimit;

    function setUp() public override {
        super.setUp();
        timeFrame = new TimeFramePolicy();
        usageLimit = new UsageLimitPolicy();
        valueLimit = new ValueLimitPolicy();
        spendingLimit = new SpendingLimitPolicy();
        callPolicy = new CallPolicy();
        feeLimit = new FeeLimitPolicy();
        vm.warp(1_700_000_000);
    }

    /// @dev S2's action policies: timeframe + usage limit + value limit + ERC-20 spending limit; S3 adds the
    /// call-policy rule `recipient == X`.
    function _policies(bool withCallRule) internal view returns (PolicyData[] memory policies) {
        PolicyData[] memory s2 = GasScenarios.s2Policies(
            address(timeFrame),
            address(usageLimit),
            address(valueLimit),
            address(spendingLimit),
            address(token),
            block.timestamp
        );
        policies = new PolicyData[](withCallRule ? 5 : 4);
        for (uint256 i; i < 4; ++i) {
            policies[i] = s2[i];
        }
        if (withCallRule) {
            policies[4] = PolicyData(
                address(callPolicy), B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(recipient)).encode()
            );
        }
    }

    /// @notice S2: S1's session (ECDSA key, one action token.transfer) under four action policies.
    function test_gas_S2_useFourPolicies() public {
        uint256 used = _steadyStateTransfer(
            _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, _policies(false)))
        );
        vm.snapshotValue("S2_validateUserOp", used);
        assertLe(used, S2_BUDGET);
    }

    /// @notice S3: S2 plus a CallPolicy rule `recipient == X`.
    function test_gas_S3_useFourPoliciesAndCallRule() public {
        uint256 used = _steadyStateTransfer(
            _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, _policies(true)))
        );
        vm.snapshotValue("S3_validateUserOp", used);
        assertLe(used, S3_BUDGET);
    }

    /// @notice S6: S2's session plus FeeLimitPolicy at user-op scope (what the client adds to every session).
    function test_gas_S6_useFourPoliciesAndFeeLimit() public {
        Session memory session =
            _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, _policies(false)));
        session.userOpPolicies = GasScenarios.s6UserOpPolicies(address(feeLimit));
        uint256 used = _steadyStateTransfer(session);
        vm.snapshotValue("S6_validateUserOp", used);
    }
}
