// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title FeeLimitPolicy
/// @notice Bounds the ETH an account pays the EntryPoint for gas of a session's user ops. Without a paymaster the
/// EntryPoint takes the op's required prefund from the account, `maxFeePerGas × (verificationGasLimit +
/// callGasLimit + preVerificationGas + paymasterVerificationGasLimit + paymasterPostOpGasLimit)`, and pays what
/// the op used to the bundler's beneficiary; every field is chosen by whoever signs the op, so a session key that
/// bundles its own ops could otherwise take the account's ETH as "fees".
/// Guarantee (user-op scope): each op this config lets through without a paymaster is counted at its required
/// prefund, which is at least what the EntryPoint charges the account for it (the unused part is credited back
/// to the account's deposit); the op is refused when that cost exceeds `maxCostPerOp` or takes the sum counted
/// since the config's last initialisation past `totalLimit`. Hence the ETH the account pays for gas of this
/// config's ops never exceeds `totalLimit`, nor `maxCostPerOp` for any one op. An op that names a paymaster
/// (non-zero address in `paymasterAndData`) costs the account no ETH at the EntryPoint and counts 0; what a
/// paymaster itself charges (e.g. tokens the account approved to it) is bounded by the action policies of
/// those calls, not here. `totalLimit = 0` lets through only paymaster-paid ops (and ops with `maxFeePerGas = 0`).
/// @dev initData = `abi.encode(uint256 maxCostPerOp, uint256 totalLimit)` (wei). A cost is counted at validation:
/// an op that validates and then reverts in execution still paid its gas. The cost saturates at 2^256 - 1
/// instead of overflowing (always refused). Amounts above MAX_AMOUNT (2^85 - 1 wei, about 38.7 million ETH) are
/// stored as MAX_AMOUNT, a stricter bound, so that both limits and the spent sum share one slot. EntryPoint v0.7
/// reads a `paymasterAndData` with a zero paymaster address as "no paymaster" and charges the account, paymaster
/// gas limits included: such an op is counted in full.
contract FeeLimitPolicy is PolicyBase, IUserOpPolicy {
    using ERC4337Utils for PackedUserOperation;

    /// @notice The op may cost the account `cost` wei, more than the `maxCostPerOp` of one op.
    error FeePerOpExceeded(uint256 cost, uint256 maxCostPerOp);
    /// @notice The op may cost the account `cost` wei, more than the `left` of the config's total fee budget.
    error FeeLimitExceeded(uint256 cost, uint256 left);

    /// @notice The largest amount stored; larger limits are stored as this.
    uint256 public constant MAX_AMOUNT = (1 << 85) - 1;
    /// @dev Bit 255 marks an initialised config (`(0, 0)` is a valid config and must not read as "missing").
    uint256 private constant INITIALIZED = 1 << 255;
    uint256 private constant MAX_COST_SHIFT = 170;
    uint256 private constant TOTAL_SHIFT = 85;

    /// @dev `INITIALIZED | maxCostPerOp << 170 | totalLimit << 85 | spent` of each config.
    mapping(address multiplexer => mapping(bytes32 configId => mapping(address account => uint256 packed))) private
        _fees;

    /// @notice Sets the per-op and total fee limits of `configId` for `account` and resets the spent sum to 0.
    /// @param initData `abi.encode(uint256 maxCostPerOp, uint256 totalLimit)` in wei.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        if (initData.length != 64) revert InvalidInitData();
        uint256 maxCostPerOp = Math.min(uint256(bytes32(initData[0:32])), MAX_AMOUNT);
        uint256 totalLimit = Math.min(uint256(bytes32(initData[32:64])), MAX_AMOUNT);
        _fees[msg.sender][configId][account] =
            INITIALIZED | (maxCostPerOp << MAX_COST_SHIFT) | (totalLimit << TOTAL_SHIFT);
    }

    /// @notice Counts the op's cost to the account (see `costOf`) against the config's limits. Reverts
    /// FeePerOpExceeded, FeeLimitExceeded, or NotInitialized (for a cost above 0); returns 0 otherwise.
    function checkUserOpPolicy(bytes32 id, PackedUserOperation calldata userOp) external returns (uint256) {
        uint256 cost = costOf(userOp);
        // Nothing to pay (a paymaster pays, or a zero fee): nothing to count.
        if (cost == 0) return 0;
        mapping(address account => uint256) storage slots = _fees[msg.sender][id];
        uint256 packed = slots[userOp.sender];
        if (packed & INITIALIZED == 0) revert NotInitialized(id, userOp.sender);
        uint256 maxCostPerOp = (packed >> MAX_COST_SHIFT) & MAX_AMOUNT;
        if (cost > maxCostPerOp) revert FeePerOpExceeded(cost, maxCostPerOp);
        uint256 left = ((packed >> TOTAL_SHIFT) & MAX_AMOUNT) - (packed & MAX_AMOUNT);
        if (cost > left) revert FeeLimitExceeded(cost, left);
        // spent + cost <= totalLimit <= MAX_AMOUNT: the sum stays in the low field.
        unchecked {
            slots[userOp.sender] = packed + cost;
        }
        return 0;
    }

    /// @notice What the EntryPoint may take from the account for `userOp`: 0 when it names a paymaster, else its
    /// required prefund `maxFeePerGas × (verificationGasLimit + callGasLimit + preVerificationGas +
    /// paymasterVerificationGasLimit + paymasterPostOpGasLimit)`, saturating at 2^256 - 1.
    function costOf(PackedUserOperation calldata userOp) public pure returns (uint256) {
        if (userOp.paymaster() != address(0)) return 0;
        // Four 128-bit fields: their sum cannot overflow; preVerificationGas is a full word.
        uint256 gas = userOp.verificationGasLimit() + userOp.callGasLimit() + userOp.paymasterVerificationGasLimit()
            + userOp.paymasterPostOpGasLimit();
        return Math.saturatingMul(Math.saturatingAdd(gas, userOp.preVerificationGas), userOp.maxFeePerGas());
    }

    /// @notice The limits of a config and the fees counted against them so far (left = totalLimit - spent).
    function getFeeLimit(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (uint256 maxCostPerOp, uint256 totalLimit, uint256 spent)
    {
        uint256 packed = _fees[multiplexer][configId][account];
        return ((packed >> MAX_COST_SHIFT) & MAX_AMOUNT, (packed >> TOTAL_SHIFT) & MAX_AMOUNT, packed & MAX_AMOUNT);
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (true, false, false);
    }
}
