// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {StreamingSpendingLimitPolicy} from "contracts/policies/StreamingSpendingLimitPolicy.sol";
import {StreamingValueLimitPolicy} from "contracts/policies/StreamingValueLimitPolicy.sol";
import {StreamAllowance} from "contracts/policies/lib/StreamAllowance.sol";
import {TokenLimitLib} from "contracts/policies/lib/TokenLimitLib.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The streaming policies called directly (this test contract is the multiplexer): the validAfter formula
/// (unit and fuzz against the released amount R(t)), refusals, views and the ERC-7562 slots.
contract StreamingPoliciesTest is Test {
    StreamingValueLimitPolicy internal value;
    StreamingSpendingLimitPolicy internal spending;
    address internal account = makeAddr("account");
    address internal target = makeAddr("target");
    address internal usdc = makeAddr("usdc");
    bytes32 internal constant CONFIG = keccak256("config");
    uint256 internal constant INITIAL = 1 ether;
    uint256 internal constant RATE = 0.001 ether;
    uint256 internal constant MAX = 2 ether;
    uint256 internal constant START = 1_700_000_000;

    function setUp() public {
        value = new StreamingValueLimitPolicy();
        spending = new StreamingSpendingLimitPolicy();
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(INITIAL, RATE, MAX, START));
        spending.initializeWithMultiplexer(account, CONFIG, abi.encode(usdc, 100e6, 1e6, 1000e6, START));
    }

    function _send(uint256 amount) internal returns (uint256) {
        return value.checkAction(CONFIG, account, target, amount, "") >> 208;
    }

    function _transfer(uint256 amount) internal returns (uint256) {
        return spending.checkAction(CONFIG, account, usdc, 0, abi.encodeWithSelector(0xa9059cbb, target, amount)) >> 208;
    }

    function test_value_validAfterFollowsTheStream() public {
        assertEq(_send(INITIAL), START - 1, "the initial amount at start");
        assertEq(_send(RATE), START, "one second of stream");
        assertEq(_send(RATE * 10 + 1), START + 11, "partial seconds round up: valid from START + 12");
        (,,,, uint256 spent) = value.getStream(address(this), CONFIG, account);
        assertEq(spent, INITIAL + RATE * 11 + 1);
        // The total is capped at MAX; beyond it, refused at once.
        uint256 left = MAX - spent;
        vm.expectRevert(abi.encodeWithSelector(StreamAllowance.StreamExceeded.selector, left + 1, left));
        _send(left + 1);
        assertEq(_send(left), START + 999, "MAX is released after (MAX - INITIAL) / RATE seconds");
        assertEq(value.checkAction(CONFIG, account, target, 0, ""), 0, "no value: passes at once");
    }

    function test_value_userOpSumsTheBatch() public {
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(target, INITIAL / 2, "");
        calls[1] = Execution(target, INITIAL / 2 + RATE, hex"12345678");
        PackedUserOperation memory op;
        op.sender = account;
        op.callData = abi.encodeWithSelector(0xe9ae5c53, bytes32(bytes1(0x01)), abi.encode(calls));
        assertEq(value.checkUserOpPolicy(CONFIG, op) >> 208, START);
    }

    function test_views() public {
        assertEq(value.availableAt(address(this), CONFIG, account, START - 1), 0);
        assertEq(value.availableAt(address(this), CONFIG, account, START), INITIAL);
        assertEq(value.availableAt(address(this), CONFIG, account, START + 100), INITIAL + 100 * RATE);
        assertEq(value.availableAt(address(this), CONFIG, account, type(uint256).max), MAX);
        assertEq(value.validAfterOf(address(this), CONFIG, account, INITIAL + 5 * RATE), START + 4);
        _send(INITIAL);
        assertEq(value.availableAt(address(this), CONFIG, account, START + 1), RATE);
        assertEq(value.availableAt(address(this), CONFIG, account, START - 5), 0);
        (address token, uint256 initial, uint256 rate, uint256 max, uint256 start, uint256 spent) =
            spending.getStream(address(this), CONFIG, account);
        assertEq(abi.encode(token, initial, rate, max, start, spent), abi.encode(usdc, 100e6, 1e6, 1000e6, START, 0));
    }

    function test_withoutRate_aFixedAllowance() public {
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(INITIAL, 0, MAX, START));
        assertEq(_send(INITIAL), START - 1);
        vm.expectRevert(abi.encodeWithSelector(StreamAllowance.StreamExceeded.selector, 1, 0));
        _send(1);
    }

    function test_init_refusesBadStreams() public {
        vm.expectRevert(IPolicy.InvalidInitData.selector);
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(INITIAL, RATE, MAX));
        uint256[5][6] memory bad = [
            [uint256(0), RATE, 0, START, 0],
            [MAX + 1, RATE, MAX, START, 0],
            [uint256(0), 0, MAX, START, 0],
            [uint256(0), 1 << 104, MAX, START, 0],
            [uint256(0), RATE, 1 << 128, START, 0],
            [uint256(0), RATE, MAX, 1 << 48, 0]
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    StreamAllowance.InvalidStream.selector, bad[i][0], bad[i][1], bad[i][2], bad[i][3]
                )
            );
            value.initializeWithMultiplexer(account, CONFIG, abi.encode(bad[i][0], bad[i][1], bad[i][2], bad[i][3]));
        }
        vm.expectRevert(TokenLimitLib.ZeroToken.selector);
        spending.initializeWithMultiplexer(account, CONFIG, abi.encode(address(0), 1, 1, 1, START));
        vm.expectRevert(IPolicy.InvalidInitData.selector);
        spending.initializeWithMultiplexer(account, CONFIG, abi.encode(usdc, 1, 1, 1));
    }

    function test_spending_tokenCallsOnly_andReinitForgetsTheToken() public {
        assertEq(_transfer(100e6), START - 1);
        assertEq(
            spending.checkAction(CONFIG, account, usdc, 0, abi.encodeWithSelector(0x095ea7b3, target, 2e6)) >> 208,
            START + 1
        );
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, target));
        spending.checkAction(CONFIG, account, target, 0, abi.encodeWithSelector(0xa9059cbb, target, 1));
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenCallWithValue.selector, usdc, 1));
        spending.checkAction(CONFIG, account, usdc, 1, abi.encodeWithSelector(0xa9059cbb, target, 1));
        vm.expectRevert(abi.encodeWithSelector(StreamAllowance.StreamExceeded.selector, 1000e6, 898e6));
        _transfer(1000e6);
        spending.initializeWithMultiplexer(account, CONFIG, abi.encode(target, 1, 1, 10, START));
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, usdc));
        _transfer(1);
        assertEq(spending.availableAt(address(this), CONFIG, account, START), 1);
    }

    function test_scopes() public view {
        assertTrue(value.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertTrue(value.supportsInterface(type(IActionPolicy).interfaceId));
        assertFalse(spending.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertTrue(spending.supportsInterface(type(IActionPolicy).interfaceId));
    }

    uint256 internal fInitial;
    uint256 internal fRate;
    uint256 internal fMax;
    uint256 internal fStart;
    uint256 internal fSpent;

    /// @notice Any sequence of spends: each is valid exactly from the first second the stream has released the
    /// running total (R(validAfter + 1) >= total > R(validAfter)), refused when past what it ever releases or
    /// when that second is beyond the 48-bit time range.
    function testFuzz_validAfterIsTheFirstCoveringSecond(
        uint96 initial,
        uint64 rate,
        uint128 max,
        uint32 start,
        uint256[6] memory amounts
    ) public {
        fMax = bound(max, 1, type(uint128).max);
        fInitial = bound(initial, 0, fMax < type(uint96).max ? fMax : type(uint96).max);
        fRate = bound(rate, fInitial == 0 ? 1 : 0, type(uint64).max);
        fStart = start;
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(fInitial, fRate, fMax, fStart));
        for (uint256 i; i < amounts.length; ++i) {
            _fuzzStep(bound(amounts[i], 1, (fRate == 0 ? fInitial : fMax) + 1));
        }
    }

    function _fuzzStep(uint256 amount) internal {
        uint256 total = fRate == 0 ? fInitial : fMax;
        if (amount > total - fSpent) {
            vm.expectRevert(abi.encodeWithSelector(StreamAllowance.StreamExceeded.selector, amount, total - fSpent));
            _send(amount);
            return;
        }
        uint256 need = fSpent + amount;
        uint256 due = need <= fInitial ? fStart : fStart + (need - fInitial + fRate - 1) / fRate;
        if (due >= 1 << 48) {
            vm.expectRevert(abi.encodeWithSelector(StreamAllowance.StreamBeyondTimeRange.selector, need));
            _send(amount);
            return;
        }
        fSpent = need;
        assertEq(_send(amount), due == 0 ? 0 : due - 1, "validAfter");
        assertGe(_released(fInitial, fRate, fMax, fStart, due), need, "covered when valid");
        if (due > fStart) assertLt(_released(fInitial, fRate, fMax, fStart, due - 1), need, "not a second earlier");
    }

    function _released(uint256 initial, uint256 rate, uint256 max, uint256 start, uint256 t)
        internal
        pure
        returns (uint256)
    {
        if (t < start) return 0;
        uint256 released = initial + rate * (t - start);
        return released > max ? max : released;
    }

    /// @notice ERC-7562: a check touches only the account's stream slots (`keccak(account ‖ …) + n`, n < 2).
    function test_erc7562_touchesOnlyAccountAssociatedSlots() public {
        uint256 base = uint256(
            keccak256(abi.encode(account, keccak256(abi.encode(CONFIG, keccak256(abi.encode(address(this), 0))))))
        );
        vm.record();
        _send(INITIAL + 1);
        _assertOnly(address(value), base);
        base = uint256(
            keccak256(
                abi.encode(
                    account,
                    keccak256(abi.encode(CONFIG, keccak256(abi.encode(address(this), keccak256(abi.encode(usdc, 0))))))
                )
            )
        );
        vm.record();
        _transfer(101e6);
        _assertOnly(address(spending), base);
    }

    function _assertOnly(address policy, uint256 base) internal {
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(policy);
        for (uint256 i; i < reads.length; ++i) {
            assertTrue(uint256(reads[i]) == base || uint256(reads[i]) == base + 1, "slot outside the account's");
        }
        assertEq(writes.length, 1);
        assertEq(uint256(writes[0]), base);
    }
}
