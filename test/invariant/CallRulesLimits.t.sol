// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallRulesBuilder as B} from "../utils/CallRulesBuilder.sol";
import {SessionKey} from "../utils/SessionOpSender.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {SessionOpHandler} from "./SessionOpHandler.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PermissionId} from "contracts/DataTypes.sol";
import {ArgumentLocation, CallRulesPolicy} from "contracts/policies/CallRulesPolicy.sol";
import {ParamCondition} from "contracts/policies/lib/CallConditions.sol";

/// @notice Sends random session transfers (single and batched) through the real EntryPoint and keeps the ghost
/// total of what went through.
contract CallRulesHandler is SessionOpHandler {
    uint256 public transferred;

    constructor(SessionKey memory key) SessionOpHandler(key) {}

    function recipient(uint256 seed) public pure returns (address) {
        return address(uint160(0xa0 + seed % 3));
    }

    function transferOnce(uint256 amount, uint256 to) external {
        amount = bound(amount, 0, 60e6);
        bytes memory data = abi.encodeCall(token.transfer, (recipient(to), amount));
        _send(_single(address(token), 0, data), amount);
    }

    function transferTwice(uint256 a, uint256 b, uint256 to) external {
        a = bound(a, 0, 60e6);
        b = bound(b, 0, 60e6);
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient(to), a)));
        calls[1] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient(to % 3 + 1), b)));
        _send(_batch(calls), a + b);
    }

    function _send(bytes memory callData, uint256 amount) internal {
        if (_sendOp(callData)) transferred += amount;
    }
}

/// @notice Two overlapping alternatives with their own cumulative limits: group 0 (any recipient, ≤ 30 per call,
/// 300 in total) and group 1 (recipient 0xa0 or 0xa1, 200 in total). Whatever the key sends, each group's used
/// amount stays within its limit, and the two used amounts add up to exactly what moved (each call counted by one
/// group).
contract CallRulesLimitsInvariantTest is SessionTestBase {
    using B for B.Config;

    uint128 internal constant LIMIT_0 = 300e6;
    uint128 internal constant LIMIT_1 = 200e6;

    CallRulesHandler internal handler;
    CallRulesPolicy internal rules;
    PermissionId internal permissionId;
    uint256 internal startBalance;

    function setUp() public override {
        super.setUp();
        rules = new CallRulesPolicy();
        B.Config memory c = B.config(0).rule(ParamCondition.LESS_THAN_OR_EQUAL, 32, bytes32(uint256(30e6)));
        c.limited(LIMIT_0);
        c.or()
            .at(
                ParamCondition.ONE_OF,
                ArgumentLocation.WORD,
                0,
                0,
                B.set(bytes32(uint256(0xa0)), bytes32(uint256(0xa1)), 0)
            );
        c.rule(ParamCondition.GREATER_THAN_OR_EQUAL, 32, 0).limited(LIMIT_1);
        permissionId = _install(
            _ecdsaSession(
                sessionSigner, _action(address(token), token.transfer.selector, _policies(address(rules), c.encode()))
            )
        );
        startBalance = token.balanceOf(address(account));
        handler = new CallRulesHandler(_sessionKeyOf(permissionId));
        targetContract(address(handler));
    }

    function invariant_eachGroupWithinItsLimit_sumIsWhatMoved() public view {
        uint256 spent = startBalance - token.balanceOf(address(account));
        assertEq(spent, handler.transferred());
        (,,, uint256[] memory used) = rules.getCallRules(
            address(smartSession),
            _actionConfigIdOf(permissionId, address(token), token.transfer.selector),
            address(account)
        );
        assertLe(used[0], LIMIT_0);
        assertLe(used[2], LIMIT_1);
        assertEq(used[0] + used[2], spent, "every call counted by exactly one group");
        // 0xa2 is reachable only through group 0.
        assertLe(token.balanceOf(address(0xa2)), used[0]);
    }

    function afterInvariant() public view {
        assertGt(handler.passedOps(), 0);
        assertGt(handler.refusedOps(), 0);
    }
}
