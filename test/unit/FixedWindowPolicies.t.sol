// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {FixedWindowLimitBase} from "contracts/policies/FixedWindowLimitBase.sol";
import {FixedWindowPolicyBase} from "contracts/policies/FixedWindowPolicyBase.sol";
import {FixedWindowSpendingLimitPolicy} from "contracts/policies/FixedWindowSpendingLimitPolicy.sol";
import {FixedWindowValueLimitPolicy} from "contracts/policies/FixedWindowValueLimitPolicy.sol";
import {RateLimitPolicy} from "contracts/policies/RateLimitPolicy.sol";
import {FixedWindowAllowance} from "contracts/policies/lib/FixedWindowAllowance.sol";
import {TokenLimitLib} from "contracts/policies/lib/TokenLimitLib.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The fixed-window policies called directly (this test contract is the multiplexer): the claim call,
/// the window formula (unit and fuzz against a model), initData checks, views and the ERC-7562 slots.
contract FixedWindowPoliciesTest is Test {
    FixedWindowValueLimitPolicy internal value;
    FixedWindowSpendingLimitPolicy internal spending;
    RateLimitPolicy internal rate;
    address internal account = makeAddr("account");
    address internal target = makeAddr("target");
    address internal usdc = makeAddr("usdc");
    bytes32 internal constant CONFIG = keccak256("config");
    uint256 internal constant LIMIT = 0.1 ether;
    uint48 internal constant PERIOD = 1 days;
    uint48 internal constant START = 1_700_000_000;

    function setUp() public {
        value = new FixedWindowValueLimitPolicy();
        spending = new FixedWindowSpendingLimitPolicy();
        rate = new RateLimitPolicy();
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(LIMIT, PERIOD, START));
        rate.initializeWithMultiplexer(account, CONFIG, abi.encode(uint256(3), PERIOD, START));
        address[] memory tokens = new address[](1);
        tokens[0] = usdc;
        uint256[] memory limits = new uint256[](1);
        limits[0] = 100e6;
        spending.initializeWithMultiplexer(account, CONFIG, abi.encode(tokens, limits, PERIOD, START));
    }

    // ─── helpers ──────────────────────────────────────────────────────────────────────────────────────────

    function _claim(IActionPolicy policy, uint256 time) internal {
        assertEq(policy.checkAction(CONFIG, account, address(policy), 0, abi.encodeCall(value.claimPeriod, (time))), 0);
    }

    function _bounds(uint256 window) internal pure returns (uint256) {
        uint256 opens = START + window * PERIOD;
        return ((opens - 1) << 208) | ((opens + PERIOD - 1) << 160);
    }

    function _send(uint256 amount) internal returns (uint256) {
        return value.checkAction(CONFIG, account, target, amount, "");
    }

    function _transfer(uint256 amount) internal returns (uint256) {
        return spending.checkAction(CONFIG, account, usdc, 0, abi.encodeWithSelector(0xa9059cbb, target, amount));
    }

    function _batchOp(uint256 a, uint256 b) internal view returns (PackedUserOperation memory op) {
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(target, a, "");
        calls[1] = Execution(target, b, hex"12345678");
        op.sender = account;
        op.callData = abi.encodeWithSelector(0xe9ae5c53, bytes32(bytes1(0x01)), abi.encode(calls));
    }

    // ─── the claim ────────────────────────────────────────────────────────────────────────────────────────

    function test_claim_recordedPerMultiplexerAndAccount() public {
        _claim(value, START + 5);
        assertEq(value.getClaim(address(this), account), START + 5);
        assertEq(value.getClaim(address(1), account), 0);
        assertEq(value.getClaim(address(this), target), 0);
        // Claims go back and forth freely: only the windows they select are monotonic.
        _claim(value, START + 3 * PERIOD);
        _claim(value, START + 1);
        assertEq(value.getClaim(address(this), account), START + 1);
        // Executing the claim call does nothing.
        value.claimPeriod(123);
    }

    function test_claim_refusesAnythingElseToThePolicy() public {
        bytes memory good = abi.encodeCall(value.claimPeriod, (START));
        bytes[6] memory bad = [
            abi.encodeCall(value.claimPeriod, (0)),
            abi.encodeCall(value.claimPeriod, (uint256(1) << 48)),
            abi.encodePacked(good, uint8(0)),
            abi.encodeWithSelector(0x12345678, START),
            abi.encodeCall(value.initializeWithMultiplexer, (account, CONFIG, "")),
            bytes("")
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(FixedWindowPolicyBase.InvalidPeriodClaim.selector);
            value.checkAction(CONFIG, account, address(value), 0, bad[i]);
        }
        vm.expectRevert(FixedWindowPolicyBase.InvalidPeriodClaim.selector);
        value.checkAction(CONFIG, account, address(value), 1, good);
        vm.expectRevert(FixedWindowPolicyBase.InvalidPeriodClaim.selector);
        spending.checkAction(CONFIG, account, address(spending), 0, abi.encodeWithSelector(0xa9059cbb, target, 1));
        assertEq(value.getClaim(address(this), account), 0);
    }

    function test_spendWithoutClaim_refused() public {
        vm.expectRevert(FixedWindowPolicyBase.NoPeriodClaim.selector);
        _send(1);
        vm.expectRevert(FixedWindowPolicyBase.NoPeriodClaim.selector);
        _transfer(1);
        vm.expectRevert(FixedWindowPolicyBase.NoPeriodClaim.selector);
        rate.checkUserOpPolicy(CONFIG, _batchOp(0, 0));
        // Nothing to count needs no claim.
        assertEq(_send(0), 0);
        assertEq(_transfer(0), 0);
        assertEq(value.checkUserOpPolicy(CONFIG, _batchOp(0, 0)), 0);
    }

    // ─── windows ──────────────────────────────────────────────────────────────────────────────────────────

    function test_value_windowsResetAndBound() public {
        _claim(value, START);
        assertEq(_send(LIMIT / 2), _bounds(0));
        _claim(value, START + PERIOD - 1);
        assertEq(_send(LIMIT / 2), _bounds(0));
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, 0, 1, 0));
        _send(1);
        // Three idle windows later: a full LIMIT, never more, nothing carried over.
        _claim(value, START + 4 * PERIOD + 7);
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, 4, LIMIT + 1, LIMIT));
        _send(LIMIT + 1);
        assertEq(_send(LIMIT), _bounds(4));
        (uint256 limit, uint256 period, uint256 start, uint256 window, uint256 used) =
            value.getAllowance(address(this), CONFIG, account);
        assertEq(abi.encode(limit, period, start, window, used), abi.encode(LIMIT, PERIOD, START, 4, LIMIT));
        // An earlier window can never be claimed again.
        _claim(value, START + 3 * PERIOD);
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.WindowPassed.selector, 3, 4));
        _send(1);
        _claim(value, START - 1);
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.ClaimBeforeStart.selector, START - 1, START));
        _send(1);
    }

    function test_value_userOpSumsTheBatch() public {
        _claim(value, START + PERIOD);
        assertEq(value.checkUserOpPolicy(CONFIG, _batchOp(LIMIT / 2, LIMIT / 2)), _bounds(1));
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, 1, 1, 0));
        value.checkUserOpPolicy(CONFIG, _batchOp(1, 0));
    }

    function test_rate_countsOperationsAndCalls() public {
        _claim(rate, START);
        assertEq(rate.checkUserOpPolicy(CONFIG, _batchOp(0, 0)), _bounds(0));
        assertEq(rate.checkAction(CONFIG, account, target, 0, ""), _bounds(0));
        assertEq(rate.checkAction(CONFIG, account, target, 5 ether, hex"12345678"), _bounds(0));
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, 0, 1, 0));
        rate.checkAction(CONFIG, account, target, 0, "");
        _claim(rate, START + PERIOD);
        assertEq(rate.checkAction(CONFIG, account, target, 0, ""), _bounds(1));
    }

    function test_spending_countsTransferAndApprove() public {
        _claim(spending, START + 2);
        assertEq(_transfer(60e6), _bounds(0));
        assertEq(
            spending.checkAction(CONFIG, account, usdc, 0, abi.encodeWithSelector(0x095ea7b3, target, 40e6)), _bounds(0)
        );
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, 0, 1, 0));
        _transfer(1);
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, target));
        spending.checkAction(CONFIG, account, target, 0, abi.encodeWithSelector(0xa9059cbb, target, 1));
        vm.expectRevert(
            abi.encodeWithSelector(TokenLimitLib.TokenFunctionNotAllowed.selector, usdc, bytes4(0x23b872dd))
        );
        spending.checkAction(CONFIG, account, usdc, 0, abi.encodeWithSelector(0x23b872dd, account, target, 1));
        (uint256 remaining, uint256 refillAt) = spending.availableAt(address(this), CONFIG, account, usdc, START + 9);
        assertEq(remaining, 0);
        assertEq(refillAt, START + PERIOD);
    }

    function test_spending_reinitForgetsTokensAndEmptyRecordsOnlyClaims() public {
        spending.initializeWithMultiplexer(account, CONFIG, "");
        assertEq(spending.getTokens(address(this), CONFIG, account).length, 0);
        _claim(spending, START);
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, usdc));
        _transfer(1);
        vm.expectRevert(IPolicy.InvalidInitData.selector);
        spending.initializeWithMultiplexer(account, CONFIG, hex"1234");
    }

    function test_availableAt() public {
        (uint256 remaining, uint256 refillAt) = value.availableAt(address(this), CONFIG, account, START - 10);
        assertEq(abi.encode(remaining, refillAt), abi.encode(0, START));
        _claim(value, START + PERIOD);
        _send(LIMIT / 4);
        (remaining, refillAt) = value.availableAt(address(this), CONFIG, account, START + PERIOD + 5);
        assertEq(abi.encode(remaining, refillAt), abi.encode(LIMIT - LIMIT / 4, START + 2 * PERIOD));
        (remaining,) = value.availableAt(address(this), CONFIG, account, START + 5);
        assertEq(remaining, 0, "a passed window has nothing left");
        (remaining,) = value.availableAt(address(this), CONFIG, account, START + 9 * PERIOD);
        assertEq(remaining, LIMIT);
        (remaining, refillAt) = value.availableAt(address(this), keccak256("other"), account, START);
        assertEq(abi.encode(remaining, refillAt), abi.encode(0, 0));
    }

    function test_init_refusesBadConfigs() public {
        vm.expectRevert(IPolicy.InvalidInitData.selector);
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(LIMIT, PERIOD));
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.InvalidWindowAllowance.selector, 0, PERIOD, START));
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(0, PERIOD, START));
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.InvalidWindowAllowance.selector, 1, 0, START));
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(1, 0, START));
        vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.InvalidWindowAllowance.selector, 1, 1, 0));
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(1, 1, 0));
        vm.expectRevert(
            abi.encodeWithSelector(FixedWindowAllowance.InvalidWindowAllowance.selector, 1, uint256(1) << 48, 0)
        );
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(1, uint256(1) << 48, 0));
        vm.expectRevert(
            abi.encodeWithSelector(FixedWindowAllowance.WindowLimitTooLarge.selector, uint256(1) << 104, (1 << 104) - 1)
        );
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(uint256(1) << 104, PERIOD, START));
        // Re-initialising resets what was spent; empty initData leaves nothing configured.
        _claim(value, START);
        _send(LIMIT);
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(LIMIT, PERIOD, START));
        assertEq(_send(LIMIT), _bounds(0));
        value.initializeWithMultiplexer(account, CONFIG, "");
        vm.expectRevert(FixedWindowAllowance.WindowAllowanceNotConfigured.selector);
        _send(1);
    }

    function test_windowBounds_edges() public pure {
        // A window opening at time 0 is valid from the first second; validUntil is capped at the last 48-bit time.
        assertEq(FixedWindowAllowance.windowBounds(0, 2, 0), uint256(1) << 160);
        uint256 max = (1 << 48) - 1;
        assertEq(FixedWindowAllowance.windowBounds(max - 1, 10, 0), ((max - 2) << 208) | (max << 160));
    }

    function test_scopes() public view {
        assertTrue(value.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertTrue(value.supportsInterface(type(IActionPolicy).interfaceId));
        assertTrue(rate.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertFalse(spending.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertTrue(spending.supportsInterface(type(IActionPolicy).interfaceId));
    }

    // ─── fuzz against the model ───────────────────────────────────────────────────────────────────────────

    /// @notice Any sequence of (claimed time, amount) gives exactly the model's answer: the window of the
    /// claimed time, counted from zero when it is later than the last one, refused when earlier or past the limit.
    uint256 internal mLimit;
    uint256 internal mPeriod;
    uint256 internal mStart;
    uint256 internal mWindow;
    uint256 internal mUsed;

    function testFuzz_matchesModel(uint256 limit, uint48 period, uint48 start, uint256[8] memory steps) public {
        mLimit = bound(limit, 1, 1e30);
        mPeriod = bound(period, 1, 365 days);
        mStart = bound(start, 2, 2e9);
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(mLimit, mPeriod, mStart));
        uint256 time = mStart;
        for (uint256 i; i < steps.length; ++i) {
            // Mostly forward in time, sometimes back; amounts around the limit.
            uint256 r = steps[i];
            time = r % 5 == 0 ? time - bound(r >> 8, 0, time - 1) : time + bound(r >> 8, 0, 3 * mPeriod);
            if (time >= 1 << 48) time = mStart;
            _step(time, bound(r >> 128, 1, mLimit + mLimit / 2));
        }
    }

    function _step(uint256 time, uint256 amount) internal {
        _claim(value, time);
        if (time < mStart) {
            vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.ClaimBeforeStart.selector, time, mStart));
            _send(amount);
            return;
        }
        uint256 window = (time - mStart) / mPeriod;
        if (window < mWindow) {
            vm.expectRevert(abi.encodeWithSelector(FixedWindowAllowance.WindowPassed.selector, window, mWindow));
            _send(amount);
            return;
        }
        uint256 remaining = mLimit - (window == mWindow ? mUsed : 0);
        if (amount > remaining) {
            vm.expectRevert(
                abi.encodeWithSelector(FixedWindowAllowance.WindowLimitExceeded.selector, window, amount, remaining)
            );
            _send(amount);
            return;
        }
        uint256 data = _send(amount);
        uint256 opens = mStart + window * mPeriod;
        assertEq(data >> 208, opens - 1, "validAfter");
        assertEq(uint48(data >> 160), opens + mPeriod - 1, "validUntil");
        assertEq(uint160(data), 0, "never a failure");
        (mWindow, mUsed) = (window, mLimit - remaining + amount);
        (,,, uint256 storedWindow, uint256 storedUsed) = value.getAllowance(address(this), CONFIG, account);
        assertEq(storedWindow, mWindow);
        assertEq(storedUsed, mUsed);
        assertLe(mUsed, mLimit);
    }

    // ─── ERC-7562 ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Validation touches only slots keyed by the account: its claim and its config's two slots.
    function test_erc7562_touchesOnlyAccountAssociatedSlots() public {
        // Storage order: _claims (slot 0) then _allowances (slot 1).
        uint256 claimSlot = uint256(keccak256(abi.encode(account, keccak256(abi.encode(address(this), 0)))));
        uint256 base = uint256(
            keccak256(abi.encode(account, keccak256(abi.encode(CONFIG, keccak256(abi.encode(address(this), 1))))))
        );
        vm.record();
        _claim(value, START);
        _send(1);
        value.checkUserOpPolicy(CONFIG, _batchOp(1, 1));
        _claim(rate, START);
        rate.checkAction(CONFIG, account, target, 0, "");
        _assertOnly(address(value), claimSlot, base);
        _assertOnly(address(rate), claimSlot, base);
        // The token policy: _tokens (slot 0), _claims (slot 1), _allowances (slot 2) keyed token first.
        claimSlot = uint256(keccak256(abi.encode(account, keccak256(abi.encode(address(this), 1)))));
        base = uint256(
            keccak256(
                abi.encode(
                    account,
                    keccak256(abi.encode(CONFIG, keccak256(abi.encode(address(this), keccak256(abi.encode(usdc, 2))))))
                )
            )
        );
        vm.record();
        _claim(spending, START);
        _transfer(1);
        _assertOnly(address(spending), claimSlot, base);
    }

    function _assertOnly(address policy, uint256 claimSlot, uint256 base) internal {
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(policy);
        assertGt(writes.length, 0);
        for (uint256 i; i < reads.length; ++i) {
            uint256 slot = uint256(reads[i]);
            assertTrue(slot == claimSlot || slot == base || slot == base + 1, "slot outside the account's");
        }
        for (uint256 i; i < writes.length; ++i) {
            uint256 slot = uint256(writes[i]);
            assertTrue(slot == claimSlot || slot == base + 1, "write outside the claim and state");
        }
    }
}
