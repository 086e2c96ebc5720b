// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallRulesBuilder as B} from "../utils/CallRulesBuilder.sol";
import {ConditionDefinition} from "../utils/ConditionDefinition.sol";
import {I1271Policy, IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {
    ArgumentLocation,
    CallRule,
    CallRulesPolicy,
    RuleFailure,
    RuleFailureReason
} from "contracts/policies/CallRulesPolicy.sol";
import {CallConditions, ParamCondition} from "contracts/policies/lib/CallConditions.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Decodes calldata as a Solidity target does; used to check what a target would really receive.
contract PathDecoder {
    function swap(uint256, uint256, address[] calldata path, address, uint256)
        external
        pure
        returns (address[] memory)
    {
        return path;
    }
}

/// @notice CallRulesPolicy called directly; the test contract plays the multiplexer.
contract CallRulesPolicyTest is Test {
    using B for B.Config;

    CallRulesPolicy internal policy = new CallRulesPolicy();
    PathDecoder internal decoder = new PathDecoder();
    address internal account = makeAddr("account");
    address internal target = makeAddr("target");
    bytes32 internal constant CONFIG = keccak256("config");
    bytes4 internal constant SELECTOR = 0x12345678;

    function _init(B.Config memory c) internal {
        policy.initializeWithMultiplexer(account, CONFIG, c.encode());
    }

    function _check(uint256 value, bytes memory data) internal returns (uint256) {
        return policy.checkAction(CONFIG, account, target, value, data);
    }

    function _call(uint256 a, uint256 b) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(SELECTOR, a, b);
    }

    function _failure(uint256 group, uint256 rule, RuleFailureReason reason)
        internal
        pure
        returns (RuleFailure memory)
    {
        return RuleFailure(group, rule, reason);
    }

    function _expectRefused(RuleFailure memory only) internal {
        RuleFailure[] memory failures = new RuleFailure[](1);
        failures[0] = only;
        vm.expectRevert(abi.encodeWithSelector(CallRulesPolicy.NoRuleGroupPassed.selector, failures));
    }

    function _expectRefused(RuleFailure memory first, RuleFailure memory second) internal {
        RuleFailure[] memory failures = new RuleFailure[](2);
        (failures[0], failures[1]) = (first, second);
        vm.expectRevert(abi.encodeWithSelector(CallRulesPolicy.NoRuleGroupPassed.selector, failures));
    }

    // ─── Conditions ───────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_eachConditionMatchesItsDefinition(uint8 condition, uint256 param, uint256 ref, bool near) public {
        condition = uint8(bound(condition, 0, 6));
        (param, ref) = ConditionDefinition.shape(condition, param, ref, near);
        _init(B.config(0).rule(ParamCondition(condition), 32, bytes32(ref)));
        if (ConditionDefinition.holds(condition, param, ref)) {
            assertEq(_check(0, _call(0, param)), 0);
        } else {
            _expectRefused(_failure(0, 0, RuleFailureReason.CONDITION));
            _check(0, _call(0, param));
        }
    }

    function testFuzz_oneOf_isSetMembership(uint256 a, uint256 b, uint256 c, uint256 param, uint8 pick) public {
        vm.assume(a != b && b != c && a != c);
        bytes32[] memory values = B.set(bytes32(a), bytes32(b), bytes32(c));
        if (pick % 4 != 3) param = uint256(values[pick % 4]);
        _init(B.config(0).at(ParamCondition.ONE_OF, ArgumentLocation.WORD, 0, 0, values));
        if (param == a || param == b || param == c) {
            assertEq(_check(0, _call(param, 0)), 0);
        } else {
            _expectRefused(_failure(0, 0, RuleFailureReason.CONDITION));
            _check(0, _call(param, 0));
        }
    }

    /// @notice A large set: binary search finds every member and nothing else.
    function test_oneOf_largeSet() public {
        bytes32[] memory values = new bytes32[](300);
        for (uint256 i; i < 300; ++i) {
            values[i] = bytes32(i * 7 + 1);
        }
        _init(B.config(0).at(ParamCondition.ONE_OF, ArgumentLocation.WORD, 0, 0, values));
        for (uint256 i; i < 300; i += 13) {
            assertEq(_check(0, _call(i * 7 + 1, 0)), 0);
            _expectRefused(_failure(0, 0, RuleFailureReason.CONDITION));
            _check(0, _call(i * 7 + 2, 0));
        }
        assertEq(_check(0, _call(299 * 7 + 1, 0)), 0);
        _expectRefused(_failure(0, 0, RuleFailureReason.CONDITION));
        _check(0, _call(0, 0));
    }

    // ─── Groups ───────────────────────────────────────────────────────────────────────────────────────────

    /// @notice Against the formula: passes iff some group has all its rules holding.
    function testFuzz_groups_anyGroupAllRules(uint256 x, uint256 y, uint256[4] memory refs) public {
        for (uint256 i; i < 4; ++i) {
            refs[i] = refs[i] % 4;
        }
        x %= 4;
        y %= 4;
        // (x == r0 && y <= r1) || (x >= r2 && y != r3)
        B.Config memory c = B.config(0);
        c.rule(ParamCondition.EQUAL, 0, bytes32(refs[0])).rule(ParamCondition.LESS_THAN_OR_EQUAL, 32, bytes32(refs[1]));
        c.or().rule(ParamCondition.GREATER_THAN_OR_EQUAL, 0, bytes32(refs[2]));
        c.rule(ParamCondition.NOT_EQUAL, 32, bytes32(refs[3]));
        _init(c);
        bool first = x == refs[0] && y <= refs[1];
        bool second = x >= refs[2] && y != refs[3];
        if (first || second) {
            assertEq(_check(0, _call(x, y)), 0);
        } else {
            _expectRefused(
                _failure(0, x == refs[0] ? 1 : 0, RuleFailureReason.CONDITION),
                _failure(1, x >= refs[2] ? 1 : 0, RuleFailureReason.CONDITION)
            );
            _check(0, _call(x, y));
        }
    }

    /// @notice Only the first passing group counts its limited rules; an exhausted limit falls through.
    function test_groups_firstPassingGroupCounts() public {
        // Group 0: amount ≤ 100 in total; group 1: amount ≤ 50 per call, 1,000 in total.
        B.Config memory c = B.config(0).rule(ParamCondition.GREATER_THAN_OR_EQUAL, 0, 0).limited(100);
        c.or().rule(ParamCondition.LESS_THAN_OR_EQUAL, 0, bytes32(uint256(50))).limited(1000);
        _init(c);
        _check(0, _call(40, 0));
        _check(0, _call(60, 0));
        (,,, uint256[] memory used) = policy.getCallRules(address(this), CONFIG, account);
        assertEq(used[0], 100);
        assertEq(used[1], 0, "group 1 counted nothing while group 0 passed");
        // Group 0 is exhausted: group 1 passes and counts.
        _check(0, _call(30, 0));
        (,,, used) = policy.getCallRules(address(this), CONFIG, account);
        assertEq(used[0], 100);
        assertEq(used[1], 30);
        _expectRefused(_failure(0, 0, RuleFailureReason.LIMIT), _failure(1, 0, RuleFailureReason.CONDITION));
        _check(0, _call(51, 0));
    }

    /// @notice A group whose later rule fails counts nothing for its earlier limited rule.
    function test_groups_failedGroupCountsNothing() public {
        B.Config memory c = B.config(0).rule(ParamCondition.LESS_THAN_OR_EQUAL, 0, bytes32(uint256(10))).limited(10);
        c.rule(ParamCondition.EQUAL, 32, bytes32(uint256(7)));
        c.or().rule(ParamCondition.EQUAL, 32, bytes32(uint256(8)));
        _init(c);
        _check(0, _call(10, 8));
        _check(0, _call(10, 8));
        (,,, uint256[] memory used) = policy.getCallRules(address(this), CONFIG, account);
        assertEq(used[0], 0);
        _check(0, _call(10, 7));
        (,,, used) = policy.getCallRules(address(this), CONFIG, account);
        assertEq(used[0], 10);
        _expectRefused(_failure(0, 0, RuleFailureReason.LIMIT), _failure(1, 0, RuleFailureReason.CONDITION));
        _check(0, _call(1, 7));
    }

    function testFuzz_limit_cumulative(uint256[6] memory amounts, uint128 limit) public {
        limit = uint128(bound(limit, 0, 1000));
        _init(B.config(0).rule(ParamCondition.GREATER_THAN_OR_EQUAL, 32, 0).limited(limit));
        uint256 total;
        for (uint256 i; i < 6; ++i) {
            uint256 amount = bound(amounts[i], 0, 400);
            if (total + amount <= limit) {
                _check(0, _call(0, amount));
                total += amount;
            } else {
                _expectRefused(_failure(0, 0, RuleFailureReason.LIMIT));
                _check(0, _call(0, amount));
            }
        }
        (,,, uint256[] memory used) = policy.getCallRules(address(this), CONFIG, account);
        assertEq(used[0], total);
        assertLe(total, limit);
    }

    function test_reinitResetsUsage() public {
        B.Config memory c = B.config(0).rule(ParamCondition.GREATER_THAN_OR_EQUAL, 0, 0).limited(5);
        _init(c);
        _check(0, _call(5, 0));
        _init(c);
        _check(0, _call(5, 0));
    }

    // ─── Value limit ──────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_valueLimit(uint256 limit, uint256 value) public {
        limit = bound(limit, 0, type(uint128).max - 1);
        _init(B.config(limit));
        if (value <= limit) {
            assertEq(_check(value, ""), 0);
        } else {
            vm.expectRevert(abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, value, limit));
            _check(value, "");
        }
    }

    function test_valueLimit_aboveUint128IsUnlimited() public {
        _init(B.config(type(uint256).max));
        assertEq(_check(type(uint256).max, ""), 0);
        (uint256 valueLimit,,,) = policy.getCallRules(address(this), CONFIG, account);
        assertEq(valueLimit, type(uint256).max);
    }

    function test_noRules_valueLimitOnly() public {
        _init(B.config(1));
        assertEq(_check(1, hex""), 0);
        vm.expectRevert(abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, 2, 1));
        _check(2, "");
    }

    // ─── Locations ────────────────────────────────────────────────────────────────────────────────────────

    function _swapData(address[] memory path, address to) internal pure returns (bytes memory) {
        return abi.encodeCall(PathDecoder.swap, (100, 90, path, to, 0));
    }

    function _path(address a, address b) internal pure returns (address[] memory path) {
        path = new address[](2);
        (path[0], path[1]) = (a, b);
    }

    function test_arrayElement_firstAndLastOfPath() public {
        address usdc = makeAddr("usdc");
        address weth = makeAddr("weth");
        B.Config memory c = B.config(0).element(ParamCondition.EQUAL, 64, 0, B.addressRef(usdc));
        c.element(ParamCondition.EQUAL, 64, 1, B.addressRef(weth));
        c.rule(ParamCondition.EQUAL, 96, B.addressRef(account));
        _init(c);
        assertEq(_check(0, _swapData(_path(usdc, weth), account)), 0);
        _expectRefused(_failure(0, 0, RuleFailureReason.CONDITION));
        _check(0, _swapData(_path(weth, usdc), account));
        _expectRefused(_failure(0, 2, RuleFailureReason.CONDITION));
        _check(0, _swapData(_path(usdc, weth), target));
        // A one-element path has no element 1, whatever follows it in the calldata.
        address[] memory short = new address[](1);
        short[0] = usdc;
        bytes memory data = abi.encodePacked(_swapData(short, account), B.addressRef(weth));
        _expectRefused(_failure(0, 1, RuleFailureReason.OUT_OF_BOUNDS));
        _check(0, data);
    }

    function test_tailWord_arrayLengthAndTupleField() public {
        address usdc = makeAddr("usdc");
        // TAIL_WORD 0 of an array is its length.
        _init(B.config(0).at(ParamCondition.EQUAL, ArgumentLocation.TAIL_WORD, 64, 0, _one(bytes32(uint256(2)))));
        assertEq(_check(0, _swapData(_path(usdc, usdc), account)), 0);
        address[] memory three = new address[](3);
        _expectRefused(_failure(0, 0, RuleFailureReason.CONDITION));
        _check(0, _swapData(three, account));
        // TAIL_WORD 2 of the path = its element 1.
        _init(B.config(0).at(ParamCondition.EQUAL, ArgumentLocation.TAIL_WORD, 64, 2, _one(B.addressRef(usdc))));
        assertEq(_check(0, _swapData(_path(account, usdc), account)), 0);
    }

    /// @notice CALLDATA_LENGTH `== 0`: plain ETH transfers only; any calldata (even 1 byte) refused.
    function testFuzz_calldataLength(bytes memory data) public {
        _init(B.config(1 ether).at(ParamCondition.EQUAL, ArgumentLocation.CALLDATA_LENGTH, 0, 0, _one(0)));
        assertEq(_check(1 ether, ""), 0);
        if (data.length != 0) {
            _expectRefused(_failure(0, 0, RuleFailureReason.CONDITION));
            _check(0, data);
        }
    }

    function _one(bytes32 value) internal pure returns (bytes32[] memory values) {
        values = new bytes32[](1);
        values[0] = value;
    }

    /// @notice Whatever the calldata (random offsets, lengths, truncation), a pass on "path[i] == X" means a
    /// Solidity target decodes a path whose element i is X (or refuses the calldata).
    function testFuzz_arrayElement_neverAWrongPass(
        uint256 pathOffset,
        uint256 length,
        uint8 index,
        uint8 cut,
        bool canonical,
        address token
    ) public {
        index = uint8(bound(index, 0, 3));
        _init(B.config(0).element(ParamCondition.EQUAL, 64, index, B.addressRef(token)));
        address[] memory path = new address[](bound(length, 0, 5));
        for (uint256 i; i < path.length; ++i) {
            path[i] = i % 2 == 0 ? token : address(0xbad);
        }
        bytes memory data = _swapData(path, account);
        if (!canonical) {
            // A hostile head: the offset points anywhere, even past the end or into the head itself.
            pathOffset = pathOffset % 3 == 0 ? pathOffset : bound(pathOffset, 0, data.length + 64);
            assembly {
                mstore(add(data, 100), pathOffset)
            }
        }
        uint256 newLength = data.length - bound(cut, 0, data.length - 4);
        assembly {
            mstore(data, newLength)
        }
        try policy.checkAction(CONFIG, account, target, 0, data) {
            (bool ok, bytes memory result) = address(decoder).staticcall(data);
            if (ok) {
                address[] memory decoded = abi.decode(result, (address[]));
                assertGt(decoded.length, index, "passed on an element the target does not have");
                assertEq(decoded[index], token, "passed on another element than the target's");
            }
        } catch (bytes memory reason) {
            assertEq(bytes4(reason), CallRulesPolicy.NoRuleGroupPassed.selector);
        }
    }

    function testFuzz_word_outOfBoundsRefused(uint24 offset, uint8 length) public {
        _init(B.config(0).rule(ParamCondition.GREATER_THAN_OR_EQUAL, offset, 0));
        bytes memory data = new bytes(length);
        if (uint256(length) >= 4 && uint256(offset) + 36 <= length) {
            assertEq(_check(0, data), 0);
        } else {
            _expectRefused(_failure(0, 0, RuleFailureReason.OUT_OF_BOUNDS));
            _check(0, data);
        }
    }

    // ─── Init data ────────────────────────────────────────────────────────────────────────────────────────

    function _initRaw(bytes memory initData, bytes memory error_) internal {
        vm.expectRevert(error_);
        policy.initializeWithMultiplexer(account, CONFIG, initData);
    }

    function test_init_refusesNonCanonicalEncoding() public {
        bytes memory good = B.config(0).rule(ParamCondition.EQUAL, 0, bytes32(uint256(1))).encode();
        bytes memory malformed = abi.encodeWithSelector(CallRulesPolicy.MalformedInitData.selector);
        _initRaw(abi.encodePacked(good, bytes1(0)), malformed);
        _initRaw(abi.encodePacked(good, bytes32(0)), malformed);
        bytes memory cut = new bytes(good.length - 32);
        for (uint256 i; i < cut.length; ++i) {
            cut[i] = good[i];
        }
        _initRaw(cut, malformed);
        bytes memory moved = bytes.concat(good);
        assembly {
            mstore(add(moved, 64), 0x80)
        }
        _initRaw(moved, malformed);
        bytes memory huge = bytes.concat(good);
        assembly {
            mstore(add(huge, 128), not(0))
        }
        _initRaw(huge, malformed);
        _initRaw("", malformed);
    }

    function test_init_refusesBadRules() public {
        B.Config memory c = B.config(0).rule(ParamCondition.EQUAL, 0, 0);
        c.rules[0].condition = 8;
        _initRaw(c.encode(), abi.encodeWithSelector(CallConditions.UnknownCondition.selector, 0, 8));
        c = B.config(0).rule(ParamCondition.EQUAL, 0, 0);
        c.rules[0].location = 4;
        _initRaw(c.encode(), abi.encodeWithSelector(CallRulesPolicy.UnknownLocation.selector, 0, 4));
        c = B.config(0).at(ParamCondition.EQUAL, ArgumentLocation.CALLDATA_LENGTH, 4, 0, _one(0));
        _initRaw(c.encode(), abi.encodeWithSelector(CallConditions.MalformedRule.selector, 0));
        c = B.config(0).rule(ParamCondition.EQUAL, 0, 0);
        c.rules[0].index = 1;
        _initRaw(c.encode(), abi.encodeWithSelector(CallConditions.MalformedRule.selector, 0));
        c = B.config(0).rule(ParamCondition.EQUAL, 0, 0);
        c.rules[0].limit = 1;
        _initRaw(c.encode(), abi.encodeWithSelector(CallConditions.MalformedRule.selector, 0));
        c = B.config(0).rule(ParamCondition.EQUAL, 0, 0);
        c.rules[0].group = 1;
        _initRaw(c.encode(), abi.encodeWithSelector(CallRulesPolicy.GroupOutOfOrder.selector, 0, 1));
        c = B.config(0).rule(ParamCondition.EQUAL, 0, 0);
        c.or().rule(ParamCondition.EQUAL, 0, 0);
        c.rule(ParamCondition.EQUAL, 0, 0);
        c.rules[2].group = 0;
        _initRaw(c.encode(), abi.encodeWithSelector(CallRulesPolicy.GroupOutOfOrder.selector, 2, 0));
        c = B.config(0).rule(ParamCondition.IN_RANGE, 0, bytes32((uint256(5) << 128) | 4));
        _initRaw(c.encode(), abi.encodeWithSelector(CallConditions.InvalidRange.selector, 0, 5, 4));
        c = B.config(0).at(ParamCondition.ONE_OF, ArgumentLocation.WORD, 0, 0, B.set(0, 0, bytes32(uint256(1))));
        _initRaw(c.encode(), abi.encodeWithSelector(CallRulesPolicy.UnsortedValues.selector, 0));
        c = B.config(0)
            .at(ParamCondition.EQUAL, ArgumentLocation.WORD, 0, 0, B.set(0, bytes32(uint256(1)), bytes32(uint256(2))));
        _initRaw(c.encode(), abi.encodeWithSelector(CallRulesPolicy.InvalidValueCount.selector, 0, 3));
        c = B.config(0).rule(ParamCondition.EQUAL, 0, 0);
        c.values = new bytes32[](2);
        _initRaw(c.encode(), abi.encodeWithSelector(CallRulesPolicy.ValueCountMismatch.selector, 1, 2));
        c.values = new bytes32[](0);
        _initRaw(c.encode(), abi.encodeWithSelector(CallRulesPolicy.ValueCountMismatch.selector, 1, 0));
        // A field word above its type (offset is uint24).
        bytes memory wide = B.config(0).rule(ParamCondition.EQUAL, 0, 0).encode();
        assembly {
            mstore(add(wide, add(32, add(128, 96))), shl(24, 1))
        }
        _initRaw(wide, abi.encodeWithSelector(CallConditions.MalformedRule.selector, 0));
    }

    function test_init_roundTripsThroughTheGetter() public {
        B.Config memory c = B.config(7).rule(ParamCondition.EQUAL, 4, bytes32(uint256(1)));
        c.element(ParamCondition.LESS_THAN, 64, 3, bytes32(uint256(9))).limited(77);
        bytes32[] memory set = B.set(bytes32(uint256(3)), bytes32(uint256(1)), bytes32(uint256(2)));
        c.or().at(ParamCondition.ONE_OF, ArgumentLocation.TAIL_WORD, 32, 2, set);
        c.or().rule(ParamCondition.IN_RANGE, 0, bytes32((uint256(1) << 128) | 2));
        _init(c);
        (uint256 valueLimit, CallRule[] memory rules, bytes32[] memory values, uint256[] memory used) =
            policy.getCallRules(address(this), CONFIG, account);
        assertEq(valueLimit, 7);
        assertEq(abi.encode(rules), abi.encode(c.rules));
        assertEq(values, c.values);
        assertEq(used.length, 4);
    }

    // ─── Keying, storage, scopes ──────────────────────────────────────────────────────────────────────────

    function test_refuses_notInitialised() public {
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        _check(0, "");
    }

    function test_stateIsPerMultiplexerConfigAndAccount() public {
        B.Config memory c = B.config(0).rule(ParamCondition.GREATER_THAN_OR_EQUAL, 0, 0).limited(10);
        _init(c);
        address other = makeAddr("other");
        policy.initializeWithMultiplexer(other, CONFIG, c.encode());
        _check(0, _call(10, 0));
        policy.checkAction(CONFIG, other, target, 0, _call(10, 0));
        vm.prank(makeAddr("other multiplexer"));
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        policy.checkAction(CONFIG, account, target, 0, _call(1, 0));
    }

    /// @notice ERC-7562: every slot a check touches is `keccak(account ‖ page parent) + n`, n < 128, also for a
    /// config longer than one page (the last group's rules live in page 1).
    function test_checkTouchesOnlyAccountAssociatedSlots() public {
        B.Config memory c = B.config(0);
        // 70 groups of one limited rule that never holds (3 words each: header, value, usage), then one that does.
        for (uint256 i; i < 70; ++i) {
            c.rule(ParamCondition.EQUAL, 0, bytes32(uint256(1000 + i))).limited(1000).or();
        }
        c.rule(ParamCondition.LESS_THAN, 0, bytes32(uint256(10))).limited(1000);
        _init(c);
        uint256[2] memory bases;
        for (uint256 page; page < 2; ++page) {
            bytes32 parent = keccak256(
                abi.encode(page, keccak256(abi.encode(CONFIG, keccak256(abi.encode(address(this), uint256(0))))))
            );
            bases[page] = uint256(keccak256(abi.encode(account, parent)));
        }
        vm.record();
        _check(0, _call(5, 0));
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(address(policy));
        assertEq(writes.length, 1);
        assertEq(uint256(writes[0]), bases[1] + (3 * 71 - 1) % 128, "the last rule's usage, in page 1");
        bool page1;
        for (uint256 i; i < reads.length; ++i) {
            uint256 slot = uint256(reads[i]);
            bool inPage0 = slot >= bases[0] && slot < bases[0] + 128;
            bool inPage1 = slot >= bases[1] && slot < bases[1] + 128;
            assertTrue(inPage0 || inPage1, "a slot outside the account's pages");
            page1 = page1 || inPage1;
        }
        assertTrue(page1);
    }

    function test_actionScopeOnly() public view {
        assertTrue(policy.supportsInterface(type(IActionPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(I1271Policy).interfaceId));
    }

    function test_sharedConditionsMatchCallPolicyEnum() public pure {
        assertEq(uint8(ParamCondition.ONE_OF), 7);
        assertTrue(CallConditions.holds(uint8(ParamCondition.IN_RANGE), 5, (uint256(5) << 128) | 5));
    }
}
