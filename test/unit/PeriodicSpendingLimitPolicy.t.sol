// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {PeriodicSpendingLimitPolicy} from "contracts/policies/PeriodicSpendingLimitPolicy.sol";
import {PeriodicAllowance} from "contracts/policies/lib/PeriodicAllowance.sol";
import {TokenLimitLib} from "contracts/policies/lib/TokenLimitLib.sol";
import {Test} from "forge-std/Test.sol";

/// @notice PeriodicSpendingLimitPolicy called directly (this test contract is the multiplexer): the validAfter
/// of every spend, the configuration errors and re-initialisation.
contract PeriodicSpendingLimitPolicyTest is Test {
    PeriodicSpendingLimitPolicy internal policy;
    address internal account = makeAddr("account");
    address internal tokenA = makeAddr("tokenA");
    address internal tokenB = makeAddr("tokenB");
    bytes32 internal constant CONFIG = keccak256("config");
    uint256 internal constant LIMIT = 1000e6;
    uint48 internal constant PERIOD = 1 days;
    uint48 internal constant START = 1_700_000_000;

    function setUp() public {
        policy = new PeriodicSpendingLimitPolicy();
        policy.initializeWithMultiplexer(account, CONFIG, _initData(tokenA, LIMIT, PERIOD, START));
    }

    function _initData(address token, uint256 limit, uint48 period, uint48 start) internal pure returns (bytes memory) {
        address[] memory tokens = new address[](1);
        tokens[0] = token;
        uint256[] memory limits = new uint256[](1);
        limits[0] = limit;
        return abi.encode(tokens, limits, period, start);
    }

    function _transfer(uint256 amount) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(TokenLimitLib.TRANSFER_SELECTOR, address(0xbeef), amount);
    }

    function _approve(uint256 amount) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(TokenLimitLib.APPROVE_SELECTOR, address(0xbeef), amount);
    }

    /// @dev Spends `amount` of tokenA and returns the validAfter it got.
    function _spend(uint256 amount) internal returns (uint256 validAfter) {
        uint256 validationData = policy.checkAction(CONFIG, account, tokenA, 0, _transfer(amount));
        assertEq(validationData & ((1 << 208) - 1), 0, "no authorizer, no validUntil");
        return validationData >> 208;
    }

    function _spent() internal view returns (uint256 spent) {
        (,,, spent) = policy.getAllowance(address(this), CONFIG, account, tokenA);
    }

    // ─── validAfter ───────────────────────────────────────────────────────────────────────────────────────

    function test_firstPeriod_validAfterStart() public {
        assertEq(_spend(1), START);
        assertEq(_spend(LIMIT - 1), START);
        assertEq(_spent(), LIMIT);
    }

    function test_oneOverThePeriod_validAfterNextPeriod() public {
        assertEq(_spend(LIMIT), START);
        assertEq(_spend(1), START + PERIOD);
        assertEq(_spend(LIMIT - 1), START + PERIOD);
        assertEq(_spend(1), START + 2 * PERIOD);
        assertEq(_spent(), 2 * LIMIT + 1);
    }

    function test_largeSpend_takesSeveralPeriods() public {
        // ceil(2.5 L / L) - 1 = 2 periods.
        assertEq(_spend(LIMIT * 5 / 2), START + 2 * PERIOD);
        // The rest of period 2's allowance is still due after the same time.
        assertEq(_spend(LIMIT / 2), START + 2 * PERIOD);
        assertEq(_spend(1), START + 3 * PERIOD);
    }

    function test_exactMultiple() public {
        assertEq(_spend(2 * LIMIT), START + PERIOD);
        assertEq(_spend(1), START + 2 * PERIOD);
    }

    function test_zeroAmount_passesAtOnceAndCountsNothing() public {
        assertEq(_spend(LIMIT), START);
        assertEq(_spend(0), 0);
        assertEq(policy.checkAction(CONFIG, account, tokenA, 0, _approve(0)), 0);
        assertEq(_spent(), LIMIT);
    }

    function test_approveCountsItsWholeAmount() public {
        assertEq(policy.checkAction(CONFIG, account, tokenA, 0, _approve(LIMIT)) >> 208, START);
        assertEq(_spend(1), START + PERIOD);
    }

    function test_startZero_firstPeriodNeedsNoBound() public {
        policy.initializeWithMultiplexer(account, CONFIG, _initData(tokenA, LIMIT, PERIOD, 0));
        assertEq(policy.checkAction(CONFIG, account, tokenA, 0, _transfer(LIMIT)), 0);
        assertEq(_spend(1), PERIOD);
    }

    function test_validAfterOf_previewsWithoutSpending() public {
        assertEq(policy.validAfterOf(address(this), CONFIG, account, tokenA, 0), 0);
        assertEq(policy.validAfterOf(address(this), CONFIG, account, tokenA, LIMIT), START);
        assertEq(policy.validAfterOf(address(this), CONFIG, account, tokenA, 3 * LIMIT), START + 2 * PERIOD);
        assertEq(_spent(), 0);
        assertEq(_spend(3 * LIMIT), START + 2 * PERIOD);
        assertEq(policy.validAfterOf(address(this), CONFIG, account, tokenA, 1), START + 3 * PERIOD);
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, tokenB));
        policy.validAfterOf(address(this), CONFIG, account, tokenB, 1);
    }

    function test_refuses_beyondTimeRange() public {
        vm.expectRevert(abi.encodeWithSelector(PeriodicAllowance.AllowanceBeyondTimeRange.selector, type(uint256).max));
        _spend(type(uint256).max);
        // Limit 1 per 2^47 seconds: 3 units would be due after start + 2^48, past uint48.
        policy.initializeWithMultiplexer(account, CONFIG, _initData(tokenA, 1, uint48(1 << 47), START));
        vm.expectRevert(abi.encodeWithSelector(PeriodicAllowance.AllowanceBeyondTimeRange.selector, 3));
        _spend(3);
        assertEq(_spent(), 0);
        assertEq(_spend(2), START + (1 << 47));
    }

    // ─── Calls refused ────────────────────────────────────────────────────────────────────────────────────

    function test_refuses_unknownToken() public {
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, tokenB));
        policy.checkAction(CONFIG, account, tokenB, 0, _transfer(1));
    }

    function test_refuses_otherSelector() public {
        bytes memory data = abi.encodeWithSignature("transferFrom(address,address,uint256)", account, tokenB, 1);
        vm.expectRevert(
            abi.encodeWithSelector(TokenLimitLib.TokenFunctionNotAllowed.selector, tokenA, bytes4(0x23b872dd))
        );
        policy.checkAction(CONFIG, account, tokenA, 0, data);
    }

    function test_refuses_shortCalldataAndValue() public {
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.MalformedTokenCall.selector, tokenA, 35));
        policy.checkAction(CONFIG, account, tokenA, 0, bytes.concat(TokenLimitLib.TRANSFER_SELECTOR, new bytes(31)));
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenCallWithValue.selector, tokenA, 5));
        policy.checkAction(CONFIG, account, tokenA, 5, _transfer(1));
        assertEq(_spent(), 0);
    }

    // ─── Init ─────────────────────────────────────────────────────────────────────────────────────────────

    function test_init_storesConfig() public view {
        (uint256 limit, uint256 period, uint256 start, uint256 spent) =
            policy.getAllowance(address(this), CONFIG, account, tokenA);
        assertEq(limit, LIMIT);
        assertEq(period, PERIOD);
        assertEq(start, START);
        assertEq(spent, 0);
        assertEq(policy.getTokens(address(this), CONFIG, account)[0], tokenA);
    }

    function _expectInitRevert(bytes memory initData, bytes memory error_) internal {
        _spend(7);
        uint256 spentBefore = _spent();
        vm.expectRevert(error_);
        policy.initializeWithMultiplexer(account, CONFIG, initData);
        (uint256 limit,,, uint256 spent) = policy.getAllowance(address(this), CONFIG, account, tokenA);
        assertEq(limit, LIMIT);
        assertEq(spent, spentBefore);
    }

    function test_init_refuses_zeroPeriod() public {
        _expectInitRevert(
            _initData(tokenA, LIMIT, 0, START),
            abi.encodeWithSelector(PeriodicAllowance.InvalidAllowance.selector, LIMIT, 0)
        );
    }

    function test_init_refuses_limitTooLarge() public {
        uint256 max = PeriodicAllowance.MAX_LIMIT;
        _expectInitRevert(
            _initData(tokenA, max + 1, PERIOD, START),
            abi.encodeWithSelector(PeriodicAllowance.AllowanceLimitTooLarge.selector, max + 1, max)
        );
    }

    function test_init_acceptsMaxLimit() public {
        policy.initializeWithMultiplexer(account, CONFIG, _initData(tokenA, PeriodicAllowance.MAX_LIMIT, PERIOD, START));
        assertEq(_spend(PeriodicAllowance.MAX_LIMIT), START);
        assertEq(_spend(PeriodicAllowance.MAX_LIMIT), START + PERIOD);
        assertEq(_spent(), 2 * PeriodicAllowance.MAX_LIMIT);
    }

    function test_init_refuses_badTokenLists() public {
        _expectInitRevert(
            _initData(tokenA, 0, PERIOD, START), abi.encodeWithSelector(TokenLimitLib.ZeroLimit.selector, tokenA)
        );
        _expectInitRevert(
            _initData(address(0), 1, PERIOD, START), abi.encodeWithSelector(TokenLimitLib.ZeroToken.selector)
        );
        _expectInitRevert(
            abi.encode(new address[](0), new uint256[](0), PERIOD, START),
            abi.encodeWithSelector(TokenLimitLib.NoTokens.selector)
        );
    }

    function test_init_refuses_malformed() public {
        _expectInitRevert(hex"00", abi.encodeWithSelector(IPolicy.InvalidInitData.selector));
        // SpendingLimitPolicy's format (no period, start): the token address lands in the uint48 `start`.
        address[] memory tokens = new address[](1);
        tokens[0] = tokenA;
        _expectInitRevert(
            abi.encode(tokens, new uint256[](1)), abi.encodeWithSelector(IPolicy.InvalidInitData.selector)
        );
        // A period word above 48 bits is not an ABI-encoded uint48.
        bytes memory dirty = _initData(tokenA, LIMIT, PERIOD, START);
        dirty[0x40 + 0x1a - 1] = 0x01;
        _expectInitRevert(dirty, abi.encodeWithSelector(IPolicy.InvalidInitData.selector));
    }

    function test_reinit_forgetsPreviousTokensAndSpending() public {
        assertEq(_spend(3 * LIMIT), START + 2 * PERIOD);
        policy.initializeWithMultiplexer(account, CONFIG, _initData(tokenB, LIMIT, PERIOD, START));
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, tokenA));
        _spend(1);
        (uint256 limit, uint256 period, uint256 start, uint256 spent) =
            policy.getAllowance(address(this), CONFIG, account, tokenA);
        assertEq(limit + period + start + spent, 0);
        policy.initializeWithMultiplexer(account, CONFIG, _initData(tokenA, LIMIT, PERIOD, START + 5));
        assertEq(_spent(), 0);
        assertEq(_spend(LIMIT), START + 5);
    }

    function test_accountsAndConfigsAreIndependent() public {
        address other = makeAddr("other");
        policy.initializeWithMultiplexer(other, CONFIG, _initData(tokenA, LIMIT, PERIOD, START));
        assertEq(_spend(2 * LIMIT), START + PERIOD);
        assertEq(policy.checkAction(CONFIG, other, tokenA, 0, _transfer(LIMIT)) >> 208, START);
        vm.prank(makeAddr("other multiplexer"));
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, tokenA));
        policy.checkAction(CONFIG, account, tokenA, 0, _transfer(1));
    }

    function test_supportsActionScopeOnly() public view {
        assertTrue(policy.supportsInterface(type(IActionPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(IUserOpPolicy).interfaceId));
    }

    /// @notice ERC-7562: a check touches only `keccak(account ‖ …) + n`, n < 2: slot 0 within a period, slot 1
    /// (the period) too when the spend reaches into a later period.
    function test_erc7562_touchesOnlyAccountAssociatedSlots() public {
        // Storage order: _tokens (slot 0, from PeriodicTokenLimitBase), then _allowances (slot 1).
        uint256 base = uint256(
            keccak256(
                abi.encode(
                    account,
                    keccak256(
                        abi.encode(CONFIG, keccak256(abi.encode(address(this), keccak256(abi.encode(tokenA, 1)))))
                    )
                )
            )
        );
        vm.record();
        _spend(LIMIT);
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(address(policy));
        for (uint256 i; i < reads.length; ++i) {
            assertEq(uint256(reads[i]), base, "within the period: slot 0 only");
        }
        assertEq(writes.length, 1);
        assertEq(uint256(writes[0]), base);
        vm.record();
        _spend(1);
        (reads, writes) = vm.accesses(address(policy));
        for (uint256 i; i < reads.length; ++i) {
            assertTrue(uint256(reads[i]) == base || uint256(reads[i]) == base + 1);
        }
        assertEq(writes.length, 1);
        assertEq(uint256(writes[0]), base);
    }
}
