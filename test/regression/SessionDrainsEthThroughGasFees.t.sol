// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId, PolicyData, Session} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {FeeLimitPolicy} from "contracts/policies/FeeLimitPolicy.sol";
import {ValueLimitPolicy} from "contracts/policies/ValueLimitPolicy.sol";

/// @notice Attack: a session allowed `token.transfer` and 0 ETH of value bundles its own op with inflated
/// preVerificationGas and fees, names itself the beneficiary, and takes the account's ETH as the EntryPoint's
/// gas payment (without a bound, 80 of the account's 100 ETH). With FeeLimitPolicy on the session the op is
/// refused at validation and the account keeps its ETH; repeated ops within the budget take at most its total.
contract SessionDrainsEthThroughGasFeesTest is SessionTestBase {
    uint256 internal constant PER_OP = 0.01 ether;
    uint256 internal constant TOTAL = 0.1 ether;

    FeeLimitPolicy internal feeLimit;
    PermissionId internal permissionId;
    address payable internal attacker = payable(makeAddr("session holder's bundler"));

    function setUp() public override {
        super.setUp();
        feeLimit = new FeeLimitPolicy();
        ValueLimitPolicy valueLimit = new ValueLimitPolicy();
        Session memory session = _transferSession();
        session.userOpPolicies = new PolicyData[](2);
        session.userOpPolicies[0] = PolicyData(address(valueLimit), abi.encode(uint256(0)));
        session.userOpPolicies[1] = PolicyData(address(feeLimit), abi.encode(PER_OP, TOTAL));
        permissionId = _install(session);
    }

    /// @dev The session holder's op: one granted transfer, the gas fields as the attacker chooses them.
    function _attackOp(uint256 preVerificationGas, uint256 maxFeePerGas)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op = _userOp(address(account), address(smartSession), _transferCall(recipient, 1));
        op.preVerificationGas = preVerificationGas;
        op.gasFees = bytes32((maxFeePerGas << 128) | maxFeePerGas);
        op.signature = abi.encodePacked(uint8(0), permissionId, _sign(sessionKey, _hash(op)));
    }

    function _bundleAsAttacker(PackedUserOperation memory op) internal {
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = op;
        vm.prank(attacker, attacker);
        entryPoint.handleOps(ops, attacker);
    }

    function test_inflatedFees_refused_accountKeepsItsEth() public {
        uint256 funds = _ethHeld(address(account));
        PackedUserOperation memory op = _attackOp(40_000_000, 2000 gwei);
        // 2000 gwei × (2,000,000 + 1,000,000 + 40,000,000) gas = 86 ETH.
        uint256 cost = 43_000_000 * 2000 gwei;
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                permissionId,
                address(feeLimit),
                abi.encodeWithSelector(FeeLimitPolicy.FeePerOpExceeded.selector, cost, PER_OP)
            )
        );
        _bundleAsAttacker(op);
        assertEq(_ethHeld(address(account)), funds, "the account kept its ETH");
        assertEq(attacker.balance, 0);
        assertEq(token.balanceOf(recipient), 0);
    }

    /// @notice Draining in steps of the per-op limit stops at the total: the holder gets at most TOTAL.
    function test_repeatedOps_takeAtMostTheTotalLimit() public {
        uint256 funds = _ethHeld(address(account));
        // 2,000,000 + 1,000,000 + 2,000,000 gas at 2 gwei = 0.01 ETH, exactly the per-op limit.
        for (uint256 i; i < TOTAL / PER_OP; ++i) {
            _bundleAsAttacker(_attackOp(2_000_000, 2 gwei));
        }
        PackedUserOperation memory op = _attackOp(2_000_000, 2 gwei);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                permissionId,
                address(feeLimit),
                abi.encodeWithSelector(FeeLimitPolicy.FeeLimitExceeded.selector, PER_OP, 0)
            )
        );
        _bundleAsAttacker(op);
        assertEq(token.balanceOf(recipient), TOTAL / PER_OP);
        assertLe(funds - _ethHeld(address(account)), TOTAL, "the account paid at most the total fee limit");
        assertEq(attacker.balance, funds - _ethHeld(address(account)), "all of it went to the holder's beneficiary");
    }
}
