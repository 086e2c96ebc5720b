// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionKey} from "../utils/SessionOpSender.sol";
import {SessionOpHandler} from "./SessionOpHandler.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {FixedWindowPolicyBase} from "contracts/policies/FixedWindowPolicyBase.sol";

/// @notice Plays the session key against the fixed-window policies through the real EntryPoint: batches that
/// claim any window (the current one, past or future ones, or none), transfer tokens and send ETH; time passes
/// at random. Keeps, per window of the block time at execution, the tokens and ETH that really left and the
/// operations that ran.
contract FixedWindowHandler is SessionOpHandler {
    address internal immutable spendingPolicy;
    address internal immutable valuePolicy;
    address internal immutable ratePolicy;
    address internal immutable recipient;
    uint256 internal immutable start;
    uint256 internal immutable period;

    mapping(uint256 window => uint256) public tokensIn;
    mapping(uint256 window => uint256) public valueIn;
    mapping(uint256 window => uint256) public opsIn;
    uint256 public maxTokensInAWindow;
    uint256 public maxValueInAWindow;
    uint256 public maxOpsInAWindow;

    constructor(SessionKey memory key, address[3] memory policies, address recipient_, uint256 start_, uint256 period_)
        SessionOpHandler(key)
    {
        (spendingPolicy, valuePolicy, ratePolicy, recipient, start, period) =
        (policies[0], policies[1], policies[2], recipient_, start_, period_);
    }

    /// @notice One op: optional claims of a chosen time on each policy, a transfer and an ETH send.
    function spend(uint256 amount, uint256 value, uint256 claimChoice, uint256 offset) external {
        amount = bound(amount, 0, 80e6);
        value = bound(value, 0, 0.08 ether);
        uint256 time = _claimTime(claimChoice, offset);
        bool claim = claimChoice % 5 != 4;
        Execution[] memory calls = new Execution[](claim ? 5 : 2);
        uint256 i;
        if (claim) {
            bytes memory claimCall = abi.encodeCall(FixedWindowPolicyBase.claimPeriod, (time));
            calls[i++] = Execution(spendingPolicy, 0, claimCall);
            calls[i++] = Execution(valuePolicy, 0, claimCall);
            calls[i++] = Execution(ratePolicy, 0, claimCall);
        }
        calls[i++] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, amount)));
        calls[i++] = Execution(recipient, value, "");
        uint256 tokensBefore = token.balanceOf(recipient);
        uint256 valueBefore = recipient.balance;
        bool passed = _sendOp(_batch(calls));
        // What really left, and the op if it ran, attributed to the window of the block time it ran at.
        uint256 window = (block.timestamp - start) / period;
        if (passed && ++opsIn[window] > maxOpsInAWindow) maxOpsInAWindow = opsIn[window];
        tokensIn[window] += token.balanceOf(recipient) - tokensBefore;
        valueIn[window] += recipient.balance - valueBefore;
        if (tokensIn[window] > maxTokensInAWindow) maxTokensInAWindow = tokensIn[window];
        if (valueIn[window] > maxValueInAWindow) maxValueInAWindow = valueIn[window];
    }

    function wait(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 0, 2 * period));
    }

    /// @dev Mostly now; else a time up to two periods before or after (never before start).
    function _claimTime(uint256 choice, uint256 offset) internal view returns (uint256) {
        offset = bound(offset, 0, 2 * period);
        if (choice % 5 == 1 && block.timestamp - offset >= start) return block.timestamp - offset;
        if (choice % 5 == 2) return block.timestamp + offset;
        return block.timestamp;
    }
}
