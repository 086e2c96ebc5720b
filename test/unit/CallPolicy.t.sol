// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallPolicyBuilder as B} from "../utils/CallPolicyBuilder.sol";
import {ConditionDefinition} from "../utils/ConditionDefinition.sol";
import {I1271Policy, IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {ActionConfig, CallPolicy, LimitUsage, ParamCondition, ParamRule} from "contracts/policies/CallPolicy.sol";
import {CallConditions} from "contracts/policies/lib/CallConditions.sol";
import {Test} from "forge-std/Test.sol";

/// @notice CallPolicy called directly; the test contract plays the multiplexer.
contract CallPolicyTest is Test {
    using B for ActionConfig;

    CallPolicy internal policy = new CallPolicy();
    address internal account = makeAddr("account");
    address internal target = makeAddr("target");
    bytes32 internal constant CONFIG = keccak256("config");

    function _init(ActionConfig memory c) internal {
        policy.initializeWithMultiplexer(account, CONFIG, c.encode());
    }

    function _check(uint256 value, bytes memory data) internal returns (uint256) {
        return policy.checkAction(CONFIG, account, target, value, data);
    }

    /// @dev Calldata `selector ‖ words`.
    function _call(uint256 a, uint256 b) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(bytes4(0x12345678), a, b);
    }

    // ─── Conditions ───────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_eachConditionMatchesItsDefinition(uint8 condition, uint256 param, uint256 ref, bool near) public {
        condition = uint8(bound(condition, 0, 6));
        (param, ref) = ConditionDefinition.shape(condition, param, ref, near);
        _init(B.config(0).rule(ParamCondition(condition), 32, bytes32(ref)));
        bytes memory data = _call(0, param);
        if (ConditionDefinition.holds(condition, param, ref)) {
            assertEq(_check(0, data), 0);
        } else {
            vm.expectRevert(
                abi.encodeWithSelector(
                    CallPolicy.ParamRuleViolated.selector, 0, condition, bytes32(param), bytes32(ref)
                )
            );
            _check(0, data);
        }
    }

    function test_inRangeIsInclusive() public {
        _init(B.config(0).rule(ParamCondition.IN_RANGE, 0, B.range(10, 20)));
        _check(0, _call(10, 0));
        _check(0, _call(20, 0));
        vm.expectRevert(
            abi.encodeWithSelector(
                CallPolicy.ParamRuleViolated.selector, 0, uint8(6), bytes32(uint256(9)), B.range(10, 20)
            )
        );
        _check(0, _call(9, 0));
        vm.expectRevert(
            abi.encodeWithSelector(
                CallPolicy.ParamRuleViolated.selector, 0, uint8(6), bytes32(uint256(21)), B.range(10, 20)
            )
        );
        _check(0, _call(21, 0));
        // A word above 2^128 is above every max.
        vm.expectRevert();
        _check(0, _call(1 << 128 | 15, 0));
    }

    function test_addressEquality() public {
        address merchant = makeAddr("merchant");
        _init(B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(merchant)));
        _check(0, abi.encodeWithSelector(0xa9059cbb, merchant, 5));
        vm.expectRevert(
            abi.encodeWithSelector(
                CallPolicy.ParamRuleViolated.selector, 0, uint8(0), B.addressRef(address(this)), B.addressRef(merchant)
            )
        );
        _check(0, abi.encodeWithSelector(0xa9059cbb, address(this), 5));
    }

    // ─── Several rules ────────────────────────────────────────────────────────────────────────────────────

    /// @dev Sixteen rules, rule i requires word i == i + 1: every packed header is read from its own place.
    function test_sixteenRulesEachCheckTheirOwnWord() public {
        ActionConfig memory c = B.config(0);
        uint256[] memory words = new uint256[](16);
        for (uint256 i; i < 16; ++i) {
            c.rule(ParamCondition.EQUAL, uint64(32 * i), bytes32(i + 1));
            words[i] = i + 1;
        }
        _init(c);
        bytes memory data = abi.encodePacked(bytes4(0x12345678), words);
        assertEq(_check(0, data), 0);
        for (uint256 i; i < 16; ++i) {
            words[i] = 0;
            vm.expectRevert(
                abi.encodeWithSelector(CallPolicy.ParamRuleViolated.selector, i, uint8(0), bytes32(0), bytes32(i + 1))
            );
            _check(0, abi.encodePacked(bytes4(0x12345678), words));
            words[i] = i + 1;
        }
    }

    function testFuzz_configRoundTrips(uint256 seed) public {
        ActionConfig memory c = B.config(seed % 1000);
        uint256 length = seed % 17;
        for (uint256 i; i < length; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            uint8 condition = uint8(r % 6);
            if (r % 5 == 0) {
                c.limitedRule(ParamCondition(condition), uint64(r >> 200), bytes32(r), uint128(r >> 64));
            } else {
                c.rule(ParamCondition(condition), uint64(r >> 200), bytes32(r));
            }
        }
        _init(c);
        ActionConfig memory stored = policy.getActionConfig(address(this), CONFIG, account);
        assertEq(keccak256(abi.encode(stored)), keccak256(abi.encode(c)));
    }

    // ─── Limits ───────────────────────────────────────────────────────────────────────────────────────────

    function test_limitedRuleAccumulatesAcrossCalls() public {
        _init(B.config(0).limitedRule(ParamCondition.LESS_THAN_OR_EQUAL, 32, bytes32(uint256(400)), 1000));
        _check(0, _call(0, 400));
        _check(0, _call(0, 400));
        assertEq(policy.getActionConfig(address(this), CONFIG, account).paramRules.rules[0].usage.used, 800);
        vm.expectRevert(abi.encodeWithSelector(CallPolicy.ParamLimitExceeded.selector, 0, 201, 200));
        _check(0, _call(0, 201));
        _check(0, _call(0, 200));
        vm.expectRevert(abi.encodeWithSelector(CallPolicy.ParamLimitExceeded.selector, 0, 1, 0));
        _check(0, _call(0, 1));
        _check(0, _call(0, 0));
    }

    function testFuzz_limitNeverExceeded(uint128 limit, uint256[5] memory amounts) public {
        limit = uint128(bound(limit, 1, type(uint128).max));
        _init(B.config(0).limitedRule(ParamCondition.GREATER_THAN_OR_EQUAL, 0, bytes32(0), limit));
        uint256 total;
        for (uint256 i; i < amounts.length; ++i) {
            uint256 amount = amounts[i] % 4 == 0 ? amounts[i] : amounts[i] % (uint256(limit) + 1);
            if (amount > limit - total) {
                vm.expectRevert(
                    abi.encodeWithSelector(CallPolicy.ParamLimitExceeded.selector, 0, amount, limit - total)
                );
                _check(0, _call(amount, 0));
            } else {
                _check(0, _call(amount, 0));
                total += amount;
            }
            assertEq(policy.getActionConfig(address(this), CONFIG, account).paramRules.rules[0].usage.used, total);
        }
        assertLe(total, limit);
    }

    function test_initialUsedCounts() public {
        ActionConfig memory c = B.config(0).limitedRule(ParamCondition.GREATER_THAN_OR_EQUAL, 0, bytes32(0), 100);
        c.paramRules.rules[0].usage.used = 90;
        _init(c);
        vm.expectRevert(abi.encodeWithSelector(CallPolicy.ParamLimitExceeded.selector, 0, 11, 10));
        _check(0, _call(11, 0));
    }

    function test_reinitialisingResetsUsed() public {
        ActionConfig memory c = B.config(0).limitedRule(ParamCondition.GREATER_THAN_OR_EQUAL, 0, bytes32(0), 100);
        _init(c);
        _check(0, _call(100, 0));
        _init(c);
        _check(0, _call(100, 0));
        // A re-init with fewer rules forgets the old ones; a later longer one brings fresh ones.
        _init(B.config(0));
        _check(0, _call(1000, 0));
        _init(c);
        _check(0, _call(100, 0));
    }

    function test_valueLimitPerUse() public {
        _init(B.config(1 ether));
        _check(1 ether, "");
        _check(1 ether, "");
        vm.expectRevert(abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, 1 ether + 1, 1 ether));
        _check(1 ether + 1, "");
        _init(B.config(0));
        vm.expectRevert(abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, 1, 0));
        _check(1, "");
    }

    function testFuzz_hugeValueLimitMeansUnlimited(uint256 limit, uint256 value) public {
        limit = bound(limit, type(uint128).max, type(uint256).max);
        _init(B.config(limit));
        assertEq(_check(value, ""), 0);
        assertEq(policy.getActionConfig(address(this), CONFIG, account).valueLimitPerUse, type(uint256).max);
    }

    // ─── Short calldata ───────────────────────────────────────────────────────────────────────────────────

    function testFuzz_refuses_calldataTooShort(uint64 offset, bytes memory data) public {
        vm.assume(data.length < uint256(offset) + 36);
        _init(B.config(0).rule(ParamCondition.GREATER_THAN_OR_EQUAL, offset, bytes32(0)));
        vm.expectRevert(abi.encodeWithSelector(CallPolicy.CalldataTooShort.selector, 0, offset, data.length));
        _check(0, data);
    }

    function test_wordEndingExactlyAtTheEndIsRead() public {
        _init(B.config(0).rule(ParamCondition.EQUAL, 1, bytes32(uint256(7))));
        _check(0, abi.encodePacked(bytes4(0x12345678), uint8(0), uint256(7)));
        vm.expectRevert(abi.encodeWithSelector(CallPolicy.CalldataTooShort.selector, 0, 1, 36));
        _check(0, abi.encodePacked(bytes4(0x12345678), uint256(7)));
    }

    // ─── Init refusals (no state change) ──────────────────────────────────────────────────────────────────

    function _expectInitRevert(bytes memory initData, bytes memory error_) internal {
        _init(B.config(5));
        vm.expectRevert(error_);
        policy.initializeWithMultiplexer(account, CONFIG, initData);
        assertEq(policy.getActionConfig(address(this), CONFIG, account).valueLimitPerUse, 5, "unchanged");
    }

    function testFuzz_refuses_wrongLength(bytes memory initData) public {
        vm.assume(initData.length != 3136);
        _expectInitRevert(initData, abi.encodeWithSelector(IPolicy.InvalidInitDataLength.selector, initData.length));
    }

    function test_refuses_trailingData() public {
        bytes memory initData = bytes.concat(B.config(0).encode(), bytes32(0));
        _expectInitRevert(initData, abi.encodeWithSelector(IPolicy.InvalidInitDataLength.selector, 3168));
    }

    function testFuzz_refuses_tooManyRules(uint256 length) public {
        length = bound(length, 17, type(uint256).max);
        bytes memory initData = B.config(0).encode();
        assembly {
            mstore(add(initData, 0x40), length)
        }
        _expectInitRevert(initData, abi.encodeWithSelector(CallPolicy.TooManyRules.selector, length));
    }

    function testFuzz_refuses_unknownCondition(uint256 condition) public {
        condition = bound(condition, 7, type(uint256).max);
        bytes memory initData = B.config(0).rule(ParamCondition.EQUAL, 0, 0).rule(ParamCondition.EQUAL, 0, 0).encode();
        assembly {
            // Rule 1's condition: word 2 + 6.
            mstore(add(initData, add(0x20, mul(8, 0x20))), condition)
        }
        _expectInitRevert(initData, abi.encodeWithSelector(CallConditions.UnknownCondition.selector, 1, condition));
    }

    function test_refuses_malformedOffsetOrFlag() public {
        bytes memory initData = B.config(0).rule(ParamCondition.EQUAL, 0, 0).encode();
        assembly {
            mstore(add(initData, add(0x20, mul(3, 0x20))), shl(64, 1))
        }
        _expectInitRevert(initData, abi.encodeWithSelector(CallConditions.MalformedRule.selector, 0));
        initData = B.config(0).rule(ParamCondition.EQUAL, 0, 0).encode();
        assembly {
            mstore(add(initData, add(0x20, mul(4, 0x20))), 2)
        }
        _expectInitRevert(initData, abi.encodeWithSelector(CallConditions.MalformedRule.selector, 0));
    }

    function test_refuses_invertedRange() public {
        bytes memory initData = B.config(0).rule(ParamCondition.IN_RANGE, 0, B.range(2, 1)).encode();
        _expectInitRevert(initData, abi.encodeWithSelector(CallConditions.InvalidRange.selector, 0, 2, 1));
    }

    function test_refuses_limitAboveUint128() public {
        uint256 limit = uint256(type(uint128).max) + 1;
        bytes memory initData = B.config(0).limitedRule(ParamCondition.EQUAL, 0, 0, limit).encode();
        _expectInitRevert(initData, abi.encodeWithSelector(CallPolicy.LimitTooLarge.selector, 0, limit));
    }

    function test_refuses_usedAboveLimit() public {
        ActionConfig memory c = B.config(0).limitedRule(ParamCondition.EQUAL, 0, 0, 10);
        c.paramRules.rules[0].usage.used = 11;
        _expectInitRevert(c.encode(), abi.encodeWithSelector(CallPolicy.UsedAboveLimit.selector, 0, 10, 11));
    }

    function test_rulesPastLengthAreIgnored() public {
        ActionConfig memory c = B.config(0);
        c.paramRules.rules[3] = ParamRule(99, type(uint64).max, true, bytes32(0), LimitUsage(0, 0));
        _init(c);
        assertEq(_check(0, ""), 0);
    }

    // ─── Keying ───────────────────────────────────────────────────────────────────────────────────────────

    function test_refuses_notInitialised() public {
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        _check(0, "");
    }

    function test_stateIsPerMultiplexerConfigAndAccount() public {
        ActionConfig memory c = B.config(0).limitedRule(ParamCondition.GREATER_THAN_OR_EQUAL, 0, bytes32(0), 10);
        _init(c);
        address other = makeAddr("other");
        policy.initializeWithMultiplexer(other, CONFIG, c.encode());
        _check(0, _call(10, 0));
        policy.checkAction(CONFIG, other, target, 0, _call(10, 0));
        vm.prank(makeAddr("other multiplexer"));
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        policy.checkAction(CONFIG, account, target, 0, _call(1, 0));
    }

    /// @notice ERC-7562: every slot a check touches is `keccak(account ‖ parent) + n`, n < 128 (here < 38).
    function test_checkTouchesOnlyAccountAssociatedSlots() public {
        ActionConfig memory c = B.config(0);
        uint256[] memory words = new uint256[](16);
        for (uint256 i; i < 16; ++i) {
            c.limitedRule(ParamCondition.GREATER_THAN_OR_EQUAL, uint64(32 * i), bytes32(0), 1000);
            words[i] = i;
        }
        _init(c);
        bytes32 parent = keccak256(abi.encode(CONFIG, keccak256(abi.encode(address(this), uint256(0)))));
        uint256 base = uint256(keccak256(abi.encode(account, parent)));
        vm.record();
        _check(0, abi.encodePacked(bytes4(0x12345678), words));
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(address(policy));
        assertEq(reads.length, 1 + 5 + 16 * 2 + 16, "meta, 5 header words, ref and usage per rule, usage again");
        assertEq(writes.length, 16);
        for (uint256 i; i < reads.length; ++i) {
            assertGe(uint256(reads[i]), base);
            assertLt(uint256(reads[i]), base + 38);
        }
        for (uint256 i; i < writes.length; ++i) {
            assertGe(uint256(writes[i]), base);
            assertLt(uint256(writes[i]), base + 38);
        }
    }

    function test_actionScopeOnly() public view {
        assertTrue(policy.supportsInterface(type(IActionPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(I1271Policy).interfaceId));
    }
}
