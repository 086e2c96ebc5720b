// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {WebAuthnFixtures} from "../utils/WebAuthnFixtures.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {P256} from "@openzeppelin/contracts/utils/cryptography/P256.sol";
import {WebAuthnSessionValidator} from "contracts/validators/WebAuthnSessionValidator.sol";

contract WebAuthnSessionValidatorTest is WebAuthnFixtures {
    WebAuthnSessionValidator internal validator = new WebAuthnSessionValidator();
    uint256 internal constant KEY = 0xA11CE;
    uint256 internal constant OTHER_KEY = 0xB0B;
    bytes32 internal constant HASH = keccak256("user op hash");

    function _valid(bytes32 hash, Assertion memory assertion, bytes memory data) internal view returns (bool) {
        return validator.validateSignatureWithData(hash, _encodeAssertion(assertion), data);
    }

    function _base64Challenge(bytes32 hash) internal pure returns (string memory) {
        return Base64.encodeURL(abi.encodePacked(hash));
    }

    function _boundKey(uint256 key) internal pure returns (uint256) {
        return bound(key, 1, P256.N - 1);
    }

    // ─── Accepted ─────────────────────────────────────────────────────────────────────────────────────────

    function testFuzz_acceptsAssertionOverHash(uint256 key, bytes32 hash) public view {
        key = _boundKey(key);
        assertTrue(validator.validateSignatureWithData(hash, _passkeySign(key, hash), _passkeyData(key)));
        assertTrue(validator.validateSignatureWithData(hash, _passkeySign(key, hash), _passkeyDataRequiringUV(key)));
    }

    function test_userPresenceAloneSufficesUnlessUVRequired() public view {
        Assertion memory presentOnly = _assertion(KEY, HASH, FLAG_UP);
        assertTrue(_valid(HASH, presentOnly, _passkeyData(KEY)));
        assertTrue(_valid(HASH, presentOnly, abi.encodePacked(_passkeyData(KEY), uint256(0))));
        assertFalse(_valid(HASH, presentOnly, _passkeyDataRequiringUV(KEY)));
    }

    function test_acceptsFieldsInAnotherOrder() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        // {"challenge":"…","type":"webauthn.get"}: the indices say where each field is.
        assertion.clientDataJSON = string.concat(
            '{"challenge":"', _base64Challenge(HASH), '","origin":"http://localhost","type":"webauthn.get"}'
        );
        assertion.challengeIndex = 1;
        assertion.typeIndex = bytes(assertion.clientDataJSON).length - 22;
        _signAssertion(KEY, assertion);
        assertTrue(_valid(HASH, assertion, _passkeyData(KEY)));
    }

    function test_acceptsBackedUpCredential() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP | FLAG_BE | FLAG_BS);
        assertTrue(_valid(HASH, assertion, _passkeyData(KEY)));
    }

    // ─── Refused: flags ───────────────────────────────────────────────────────────────────────────────────

    function test_refusesWithoutUserPresence() public view {
        assertFalse(_valid(HASH, _assertion(KEY, HASH, 0x00), _passkeyData(KEY)));
        assertFalse(_valid(HASH, _assertion(KEY, HASH, FLAG_UV), _passkeyData(KEY)));
        assertFalse(_valid(HASH, _assertion(KEY, HASH, FLAG_UV), _passkeyDataRequiringUV(KEY)));
    }

    function test_refusesBackedUpButNotEligible() public view {
        assertFalse(_valid(HASH, _assertion(KEY, HASH, FLAG_UP | FLAG_BS), _passkeyData(KEY)));
    }

    function test_refusesShortAuthenticatorData() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        assertion.authenticatorData = abi.encodePacked(sha256("localhost"), FLAG_UP, uint24(1));
        _signAssertion(KEY, assertion);
        assertFalse(_valid(HASH, assertion, _passkeyData(KEY)));
    }

    // ─── Refused: challenge and type ──────────────────────────────────────────────────────────────────────

    function testFuzz_refusesOtherHash(bytes32 hash, bytes32 otherHash) public view {
        vm.assume(hash != otherHash);
        assertFalse(validator.validateSignatureWithData(otherHash, _passkeySign(KEY, hash), _passkeyData(KEY)));
    }

    function test_refusesChallengeIndexOffTheChallenge() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        assertion.challengeIndex = CHALLENGE_INDEX + 1;
        assertFalse(_valid(HASH, assertion, _passkeyData(KEY)));
        assertion.challengeIndex = type(uint256).max;
        assertFalse(_valid(HASH, assertion, _passkeyData(KEY)));
    }

    function test_refusesPaddedBase64Challenge() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        // A standard base64 challenge ends with '=' padding and may hold '+' or '/': not the base64url WebAuthn uses.
        assertion.clientDataJSON = string.concat(
            '{"type":"webauthn.get","challenge":"', _base64Challenge(HASH), '=","origin":"http://localhost"}'
        );
        _signAssertion(KEY, assertion);
        assertFalse(_valid(HASH, assertion, _passkeyData(KEY)));
    }

    function test_refusesRegistrationType() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        assertion.clientDataJSON = _clientDataJSON("webauthn.create", HASH);
        assertion.challengeIndex = CHALLENGE_INDEX + 3;
        _signAssertion(KEY, assertion);
        assertFalse(_valid(HASH, assertion, _passkeyData(KEY)));
        // The same JSON with the right type and indices passes: only the type was wrong.
        assertion.clientDataJSON = _clientDataJSON(GET, HASH);
        assertion.challengeIndex = CHALLENGE_INDEX;
        _signAssertion(KEY, assertion);
        assertTrue(_valid(HASH, assertion, _passkeyData(KEY)));
    }

    function test_refusesTypeIndexOffTheType() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        uint256[4] memory indices = [uint256(0), 2, bytes(assertion.clientDataJSON).length, type(uint256).max - 19];
        for (uint256 i; i < indices.length; ++i) {
            assertion.typeIndex = indices[i];
            assertFalse(_valid(HASH, assertion, _passkeyData(KEY)));
        }
    }

    // ─── Refused: signature and key ───────────────────────────────────────────────────────────────────────

    function test_refusesHighS() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        assertTrue(_valid(HASH, assertion, _passkeyData(KEY)));
        // (r, N - s) verifies as ECDSA too: the validator accepts only the low form, so no second signature exists.
        assertion.s = bytes32(P256.N - uint256(assertion.s));
        assertFalse(_valid(HASH, assertion, _passkeyData(KEY)));
    }

    function testFuzz_refusesOtherKey(uint256 key, uint256 otherKey) public view {
        key = _boundKey(key);
        otherKey = _boundKey(otherKey);
        vm.assume(key != otherKey);
        assertFalse(validator.validateSignatureWithData(HASH, _passkeySign(otherKey, HASH), _passkeyData(key)));
    }

    function test_refusesKeyOffTheCurve() public view {
        (uint256 qx, uint256 qy) = vm.publicKeyP256(KEY);
        bytes memory signature = _passkeySign(KEY, HASH);
        assertFalse(validator.validateSignatureWithData(HASH, signature, abi.encode(qx, qy + 1)));
        assertFalse(validator.validateSignatureWithData(HASH, signature, abi.encode(0, 0)));
    }

    function test_refusesChangedClientData() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        assertion.clientDataJSON = string.concat(assertion.clientDataJSON, " ");
        assertFalse(_valid(HASH, assertion, _passkeyData(KEY)));
    }

    // ─── Malformed input: false, never a revert ───────────────────────────────────────────────────────────

    function test_refusesStructEncoding() public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        // abi.encode(struct) starts with an offset word: not the in-place format.
        assertFalse(validator.validateSignatureWithData(HASH, abi.encode(assertion), _passkeyData(KEY)));
    }

    function testFuzz_refusesTruncatedSignature(uint256 length) public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        bytes memory signature = _encodeAssertion(assertion);
        // The last content byte of clientDataJSON; only the zero padding after it may go.
        uint256 contentEnd = signature.length - (32 - bytes(assertion.clientDataJSON).length % 32) % 32;
        length = bound(length, 0, contentEnd - 1);
        assembly ("memory-safe") {
            mstore(signature, length)
        }
        assertFalse(validator.validateSignatureWithData(HASH, signature, _passkeyData(KEY)));
    }

    function testFuzz_refusesGarbageSignature(bytes memory signature) public view {
        assertFalse(validator.validateSignatureWithData(HASH, signature, _passkeyData(KEY)));
    }

    function testFuzz_refusesGarbageOffsets(uint256 authenticatorDataOffset, uint256 clientDataOffset) public view {
        bytes memory signature = _passkeySign(KEY, HASH);
        vm.assume(authenticatorDataOffset != 0xc0);
        assembly ("memory-safe") {
            mstore(add(signature, 0xa0), authenticatorDataOffset)
            mstore(add(signature, 0xc0), clientDataOffset)
        }
        assertFalse(validator.validateSignatureWithData(HASH, signature, _passkeyData(KEY)));
    }

    function testFuzz_refusesHugeLengths(uint256 authenticatorDataLength, uint256 clientDataLength) public view {
        Assertion memory assertion = _assertion(KEY, HASH, FLAG_UP);
        bytes memory signature = _encodeAssertion(assertion);
        uint256 clientDataOffset = 0xe0 + ((assertion.authenticatorData.length + 31) / 32) * 32;
        vm.assume(authenticatorDataLength != assertion.authenticatorData.length);
        assembly ("memory-safe") {
            mstore(add(signature, 0xe0), authenticatorDataLength)
            mstore(add(add(signature, 0x20), clientDataOffset), clientDataLength)
        }
        assertFalse(validator.validateSignatureWithData(HASH, signature, _passkeyData(KEY)));
    }

    function testFuzz_refusesMalformedData(bytes memory data) public view {
        vm.assume(data.length != 64 && data.length != 96);
        bytes memory signature = _passkeySign(KEY, HASH);
        assertFalse(validator.validateSignatureWithData(HASH, signature, data));
        // The right key with a byte more or less is refused too.
        assertFalse(validator.validateSignatureWithData(HASH, signature, abi.encodePacked(_passkeyData(KEY), hex"01")));
    }

    function testFuzz_refusesUnknownOption(uint256 option) public view {
        option = bound(option, 2, type(uint256).max);
        bytes memory data = abi.encodePacked(_passkeyData(KEY), option);
        assertFalse(validator.validateSignatureWithData(HASH, _passkeySign(KEY, HASH), data));
    }

    function test_moduleType() public view {
        assertTrue(validator.isModuleType(7));
        assertFalse(validator.isModuleType(1));
    }
}
