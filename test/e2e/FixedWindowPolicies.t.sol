// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, FALLBACK_SELECTOR, FALLBACK_TARGET, PermissionId, Session} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {FixedWindowPolicyBase} from "contracts/policies/FixedWindowPolicyBase.sol";
import {FixedWindowAllowance} from "contracts/policies/lib/FixedWindowAllowance.sol";

/// @notice The fixed-window policies through EntryPoint.handleOps on a real account with `vm.warp`: "100 USDC per
/// day" means 100 in every day, nothing carried over after idle days, never stuck; the session key's choice of
/// claimed window, its timing and its batches cannot get more.
contract FixedWindowPoliciesE2ETest is AmountPolicyTestBase {
    uint256 internal constant DAILY = 100e6;
    uint256 internal constant LIMIT = 0.1 ether;
    uint48 internal constant DAY = 1 days;
    uint48 internal constant START = 1_700_000_000;
    string internal constant NOT_DUE = "AA22 expired or not due";

    function setUp() public override {
        super.setUp();
        vm.warp(START);
    }

    // ─── ERC-20 ───────────────────────────────────────────────────────────────────────────────────────────

    function _tokenSession() internal returns (PermissionId) {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(
            token.transfer.selector,
            address(token),
            _policies(address(windowSpending), _periodicTokenLimit(address(token), DAILY, DAY, START))
        );
        actions[1] = _claimAction(address(windowSpending));
        return _install(_ecdsaSession(sessionSigner, actions));
    }

    function _transferOp(PermissionId permissionId, uint256 claimTime, uint256 amount)
        internal
        view
        returns (PackedUserOperation memory)
    {
        Execution[] memory calls = new Execution[](2);
        calls[0] = _claimCall(address(windowSpending), claimTime);
        calls[1] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, amount)));
        return _sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls));
    }

    function _transfer(PermissionId permissionId, uint256 amount) internal {
        _handleUserOp(_transferOp(permissionId, block.timestamp, amount));
    }

    function _expectOverLimit(PermissionId permissionId, uint256 window, uint256 amount, uint256 remaining) internal {
        PackedUserOperation memory op = _transferOp(permissionId, block.timestamp, amount);
        _expectPolicyRevert(
            permissionId,
            address(windowSpending),
            abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, window, amount, remaining)
        );
        _handleUserOp(op);
    }

    function test_erc20_perDayNoCarryOverAfterIdleDays() public {
        PermissionId permissionId = _tokenSession();
        _transfer(permissionId, 60e6);
        _transfer(permissionId, 40e6);
        _expectOverLimit(permissionId, 0, 1, 0);
        // Three idle days: what a new user tried. The accrual policy let 350 through; here at most 100.
        vm.warp(START + 3 * DAY + 5 hours);
        _expectOverLimit(permissionId, 3, 101e6, DAILY);
        _transfer(permissionId, DAILY);
        _expectOverLimit(permissionId, 3, 1, 0);
        assertEq(token.balanceOf(recipient), 2 * DAILY);
        // The last second of a day and the first of the next are two windows.
        vm.warp(START + 5 * DAY - 1);
        _transfer(permissionId, DAILY);
        vm.warp(START + 5 * DAY);
        _transfer(permissionId, DAILY);
        assertEq(token.balanceOf(recipient), 4 * DAILY);
    }

    function test_erc20_neverStuckAfterManyIdlePeriods() public {
        PermissionId permissionId = _tokenSession();
        _transfer(permissionId, DAILY);
        vm.warp(START + 1000 * DAY + 123);
        _transfer(permissionId, DAILY);
        assertEq(token.balanceOf(recipient), 2 * DAILY);
    }

    function test_erc20_claimingAnotherWindowGetsNothing() public {
        PermissionId permissionId = _tokenSession();
        vm.warp(START + 2 * DAY + 10);
        // A future window: held ("not due"), nothing counted.
        PackedUserOperation memory future = _transferOp(permissionId, START + 3 * DAY, DAILY);
        _expectFailedOp(NOT_DUE);
        _handleUserOp(future);
        // A passed window: expired, nothing counted.
        PackedUserOperation memory past = _transferOp(permissionId, START + DAY, DAILY);
        _expectFailedOp(NOT_DUE);
        _handleUserOp(past);
        assertEq(token.balanceOf(recipient), 0);
        (,,, uint256 window, uint256 used) = windowSpending.getAllowance(
            address(smartSession),
            _actionConfigIdOf(permissionId, address(token), token.transfer.selector),
            address(account),
            address(token)
        );
        assertEq(window, 0);
        assertEq(used, 0);
        // The future op becomes valid in its own window, and counts there.
        vm.warp(START + 3 * DAY);
        _handleUserOp(future);
        _expectOverLimit(permissionId, 3, 1, 0);
        // Once a window is spent in, earlier ones are closed for good.
        PackedUserOperation memory back = _transferOp(permissionId, START + 2 * DAY, 1);
        _expectPolicyRevert(
            permissionId,
            address(windowSpending),
            abi.encodeWithSelector(FixedWindowAllowance.WindowPassed.selector, 2, 3)
        );
        _handleUserOp(back);
    }

    function test_erc20_opSignedInOneWindowExpiresInTheNext() public {
        PermissionId permissionId = _tokenSession();
        vm.warp(START + DAY - 10);
        PackedUserOperation memory late = _transferOp(permissionId, block.timestamp, DAILY);
        vm.warp(START + DAY);
        _expectFailedOp(NOT_DUE);
        _handleUserOp(late);
        _transfer(permissionId, DAILY);
    }

    function test_erc20_lastClaimServesLaterOpsOfItsWindow() public {
        PermissionId permissionId = _tokenSession();
        _transfer(permissionId, 10e6);
        // Without a claim of its own, an op counts in the last claimed window (while it lasts).
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 10e6)));
        vm.warp(START + DAY);
        PackedUserOperation memory stale =
            _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1));
        _expectFailedOp(NOT_DUE);
        _handleUserOp(stale);
        assertEq(token.balanceOf(recipient), 20e6);
    }

    function test_erc20_batchCannotClaimTwoWindows() public {
        PermissionId permissionId = _tokenSession();
        vm.warp(START + DAY);
        Execution[] memory calls = new Execution[](4);
        calls[0] = _claimCall(address(windowSpending), START + DAY);
        calls[1] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, DAILY)));
        calls[2] = _claimCall(address(windowSpending), START + 2 * DAY);
        calls[3] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, DAILY)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls));
        // The two windows' bounds do not intersect: the op can never execute.
        _expectFailedOp(NOT_DUE);
        _handleUserOp(op);
        vm.warp(START + 2 * DAY);
        _expectFailedOp(NOT_DUE);
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0);
    }

    function test_erc20_claimNeedsItsAction() public {
        PermissionId permissionId = _install(
            _ecdsaSession(
                sessionSigner,
                _action(
                    address(token),
                    token.transfer.selector,
                    _policies(address(windowSpending), _periodicTokenLimit(address(token), DAILY, DAY, START))
                )
            )
        );
        PackedUserOperation memory op = _transferOp(permissionId, block.timestamp, 1);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector,
                permissionId,
                address(windowSpending),
                FixedWindowPolicyBase.claimPeriod.selector
            )
        );
        _handleUserOp(op);
    }

    // ─── native, user-op scope ────────────────────────────────────────────────────────────────────────────

    function test_native_userOpScopeSumsTheBatchPerWindow() public {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(bytes4(0), recipient, _sudo());
        actions[1] = _claimAction(address(windowValue));
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies = _policies(address(windowValue), abi.encode(LIMIT, DAY, START));
        PermissionId permissionId = _install(session);

        Execution[] memory calls = new Execution[](3);
        calls[0] = _claimCall(address(windowValue), block.timestamp);
        calls[1] = Execution(recipient, LIMIT / 2, "");
        calls[2] = Execution(recipient, LIMIT / 2, "");
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(recipient.balance, LIMIT);
        PackedUserOperation memory more =
            _sessionUserOp(account, permissionId, sessionKey, _claimAnd(address(windowValue), recipient, 1, ""));
        _expectPolicyRevert(
            permissionId,
            address(windowValue),
            abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, 0, 1, 0)
        );
        _handleUserOp(more);
        // Ops without value need no claim and pass at once.
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(recipient, 0, "")));
        vm.warp(START + 7 * DAY);
        calls[0] = _claimCall(address(windowValue), block.timestamp);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(recipient.balance, 2 * LIMIT);
    }

    // ─── rate limit ───────────────────────────────────────────────────────────────────────────────────────

    function test_rate_userOpScopeCountsOperations() public {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(FALLBACK_SELECTOR, FALLBACK_TARGET, _sudo());
        actions[1] = _claimAction(address(rateLimit));
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies = _policies(address(rateLimit), abi.encode(uint256(2), 1 hours, START));
        PermissionId permissionId = _install(session);
        bytes memory callData =
            _claimAnd(address(rateLimit), address(token), 0, abi.encodeCall(token.transfer, (recipient, 1)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, callData));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, callData));
        PackedUserOperation memory third = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectPolicyRevert(
            permissionId,
            address(rateLimit),
            abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, 0, 1, 0)
        );
        _handleUserOp(third);
        vm.warp(START + 5 hours);
        callData = _claimAnd(address(rateLimit), address(token), 0, abi.encodeCall(token.transfer, (recipient, 1)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, callData));
        assertEq(token.balanceOf(recipient), 3);
    }

    function test_rate_actionScopeCountsCalls() public {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(
            token.transfer.selector, address(token), _policies(address(rateLimit), abi.encode(uint256(2), DAY, START))
        );
        actions[1] = _claimAction(address(rateLimit));
        PermissionId permissionId = _install(_ecdsaSession(sessionSigner, actions));
        Execution[] memory calls = new Execution[](3);
        calls[0] = _claimCall(address(rateLimit), block.timestamp);
        calls[1] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 1)));
        calls[2] = calls[1];
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1));
        _expectPolicyRevert(
            permissionId,
            address(rateLimit),
            abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, 0, 1, 0)
        );
        _handleUserOp(op);
        vm.warp(START + DAY);
        calls[0] = _claimCall(address(rateLimit), block.timestamp);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(token.balanceOf(recipient), 4);
    }
}
