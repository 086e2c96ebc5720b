// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MockERC20} from "../utils/MockERC20.sol";
import {SessionOpSender} from "../utils/SessionOpSender.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PermissionId} from "contracts/DataTypes.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice Sends random session ops through the real EntryPoint — token transfers and approvals, ETH sends,
/// batches of both — lets the approved spender pull tokens, and lets time pass. Keeps ghost totals of what the
/// ops that went through counted (transfer and approve amounts; ETH values).
contract AmountLimitHandler is CommonBase, StdUtils {
    IEntryPoint internal immutable entryPoint;
    address internal immutable account;
    address internal immutable smartSession;
    MockERC20 internal immutable token;
    PermissionId internal immutable permissionId;
    uint256 internal immutable sessionKey;
    address internal immutable ethRecipient;
    uint256 internal immutable maxAmount;
    uint256 internal immutable maxValue;
    address public constant SPENDER = address(0x5bE4de7);

    uint256 public countedTokens;
    uint256 public sentValue;
    uint256 public passedOps;
    uint256 public refusedOps;

    constructor(
        IEntryPoint entryPoint_,
        address account_,
        address smartSession_,
        MockERC20 token_,
        PermissionId permissionId_,
        uint256 sessionKey_,
        address ethRecipient_,
        uint256 maxAmount_,
        uint256 maxValue_
    ) {
        (entryPoint, account, smartSession, token, permissionId, sessionKey) =
        (entryPoint_, account_, smartSession_, token_, permissionId_, sessionKey_);
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
        _send(
            abi.encodeWithSelector(0xe9ae5c53, bytes32(abi.encodePacked(bytes1(0x01), bytes31(0))), abi.encode(calls)),
            amount,
            value
        );
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

    function _single(address target, uint256 value, bytes memory data) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(0xe9ae5c53, bytes32(0), abi.encodePacked(target, value, data));
    }

    function _send(bytes memory callData, uint256 amount, uint256 value) internal {
        if (SessionOpSender.send(entryPoint, account, smartSession, permissionId, sessionKey, callData)) {
            countedTokens += amount;
            sentValue += value;
            ++passedOps;
        } else {
            ++refusedOps;
        }
    }
}
