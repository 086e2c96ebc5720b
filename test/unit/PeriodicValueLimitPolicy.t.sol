// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {I1271Policy, IActionPolicy, IPolicy, IUserOpPolicy} from "contracts/interfaces/IPolicy.sol";
import {ExecutionLib} from "contracts/lib/ExecutionLib.sol";
import {PeriodicValueLimitPolicy} from "contracts/policies/PeriodicValueLimitPolicy.sol";
import {PeriodicAllowance} from "contracts/policies/lib/PeriodicAllowance.sol";
import {Test} from "forge-std/Test.sol";

/// @notice PeriodicValueLimitPolicy called directly (this test contract is the multiplexer).
contract PeriodicValueLimitPolicyTest is Test {
    PeriodicValueLimitPolicy internal policy;
    address internal account = makeAddr("account");
    address internal target = makeAddr("target");
    bytes32 internal constant CONFIG = keccak256("config");
    uint256 internal constant LIMIT = 0.1 ether;
    uint48 internal constant PERIOD = 1 days;
    uint48 internal constant START = 1_700_000_000;

    function setUp() public {
        policy = new PeriodicValueLimitPolicy();
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(LIMIT, PERIOD, START));
    }

    function _check(uint256 value) internal returns (uint256) {
        return policy.checkAction(CONFIG, account, target, value, "") >> 208;
    }

    function _spent() internal view returns (uint256 spent) {
        (,,, spent) = policy.getAllowance(address(this), CONFIG, account);
    }

    function _batchOp(uint256 a, uint256 b) internal view returns (PackedUserOperation memory op) {
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(target, a, "");
        calls[1] = Execution(target, b, hex"12345678");
        op.sender = account;
        op.callData = abi.encodeWithSelector(0xe9ae5c53, bytes32(bytes1(0x01)), abi.encode(calls));
    }

    function test_init_storesConfig() public view {
        (uint256 limit, uint256 period, uint256 start, uint256 spent) =
            policy.getAllowance(address(this), CONFIG, account);
        assertEq(limit, LIMIT);
        assertEq(period, PERIOD);
        assertEq(start, START);
        assertEq(spent, 0);
    }

    function test_action_validAfterPerPeriod() public {
        assertEq(_check(LIMIT), START);
        assertEq(_check(1), START + PERIOD);
        assertEq(_check(LIMIT * 2), START + 3 * PERIOD);
        assertEq(_spent(), 3 * LIMIT + 1);
    }

    function test_action_zeroValuePassesAtOnce() public {
        assertEq(policy.checkAction(CONFIG, account, target, 0, ""), 0);
        assertEq(_spent(), 0);
    }

    function test_userOp_sumsTheBatch() public {
        assertEq(policy.checkUserOpPolicy(CONFIG, _batchOp(LIMIT / 2, LIMIT / 2)) >> 208, START);
        assertEq(policy.checkUserOpPolicy(CONFIG, _batchOp(1, 0)) >> 208, START + PERIOD);
        assertEq(policy.checkUserOpPolicy(CONFIG, _batchOp(0, 0)), 0);
        assertEq(_spent(), LIMIT + 1);
    }

    function test_userOp_refusesOtherModes() public {
        PackedUserOperation memory op = _batchOp(1, 1);
        op.callData = abi.encodeWithSelector(0xe9ae5c53, bytes32(bytes1(0xff)), abi.encodePacked(target));
        vm.expectRevert(abi.encodeWithSelector(ExecutionLib.UnsupportedExecutionMode.selector, bytes32(bytes1(0xff))));
        policy.checkUserOpPolicy(CONFIG, op);
    }

    function test_validAfterOf() public {
        assertEq(policy.validAfterOf(address(this), CONFIG, account, 2 * LIMIT), START + PERIOD);
        assertEq(_spent(), 0);
    }

    function test_refuses_notConfigured() public {
        vm.expectRevert(abi.encodeWithSelector(PeriodicAllowance.AllowanceNotConfigured.selector));
        policy.checkAction(keccak256("other"), account, target, 1, "");
    }

    function test_init_refuses_badData() public {
        _check(5);
        bytes[5] memory bad = [
            bytes(""),
            abi.encode(LIMIT, PERIOD),
            abi.encode(LIMIT, uint256(1) << 48, START),
            abi.encode(LIMIT, PERIOD, uint256(1) << 48),
            abi.encode(LIMIT, PERIOD, START, uint256(0))
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPolicy.InvalidInitData.selector));
            policy.initializeWithMultiplexer(account, CONFIG, bad[i]);
        }
        vm.expectRevert(abi.encodeWithSelector(PeriodicAllowance.InvalidAllowance.selector, 0, PERIOD));
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(0, PERIOD, START));
        vm.expectRevert(abi.encodeWithSelector(PeriodicAllowance.InvalidAllowance.selector, LIMIT, 0));
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(LIMIT, 0, START));
        assertEq(_spent(), 5);
    }

    function test_reinit_resets() public {
        _check(3 * LIMIT);
        policy.initializeWithMultiplexer(account, CONFIG, abi.encode(LIMIT, PERIOD, START));
        assertEq(_spent(), 0);
        assertEq(_check(LIMIT), START);
    }

    function test_supportsActionAndUserOpScopes() public view {
        assertTrue(policy.supportsInterface(type(IActionPolicy).interfaceId));
        assertTrue(policy.supportsInterface(type(IUserOpPolicy).interfaceId));
        assertFalse(policy.supportsInterface(type(I1271Policy).interfaceId));
    }

    /// @notice ERC-7562: a check touches only `keccak(account ‖ …) + n`, n < 2.
    function test_erc7562_touchesOnlyAccountAssociatedSlots() public {
        uint256 base = uint256(
            keccak256(abi.encode(account, keccak256(abi.encode(CONFIG, keccak256(abi.encode(address(this), 0))))))
        );
        vm.record();
        _check(LIMIT);
        _check(LIMIT);
        policy.checkUserOpPolicy(CONFIG, _batchOp(1, 1));
        (bytes32[] memory reads, bytes32[] memory writes) = vm.accesses(address(policy));
        for (uint256 i; i < reads.length; ++i) {
            assertTrue(uint256(reads[i]) == base || uint256(reads[i]) == base + 1);
        }
        for (uint256 i; i < writes.length; ++i) {
            assertEq(uint256(writes[i]), base);
        }
        assertEq(writes.length, 3);
    }
}
