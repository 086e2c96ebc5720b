// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {I1271Policy, IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {FeeLimitPolicy} from "contracts/policies/FeeLimitPolicy.sol";
import {Test} from "forge-std/Test.sol";

/// @notice FeeLimitPolicy called directly; the test contract plays the multiplexer.
contract FeeLimitPolicyTest is Test {
    FeeLimitPolicy internal policy = new FeeLimitPolicy();
    address internal account = makeAddr("account");
    bytes32 internal constant CONFIG = keccak256("config");
    uint256 internal constant MAX = (1 << 85) - 1;

    function _init(uint256 maxCostPerOp, uint256 totalLimit) internal {
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(maxCostPerOp, totalLimit));
    }

    /// @dev An op of `account` without paymaster whose required prefund is `gas × maxFeePerGas`, the gas spread
    /// over the three account fields.
    function _op(uint256 gas, uint256 maxFeePerGas) internal view returns (PackedUserOperation memory op) {
        op.sender = account;
        uint256 third = gas / 3;
        op.accountGasLimits = bytes32((third << 128) | third);
        op.preVerificationGas = gas - 2 * third;
        op.gasFees = bytes32((uint256(1) << 128) | maxFeePerGas);
    }

    function _check(PackedUserOperation memory op) internal returns (uint256) {
        return policy.checkUserOpPolicy(CONFIG, op);
    }

    function _state() internal view returns (uint256 maxCostPerOp, uint256 totalLimit, uint256 spent) {
        return policy.getFeeLimit(address(this), CONFIG, account);
    }

    function _spent() internal view returns (uint256 spent) {
        (,, spent) = _state();
    }

    // ─── Initialisation ───────────────────────────────────────────────────────────────────────────────────

    function test_initSetsLimitsAndResetsSpent() public {
        _init(1 ether, 3 ether);
        _check(_op(1_000_000, 100 gwei));
        assertEq(_spent(), 0.1 ether);
        _init(2 ether, 5 ether);
        (uint256 maxCostPerOp, uint256 totalLimit, uint256 spent) = _state();
        assertEq(maxCostPerOp, 2 ether);
        assertEq(totalLimit, 5 ether);
        assertEq(spent, 0, "re-initialising resets the spent sum");
    }

    function testFuzz_refuses_wrongInitDataLength(bytes memory initData) public {
        vm.assume(initData.length != 64);
        _init(1 ether, 2 ether);
        vm.expectRevert(IPolicy.InvalidInitData.selector);
        policy.initializeWithMultiplexer(account, CONFIG, initData);
        (uint256 maxCostPerOp, uint256 totalLimit,) = _state();
        assertEq(maxCostPerOp, 1 ether, "unchanged");
        assertEq(totalLimit, 2 ether, "unchanged");
    }

    function testFuzz_limitsAboveMaxAmountAreStoredAsMaxAmount(uint256 maxCostPerOp, uint256 totalLimit) public {
        _init(maxCostPerOp, totalLimit);
        (uint256 storedPerOp, uint256 storedTotal, uint256 spent) = _state();
        assertEq(storedPerOp, maxCostPerOp > MAX ? MAX : maxCostPerOp);
        assertEq(storedTotal, totalLimit > MAX ? MAX : totalLimit);
        assertEq(spent, 0);
        assertEq(policy.MAX_AMOUNT(), MAX);
    }

    function test_refuses_notInitialised() public {
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        _check(_op(100_000, 1 gwei));
    }

    // ─── Refusals ─────────────────────────────────────────────────────────────────────────────────────────

    function test_refuses_costAboveMaxCostPerOp() public {
        _init(0.01 ether, 1 ether);
        PackedUserOperation memory op = _op(1_000_001, 10 gwei);
        vm.expectRevert(
            abi.encodeWithSelector(FeeLimitPolicy.FeePerOpExceeded.selector, 1_000_001 * 10 gwei, 0.01 ether)
        );
        _check(op);
        assertEq(_spent(), 0, "nothing counted");
        // Exactly maxCostPerOp passes.
        _check(_op(1_000_000, 10 gwei));
        assertEq(_spent(), 0.01 ether);
    }

    function test_refuses_pastTotalLimit() public {
        _init(0.01 ether, 0.025 ether);
        _check(_op(1_000_000, 10 gwei));
        _check(_op(1_000_000, 10 gwei));
        vm.expectRevert(abi.encodeWithSelector(FeeLimitPolicy.FeeLimitExceeded.selector, 0.01 ether, 0.005 ether));
        _check(_op(1_000_000, 10 gwei));
        assertEq(_spent(), 0.02 ether, "the refused op counted nothing");
        // What is left can still be used, to the wei.
        _check(_op(500_000, 10 gwei));
        assertEq(_spent(), 0.025 ether);
        vm.expectRevert(abi.encodeWithSelector(FeeLimitPolicy.FeeLimitExceeded.selector, 1, 0));
        _check(_op(1, 1));
    }

    function test_refuses_overflowingCost_withoutPanic() public {
        _init(MAX, MAX);
        // preVerificationGas so large that adding the gas limits overflows.
        PackedUserOperation memory op = _op(3, 1);
        op.preVerificationGas = type(uint256).max;
        vm.expectRevert(abi.encodeWithSelector(FeeLimitPolicy.FeePerOpExceeded.selector, type(uint256).max, MAX));
        _check(op);
        // The gas fits, the product does not.
        op = _op(0, type(uint128).max);
        op.preVerificationGas = type(uint136).max;
        vm.expectRevert(abi.encodeWithSelector(FeeLimitPolicy.FeePerOpExceeded.selector, type(uint256).max, MAX));
        _check(op);
        assertEq(_spent(), 0);
    }

    // ─── Paymasters ───────────────────────────────────────────────────────────────────────────────────────

    function test_paymasterOpCostsNothing_evenWithTotalLimitZero() public {
        _init(0, 0);
        PackedUserOperation memory op = _op(10_000_000, 1000 gwei);
        op.paymasterAndData = abi.encodePacked(makeAddr("paymaster"), uint128(500_000), uint128(500_000), hex"1234");
        assertEq(policy.costOf(op), 0);
        assertEq(_check(op), 0);
        assertEq(_spent(), 0);
        // The same op paid by the account is refused.
        op.paymasterAndData = "";
        vm.expectRevert(abi.encodeWithSelector(FeeLimitPolicy.FeePerOpExceeded.selector, 10_000_000 * 1000 gwei, 0));
        _check(op);
    }

    function test_totalLimitZero_refusesEveryOpTheAccountPays() public {
        _init(1 ether, 0);
        vm.expectRevert(abi.encodeWithSelector(FeeLimitPolicy.FeeLimitExceeded.selector, 21_000 * 1 gwei, 0));
        _check(_op(21_000, 1 gwei));
        // Only a zero fee costs nothing.
        assertEq(_check(_op(21_000, 0)), 0);
        assertEq(_spent(), 0);
    }

    /// @notice EntryPoint v0.7 charges the account when paymasterAndData names the zero address, paymaster gas
    /// limits included: the policy counts such an op in full.
    function test_zeroPaymasterAddress_countedWithItsGasLimits() public {
        _init(1 ether, 1 ether);
        PackedUserOperation memory op = _op(300_000, 1 gwei);
        op.paymasterAndData = abi.encodePacked(address(0), uint128(100_000), uint128(50_000));
        assertEq(policy.costOf(op), 450_000 * 1 gwei);
        _check(op);
        assertEq(_spent(), 450_000 * 1 gwei);
    }

    // ─── The formula ──────────────────────────────────────────────────────────────────────────────────────

    /// @notice costOf is the required prefund of the EntryPoint, `maxFeePerGas × (all five gas fields)`, or
    /// 2^256 - 1 when that does not fit in a word; only maxFeePerGas of the fees matters.
    function testFuzz_costIsTheRequiredPrefund(
        uint128 verificationGasLimit,
        uint128 callGasLimit,
        uint256 preVerificationGas,
        uint128 maxPriorityFeePerGas,
        uint128 maxFeePerGas,
        uint128 paymasterVerificationGasLimit,
        uint128 paymasterPostOpGasLimit,
        bool small
    ) public view {
        if (small) {
            // Realistic values (the EntryPoint caps each at 2^120 - 1) exercise the exact product.
            verificationGasLimit = uint128(bound(verificationGasLimit, 0, 1e8));
            callGasLimit = uint128(bound(callGasLimit, 0, 1e8));
            preVerificationGas = bound(preVerificationGas, 0, 1e8);
            maxFeePerGas = uint128(bound(maxFeePerGas, 0, 1e14));
        }
        PackedUserOperation memory op;
        op.sender = account;
        op.accountGasLimits = bytes32((uint256(verificationGasLimit) << 128) | callGasLimit);
        op.preVerificationGas = preVerificationGas;
        op.gasFees = bytes32((uint256(maxPriorityFeePerGas) << 128) | maxFeePerGas);
        op.paymasterAndData = abi.encodePacked(address(0), paymasterVerificationGasLimit, paymasterPostOpGasLimit);
        uint256 expected;
        try this.prefund(
            maxFeePerGas,
            [
                uint256(verificationGasLimit),
                callGasLimit,
                preVerificationGas,
                paymasterVerificationGasLimit,
                paymasterPostOpGasLimit
            ]
        ) returns (
            uint256 value
        ) {
            expected = value;
        } catch {
            expected = type(uint256).max;
        }
        assertEq(policy.costOf(op), expected);
        // Without paymaster fields the paymaster limits are zero.
        op.paymasterAndData = "";
        try this.prefund(
            maxFeePerGas, [uint256(verificationGasLimit), callGasLimit, preVerificationGas, 0, 0]
        ) returns (
            uint256 value
        ) {
            expected = value;
        } catch {
            expected = type(uint256).max;
        }
        assertEq(policy.costOf(op), expected);
    }

    /// @dev The formula in checked arithmetic (reverts on overflow).
    function prefund(uint256 maxFeePerGas, uint256[5] memory gas) external pure returns (uint256) {
        return maxFeePerGas * (gas[0] + gas[1] + gas[2] + gas[3] + gas[4]);
    }

    /// @notice Whatever ops come, the spent sum is exactly the sum of the accepted costs and never passes
    /// totalLimit; an op is refused exactly when its cost is above maxCostPerOp or above what is left.
    function testFuzz_accountingFollowsTheLimits(uint256 maxCostPerOp, uint256 totalLimit, uint64[8] memory costs)
        public
    {
        maxCostPerOp = bound(maxCostPerOp, 0, 2 ether);
        totalLimit = bound(totalLimit, 0, 5 ether);
        _init(maxCostPerOp, totalLimit);
        uint256 spent;
        for (uint256 i; i < costs.length; ++i) {
            uint256 cost = costs[i] % 3 ether;
            PackedUserOperation memory op = _op(cost, 1);
            if (cost > maxCostPerOp) {
                vm.expectRevert(abi.encodeWithSelector(FeeLimitPolicy.FeePerOpExceeded.selector, cost, maxCostPerOp));
            } else if (cost > totalLimit - spent) {
                vm.expectRevert(
                    abi.encodeWithSelector(FeeLimitPolicy.FeeLimitExceeded.selector, cost, totalLimit - spent)
                );
            } else {
                spent += cost;
            }
            _check(op);
            assertEq(_spent(), spent);
            assertLe(spent, totalLimit);
        }
    }

    // ─── Keying, scopes, storage ──────────────────────────────────────────────────────────────────────────

    function test_stateIsPerMultiplexerConfigAndAccount() public {
        _init(1 ether, 1 ether);
        address other = makeAddr("other");
        policy.initializeWithMultiplexer(other, CONFIG, abi.encode(1 ether, 1 ether));
        policy.initializeWithMultiplexer(account, bytes32(0), abi.encode(1 ether, 1 ether));
        address otherMultiplexer = makeAddr("other multiplexer");
        vm.prank(otherMultiplexer);
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(1 ether, 1 ether));
        _check(_op(1 ether, 1));
        // Each of the others still has its whole budget.
        PackedUserOperation memory otherOp = _op(1 ether, 1);
        otherOp.sender = other;
        policy.checkUserOpPolicy(CONFIG, otherOp);
        policy.checkUserOpPolicy(bytes32(0), _op(1 ether, 1));
        vm.prank(otherMultiplexer);
        policy.checkUserOpPolicy(CONFIG, _op(1 ether, 1));
        vm.expectRevert(abi.encodeWithSelector(FeeLimitPolicy.FeeLimitExceeded.selector, 1, 0));
        _check(_op(1, 1));
    }

    function test_scopes_userOpOnly() public view {
        assertTrue(policy.supportsInterface(type(IPolicy).interfaceId));
        assertTrue(policy.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(IActionPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(I1271Policy).interfaceId));
    }

    /// @dev `_fees[this][CONFIG][account]`, account innermost (ERC-7562).
    function _slot() internal view returns (bytes32) {
        bytes32 outer = keccak256(abi.encode(address(this), uint256(0)));
        bytes32 middle = keccak256(abi.encode(CONFIG, outer));
        return keccak256(abi.encode(account, middle));
    }

    function test_storageIsOneSlotAssociatedWithTheAccount() public {
        _init(3, 5);
        _check(_op(2, 1));
        assertEq(uint256(vm.load(address(policy), _slot())), (1 << 255) | (3 << 170) | (5 << 85) | 2);
        vm.record();
        _check(_op(1, 1));
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(address(policy));
        for (uint256 i; i < reads.length; ++i) {
            assertEq(reads[i], _slot());
        }
        assertEq(writes.length, 1);
        assertEq(writes[0], _slot());
    }
}
