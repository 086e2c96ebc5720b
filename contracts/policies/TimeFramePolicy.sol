// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {I1271Policy, IActionPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";

/// @title TimeFramePolicy
/// @notice Guarantee: a user op (user-op or action scope) is executed only while
/// `validAfter < block.timestamp <= validUntil` (the EntryPoint's own time-range rule; 0 = unbounded), and an
/// ERC-1271 signature is accepted only while the same holds at the time of the check.
/// @dev initData = `abi.encodePacked(uint48 validUntil, uint48 validAfter)` (12 bytes). For user ops the policy
/// never reads the clock (ERC-7562 bans TIMESTAMP in validation): it returns the bounds as validation data and
/// the EntryPoint enforces them. `check1271SignedAction` has no validation data to return, so it reads
/// `block.timestamp`; ERC-1271 checks run outside ERC-4337 validation (a bundler would refuse an op whose
/// validation asks for such a signature, which is the right outcome for a time-bound session).
contract TimeFramePolicy is PolicyBase, IUserOpPolicy, IActionPolicy, I1271Policy {
    /// @notice Both bounds are set and the window `(validAfter, validUntil]` is empty.
    error InvalidTimeFrame(uint48 validUntil, uint48 validAfter);

    /// @dev Bit 0 marks an initialised config (a config with both bounds 0 is valid and must not read as
    /// "missing"); the rest is laid out as ERC-4337 validation data: validUntil at bit 160, validAfter at 208.
    uint256 private constant INITIALIZED = 1;

    mapping(address multiplexer => mapping(bytes32 configId => mapping(address account => uint256 packed))) private
        _frames;

    /// @notice Sets (or resets) the time frame of `configId` for `account`, for the calling multiplexer.
    /// @param initData `abi.encodePacked(uint48 validUntil, uint48 validAfter)`; 0 = unbounded on that side.
    function initializeWithMultiplexer(address account, bytes32 configId, bytes calldata initData) external {
        if (initData.length != 12) revert InvalidInitDataLength(initData.length);
        uint48 validUntil = uint48(bytes6(initData[0:6]));
        uint48 validAfter = uint48(bytes6(initData[6:12]));
        if (validUntil != 0 && validAfter >= validUntil) revert InvalidTimeFrame(validUntil, validAfter);
        _frames[msg.sender][configId][account] =
            (uint256(validAfter) << 208) | (uint256(validUntil) << 160) | INITIALIZED;
    }

    /// @notice The configured time frame as ERC-4337 validation data (authorizer 0, so never a failure).
    function checkUserOpPolicy(bytes32 id, PackedUserOperation calldata userOp) external view returns (uint256) {
        return _validationData(id, userOp.sender);
    }

    /// @notice The configured time frame as ERC-4337 validation data (authorizer 0, so never a failure).
    function checkAction(bytes32 id, address account, address, uint256, bytes calldata)
        external
        view
        returns (uint256)
    {
        return _validationData(id, account);
    }

    /// @notice Whether now lies in `(validAfter, validUntil]`; false for a config never initialised.
    /// @dev Reads block.timestamp: see the contract's note on ERC-1271.
    function check1271SignedAction(bytes32 id, address, address account, bytes32, bytes calldata)
        external
        view
        returns (bool)
    {
        uint256 packed = _frames[msg.sender][id][account];
        if (packed == 0) return false;
        // forge-lint: disable-next-line(unsafe-typecast) reads the 48-bit validUntil field
        uint256 validUntil = uint48(packed >> 160);
        uint256 validAfter = packed >> 208;
        // forge-lint: disable-next-line(block-timestamp) ERC-1271 returns a bool: the window is checked against now
        return block.timestamp > validAfter && (validUntil == 0 || block.timestamp <= validUntil);
    }

    /// @notice The stored `(validUntil, validAfter)` of a config (zeros if never initialised).
    function getTimeFrame(address multiplexer, bytes32 configId, address account)
        external
        view
        returns (uint48 validUntil, uint48 validAfter)
    {
        uint256 packed = _frames[multiplexer][configId][account];
        // forge-lint: disable-next-line(unsafe-typecast) reads the 48-bit validUntil and validAfter fields
        return (uint48(packed >> 160), uint48(packed >> 208));
    }

    function _validationData(bytes32 id, address account) private view returns (uint256) {
        uint256 packed = _frames[msg.sender][id][account];
        if (packed == 0) revert NotInitialized(id, account);
        return packed ^ INITIALIZED;
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (true, true, true);
    }
}
