// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AcceptAllPaymaster} from "../utils/EnableFixtures.sol";
import {SessionKey} from "../utils/SessionOpSender.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {SessionOpHandler} from "./SessionOpHandler.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {ConfigId, PermissionId, Session, USER_OP_SCOPE} from "contracts/DataTypes.sol";
import {IdLib} from "contracts/lib/IdLib.sol";
import {FeeLimitPolicy} from "contracts/policies/FeeLimitPolicy.sol";

/// @notice The session holder as its own bundler: sends session ops through the real EntryPoint with every gas
/// field of its choosing (fees, limits, preVerificationGas), paying itself as the beneficiary, sometimes through
/// a paymaster; keeps the ghost sum of the required prefunds of the ops the account paid for.
contract FeeLimitHandler is SessionOpHandler {
    address internal immutable paymaster;
    address payable internal constant BENEFICIARY = payable(address(0xbad));

    /// @notice The sum of `maxFeePerGas × (all gas fields)` of the self-paid ops that went through.
    uint256 public counted;
    /// @notice The paymaster-paid ops that went through (also counted in passedOps).
    uint256 public sponsoredOps;

    constructor(SessionKey memory key, address paymaster_) SessionOpHandler(key) {
        paymaster = paymaster_;
    }

    /// @notice A self-paid op; fees on a decimal scale from 0 to 10,000 gwei so that both sides of the limits
    /// are reached. An amount above the account's tokens reverts in execution (the op still pays).
    function selfPaid(
        uint256 verificationGasLimit,
        uint256 callGasLimit,
        uint256 preVerificationGas,
        uint256 feeMantissa,
        uint256 feeExponent,
        uint256 amount
    ) external {
        verificationGasLimit = bound(verificationGasLimit, 200_000, 3_000_000);
        callGasLimit = bound(callGasLimit, 0, 2_000_000);
        preVerificationGas = bound(preVerificationGas, 0, 50_000_000);
        uint256 maxFeePerGas = bound(feeMantissa, 0, 1000) * 10 ** bound(feeExponent, 6, 10);
        PackedUserOperation memory op = _op(amount);
        op.accountGasLimits = bytes32((verificationGasLimit << 128) | callGasLimit);
        op.preVerificationGas = preVerificationGas;
        op.gasFees = bytes32((maxFeePerGas / 2 << 128) | maxFeePerGas);
        if (_sendOp(op, BENEFICIARY)) {
            counted += maxFeePerGas * (verificationGasLimit + callGasLimit + preVerificationGas);
        }
    }

    /// @notice A paymaster-paid op with huge fees: it passes whatever the budget, the account pays nothing.
    function sponsored(uint256 preVerificationGas, uint256 amount) external {
        PackedUserOperation memory op = _op(amount);
        op.preVerificationGas = bound(preVerificationGas, 0, 1_000_000);
        op.gasFees = bytes32((uint256(1000 gwei) << 128) | 1000 gwei);
        op.paymasterAndData = abi.encodePacked(paymaster, uint128(100_000), uint128(100_000));
        if (_sendOp(op, BENEFICIARY)) ++sponsoredOps;
    }

    function _op(uint256 amount) internal view returns (PackedUserOperation memory op) {
        op.sender = account;
        amount = bound(amount, 0, 2_000_000e6);
        op.callData = _single(address(token), 0, abi.encodeCall(token.transfer, (address(0xbeef), amount)));
        op.accountGasLimits = bytes32((uint256(2_000_000) << 128) | 1_000_000);
    }
}

/// @notice Whatever gas fields the session holder chooses, the ETH the account pays for its session's ops never
/// exceeds the FeeLimitPolicy total, nor the sum of the counted costs; the stored spent sum equals that sum.
contract FeeLimitInvariantTest is SessionTestBase {
    uint256 internal constant PER_OP = 0.5 ether;
    uint256 internal constant TOTAL = 2 ether;

    FeeLimitPolicy internal feeLimit;
    FeeLimitHandler internal handler;
    PermissionId internal permissionId;
    uint256 internal startFunds;

    function setUp() public override {
        super.setUp();
        feeLimit = new FeeLimitPolicy();
        AcceptAllPaymaster paymaster = new AcceptAllPaymaster();
        entryPoint.depositTo{value: 1000 ether}(address(paymaster));
        Session memory session = _transferSession();
        session.userOpPolicies = _policies(address(feeLimit), abi.encode(PER_OP, TOTAL));
        session.permitERC4337Paymaster = true;
        permissionId = _install(session);
        startFunds = _ethHeld(address(account));
        handler = new FeeLimitHandler(_sessionKeyOf(permissionId), address(paymaster));
        targetContract(address(handler));
    }

    function _spent() internal view returns (uint256 spent) {
        bytes32 configId = ConfigId.unwrap(IdLib.configId(address(account), permissionId, USER_OP_SCOPE));
        (,, spent) = feeLimit.getFeeLimit(address(smartSession), configId, address(account));
    }

    function invariant_accountPaysAtMostTheTotalLimit() public view {
        uint256 paid = startFunds - _ethHeld(address(account));
        assertLe(paid, handler.counted(), "paid at most the counted costs");
        assertLe(paid, TOTAL);
    }

    function invariant_spentIsTheCountedSum() public view {
        assertEq(_spent(), handler.counted());
        assertLe(_spent(), TOTAL);
    }

    /// @notice The handler's ops really reach every outcome (a sanity check of the harness, not random).
    function test_handlerPassesAndRefuses() public {
        // 0.4 ETH each (200 gwei × 2,000,000 gas).
        for (uint256 i; i < 4; ++i) {
            handler.selfPaid(200_000, 300_000, 1_500_000, 200, 9, 1);
        }
        // Reverts in execution (more tokens than the account holds) and still pays: 2 ETH counted.
        uint256 tokens = token.balanceOf(address(account));
        handler.selfPaid(200_000, 300_000, 1_500_000, 200, 9, 2_000_000e6);
        assertEq(token.balanceOf(address(account)), tokens);
        handler.selfPaid(200_000, 300_000, 1_500_000, 1, 6, 1); // past the total
        handler.selfPaid(200_000, 300_000, 1_500_000, 300, 9, 1); // 0.6 ETH, past the per-op limit
        handler.sponsored(100_000, 1);
        assertEq(handler.passedOps(), 6); // five self-paid, one sponsored
        assertEq(handler.refusedOps(), 2);
        assertEq(handler.sponsoredOps(), 1);
        assertEq(handler.counted(), 2 ether);
        invariant_accountPaysAtMostTheTotalLimit();
        invariant_spentIsTheCountedSum();
    }
}
