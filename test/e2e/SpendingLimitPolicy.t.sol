// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {MockERC20} from "../utils/MockERC20.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, FALLBACK_SELECTOR, FALLBACK_TARGET, PermissionId, Session} from "contracts/DataTypes.sol";
import {SpendingLimitPolicy} from "contracts/policies/SpendingLimitPolicy.sol";
import {TokenLimitLib} from "contracts/policies/lib/TokenLimitLib.sol";

/// @notice SpendingLimitPolicy through EntryPoint.handleOps on the OpenZeppelin account.
contract SpendingLimitPolicyE2ETest is AmountPolicyTestBase {
    uint256 internal constant LIMIT = 1000e6;
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        permissionId = _install(_limitedSession());
    }

    /// @notice The session key may call `token.transfer` under a spending limit of LIMIT.
    function _limitedSession() internal view returns (Session memory) {
        return _ecdsaSession(
            sessionSigner,
            _action(
                address(token),
                token.transfer.selector,
                _policies(address(spendingLimit), _tokenLimit(address(token), LIMIT))
            )
        );
    }

    function _used() internal view returns (uint256 used) {
        bytes32 configId = _actionConfigIdOf(permissionId, address(token), token.transfer.selector);
        (, used) = spendingLimit.getSpendingLimit(address(smartSession), configId, address(account), address(token));
    }

    function _expectExceeded(uint256 requested, uint256 remaining) internal {
        _expectPolicyRevert(
            permissionId,
            address(spendingLimit),
            abi.encodeWithSelector(
                SpendingLimitPolicy.SpendingLimitExceeded.selector, address(token), requested, remaining
            )
        );
    }

    function test_transfersUpToTheLimitThenRefuses() public {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 600e6)));
        assertEq(token.balanceOf(recipient), 600e6);
        assertEq(_used(), 600e6);

        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 401e6));
        _expectExceeded(401e6, 400e6);
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 600e6);
        assertEq(_used(), 600e6);

        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 400e6)));
        assertEq(token.balanceOf(recipient), LIMIT);
        op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1));
        _expectExceeded(1, 0);
        _handleUserOp(op);
    }

    function test_batchCountsEveryCall() public {
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 700e6)));
        calls[1] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 301e6)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls));
        _expectExceeded(301e6, 300e6);
        _handleUserOp(op);
        // The whole operation was refused: nothing moved and nothing counts.
        assertEq(token.balanceOf(recipient), 0);
        assertEq(_used(), 0);

        calls[1] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 300e6)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(token.balanceOf(recipient), LIMIT);
    }

    function test_refuses_ethValueOnTokenCall() public {
        bytes memory callData = _executeSingle(address(token), 1, abi.encodeCall(token.transfer, (recipient, 1)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectPolicyRevert(
            permissionId,
            address(spendingLimit),
            abi.encodeWithSelector(TokenLimitLib.TokenCallWithValue.selector, address(token), 1)
        );
        _handleUserOp(op);
    }

    function test_reenabledSessionStartsFresh() public {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, LIMIT)));
        assertEq(_used(), LIMIT);
        _reenable(_limitedSession());
        assertEq(_used(), 0);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, LIMIT)));
        assertEq(token.balanceOf(recipient), 2 * LIMIT);
    }

    /// @notice Under the fallback action one config covers transfer and approve of the token together, and
    /// refuses every other target and function.
    function test_fallbackAction_sharesOneLimitAcrossTransferAndApprove() public {
        Session memory shared = _ecdsaSession(
            sessionSigner,
            _action(
                FALLBACK_TARGET,
                FALLBACK_SELECTOR,
                _policies(address(spendingLimit), _tokenLimit(address(token), LIMIT))
            )
        );
        shared.salt = bytes32(uint256(1));
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.enableSessions, (_sessions(shared))))
        );
        PermissionId sharedId = smartSession.getPermissionId(shared);

        bytes memory approve = _executeSingle(address(token), 0, abi.encodeCall(token.approve, (recipient, 700e6)));
        _handleUserOp(_sessionUserOp(account, sharedId, sessionKey, approve));
        assertEq(token.allowance(address(account), recipient), 700e6);

        PackedUserOperation memory op =
            _sessionUserOp(account, sharedId, sessionKey, _transferCall(recipient, 300e6 + 1));
        _expectPolicyRevert(
            sharedId,
            address(spendingLimit),
            abi.encodeWithSelector(SpendingLimitPolicy.SpendingLimitExceeded.selector, address(token), 300e6 + 1, 300e6)
        );
        _handleUserOp(op);

        MockERC20 other = new MockERC20("Other", "OTH", 18);
        op = _sessionUserOp(
            account,
            sharedId,
            sessionKey,
            _executeSingle(address(other), 0, abi.encodeCall(other.transfer, (recipient, 1)))
        );
        _expectPolicyRevert(
            sharedId,
            address(spendingLimit),
            abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, address(other))
        );
        _handleUserOp(op);

        bytes memory transferFrom = abi.encodeCall(token.transferFrom, (address(account), recipient, 1));
        op = _sessionUserOp(account, sharedId, sessionKey, _executeSingle(address(token), 0, transferFrom));
        _expectPolicyRevert(
            sharedId,
            address(spendingLimit),
            abi.encodeWithSelector(
                TokenLimitLib.TokenFunctionNotAllowed.selector, address(token), token.transferFrom.selector
            )
        );
        _handleUserOp(op);

        _handleUserOp(_sessionUserOp(account, sharedId, sessionKey, _transferCall(recipient, 300e6)));
        assertEq(token.balanceOf(recipient), 300e6);
    }

    /// @notice The limit belongs to one action: `transfer` and `approve` granted as two actions with the policy
    /// each get their own LIMIT (so together 2 × LIMIT). Pinned so that nobody relies on a shared limit there.
    function test_separateActionsHaveSeparateLimits() public {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(
            token.transfer.selector,
            address(token),
            _policies(address(spendingLimit), _tokenLimit(address(token), LIMIT))
        );
        actions[1] = ActionData(
            token.approve.selector,
            address(token),
            _policies(address(spendingLimit), _tokenLimit(address(token), LIMIT))
        );
        Session memory both = _ecdsaSession(sessionSigner, actions);
        both.salt = bytes32(uint256(3));
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.enableSessions, (_sessions(both))))
        );
        PermissionId bothId = smartSession.getPermissionId(both);
        _handleUserOp(_sessionUserOp(account, bothId, sessionKey, _transferCall(recipient, LIMIT)));
        bytes memory approve = _executeSingle(address(token), 0, abi.encodeCall(token.approve, (recipient, LIMIT)));
        _handleUserOp(_sessionUserOp(account, bothId, sessionKey, approve));
        assertEq(token.balanceOf(recipient), LIMIT);
        assertEq(token.allowance(address(account), recipient), LIMIT);
    }

    function test_refuses_badInitDataAtEnable() public {
        Session memory bad = _ecdsaSession(
            sessionSigner,
            _action(
                address(token),
                token.approve.selector,
                _policies(address(spendingLimit), _tokenLimit(address(token), 0))
            )
        );
        bad.salt = bytes32(uint256(2));
        vm.prank(address(account));
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.ZeroLimit.selector, address(token)));
        smartSession.enableSessions(_sessions(bad));
        assertFalse(smartSession.isPermissionEnabled(smartSession.getPermissionId(bad), address(account)));
    }
}
