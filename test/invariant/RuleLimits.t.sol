// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallPolicyBuilder as B} from "../utils/CallPolicyBuilder.sol";
import {SessionKey} from "../utils/SessionOpSender.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {SessionOpHandler} from "./SessionOpHandler.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PermissionId, PolicyData} from "contracts/DataTypes.sol";
import {ActionConfig, CallPolicy, ParamCondition} from "contracts/policies/CallPolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";

/// @notice Sends random session ops (single transfers and batches) through the real EntryPoint and keeps the
/// ghost totals of what went through.
contract RuleLimitsHandler is SessionOpHandler {
    uint256 public transferred;
    uint256 public transfers;

    constructor(SessionKey memory key) SessionOpHandler(key) {}

    function transferOnce(uint256 amount, address to) external {
        amount = bound(amount, 0, 40e6);
        if (to == address(0) || to == account) to = address(0xbeef);
        _send(_single(address(token), 0, _transferData(to, amount)), amount, 1);
    }

    function transferTwice(uint256 a, uint256 b) external {
        a = bound(a, 0, 40e6);
        b = bound(b, 0, 40e6);
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(address(token), 0, _transferData(address(0xbeef), a));
        calls[1] = Execution(address(token), 0, _transferData(address(0xcafe), b));
        _send(_batch(calls), a + b, 2);
    }

    function _transferData(address to, uint256 amount) internal view returns (bytes memory) {
        return abi.encodeCall(token.transfer, (to, amount));
    }

    function _send(bytes memory callData, uint256 amount, uint256 calls) internal {
        if (_sendOp(callData)) {
            transferred += amount;
            transfers += calls;
        }
    }
}

/// @notice Whatever ops a session key sends, a limited CallPolicy rule and a usage limit hold, and the policy's
/// stored `used` equals what really moved.
contract RuleLimitsInvariantTest is SessionTestBase {
    using B for ActionConfig;

    uint256 internal constant AMOUNT_LIMIT = 300e6;
    uint128 internal constant USES = 20;

    RuleLimitsHandler internal handler;
    CallPolicy internal callPolicy;
    UsageLimitPolicy internal usageLimit;
    PermissionId internal permissionId;
    uint256 internal startBalance;

    function setUp() public override {
        super.setUp();
        callPolicy = new CallPolicy();
        usageLimit = new UsageLimitPolicy();
        PolicyData[] memory policies = new PolicyData[](2);
        policies[0] = PolicyData(
            address(callPolicy),
            B.config(0).limitedRule(ParamCondition.LESS_THAN_OR_EQUAL, 32, bytes32(uint256(30e6)), AMOUNT_LIMIT)
                .encode()
        );
        policies[1] = PolicyData(address(usageLimit), abi.encodePacked(USES));
        permissionId =
            _install(_ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, policies)));
        startBalance = token.balanceOf(address(account));
        handler = new RuleLimitsHandler(_sessionKeyOf(permissionId));
        targetContract(address(handler));
    }

    function invariant_amountLimitHolds() public view {
        uint256 spent = startBalance - token.balanceOf(address(account));
        assertEq(spent, handler.transferred());
        assertLe(spent, AMOUNT_LIMIT);
        ActionConfig memory stored = callPolicy.getActionConfig(
            address(smartSession),
            _actionConfigIdOf(permissionId, address(token), token.transfer.selector),
            address(account)
        );
        assertEq(stored.paramRules.rules[0].usage.used, spent, "used is persisted exactly");
    }

    function afterInvariant() public view {
        // Both paths are exercised: some ops go through, some are refused.
        assertGt(handler.transfers(), 0);
        assertGt(handler.refusedOps(), 0);
    }

    function invariant_usageLimitHolds() public view {
        (, uint128 used) = usageLimit.getUsage(
            address(smartSession),
            _actionConfigIdOf(permissionId, address(token), token.transfer.selector),
            address(account)
        );
        assertEq(used, handler.transfers());
        assertLe(used, USES);
    }
}
