// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ActionId, ConfigId, PermissionId, Session} from "../DataTypes.sol";

/// @title IdLib
/// @notice The ids of the wire format: permission, action and policy config ids.
library IdLib {
    /// @notice keccak256(abi.encode(sessionValidator, sessionValidatorInitData, salt)).
    function permissionId(Session memory session) internal pure returns (PermissionId) {
        return PermissionId.wrap(
            keccak256(abi.encode(session.sessionValidator, session.sessionValidatorInitData, session.salt))
        );
    }

    /// @notice keccak256(abi.encodePacked(target, selector)).
    function actionId(address target, bytes4 selector) internal pure returns (ActionId id) {
        assembly ("memory-safe") {
            // 20-byte address then 4-byte selector, packed in scratch space.
            mstore(0x00, shl(96, target))
            mstore(0x14, selector)
            id := keccak256(0x00, 0x18)
        }
    }

    /// @notice keccak256(abi.encodePacked(account, permissionId, scope)): one policy instance's state key.
    /// @dev `scope` is an action id, or USER_OP_SCOPE / ERC1271_SCOPE for the session-wide policies.
    function configId(address account, PermissionId permissionId_, bytes32 scope) internal pure returns (ConfigId id) {
        assembly ("memory-safe") {
            // 20 + 32 + 32 packed bytes, written at the free memory pointer without allocating.
            let m := mload(0x40)
            mstore(m, shl(96, account))
            mstore(add(m, 0x14), permissionId_)
            mstore(add(m, 0x34), scope)
            id := keccak256(m, 0x54)
        }
    }
}
