// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {I1271Policy, IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {TimeFramePolicy} from "contracts/policies/TimeFramePolicy.sol";
import {Test} from "forge-std/Test.sol";

/// @notice TimeFramePolicy called directly; the test contract plays the multiplexer.
contract TimeFramePolicyTest is Test {
    TimeFramePolicy internal policy = new TimeFramePolicy();
    address internal account = makeAddr("account");
    bytes32 internal constant CONFIG = keccak256("config");

    function _init(uint48 validUntil, uint48 validAfter) internal {
        policy.initializeWithMultiplexer(account, CONFIG, abi.encodePacked(validUntil, validAfter));
    }

    function _op(address sender) internal pure returns (PackedUserOperation memory op) {
        op.sender = sender;
    }

    function _expected(uint48 validUntil, uint48 validAfter) internal pure returns (uint256) {
        return (uint256(validAfter) << 208) | (uint256(validUntil) << 160);
    }

    function testFuzz_returnsTheFrameAsValidationData(uint48 validUntil, uint48 validAfter, uint256 now_) public {
        vm.assume(validUntil == 0 || validAfter < validUntil);
        _init(validUntil, validAfter);
        // The answer never depends on the clock (ERC-7562): the EntryPoint enforces it.
        vm.warp(bound(now_, 0, type(uint48).max));
        uint256 expected = _expected(validUntil, validAfter);
        assertEq(policy.checkAction(CONFIG, account, address(1), 0, ""), expected);
        assertEq(policy.checkUserOpPolicy(CONFIG, _op(account)), expected);
        assertEq(uint160(expected), 0, "never a failure");
        (uint48 storedUntil, uint48 storedAfter) = policy.getTimeFrame(address(this), CONFIG, account);
        assertEq(storedUntil, validUntil);
        assertEq(storedAfter, validAfter);
    }

    function test_unboundedBothSidesReturnsZero() public {
        _init(0, 0);
        assertEq(policy.checkAction(CONFIG, account, address(1), 0, ""), 0);
    }

    function testFuzz_refuses_wrongLength(bytes memory initData) public {
        vm.assume(initData.length != 12);
        vm.expectRevert(abi.encodeWithSelector(IPolicy.InvalidInitDataLength.selector, initData.length));
        policy.initializeWithMultiplexer(account, CONFIG, initData);
    }

    function testFuzz_refuses_emptyWindow(uint48 validUntil, uint48 validAfter) public {
        validUntil = uint48(bound(validUntil, 1, type(uint48).max));
        validAfter = uint48(bound(validAfter, validUntil, type(uint48).max));
        _init(100, 10);
        vm.expectRevert(abi.encodeWithSelector(TimeFramePolicy.InvalidTimeFrame.selector, validUntil, validAfter));
        _init(validUntil, validAfter);
        // Nothing changed.
        (uint48 storedUntil, uint48 storedAfter) = policy.getTimeFrame(address(this), CONFIG, account);
        assertEq(storedUntil, 100);
        assertEq(storedAfter, 10);
    }

    function test_validAfterWithoutUntilIsAccepted() public {
        _init(0, 500);
        assertEq(policy.checkAction(CONFIG, account, address(1), 0, ""), _expected(0, 500));
    }

    function test_reinitialisingReplacesTheFrame() public {
        _init(100, 10);
        _init(0, 0);
        assertEq(policy.checkAction(CONFIG, account, address(1), 0, ""), 0);
    }

    function test_refuses_notInitialised() public {
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        policy.checkAction(CONFIG, account, address(1), 0, "");
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        policy.checkUserOpPolicy(CONFIG, _op(account));
        assertFalse(policy.check1271SignedAction(CONFIG, address(this), account, bytes32(0), ""));
    }

    function test_stateIsPerMultiplexerConfigAndAccount() public {
        _init(100, 10);
        address other = makeAddr("other");
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, other));
        policy.checkAction(CONFIG, other, address(1), 0, "");
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, bytes32(0), account));
        policy.checkAction(bytes32(0), account, address(1), 0, "");
        vm.prank(makeAddr("other multiplexer"));
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        policy.checkAction(CONFIG, account, address(1), 0, "");
    }

    function testFuzz_erc1271FollowsTheEntryPointRule(uint48 validUntil, uint48 validAfter, uint48 now_) public {
        vm.assume(validUntil == 0 || validAfter < validUntil);
        _init(validUntil, validAfter);
        vm.warp(now_);
        bool expected = now_ > validAfter && (validUntil == 0 || now_ <= validUntil);
        assertEq(policy.check1271SignedAction(CONFIG, address(this), account, bytes32(0), ""), expected);
    }

    function test_erc1271Boundaries() public {
        _init(200, 100);
        vm.warp(100);
        assertFalse(policy.check1271SignedAction(CONFIG, address(this), account, bytes32(0), ""));
        vm.warp(101);
        assertTrue(policy.check1271SignedAction(CONFIG, address(this), account, bytes32(0), ""));
        vm.warp(200);
        assertTrue(policy.check1271SignedAction(CONFIG, address(this), account, bytes32(0), ""));
        vm.warp(201);
        assertFalse(policy.check1271SignedAction(CONFIG, address(this), account, bytes32(0), ""));
    }

    function test_supportsEveryScope() public view {
        assertTrue(policy.supportsInterface(type(IERC165).interfaceId));
        assertTrue(policy.supportsInterface(type(IPolicy).interfaceId));
        assertTrue(policy.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertTrue(policy.supportsInterface(type(IActionPolicy).interfaceId));
        assertTrue(policy.supportsInterface(type(I1271Policy).interfaceId));
        assertFalse(policy.supportsInterface(0xffffffff));
    }
}
