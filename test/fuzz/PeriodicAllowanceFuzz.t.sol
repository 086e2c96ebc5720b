// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PeriodicValueLimitPolicy} from "contracts/policies/PeriodicValueLimitPolicy.sol";
import {PeriodicAllowance} from "contracts/policies/lib/PeriodicAllowance.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The periodic allowance (through PeriodicValueLimitPolicy, this contract as multiplexer) against the
/// accrual formula (docs/policies.md) for random limits, periods, starts and spend sequences:
/// validAfter = start + (ceil((S + a) / L) − 1) · P; the stored total is exact; the allowance is tight (never later
/// than needed) and sound (nothing executes before the periods begun cover it).
contract PeriodicAllowanceFuzzTest is Test {
    PeriodicValueLimitPolicy internal policy;
    address internal account = makeAddr("account");
    bytes32 internal constant CONFIG = keccak256("config");

    function setUp() public {
        policy = new PeriodicValueLimitPolicy();
    }

    function _ceilDiv(uint256 a, uint256 b) internal pure returns (uint256) {
        return (a + b - 1) / b;
    }

    function testFuzz_periodic_matchesFormula(uint256 limit, uint256 period, uint256 start, uint256[10] memory raw)
        public
    {
        limit = bound(limit, 1, PeriodicAllowance.MAX_LIMIT);
        period = bound(period, 1, 400 days);
        start = bound(start, 0, type(uint40).max);
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(limit, period, start));
        uint256 spent;
        for (uint256 i; i < raw.length; ++i) {
            // Mostly up to a few periods' worth, sometimes zero, sometimes far beyond the time range.
            uint256 kind = raw[i] % 8;
            uint256 amount = kind == 0 ? 0 : kind == 7 ? raw[i] : raw[i] % (limit * 3 + 1);
            if (amount == 0) {
                assertEq(policy.checkAction(CONFIG, account, address(1), 0, ""), 0);
                continue;
            }
            uint256 periods = amount > (1 << 200) ? type(uint256).max : _ceilDiv(spent + amount, limit) - 1;
            if (periods == type(uint256).max || start + periods * period > type(uint48).max) {
                vm.expectRevert(abi.encodeWithSelector(PeriodicAllowance.AllowanceBeyondTimeRange.selector, amount));
                policy.checkAction(CONFIG, account, address(1), amount, "");
                continue;
            }
            uint256 expected = start + periods * period;
            assertEq(policy.validAfterOf(address(this), CONFIG, account, amount), expected, "preview");
            uint256 validationData = policy.checkAction(CONFIG, account, address(1), amount, "");
            assertEq(validationData, expected << 208, "validAfter, nothing else");
            spent += amount;
            (,,, uint256 stored) = policy.getAllowance(address(this), CONFIG, account);
            assertEq(stored, spent);
            // Sound: executed at the earliest moment t = validAfter + 1 (EntryPoint v0.8), the total is covered
            // by the periods begun by t.
            uint256 t = expected + 1;
            assertLe(spent, limit * ((t - start) / period + 1));
            // Tight: a second before validAfter, the periods begun would not cover it.
            if (expected > start) assertGt(spent, limit * ((expected - 1 - start) / period + 1));
        }
    }
}
