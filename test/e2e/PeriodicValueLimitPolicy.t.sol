// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {FALLBACK_SELECTOR, FALLBACK_TARGET, PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice PeriodicValueLimitPolicy through EntryPoint.handleOps with `vm.warp`, at user-op and action scope.
contract PeriodicValueLimitPolicyE2ETest is AmountPolicyTestBase {
    uint256 internal constant LIMIT = 0.1 ether;
    uint48 internal constant PERIOD = 1 days;
    uint48 internal constant START = 1_700_000_000;
    string internal constant NOT_DUE = "AA22 expired or not due";

    function setUp() public override {
        super.setUp();
        vm.warp(START + 1);
    }

    function _send(PermissionId permissionId, uint256 amount) internal {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(recipient, amount, "")));
    }

    function _expectNotDue(PermissionId permissionId, bytes memory callData) internal {
        uint256 balance = recipient.balance;
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectFailedOp(NOT_DUE);
        _handleUserOp(op);
        assertEq(recipient.balance, balance);
    }

    function test_userOpScope_perDayAcrossBatches() public {
        Session memory session = _ecdsaSession(sessionSigner, _action(FALLBACK_TARGET, FALLBACK_SELECTOR, _sudo()));
        session.userOpPolicies = _policies(address(periodicValue), abi.encode(LIMIT, PERIOD, START));
        PermissionId permissionId = _install(session);

        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(recipient, LIMIT / 2, "");
        calls[1] = Execution(recipient, LIMIT / 2, "");
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(recipient.balance, LIMIT);
        // Calls without value still pass at once.
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1)));
        _expectNotDue(permissionId, _executeBatch(calls));

        vm.warp(START + PERIOD + 1);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(recipient.balance, 2 * LIMIT);
    }

    function test_actionScope_idleCarryOverAndNeverStuck() public {
        PermissionId permissionId = _install(
            _ecdsaSession(
                sessionSigner,
                _action(recipient, bytes4(0), _policies(address(periodicValue), abi.encode(LIMIT, PERIOD, START)))
            )
        );
        _send(permissionId, LIMIT);
        _expectNotDue(permissionId, _executeSingle(recipient, 1, ""));
        vm.warp(START + 3 * PERIOD + 1);
        // Four periods begun: 3 more LIMITs available, and not one wei more.
        _send(permissionId, 3 * LIMIT);
        assertEq(recipient.balance, 4 * LIMIT);
        _expectNotDue(permissionId, _executeSingle(recipient, 1, ""));
        vm.warp(START + 4 * PERIOD + 1);
        _send(permissionId, 1);
    }
}
