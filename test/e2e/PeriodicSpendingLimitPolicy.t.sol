// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AmountPolicyTestBase} from "../utils/AmountPolicyTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice PeriodicSpendingLimitPolicy through EntryPoint.handleOps with `vm.warp`: "at most LIMIT per day",
/// enforced by the EntryPoint through the validAfter the policy returns ("AA22 expired or not due" when early).
contract PeriodicSpendingLimitPolicyE2ETest is AmountPolicyTestBase {
    uint256 internal constant LIMIT = 1000e6;
    uint48 internal constant PERIOD = 1 days;
    uint48 internal constant START = 1_700_000_000;
    string internal constant NOT_DUE = "AA22 expired or not due";

    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        vm.warp(START);
        permissionId = _install(_periodicSession(START));
        vm.warp(START + 1);
    }

    function _periodicSession(uint48 start) internal view returns (Session memory) {
        return _ecdsaSession(
            sessionSigner,
            _action(
                address(token),
                token.transfer.selector,
                _policies(address(periodicSpending), _periodicTokenLimit(address(token), LIMIT, PERIOD, start))
            )
        );
    }

    function _transfer(uint256 amount) internal {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, amount)));
    }

    /// @dev Expects a transfer of `amount` now to be held back as not yet due, changing nothing.
    function _expectNotDue(uint256 amount) internal {
        uint256 balance = token.balanceOf(recipient);
        uint256 spent = _spent();
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, amount));
        _expectFailedOp(NOT_DUE);
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), balance);
        assertEq(_spent(), spent);
    }

    function _spent() internal view returns (uint256 spent) {
        bytes32 configId = _actionConfigIdOf(permissionId, address(token), token.transfer.selector);
        (,,, spent) = periodicSpending.getAllowance(address(smartSession), configId, address(account), address(token));
    }

    /// @notice Periods begun by now.
    function _periodsBegun() internal view returns (uint256) {
        return (block.timestamp - START) / PERIOD + 1;
    }

    function test_firstPeriod_neverMoreThanTheLimit() public {
        _transfer(600e6);
        _transfer(400e6);
        assertEq(token.balanceOf(recipient), LIMIT);
        _expectNotDue(1);
        vm.warp(START + PERIOD - 1);
        _expectNotDue(1);
        // EntryPoint v0.8 executes strictly after validAfter: the second period's allowance from START + PERIOD + 1.
        vm.warp(START + PERIOD);
        _expectNotDue(1);
    }

    function test_newPeriod_allowsAgain() public {
        _transfer(LIMIT);
        vm.warp(START + PERIOD + 1);
        _transfer(LIMIT);
        assertEq(token.balanceOf(recipient), 2 * LIMIT);
        _expectNotDue(1);
        vm.warp(START + 2 * PERIOD + 1);
        _transfer(1);
        assertEq(token.balanceOf(recipient), 2 * LIMIT + 1);
    }

    /// @notice After k idle periods at most L × (periods begun) in total: the unused allowance carries over.
    function test_idlePeriods_carryOverUpToPeriodsBegun() public {
        _transfer(300e6);
        vm.warp(START + 4 * PERIOD + 1);
        assertEq(_periodsBegun(), 5);
        _transfer(5 * LIMIT - 300e6);
        assertEq(token.balanceOf(recipient), 5 * LIMIT);
        assertEq(token.balanceOf(recipient), LIMIT * _periodsBegun());
        _expectNotDue(1);
    }

    /// @notice Never stuck: an op held back as early passes once its time comes, and after any idle stretch an op
    /// for at most L is valid at once.
    function test_neverStuck() public {
        _transfer(LIMIT);
        _expectNotDue(2 * LIMIT);
        // Due after START + 2 * PERIOD: (LIMIT + 2 LIMIT) / LIMIT = 3 periods.
        vm.warp(START + 2 * PERIOD);
        _expectNotDue(2 * LIMIT);
        vm.warp(START + 2 * PERIOD + 1);
        _transfer(2 * LIMIT);
        vm.warp(START + 1000 * PERIOD + 1);
        for (uint256 i; i < 3; ++i) {
            _transfer(LIMIT);
        }
        assertEq(token.balanceOf(recipient), 6 * LIMIT);
        assertLe(token.balanceOf(recipient), LIMIT * _periodsBegun());
    }

    function test_beforeStart_nothing() public {
        Session memory later = _periodicSession(START + 10 days);
        later.salt = bytes32(uint256(1));
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.enableSessions, (_sessions(later))))
        );
        PermissionId laterId = smartSession.getPermissionId(later);
        PackedUserOperation memory op = _sessionUserOp(account, laterId, sessionKey, _transferCall(recipient, 1));
        _expectFailedOp(NOT_DUE);
        _handleUserOp(op);
        vm.warp(START + 10 days + 1);
        _handleUserOp(_sessionUserOp(account, laterId, sessionKey, _transferCall(recipient, LIMIT)));
        assertEq(token.balanceOf(recipient), LIMIT);
    }

    function test_reenabledSessionStartsFresh() public {
        _transfer(LIMIT);
        _expectNotDue(1);
        _reenable(_periodicSession(uint48(block.timestamp)));
        assertEq(_spent(), 0);
        vm.warp(block.timestamp + 1);
        _transfer(LIMIT);
        assertEq(token.balanceOf(recipient), 2 * LIMIT);
    }
}
