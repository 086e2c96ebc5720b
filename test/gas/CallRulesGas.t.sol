// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallPolicyBuilder} from "../utils/CallPolicyBuilder.sol";
import {CallRulesBuilder as B} from "../utils/CallRulesBuilder.sol";
import {GasTestBase} from "../utils/GasTestBase.sol";
import {Session} from "contracts/DataTypes.sol";
import {CallPolicy} from "contracts/policies/CallPolicy.sol";
import {CallRulesPolicy} from "contracts/policies/CallRulesPolicy.sol";
import {ArgumentLocation} from "contracts/policies/CallRulesPolicy.sol";
import {ParamCondition} from "contracts/policies/lib/CallConditions.sol";

/// @notice CallRulesPolicy in S1's session (instead of the sudo policy), measured like SessionGasTest: the gas inside
/// the account's call to `SmartSession.validateUserOp`, steady state, isolated. CallPolicy with the same rule is
/// measured alongside for comparison.
contract CallRulesGasTest is GasTestBase {
    using B for B.Config;
    using CallPolicyBuilder for *;

    /// @dev S1's budget plus ~6,000 for one policy's frame.
    uint256 internal constant ONE_POLICY_BUDGET = 31_000;
    /// @dev Two groups (the first fails at its first rule), a ONE_OF of 8 and a limited rule: ~10 cold slots.
    uint256 internal constant TWO_GROUPS_BUDGET = 60_000;

    CallRulesPolicy internal rules;
    CallPolicy internal callPolicy;

    function setUp() public override {
        super.setUp();
        rules = new CallRulesPolicy();
        callPolicy = new CallPolicy();
    }

    function _transferUnder(address policy, bytes memory initData) internal view returns (Session memory) {
        return
            _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, _policies(policy, initData)));
    }

    /// @notice One rule `recipient == X`.
    function test_gas_callRules_oneRule() public {
        B.Config memory c = B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(recipient));
        uint256 used = _steadyStateTransfer(_transferUnder(address(rules), c.encode()));
        vm.snapshotValue("S1_callRules_oneRule_validateUserOp", used);
        assertLe(used, ONE_POLICY_BUDGET);
    }

    /// @notice The same rule in CallPolicy, for comparison.
    function test_gas_callPolicy_oneRule() public {
        bytes memory initData =
            CallPolicyBuilder.config(0).rule(ParamCondition.EQUAL, 0, CallPolicyBuilder.addressRef(recipient)).encode();
        uint256 used = _steadyStateTransfer(_transferUnder(address(callPolicy), initData));
        vm.snapshotValue("S1_callPolicy_oneRule_validateUserOp", used);
        assertLe(used, ONE_POLICY_BUDGET);
    }

    /// @notice Two groups; the op passes through the second: a recipient ONE_OF 8 and a limited amount.
    function test_gas_callRules_secondGroupOneOfLimited() public {
        bytes32[] memory recipients = new bytes32[](8);
        for (uint256 i; i < 8; ++i) {
            recipients[i] = bytes32(uint256(uint160(recipient)) - 3 + i);
        }
        B.Config memory c = B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(address(this)));
        c.or().at(ParamCondition.ONE_OF, ArgumentLocation.WORD, 0, 0, recipients);
        c.rule(ParamCondition.LESS_THAN_OR_EQUAL, 32, bytes32(uint256(10e6))).limited(1000e6);
        uint256 used = _steadyStateTransfer(_transferUnder(address(rules), c.encode()));
        vm.snapshotValue("S1_callRules_secondGroupOneOf8Limited_validateUserOp", used);
        assertLe(used, TWO_GROUPS_BUDGET);
    }
}
