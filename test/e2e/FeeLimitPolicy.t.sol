// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AcceptAllPaymaster} from "../utils/EnableFixtures.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PackedUserOperation as OZPackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {ConfigId, PermissionId, Session, USER_OP_SCOPE} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {IdLib} from "contracts/lib/IdLib.sol";
import {FeeLimitPolicy} from "contracts/policies/FeeLimitPolicy.sol";

/// @notice FeeLimitPolicy at user-op scope of a session, through the real EntryPoint on the OpenZeppelin account:
/// what it lets through, what it refuses, what the account really pays, and paymaster-paid ops.
contract FeeLimitPolicyE2ETest is SessionTestBase {
    uint256 internal constant PER_OP = 0.01 ether;
    uint256 internal constant TOTAL = 0.025 ether;

    FeeLimitPolicy internal feeLimit;
    AcceptAllPaymaster internal paymaster;

    function setUp() public override {
        super.setUp();
        feeLimit = new FeeLimitPolicy();
        paymaster = new AcceptAllPaymaster();
        entryPoint.depositTo{value: 10 ether}(address(paymaster));
    }

    function _feeSession(uint256 perOp, uint256 total) internal view returns (Session memory session) {
        session = _transferSession();
        session.userOpPolicies = _policies(address(feeLimit), abi.encode(perOp, total));
        session.permitERC4337Paymaster = true;
    }

    function _configId(PermissionId permissionId) internal view returns (bytes32) {
        return ConfigId.unwrap(IdLib.configId(address(account), permissionId, USER_OP_SCOPE));
    }

    function _spent(PermissionId permissionId) internal view returns (uint256 spent) {
        (,, spent) = feeLimit.getFeeLimit(address(smartSession), _configId(permissionId), address(account));
    }

    /// @dev A session transfer whose required prefund is `gas × maxFeePerGas`: the base op's gas limits are
    /// 3,000,000, preVerificationGas takes the rest.
    function _op(PermissionId permissionId, uint256 gas, uint256 maxFeePerGas)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op = _userOp(address(account), address(smartSession), _transferCall(recipient, 1));
        op.preVerificationGas = gas - 3_000_000;
        op.gasFees = bytes32((uint256(1 gwei) << 128) | maxFeePerGas);
        op.signature = abi.encodePacked(uint8(0), permissionId, _sign(sessionKey, _hash(op)));
    }

    function _paymasterOp(PermissionId permissionId) internal view returns (PackedUserOperation memory op) {
        op = _userOp(address(account), address(smartSession), _transferCall(recipient, 1));
        op.paymasterAndData = abi.encodePacked(address(paymaster), uint128(100_000), uint128(100_000));
        op.signature = abi.encodePacked(uint8(0), permissionId, _sign(sessionKey, _hash(op)));
    }

    /// @dev Expects handleOps to fail because the fee policy of `permissionId` refused with `reason`.
    function _expectFeeRefusal(PermissionId permissionId, bytes memory reason) internal {
        _expectValidationRevert(
            abi.encodeWithSelector(ISmartSession.PolicyReverted.selector, permissionId, address(feeLimit), reason)
        );
    }

    function test_opsWithinTheBudget_pass_andTheAccountPaysAtMostTheirCost() public {
        PermissionId permissionId = _install(_feeSession(PER_OP, TOTAL));
        uint256 funds = _ethHeld(address(account));
        uint256 bundlerBefore = kitBundler.balance;
        PackedUserOperation memory op = _op(permissionId, 3_200_000, 3 gwei); // 0.0096 ETH
        uint256 cost = feeLimit.costOf(_oz(op));
        assertEq(cost, 3_200_000 * 3 gwei);
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 1);
        assertEq(_spent(permissionId), cost);
        uint256 paid = funds - _ethHeld(address(account));
        assertGt(paid, 0);
        assertLe(paid, cost, "the account paid at most the counted cost");
        assertEq(kitBundler.balance - bundlerBefore, paid, "what the account paid went to the beneficiary");

        _handleUserOp(_op(permissionId, 3_200_000, 3 gwei));
        assertEq(_spent(permissionId), 2 * cost);
        assertLe(funds - _ethHeld(address(account)), 2 * cost);
    }

    function test_refuses_opAboveMaxCostPerOp() public {
        PermissionId permissionId = _install(_feeSession(PER_OP, TOTAL));
        uint256 funds = _ethHeld(address(account));
        PackedUserOperation memory op = _op(permissionId, 3_400_000, 3 gwei); // 0.0102 ETH
        _expectFeeRefusal(
            permissionId, abi.encodeWithSelector(FeeLimitPolicy.FeePerOpExceeded.selector, 3_400_000 * 3 gwei, PER_OP)
        );
        _handleUserOp(op);
        assertEq(_ethHeld(address(account)), funds, "nothing paid");
        assertEq(token.balanceOf(recipient), 0);
    }

    function test_refuses_opPastTheTotalLimit() public {
        PermissionId permissionId = _install(_feeSession(PER_OP, TOTAL));
        _handleUserOp(_op(permissionId, 3_200_000, 3 gwei));
        _handleUserOp(_op(permissionId, 3_200_000, 3 gwei));
        uint256 left = TOTAL - 2 * 3_200_000 * 3 gwei;
        uint256 funds = _ethHeld(address(account));
        PackedUserOperation memory op = _op(permissionId, 3_200_000, 3 gwei);
        _expectFeeRefusal(
            permissionId, abi.encodeWithSelector(FeeLimitPolicy.FeeLimitExceeded.selector, 3_200_000 * 3 gwei, left)
        );
        _handleUserOp(op);
        assertEq(_ethHeld(address(account)), funds, "nothing paid");
        // A cheaper op that fits what is left still passes.
        _handleUserOp(_op(permissionId, 3_200_000, 1 gwei));
        assertEq(token.balanceOf(recipient), 3);
    }

    function test_paymasterPaidOp_passesAndCostsTheAccountNothing() public {
        PermissionId permissionId = _install(_feeSession(PER_OP, TOTAL));
        uint256 funds = _ethHeld(address(account));
        uint256 deposit = entryPoint.balanceOf(address(paymaster));
        _handleUserOp(_paymasterOp(permissionId));
        assertEq(token.balanceOf(recipient), 1);
        assertEq(_ethHeld(address(account)), funds, "the paymaster paid");
        assertLt(entryPoint.balanceOf(address(paymaster)), deposit);
        assertEq(_spent(permissionId), 0);
    }

    /// @notice totalLimit 0 ("sponsored"): only paymaster-paid ops pass.
    function test_sponsoredSession_onlyPaymasterPaidOpsPass() public {
        PermissionId permissionId = _install(_feeSession(0, 0));
        PackedUserOperation memory op = _op(permissionId, 3_100_000, 2 gwei);
        _expectFeeRefusal(
            permissionId, abi.encodeWithSelector(FeeLimitPolicy.FeePerOpExceeded.selector, 3_100_000 * 2 gwei, 0)
        );
        _handleUserOp(op);
        uint256 funds = _ethHeld(address(account));
        _handleUserOp(_paymasterOp(permissionId));
        _handleUserOp(_paymasterOp(permissionId));
        assertEq(token.balanceOf(recipient), 2);
        assertEq(_ethHeld(address(account)), funds);
    }

    /// @notice An op that reverts in execution still paid its gas: it is counted.
    function test_opRevertingInExecution_isStillCounted() public {
        PermissionId permissionId = _install(_feeSession(PER_OP, TOTAL));
        PackedUserOperation memory op =
            _userOp(address(account), address(smartSession), _transferCall(recipient, type(uint128).max));
        op.signature = abi.encodePacked(uint8(0), permissionId, _sign(sessionKey, _hash(op)));
        uint256 funds = _ethHeld(address(account));
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0, "the transfer reverted");
        assertEq(_spent(permissionId), 3_100_000 * 2 gwei);
        assertGt(funds - _ethHeld(address(account)), 0);
    }

    function test_reads_showTheBudget() public {
        PermissionId permissionId = _install(_feeSession(PER_OP, TOTAL));
        _handleUserOp(_op(permissionId, 3_200_000, 3 gwei));
        (uint256 maxCostPerOp, uint256 totalLimit, uint256 spent) =
            feeLimit.getFeeLimit(address(smartSession), _configId(permissionId), address(account));
        assertEq(maxCostPerOp, PER_OP);
        assertEq(totalLimit, TOTAL);
        assertEq(spent, 3_200_000 * 3 gwei);
    }

    // ─── ERC-7562 ─────────────────────────────────────────────────────────────────────────────────────────

    function _oz(PackedUserOperation memory op) internal pure returns (OZPackedUserOperation memory) {
        return abi.decode(abi.encode(op), (OZPackedUserOperation));
    }

    /// @notice Validation (as the EntryPoint runs it) touches exactly one slot of the policy: the mapping entry
    /// keyed by the account, `_fees[smartSession][configId][account]`.
    function test_validationTouchesOnlyTheAccountsSlot() public {
        PermissionId permissionId = _install(_feeSession(PER_OP, TOTAL));
        PackedUserOperation memory op = _op(permissionId, 3_200_000, 3 gwei);
        bytes32 hash = _hash(op);
        vm.record();
        vm.prank(address(entryPoint));
        assertEq(uint160(account.validateUserOp(_oz(op), hash, 0)), 0, "validation failed");
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(address(feeLimit));
        bytes32 outer = keccak256(abi.encode(address(smartSession), uint256(0)));
        bytes32 middle = keccak256(abi.encode(_configId(permissionId), outer));
        bytes32 slot = keccak256(abi.encode(address(account), middle));
        assertGt(reads.length, 0);
        for (uint256 i; i < reads.length; ++i) {
            assertEq(reads[i], slot);
        }
        assertEq(writes.length, 1);
        assertEq(writes[0], slot);
        assertEq(_spent(permissionId), 3_200_000 * 3 gwei, "the slot is the config's state");
    }
}
