// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {I1271Policy, IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {ExecutionLib} from "contracts/lib/ExecutionLib.sol";
import {ValueLimitPolicy} from "contracts/policies/ValueLimitPolicy.sol";
import {Test} from "forge-std/Test.sol";

/// @notice ValueLimitPolicy called directly, this test contract acting as the multiplexer.
contract ValueLimitPolicyTest is Test {
    ValueLimitPolicy internal policy;
    address internal account = makeAddr("account");
    address internal target = makeAddr("target");
    bytes32 internal constant CONFIG = keccak256("config");
    uint256 internal constant LIMIT = 1 ether;

    function setUp() public {
        policy = new ValueLimitPolicy();
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(LIMIT));
    }

    function _check(uint256 value) internal returns (uint256) {
        return policy.checkAction(CONFIG, account, target, value, "");
    }

    function _used(bytes32 configId, address acc) internal view returns (uint256 used) {
        (, used) = policy.getValueLimit(address(this), configId, acc);
    }

    function _expectExceeded(uint256 requested, uint256 remaining) internal {
        vm.expectRevert(abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, requested, remaining));
    }

    function _single(uint256 value) internal view returns (bytes memory) {
        return abi.encodeWithSelector(0xe9ae5c53, bytes32(0), abi.encodePacked(target, value, hex"abcdef01"));
    }

    function _batch(uint256[] memory values) internal view returns (bytes memory) {
        Execution[] memory calls = new Execution[](values.length);
        for (uint256 i; i < values.length; ++i) {
            calls[i] = Execution(target, values[i], "");
        }
        return abi.encodeWithSelector(0xe9ae5c53, bytes32(bytes1(0x01)), abi.encode(calls));
    }

    function _op(bytes memory callData) internal view returns (PackedUserOperation memory op) {
        op.sender = account;
        op.callData = callData;
    }

    // ─── Init ─────────────────────────────────────────────────────────────────────────────────────────────

    function test_init_storesLimit() public view {
        (uint256 limit, uint256 used) = policy.getValueLimit(address(this), CONFIG, account);
        assertEq(limit, LIMIT);
        assertEq(used, 0);
    }

    function test_init_clampsAboveUint128() public {
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(type(uint256).max));
        (uint256 limit,) = policy.getValueLimit(address(this), CONFIG, account);
        assertEq(limit, type(uint128).max);
    }

    function test_init_refuses_wrongLength() public {
        assertEq(_check(1), 0);
        bytes[3] memory bad = [bytes(""), abi.encodePacked(uint128(1)), abi.encode(uint256(1), uint256(2))];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPolicy.InvalidInitData.selector));
            policy.initializeWithMultiplexer(account, CONFIG, bad[i]);
        }
        assertEq(_used(CONFIG, account), 1);
    }

    function test_reinit_resetsUsed() public {
        assertEq(_check(LIMIT), 0);
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(LIMIT));
        assertEq(_used(CONFIG, account), 0);
        assertEq(_check(LIMIT), 0);
    }

    function test_zeroLimitAllowsNoValue() public {
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(0));
        assertEq(_check(0), 0);
        _expectExceeded(1, 0);
        _check(1);
    }

    // ─── Action scope ─────────────────────────────────────────────────────────────────────────────────────

    function test_action_exactlyAtLimitPasses_oneMoreFails() public {
        assertEq(_check(LIMIT - 1), 0);
        assertEq(_check(1), 0);
        assertEq(_used(CONFIG, account), LIMIT);
        _expectExceeded(1, 0);
        _check(1);
    }

    function test_action_overLimitChangesNothing() public {
        assertEq(_check(0.4 ether), 0);
        _expectExceeded(0.6 ether + 1, 0.6 ether);
        _check(0.6 ether + 1);
        assertEq(_used(CONFIG, account), 0.4 ether);
    }

    function test_action_zeroValuePasses() public {
        assertEq(_check(0), 0);
        assertEq(_used(CONFIG, account), 0);
    }

    function test_action_maxUint() public {
        _expectExceeded(type(uint256).max, LIMIT);
        _check(type(uint256).max);
    }

    function test_accountsAndConfigsAreIndependent() public {
        address other = makeAddr("other");
        bytes32 otherConfig = keccak256("other config");
        policy.initializeWithMultiplexer(other, CONFIG, abi.encode(LIMIT));
        policy.initializeWithMultiplexer(account, otherConfig, abi.encode(LIMIT));
        assertEq(_check(LIMIT), 0);
        assertEq(policy.checkAction(CONFIG, other, target, LIMIT, ""), 0);
        assertEq(policy.checkAction(otherConfig, account, target, LIMIT, ""), 0);
        // Another multiplexer has a zero limit under the same ids.
        vm.prank(makeAddr("other multiplexer"));
        _expectExceeded(1, 0);
        policy.checkAction(CONFIG, account, target, 1, "");
    }

    // ─── User-op scope ────────────────────────────────────────────────────────────────────────────────────

    function test_userOp_single() public {
        assertEq(policy.checkUserOpPolicy(CONFIG, _op(_single(0.3 ether))), 0);
        assertEq(_used(CONFIG, account), 0.3 ether);
        _expectExceeded(0.7 ether + 1, 0.7 ether);
        policy.checkUserOpPolicy(CONFIG, _op(_single(0.7 ether + 1)));
    }

    function test_userOp_batchSumsAllCalls() public {
        uint256[] memory values = new uint256[](3);
        (values[0], values[1], values[2]) = (0.2 ether, 0, 0.3 ether);
        assertEq(policy.checkUserOpPolicy(CONFIG, _op(_batch(values))), 0);
        assertEq(_used(CONFIG, account), 0.5 ether);
        (values[0], values[1], values[2]) = (0.25 ether, 0.25 ether, 1);
        _expectExceeded(0.5 ether + 1, 0.5 ether);
        policy.checkUserOpPolicy(CONFIG, _op(_batch(values)));
        values[2] = 0;
        assertEq(policy.checkUserOpPolicy(CONFIG, _op(_batch(values))), 0);
        assertEq(_used(CONFIG, account), LIMIT);
    }

    function test_userOp_batchOverflowRefused() public {
        uint256[] memory values = new uint256[](2);
        (values[0], values[1]) = (type(uint256).max, 1);
        vm.expectRevert(abi.encodeWithSelector(ExecutionLib.ValueSumOverflow.selector));
        policy.checkUserOpPolicy(CONFIG, _op(_batch(values)));
    }

    function test_userOp_usesSenderAsAccount() public {
        PackedUserOperation memory op = _op(_single(1));
        op.sender = makeAddr("not initialised");
        _expectExceeded(1, 0);
        policy.checkUserOpPolicy(CONFIG, op);
    }

    function test_userOp_refuses_otherFunction() public {
        vm.expectRevert(abi.encodeWithSelector(ExecutionLib.UnsupportedExecutionFunction.selector, bytes4(0)));
        policy.checkUserOpPolicy(CONFIG, _op(hex"e9ae5c"));
        vm.expectRevert(abi.encodeWithSelector(ExecutionLib.UnsupportedExecutionFunction.selector, bytes4(0x12345678)));
        policy.checkUserOpPolicy(CONFIG, _op(abi.encodeWithSelector(0x12345678, uint256(1))));
    }

    function test_userOp_refuses_otherModes() public {
        bytes32[3] memory modes = [bytes32(bytes1(0xff)), bytes32(bytes1(0xfe)), bytes32(bytes2(0x0001))];
        for (uint256 i; i < modes.length; ++i) {
            bytes memory callData =
                abi.encodeWithSelector(0xe9ae5c53, modes[i], abi.encodePacked(target, uint256(1), ""));
            vm.expectRevert(abi.encodeWithSelector(ExecutionLib.UnsupportedExecutionMode.selector, modes[i]));
            policy.checkUserOpPolicy(CONFIG, _op(callData));
        }
    }

    function test_userOp_refuses_malformed() public {
        bytes memory selectorAndMode = abi.encodePacked(bytes4(0xe9ae5c53), bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(ExecutionLib.MalformedExecutionCalldata.selector));
        policy.checkUserOpPolicy(CONFIG, _op(selectorAndMode));
        // Offset pointing past the end.
        vm.expectRevert(abi.encodeWithSelector(ExecutionLib.MalformedExecutionCalldata.selector));
        policy.checkUserOpPolicy(CONFIG, _op(abi.encodePacked(selectorAndMode, uint256(0x1000))));
        // Single execution shorter than target ‖ value.
        vm.expectRevert(abi.encodeWithSelector(ExecutionLib.MalformedExecutionCalldata.selector));
        policy.checkUserOpPolicy(
            CONFIG, _op(abi.encodeWithSelector(0xe9ae5c53, bytes32(0), abi.encodePacked(target, uint248(1))))
        );
        assertEq(_used(CONFIG, account), 0);
    }

    function test_supportsActionAndUserOpScopes() public view {
        assertTrue(policy.supportsInterface(type(IActionPolicy).interfaceId));
        assertTrue(policy.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(I1271Policy).interfaceId));
    }

    /// @notice ERC-7562: a check touches exactly `keccak(account ‖ …)`; a call without value touches nothing.
    function test_erc7562_touchesOnlyAccountAssociatedSlots() public {
        uint256 expected = uint256(
            keccak256(abi.encode(account, keccak256(abi.encode(CONFIG, keccak256(abi.encode(address(this), 0))))))
        );
        vm.record();
        _check(1);
        policy.checkUserOpPolicy(CONFIG, _op(_single(1)));
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(address(policy));
        for (uint256 i; i < reads.length; ++i) {
            assertEq(uint256(reads[i]), expected);
        }
        for (uint256 i; i < writes.length; ++i) {
            assertEq(uint256(writes[i]), expected);
        }
        assertEq(writes.length, 2);
        vm.record();
        _check(0);
        (reads, writes) = vm.accesses(address(policy));
        assertEq(reads.length + writes.length, 0);
    }
}
