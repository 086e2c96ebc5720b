// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {I1271Policy, IActionPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {PolicyBase} from "./PolicyBase.sol";
import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";

/// @title SudoPolicy
/// @notice Always passes, at every scope. Guarantee: none; the session is limited only by its actions and
/// its other policies. Stateless.
contract SudoPolicy is PolicyBase, IUserOpPolicy, IActionPolicy, I1271Policy {
    /// @notice Nothing to store.
    function initializeWithMultiplexer(address, bytes32, bytes calldata) external {}

    /// @inheritdoc IUserOpPolicy
    function checkUserOpPolicy(bytes32, PackedUserOperation calldata) external pure returns (uint256) {
        return 0;
    }

    /// @inheritdoc IActionPolicy
    function checkAction(bytes32, address, address, uint256, bytes calldata) external pure returns (uint256) {
        return 0;
    }

    /// @inheritdoc I1271Policy
    function check1271SignedAction(bytes32, address, address, bytes32, bytes calldata) external pure returns (bool) {
        return true;
    }

    function _scopes() internal pure override returns (bool, bool, bool) {
        return (true, true, true);
    }
}
