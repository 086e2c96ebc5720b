// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ISessionValidator, MODULE_TYPE_STATELESS_VALIDATOR} from "../interfaces/ISessionValidator.sol";
import {SignatureLib} from "./SignatureLib.sol";

/// @title ECDSASessionValidator
/// @notice ERC-7780 stateless validator for a single ECDSA session key.
/// @dev `data` = the signer's address (20 bytes). `signature` = one 65-byte `r ‖ s ‖ v` in the forms of
/// SignatureLib: over the raw hash or its EIP-191 digest (v 27/28), or the EIP-191 digest flagged v + 4.
contract ECDSASessionValidator is ISessionValidator {
    /// @inheritdoc ISessionValidator
    function validateSignatureWithData(bytes32 hash, bytes calldata signature, bytes calldata data)
        external
        view
        returns (bool)
    {
        if (data.length != 20 || signature.length != 65) return false;
        address signer;
        bool rawMatch;
        assembly ("memory-safe") {
            // Hot path, the form our client signs (v 27/28 over the raw hash): ecrecover straight from calldata.
            signer := shr(96, calldataload(data.offset))
            let v := byte(0, calldataload(add(signature.offset, 0x40)))
            let m := mload(0x40)
            mstore(m, hash)
            mstore(add(m, 0x20), v)
            calldatacopy(add(m, 0x40), signature.offset, 0x40)
            // The precompile writes nothing for an invalid signature: start from zero.
            mstore(0x00, 0)
            pop(staticcall(gas(), 1, m, 0x80, 0x00, 0x20))
            let recovered := mload(0x00)
            rawMatch := and(and(eq(recovered, signer), iszero(iszero(signer))), or(eq(v, 27), eq(v, 28)))
        }
        if (rawMatch) return true;
        return SignatureLib.isSignedByDigestForms(hash, signature, signer);
    }

    /// @inheritdoc ISessionValidator
    function isModuleType(uint256 moduleTypeId) external pure returns (bool) {
        return moduleTypeId == MODULE_TYPE_STATELESS_VALIDATOR;
    }

    /// @notice Stateless: installing stores nothing.
    function onInstall(bytes calldata) external {}

    /// @notice Stateless: uninstalling clears nothing.
    function onUninstall(bytes calldata) external {}
}
