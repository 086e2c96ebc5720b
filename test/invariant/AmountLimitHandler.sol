// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionKey} from "../utils/SessionOpSender.sol";
import {SessionOpHandler} from "./SessionOpHandler.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";

/// @notice Sends random session ops through the real EntryPoint — token transfers and approvals, ETH sends,
/// batches of both — lets the approved spender pull tokens, and lets time pass. Keeps ghost totals of what the
/// ops that went through counted (transfer and approve amounts; ETH values).
contract AmountLimitHandler is SessionOpHandler {
    address internal immutable ethRecipient;
    uint256 internal immutable maxAmount;
    uint256 internal immutable maxValue;
    address public constant SPENDER = address(0x5bE4de7);

    uint256 public countedTokens;
    uint256 public sentValue;

    constructor(SessionKey memory key, address ethRecipient_, uint256 maxAmount_, uint256 maxValue_)
        SessionOpHandler(key)
    {
        (ethRecipient, maxAmount, maxValue) = (ethRecipient_, maxAmount_, maxValue_);
    }

    function transfer(uint256 amount) external {
        amount = bound(amount, 0, maxAmount);
        _send(_single(address(token), 0, abi.encodeCall(token.transfer, (address(0xbeef), amount))), amount, 0);
    }

    function approve(uint256 amount) external {
        amount = bound(amount, 0, maxAmount);
        _send(_single(address(token), 0, abi.encodeCall(token.approve, (SPENDER, amount))), amount, 0);
    }

    function sendEth(uint256 value) external {
        value = bound(value, 0, maxValue);
        _send(_single(ethRecipient, value, ""), 0, value);
    }

    function batch(uint256 amount, uint256 value, bool approveFirst) external {
        amount = bound(amount, 0, maxAmount);
        value = bound(value, 0, maxValue);
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(
            address(token),
            0,
            approveFirst
                ? abi.encodeCall(token.approve, (SPENDER, amount))
                : abi.encodeCall(token.transfer, (address(0xbeef), amount))
        );
        calls[1] = Execution(ethRecipient, value, "");
        _send(_batch(calls), amount, value);
    }

    /// @notice The approved spender takes what it may (outside the session).
    function pull(uint256 amount) external {
        amount = bound(amount, 0, token.allowance(account, SPENDER));
        vm.prank(SPENDER);
        token.transferFrom(account, address(0xd00d), amount);
    }

    function wait(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 0, 3 days));
    }

    function _send(bytes memory callData, uint256 amount, uint256 value) internal {
        if (_sendOp(callData)) {
            countedTokens += amount;
            sentValue += value;
        }
    }
}
