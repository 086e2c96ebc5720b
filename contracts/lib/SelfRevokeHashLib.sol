// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PermissionId} from "../DataTypes.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

/// @title SelfRevokeHashLib
/// @notice EIP-712 hashing of self-revocations: a session key signs `SelfRevoke(account, permissionId, nonce)` to
/// revoke its own session without the account owner, in the domain {name: "SmartSession", version: "1", chainId,
/// verifyingContract: SmartSession}. The nonce is the session's enable nonce, so a signature revokes one enabled
/// session once: revoking moves the nonce, and so does every later enable.
library SelfRevokeHashLib {
    /// @dev The EIP-712 type a session key signs.
    string internal constant SELF_REVOKE_TYPE = "SelfRevoke(address account,bytes32 permissionId,uint256 nonce)";
    /// @dev keccak256(SELF_REVOKE_TYPE).
    bytes32 internal constant SELF_REVOKE_TYPEHASH = 0xe5faeb77e078f5d62fe319146d9bf0baa6ecffd15cc919ec3e5cd31243b16ce2;
    /// @dev keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)").
    bytes32 internal constant DOMAIN_TYPEHASH = 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f;

    /// @notice The digest a session key signs to revoke session `permissionId` of `account` at enable nonce `nonce`,
    /// on this chain, for the module `smartSession`.
    function digest(address account, PermissionId permissionId, uint256 nonce, address smartSession)
        internal
        view
        returns (bytes32)
    {
        bytes32 domainSeparator = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("SmartSession"), keccak256("1"), block.chainid, smartSession)
        );
        return MessageHashUtils.toTypedDataHash(
            domainSeparator, keccak256(abi.encode(SELF_REVOKE_TYPEHASH, account, permissionId, nonce))
        );
    }
}
