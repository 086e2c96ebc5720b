// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {P256} from "@openzeppelin/contracts/utils/cryptography/P256.sol";
import {Test} from "forge-std/Test.sol";

/// @notice A software passkey for tests: WebAuthn assertions as a browser and authenticator make them (client data
/// JSON with the base64url challenge, authenticator data with flags), signed with a P-256 key through `vm.signP256`.
abstract contract WebAuthnFixtures is Test {
    /// @dev The fields of OpenZeppelin's `WebAuthn.WebAuthnAuth`, which the validator reads encoded in place.
    struct Assertion {
        bytes32 r;
        bytes32 s;
        uint256 challengeIndex;
        uint256 typeIndex;
        bytes authenticatorData;
        string clientDataJSON;
    }

    bytes1 internal constant FLAG_UP = 0x01;
    bytes1 internal constant FLAG_UV = 0x04;
    bytes1 internal constant FLAG_BE = 0x08;
    bytes1 internal constant FLAG_BS = 0x10;
    string internal constant GET = "webauthn.get";
    /// @dev Where `"challenge":"` starts after `{"type":"webauthn.get",` (and `"type"` right after the brace).
    uint256 internal constant TYPE_INDEX = 1;
    uint256 internal constant CHALLENGE_INDEX = 23;

    /// @notice The validator's `data` for `key`: `abi.encode(qx, qy)`.
    function _passkeyData(uint256 key) internal pure returns (bytes memory) {
        (uint256 qx, uint256 qy) = vm.publicKeyP256(key);
        return abi.encode(qx, qy);
    }

    /// @notice The same key, asking for user verification.
    function _passkeyDataRequiringUV(uint256 key) internal pure returns (bytes memory) {
        return abi.encodePacked(_passkeyData(key), uint256(1));
    }

    /// @notice The client data JSON a browser makes for `type` and `challenge` (field order as Chrome writes it).
    function _clientDataJSON(string memory type_, bytes32 challenge) internal pure returns (string memory) {
        return string.concat(
            '{"type":"',
            type_,
            '","challenge":"',
            Base64.encodeURL(abi.encodePacked(challenge)),
            '","origin":"http://localhost:5173","crossOrigin":false}'
        );
    }

    /// @notice Authenticator data: rpIdHash of "localhost", `flags`, a signature counter of 1.
    function _authenticatorData(bytes1 flags) internal pure returns (bytes memory) {
        return abi.encodePacked(sha256("localhost"), flags, uint32(1));
    }

    /// @notice An assertion over `hash` with `flags`, signed by `key` (low `s`).
    function _assertion(uint256 key, bytes32 hash, bytes1 flags) internal pure returns (Assertion memory assertion) {
        assertion.typeIndex = TYPE_INDEX;
        assertion.challengeIndex = CHALLENGE_INDEX;
        assertion.authenticatorData = _authenticatorData(flags);
        assertion.clientDataJSON = _clientDataJSON(GET, hash);
        _signAssertion(key, assertion);
    }

    /// @notice (Re)signs `assertion` as an authenticator does: over sha256(authenticatorData ‖ sha256(clientData)),
    /// with `s` normalised to the lower half as the validator requires.
    function _signAssertion(uint256 key, Assertion memory assertion) internal pure {
        bytes32 digest = sha256(abi.encodePacked(assertion.authenticatorData, sha256(bytes(assertion.clientDataJSON))));
        (bytes32 r, bytes32 s) = vm.signP256(key, digest);
        if (uint256(s) > P256.N / 2) s = bytes32(P256.N - uint256(s));
        (assertion.r, assertion.s) = (r, s);
    }

    /// @notice The validator's signature format: the fields encoded in place (no leading offset word).
    function _encodeAssertion(Assertion memory a) internal pure returns (bytes memory) {
        return abi.encode(a.r, a.s, a.challengeIndex, a.typeIndex, a.authenticatorData, a.clientDataJSON);
    }

    /// @notice A user-present and user-verified passkey signature of `hash` by `key`, ready for the validator.
    function _passkeySign(uint256 key, bytes32 hash) internal pure returns (bytes memory) {
        return _encodeAssertion(_assertion(key, hash, FLAG_UP | FLAG_UV));
    }
}
