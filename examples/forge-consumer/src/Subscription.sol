// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice A tiny dapp: pay `price` in ETH for `period` more seconds of subscription; cancel to stop.
contract Subscription {
    uint256 public immutable price;
    uint256 public immutable period;
    mapping(address subscriber => uint256) public paidUntil;

    /// @notice The payment is not exactly `price`.
    error WrongPayment(uint256 sent, uint256 price);

    event Subscribed(address indexed subscriber, uint256 paidUntil);
    event Cancelled(address indexed subscriber);

    constructor(uint256 price_, uint256 period_) {
        price = price_;
        period = period_;
    }

    /// @notice Extends the caller's subscription by one period (from now if it has lapsed).
    function subscribe() external payable {
        if (msg.value != price) revert WrongPayment(msg.value, price);
        uint256 start = paidUntil[msg.sender] > block.timestamp ? paidUntil[msg.sender] : block.timestamp;
        paidUntil[msg.sender] = start + period;
        emit Subscribed(msg.sender, start + period);
    }

    /// @notice Ends the caller's subscription at once (no refund).
    function cancel() external {
        delete paidUntil[msg.sender];
        emit Cancelled(msg.sender);
    }
}
