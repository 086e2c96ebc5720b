// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IPolicy} from "contracts/interfaces/IPolicy.sol";
import {SpendingLimitPolicy} from "contracts/policies/SpendingLimitPolicy.sol";
import {ValueLimitPolicy} from "contracts/policies/ValueLimitPolicy.sol";
import {TokenLimitLib} from "contracts/policies/lib/TokenLimitLib.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Fuzzed sequences against SpendingLimitPolicy and ValueLimitPolicy (names: SpendingLimit, ValueLimit):
/// each amount passes exactly when it fits in what remains, the used amount is the sum of what passed, and it
/// never exceeds the limit.
contract SpendingLimitValueLimitFuzzTest is Test {
    SpendingLimitPolicy internal spending;
    ValueLimitPolicy internal value;
    address internal account = makeAddr("account");
    address internal token = makeAddr("token");
    bytes32 internal constant CONFIG = keccak256("config");

    function setUp() public {
        spending = new SpendingLimitPolicy();
        value = new ValueLimitPolicy();
    }

    function _initSpending(uint256 limit) internal {
        address[] memory tokens = new address[](1);
        tokens[0] = token;
        uint256[] memory limits = new uint256[](1);
        limits[0] = limit;
        spending.initializeWithMultiplexer(account, CONFIG, abi.encode(tokens, limits));
    }

    /// @dev Amounts spread over small values, values near the limit and huge values.
    function _shape(uint256 raw, uint256 limit) internal pure returns (uint256) {
        uint256 kind = raw % 4;
        if (kind == 0) return raw % (limit / 4 + 2);
        if (kind == 1) return raw % (limit + 2);
        if (kind == 2) return limit - (raw % (limit + 1)) + (raw >> 255);
        return raw;
    }

    function testFuzz_spendingLimit_sequence(uint256 limit, uint256[8] memory raw, bool[8] memory isApprove) public {
        limit = bound(limit, 1, type(uint128).max);
        _initSpending(limit);
        uint256 used;
        for (uint256 i; i < raw.length; ++i) {
            uint256 amount = _shape(raw[i], limit);
            bytes memory data = abi.encodeWithSelector(
                isApprove[i] ? TokenLimitLib.APPROVE_SELECTOR : TokenLimitLib.TRANSFER_SELECTOR, address(1), amount
            );
            if (amount > limit - used) {
                vm.expectRevert(
                    abi.encodeWithSelector(
                        SpendingLimitPolicy.SpendingLimitExceeded.selector, token, amount, limit - used
                    )
                );
                spending.checkAction(CONFIG, account, token, 0, data);
            } else {
                assertEq(spending.checkAction(CONFIG, account, token, 0, data), 0);
                used += amount;
            }
            (uint256 storedLimit, uint256 storedUsed) = spending.getSpendingLimit(address(this), CONFIG, account, token);
            assertEq(storedLimit, limit);
            assertEq(storedUsed, used);
            assertLe(storedUsed, limit);
        }
    }

    function testFuzz_spendingLimit_reinitForgets(uint256 limit, uint256 amount, address otherToken) public {
        vm.assume(otherToken != token && otherToken != address(0));
        limit = bound(limit, 1, type(uint128).max);
        amount = bound(amount, 1, limit);
        _initSpending(limit);
        spending.checkAction(
            CONFIG, account, token, 0, abi.encodeWithSelector(TokenLimitLib.TRANSFER_SELECTOR, 1, amount)
        );
        address[] memory tokens = new address[](1);
        tokens[0] = otherToken;
        uint256[] memory limits = new uint256[](1);
        limits[0] = limit;
        spending.initializeWithMultiplexer(account, CONFIG, abi.encode(tokens, limits));
        (uint256 oldLimit, uint256 oldUsed) = spending.getSpendingLimit(address(this), CONFIG, account, token);
        assertEq(oldLimit, 0);
        assertEq(oldUsed, 0);
        vm.expectRevert(abi.encodeWithSelector(TokenLimitLib.TokenNotAllowed.selector, token));
        spending.checkAction(CONFIG, account, token, 0, abi.encodeWithSelector(TokenLimitLib.TRANSFER_SELECTOR, 1, 0));
    }

    /// @notice Any calldata to a limited token passes only as transfer/approve with a fitting amount.
    function testFuzz_spendingLimit_arbitraryCalldata(bytes memory data, uint256 callValue) public {
        _initSpending(1000);
        (bool ok,) = address(spending)
            .call(abi.encodeCall(SpendingLimitPolicy.checkAction, (CONFIG, account, token, callValue, data)));
        (, uint256 used) = spending.getSpendingLimit(address(this), CONFIG, account, token);
        bool shaped = data.length >= 68
            && (bytes4(data) == TokenLimitLib.TRANSFER_SELECTOR || bytes4(data) == TokenLimitLib.APPROVE_SELECTOR);
        uint256 amount;
        if (data.length >= 68) {
            assembly ("memory-safe") {
                amount := mload(add(data, 68))
            }
        }
        bool expected = callValue == 0 && shaped && amount <= 1000;
        assertEq(ok, expected);
        assertEq(used, expected ? amount : 0);
    }

    function testFuzz_valueLimit_actionSequence(uint256 limit, uint256[8] memory raw) public {
        limit = bound(limit, 0, type(uint128).max);
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(limit));
        uint256 used;
        for (uint256 i; i < raw.length; ++i) {
            uint256 amount = _shape(raw[i], limit);
            if (amount > limit - used) {
                vm.expectRevert(abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, amount, limit - used));
                value.checkAction(CONFIG, account, address(1), amount, "");
            } else {
                assertEq(value.checkAction(CONFIG, account, address(1), amount, ""), 0);
                used += amount;
            }
            (, uint256 storedUsed) = value.getValueLimit(address(this), CONFIG, account);
            assertEq(storedUsed, used);
            assertLe(storedUsed, limit);
        }
    }

    function testFuzz_valueLimit_userOpBatchSum(uint256 limit, uint128[4] memory values) public {
        limit = bound(limit, 0, type(uint128).max);
        value.initializeWithMultiplexer(account, CONFIG, abi.encode(limit));
        Execution[] memory calls = new Execution[](values.length);
        uint256 total;
        for (uint256 i; i < values.length; ++i) {
            calls[i] = Execution(address(1), values[i], "");
            total += values[i];
        }
        PackedUserOperation memory op;
        op.sender = account;
        op.callData = abi.encodeWithSelector(0xe9ae5c53, bytes32(bytes1(0x01)), abi.encode(calls));
        if (total > limit) {
            vm.expectRevert(abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, total, limit));
            value.checkUserOpPolicy(CONFIG, op);
        } else {
            assertEq(value.checkUserOpPolicy(CONFIG, op), 0);
        }
        (, uint256 used) = value.getValueLimit(address(this), CONFIG, account);
        assertEq(used, total > limit ? 0 : total);
    }
}
