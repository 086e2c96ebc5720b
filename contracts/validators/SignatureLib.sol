// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ECDSA} from "solady/utils/ECDSA.sol";

/// @title SignatureLib
/// @notice The 65-byte ECDSA signature forms session validators accept, so that signatures made for the
/// reference's validators work unchanged:
///  - v 27/28: over the raw hash; failing that, over its EIP-191 personal-sign digest;
///  - v 31/32 (v + 4, the Safe eth_sign flag): over the EIP-191 digest, recovered with v − 4;
///  - anything else: invalid.
library SignatureLib {
    /// @notice Whether the 65-byte `signature` over `hash` is `signer`'s.
    /// @dev `signer` zero never matches: ecrecover returns zero for garbage.
    function isSignedBy(bytes32 hash, bytes calldata signature, address signer) internal view returns (bool) {
        if (signer == address(0)) return false;
        (bytes32 r, bytes32 s, uint8 v) = split(signature);
        if ((v == 27 || v == 28) && ECDSA.tryRecover(hash, v, r, s) == signer) return true;
        return isSignedByDigestForms(hash, signature, signer);
    }

    /// @notice The forms over the EIP-191 digest of `hash`: v 27/28 (after a failed raw-hash recovery) and the
    /// flagged v 31/32.
    function isSignedByDigestForms(bytes32 hash, bytes calldata signature, address signer)
        internal
        view
        returns (bool)
    {
        if (signer == address(0)) return false;
        (bytes32 r, bytes32 s, uint8 v) = split(signature);
        if (v == 31 || v == 32) v -= 4;
        else if (v != 27 && v != 28) return false;
        return ECDSA.tryRecover(ECDSA.toEthSignedMessageHash(hash), v, r, s) == signer;
    }

    /// @notice The signer of `hash` with `v`, `r`, `s`, or zero if none (never reverts).
    function recover(bytes32 hash, uint8 v, bytes32 r, bytes32 s) internal view returns (address) {
        return ECDSA.tryRecover(hash, v, r, s);
    }

    /// @notice The EIP-191 personal-sign digest of a 32-byte `hash`.
    function toEthSignedMessageHash(bytes32 hash) internal pure returns (bytes32) {
        return ECDSA.toEthSignedMessageHash(hash);
    }

    /// @notice `r`, `s` and `v` of a 65-byte signature (the caller checks the length).
    function split(bytes calldata signature) internal pure returns (bytes32 r, bytes32 s, uint8 v) {
        assembly ("memory-safe") {
            r := calldataload(signature.offset)
            s := calldataload(add(signature.offset, 0x20))
            v := byte(0, calldataload(add(signature.offset, 0x40)))
        }
    }
}
