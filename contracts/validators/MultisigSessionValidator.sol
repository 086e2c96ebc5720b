// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ISessionValidator, MODULE_TYPE_STATELESS_VALIDATOR} from "../interfaces/ISessionValidator.sol";
import {SignatureLib} from "./SignatureLib.sol";

/// @title MultisigSessionValidator
/// @notice ERC-7780 stateless validator for a threshold of ECDSA session keys. Guarantee: true only if
/// `signature` holds valid signatures over `hash` of at least `threshold` distinct owners of `data`, no owner
/// signing twice, and `data` is well formed (0 < threshold ≤ owners, owners non-zero, sorted ascending, unique).
/// @dev `data` = `abi.encode(uint256 threshold, address[] owners)` in its canonical encoding (the format of the
/// "ownable validator" of existing clients); no cap on the number of owners. `signature` = concatenated 65-byte
/// `r ‖ s ‖ v`, in any order, each in the forms of SignatureLib (v 27/28 over the raw hash, else over its EIP-191
/// digest; v 31/32 over the EIP-191 digest). A signature that recovers to no owner is not counted; a second
/// signature of the same owner makes the whole signature invalid. Never reverts on malformed input: returns false.
contract MultisigSessionValidator is ISessionValidator {
    uint256 private constant SIGNATURE_LENGTH = 65;

    /// @inheritdoc ISessionValidator
    function validateSignatureWithData(bytes32 hash, bytes calldata signature, bytes calldata data)
        external
        view
        returns (bool)
    {
        (bool wellFormed, uint256 threshold, bytes calldata owners) = _decode(data);
        if (!wellFormed) return false;
        if (signature.length % SIGNATURE_LENGTH != 0 || signature.length / SIGNATURE_LENGTH < threshold) return false;
        return _distinctSigners(hash, signature, owners) >= threshold;
    }

    /// @inheritdoc ISessionValidator
    function isModuleType(uint256 moduleTypeId) external pure returns (bool) {
        return moduleTypeId == MODULE_TYPE_STATELESS_VALIDATOR;
    }

    /// @notice Stateless: installing stores nothing.
    function onInstall(bytes calldata) external {}

    /// @notice Stateless: uninstalling clears nothing.
    function onUninstall(bytes calldata) external {}

    /// @dev How many distinct owners signed; 0 if one of them signed twice.
    function _distinctSigners(bytes32 hash, bytes calldata signature, bytes calldata owners)
        private
        view
        returns (uint256 distinct)
    {
        // One bit per owner index: which owners have signed already.
        uint256[] memory signed = new uint256[]((owners.length >> 13) + 1);
        bytes32 ethSignedHash = SignatureLib.toEthSignedMessageHash(hash);
        for (uint256 i; i < signature.length; i += SIGNATURE_LENGTH) {
            (bool found, uint256 index) = _recoverOwner(hash, ethSignedHash, signature[i:i + SIGNATURE_LENGTH], owners);
            if (!found) continue;
            // forge-lint: disable-next-line(incorrect-shift) sets bit `index & 255` of the signed bitmap
            uint256 bit = 1 << (index & 255);
            uint256 word = signed[index >> 8];
            if (word & bit != 0) return 0;
            signed[index >> 8] = word | bit;
            ++distinct;
        }
    }

    /// @dev The owner index one 65-byte signature recovers to, trying the forms in SignatureLib's order.
    function _recoverOwner(bytes32 hash, bytes32 ethSignedHash, bytes calldata one, bytes calldata owners)
        private
        view
        returns (bool found, uint256 index)
    {
        (bytes32 r, bytes32 s, uint8 v) = SignatureLib.split(one);
        if (v == 27 || v == 28) {
            (found, index) = _ownerIndex(owners, SignatureLib.recover(hash, v, r, s));
            if (found) return (found, index);
            return _ownerIndex(owners, SignatureLib.recover(ethSignedHash, v, r, s));
        }
        if (v == 31 || v == 32) return _ownerIndex(owners, SignatureLib.recover(ethSignedHash, v - 4, r, s));
    }

    /// @dev Binary search of `signer` among the sorted owners (`owners` = their 32-byte words). Address zero,
    /// what ecrecover gives for garbage, is never an owner: `_decode` refuses it.
    function _ownerIndex(bytes calldata owners, address signer) private pure returns (bool, uint256) {
        if (signer == address(0)) return (false, 0);
        uint256 low;
        uint256 high = owners.length >> 5;
        while (low < high) {
            uint256 mid = (low + high) >> 1;
            address owner = address(uint160(_wordAt(owners, mid)));
            if (owner == signer) return (true, mid);
            if (owner < signer) low = mid + 1;
            else high = mid;
        }
        return (false, 0);
    }

    /// @dev Reads and checks `data`: canonical `abi.encode(uint256, address[])`, 0 < threshold ≤ owners, owners
    /// clean non-zero addresses in strictly ascending order. `owners` = the array's words.
    function _decode(bytes calldata data)
        private
        pure
        returns (bool wellFormed, uint256 threshold, bytes calldata owners)
    {
        owners = data[0:0];
        if (data.length < 0x60) return (false, 0, owners);
        threshold = _wordAt(data, 0);
        uint256 ownerCount = _wordAt(data, 2);
        // Canonical encoding only: the array right after the head, nothing after it. Comparing the count with
        // the length first keeps `32 · count` from overflowing.
        if (_wordAt(data, 1) != 0x40 || ownerCount > (data.length - 0x60) >> 5) return (false, 0, owners);
        if (data.length != 0x60 + (ownerCount << 5)) return (false, 0, owners);
        if (threshold == 0 || threshold > ownerCount) return (false, 0, owners);
        owners = data[0x60:];
        uint256 previous;
        for (uint256 i; i < ownerCount; ++i) {
            uint256 word = _wordAt(owners, i);
            // A dirty high part is no address; `word <= previous` catches zero, duplicates and disorder.
            if (word >> 160 != 0 || word <= previous) return (false, 0, owners);
            previous = word;
        }
        return (true, threshold, owners);
    }

    /// @dev The `index`-th 32-byte word of `data` (the caller checked the length).
    function _wordAt(bytes calldata data, uint256 index) private pure returns (uint256 word) {
        assembly ("memory-safe") {
            word := calldataload(add(data.offset, shl(5, index)))
        }
    }
}
