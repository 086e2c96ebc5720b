// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {I1271Policy, IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";
import {Test} from "forge-std/Test.sol";

/// @notice UsageLimitPolicy called directly; the test contract plays the multiplexer.
contract UsageLimitPolicyTest is Test {
    UsageLimitPolicy internal policy = new UsageLimitPolicy();
    address internal account = makeAddr("account");
    bytes32 internal constant CONFIG = keccak256("config");

    function _init(uint128 limit) internal {
        policy.initializeWithMultiplexer(account, CONFIG, abi.encodePacked(limit));
    }

    function _use() internal returns (uint256) {
        return policy.checkAction(CONFIG, account, address(1), 0, "");
    }

    function _used() internal view returns (uint128 used) {
        (, used) = policy.getUsage(address(this), CONFIG, account);
    }

    function testFuzz_exactlyLimitUses(uint8 limit) public {
        limit = uint8(bound(limit, 1, 40));
        _init(limit);
        for (uint256 i; i < limit; ++i) {
            assertEq(_use(), 0);
            assertEq(_used(), i + 1);
        }
        vm.expectRevert(abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, uint128(limit)));
        _use();
        assertEq(_used(), limit);
    }

    function test_userOpScopeCountsPerOp() public {
        _init(2);
        PackedUserOperation memory op;
        op.sender = account;
        assertEq(policy.checkUserOpPolicy(CONFIG, op), 0);
        assertEq(policy.checkUserOpPolicy(CONFIG, op), 0);
        vm.expectRevert(abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, uint128(2)));
        policy.checkUserOpPolicy(CONFIG, op);
    }

    function test_maxLimitNearTheTop() public {
        // used may reach 2^128 - 1 without carrying into the limit half.
        _init(type(uint128).max);
        bytes32 slot = _slot();
        vm.store(address(policy), slot, bytes32((uint256(type(uint128).max) << 128) | (type(uint128).max - 1)));
        _use();
        assertEq(_used(), type(uint128).max);
        vm.expectRevert(abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, type(uint128).max));
        _use();
    }

    function test_refuses_zeroLimit() public {
        vm.expectRevert(UsageLimitPolicy.ZeroLimit.selector);
        _init(0);
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        _use();
    }

    function testFuzz_refuses_wrongLength(bytes memory initData) public {
        vm.assume(initData.length != 16);
        _init(3);
        vm.expectRevert(abi.encodeWithSelector(IPolicy.InvalidInitDataLength.selector, initData.length));
        policy.initializeWithMultiplexer(account, CONFIG, initData);
        (uint128 limit,) = policy.getUsage(address(this), CONFIG, account);
        assertEq(limit, 3, "unchanged");
    }

    function test_refuses_notInitialised() public {
        vm.expectRevert(abi.encodeWithSelector(IPolicy.NotInitialized.selector, CONFIG, account));
        _use();
    }

    function test_reinitialisingResetsTheCount() public {
        _init(1);
        _use();
        _init(1);
        assertEq(_used(), 0);
        _use();
        vm.expectRevert(abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, uint128(1)));
        _use();
    }

    function test_stateIsPerMultiplexerConfigAndAccount() public {
        _init(1);
        address other = makeAddr("other");
        policy.initializeWithMultiplexer(other, CONFIG, abi.encodePacked(uint128(1)));
        policy.initializeWithMultiplexer(account, bytes32(0), abi.encodePacked(uint128(1)));
        address otherMultiplexer = makeAddr("other multiplexer");
        vm.prank(otherMultiplexer);
        policy.initializeWithMultiplexer(account, CONFIG, abi.encodePacked(uint128(1)));
        _use();
        // Each of the others still has its one use.
        policy.checkAction(CONFIG, other, address(1), 0, "");
        policy.checkAction(bytes32(0), account, address(1), 0, "");
        vm.prank(otherMultiplexer);
        policy.checkAction(CONFIG, account, address(1), 0, "");
    }

    function test_scopes() public view {
        assertTrue(policy.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertTrue(policy.supportsInterface(type(IActionPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(I1271Policy).interfaceId));
    }

    /// @dev `_usage[this][CONFIG][account]`, account innermost (ERC-7562).
    function _slot() internal view returns (bytes32) {
        bytes32 outer = keccak256(abi.encode(address(this), uint256(0)));
        bytes32 middle = keccak256(abi.encode(CONFIG, outer));
        return keccak256(abi.encode(account, middle));
    }

    function test_storageIsAssociatedWithTheAccount() public {
        _init(5);
        assertEq(uint256(vm.load(address(policy), _slot())), uint256(5) << 128);
    }
}
