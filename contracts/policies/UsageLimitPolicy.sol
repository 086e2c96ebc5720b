// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IActionPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";

/// @title UsageLimitPolicy
/// @notice Guarantee: at most `limit` successful validations per config and account since it was last
/// initialised: one per user op at user-op scope, one per call at action scope.
/// @dev initData = `abi.encodePacked(uint128 limit)` (16 bytes), limit > 0. `limit ‖ used` share one slot, so a
/// check is one SLOAD and one SSTORE. A use is counted at validation: an op that validates and then reverts in
/// execution still used up one use (as with the account nonce).
contract UsageLimitPolicy is PolicyBase, IUserOpPolicy, IActionPolicy {
    /// @notice A limit of 0 would grant nothing; remove the action instead.
    error ZeroLimit();
    /// @notice All `limit` uses are spent.
    error UsageLimitExceeded(uint128 limit);

    uint256 private constant USED_MASK = type(uint128).max;

    /// @dev `limit << 128 | used`; limit > 0 for every initialised config, so 0 means "never initialised".
    mapping(address multiplexer => mapping(bytes32 configId => mapping(address account => uint256 packed))) private
        _usage;

    /// @notice Sets the limit of `configId` for `account` and resets its count to 0.
    /// @param initData `abi.encodePacked(uint128 limit)`, limit > 0.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        if (initData.length != 16) revert InvalidInitDataLength(initData.length);
        // forge-lint: disable-next-line(unsafe-typecast) initData is exactly 16 bytes (checked above)
        uint128 limit = uint128(bytes16(initData));
        if (limit == 0) revert ZeroLimit();
        _usage[msg.sender][configId][account] = uint256(limit) << 128;
    }

    /// @notice Counts one use of `userOp.sender`'s config; reverts past the limit.
    function checkUserOpPolicy(bytes32 id, PackedUserOperation calldata userOp) external returns (uint256) {
        _use(id, userOp.sender);
        return 0;
    }

    /// @notice Counts one use of `account`'s config; reverts past the limit.
    function checkAction(bytes32 id, address account, address, uint256, bytes calldata) external returns (uint256) {
        _use(id, account);
        return 0;
    }

    /// @notice The limit and the uses counted so far of a config.
    function getUsage(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (uint128 limit, uint128 used)
    {
        uint256 packed = _usage[multiplexer][configId][account];
        // forge-lint: disable-next-line(unsafe-typecast) the limit and used halves of the word
        return (uint128(packed >> 128), uint128(packed));
    }

    function _use(bytes32 id, address account) private {
        mapping(address => uint256) storage usage = _usage[msg.sender][id];
        uint256 packed = usage[account];
        uint256 limit = packed >> 128;
        if (limit == 0) revert NotInitialized(id, account);
        // used < limit ≤ 2^128 - 1, so used + 1 never carries into the limit half.
        // forge-lint: disable-next-line(unsafe-typecast) limit is the high half of the word: < 2^128
        if (packed & USED_MASK >= limit) revert UsageLimitExceeded(uint128(limit));
        usage[account] = packed + 1;
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (true, true, false);
    }
}
