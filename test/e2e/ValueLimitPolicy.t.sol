// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {
    ActionId,
    FALLBACK_SELECTOR,
    FALLBACK_TARGET,
    PermissionId,
    Session,
    USER_OP_SCOPE
} from "contracts/DataTypes.sol";
import {IPolicy} from "contracts/interfaces/IPolicy.sol";
import {IdLib} from "contracts/lib/IdLib.sol";
import {ValueLimitPolicy} from "contracts/policies/ValueLimitPolicy.sol";

/// @notice ValueLimitPolicy through EntryPoint.handleOps on the OpenZeppelin account, at action and user-op scope.
contract ValueLimitPolicyE2ETest is AmountPolicyTestBase {
    uint256 internal constant LIMIT = 1 ether;

    function _expectExceeded(PermissionId permissionId, uint256 requested, uint256 remaining) internal {
        _expectPolicyRevert(
            permissionId,
            address(valueLimit),
            abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, requested, remaining)
        );
    }

    function _used(PermissionId permissionId, bytes32 scope) internal view returns (uint256 used) {
        (, used) = valueLimit.getValueLimit(address(smartSession), _configIdOf(permissionId, scope), address(account));
    }

    /// @notice Action scope: plain ETH transfers to `recipient` (selector 0) under a value limit.
    function test_action_sendsUpToTheLimitThenRefuses() public {
        PermissionId permissionId = _install(
            _ecdsaSession(
                sessionSigner, _action(recipient, bytes4(0), _policies(address(valueLimit), abi.encode(LIMIT)))
            )
        );
        bytes32 scope = ActionId.unwrap(IdLib.actionId(recipient, bytes4(0)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(recipient, 0.6 ether, "")));
        assertEq(recipient.balance, 0.6 ether);
        assertEq(_used(permissionId, scope), 0.6 ether);

        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(recipient, 0.4 ether + 1, ""));
        _expectExceeded(permissionId, 0.4 ether + 1, 0.4 ether);
        _handleUserOp(op);
        assertEq(recipient.balance, 0.6 ether);

        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(recipient, 0.4 ether, "")));
        assertEq(recipient.balance, LIMIT);
        // A call without value still passes once the limit is used up.
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(recipient, 0, "")));
    }

    /// @notice User-op scope: the sum of every call's value in the operation counts.
    function test_userOp_countsTheWholeBatch() public {
        Session memory session = _ecdsaSession(sessionSigner, _action(FALLBACK_TARGET, FALLBACK_SELECTOR, _sudo()));
        session.userOpPolicies = _policies(address(valueLimit), abi.encode(LIMIT));
        PermissionId permissionId = _install(session);
        address other = makeAddr("other");

        Execution[] memory calls = new Execution[](3);
        calls[0] = Execution(recipient, 0.5 ether, "");
        calls[1] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 1)));
        calls[2] = Execution(other, 0.5 ether + 1, "");
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls));
        _expectExceeded(permissionId, LIMIT + 1, LIMIT);
        _handleUserOp(op);
        assertEq(recipient.balance, 0);
        assertEq(_used(permissionId, USER_OP_SCOPE), 0);

        calls[2].value = 0.25 ether;
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(recipient.balance, 0.5 ether);
        assertEq(other.balance, 0.25 ether);
        assertEq(_used(permissionId, USER_OP_SCOPE), 0.75 ether);

        op = _sessionUserOp(account, permissionId, sessionKey, _executeSingle(other, 0.25 ether + 1, ""));
        _expectExceeded(permissionId, 0.25 ether + 1, 0.25 ether);
        _handleUserOp(op);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(other, 0.25 ether, "")));
        assertEq(other.balance, 0.5 ether);
    }

    function test_reenabledSessionStartsFresh() public {
        Session memory session = _ecdsaSession(
            sessionSigner, _action(recipient, bytes4(0), _policies(address(valueLimit), abi.encode(LIMIT)))
        );
        PermissionId permissionId = _install(session);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(recipient, LIMIT, "")));
        _reenable(session);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(recipient, LIMIT, "")));
        assertEq(recipient.balance, 2 * LIMIT);
    }

    function test_refuses_badInitDataAtEnable() public {
        Session memory bad = _ecdsaSession(
            sessionSigner,
            _action(recipient, bytes4(0), _policies(address(valueLimit), abi.encodePacked(LIMIT, uint8(1))))
        );
        vm.prank(address(account));
        vm.expectRevert(abi.encodeWithSelector(IPolicy.InvalidInitData.selector));
        smartSession.enableSessions(_sessions(bad));
    }
}
