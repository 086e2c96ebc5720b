// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ISessionValidator, MODULE_TYPE_STATELESS_VALIDATOR} from "../interfaces/ISessionValidator.sol";
import {WebAuthn} from "@openzeppelin/contracts/utils/cryptography/WebAuthn.sol";

/// @title WebAuthnSessionValidator
/// @notice ERC-7780 stateless validator for a passkey (WebAuthn P-256 credential) session key. Guarantee: true only
/// if `signature` is a WebAuthn assertion (`"type":"webauthn.get"`) whose challenge is exactly `hash`, signed by the
/// P-256 key of `data` with a low `s`, with the user-present flag set, the user-verified flag set when `data` asks
/// for it, and consistent backup flags.
/// @dev `data` = `abi.encode(bytes32 qx, bytes32 qy)` (64 bytes: user presence required, user verification not), or
/// `abi.encode(bytes32 qx, bytes32 qy, bool requireUserVerification)` (96 bytes, the third word 0 or 1). Any other
/// length or word is refused.
/// `signature` = `abi.encode(bytes32 r, bytes32 s, uint256 challengeIndex, uint256 typeIndex, bytes authenticatorData,
/// string clientDataJSON)`: the fields of OpenZeppelin's `WebAuthn.WebAuthnAuth` encoded in place (six head words,
/// then the two dynamic fields), as its `tryDecodeAuth` reads them. The indices point at `"challenge":"…"` and
/// `"type":"…"` in `clientDataJSON`; the challenge is the base64url (unpadded) of the 32-byte `hash`.
/// The P-256 check uses the precompile at 0x100 (EIP-7951 / RIP-7212) where the chain has it, else OpenZeppelin's
/// Solidity implementation (which first probes 0x100, code-less on such chains). Origin, RP ID and signature counter are not checked (the authenticator's and the
/// browser's duty; a counter would need state). Never reverts on malformed input: returns false.
contract WebAuthnSessionValidator is ISessionValidator {
    uint256 private constant KEY_LENGTH = 0x40;
    uint256 private constant KEY_WITH_OPTIONS_LENGTH = 0x60;

    /// @inheritdoc ISessionValidator
    function validateSignatureWithData(bytes32 hash, bytes calldata signature, bytes calldata data)
        external
        view
        returns (bool)
    {
        (bool wellFormedKey, bytes32 qx, bytes32 qy, bool requireUserVerification) = _decodeKey(data);
        if (!wellFormedKey) return false;
        (bool wellFormedAuth, WebAuthn.WebAuthnAuth calldata auth) = WebAuthn.tryDecodeAuth(signature);
        if (!wellFormedAuth) return false;
        // OpenZeppelin adds 20 to `typeIndex` unchecked: an index past the end must not wrap around to the start.
        if (auth.typeIndex > bytes(auth.clientDataJSON).length) return false;
        return WebAuthn.verify(abi.encodePacked(hash), auth, qx, qy, requireUserVerification);
    }

    /// @inheritdoc ISessionValidator
    function isModuleType(uint256 moduleTypeId) external pure returns (bool) {
        return moduleTypeId == MODULE_TYPE_STATELESS_VALIDATOR;
    }

    /// @notice Stateless: installing stores nothing.
    function onInstall(bytes calldata) external {}

    /// @notice Stateless: uninstalling clears nothing.
    function onUninstall(bytes calldata) external {}

    /// @dev Reads `data`: the key alone (64 bytes) or the key and the user-verification option (96 bytes, a clean
    /// bool). The key's validity on the curve is checked by the P-256 verification itself.
    function _decodeKey(bytes calldata data)
        private
        pure
        returns (bool wellFormed, bytes32 qx, bytes32 qy, bool requireUserVerification)
    {
        if (data.length == KEY_LENGTH) {
            (qx, qy) = abi.decode(data, (bytes32, bytes32));
            return (true, qx, qy, false);
        }
        if (data.length != KEY_WITH_OPTIONS_LENGTH) return (false, qx, qy, false);
        uint256 option;
        (qx, qy, option) = abi.decode(data, (bytes32, bytes32, uint256));
        return (option <= 1, qx, qy, option == 1);
    }
}
