// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ECDSASessionValidator} from "contracts/validators/ECDSASessionValidator.sol";
import {Test} from "forge-std/Test.sol";

contract ECDSASessionValidatorTest is Test {
    ECDSASessionValidator internal validator = new ECDSASessionValidator();

    function _sign(uint256 key, bytes32 hash) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, hash);
        return abi.encodePacked(r, s, v);
    }

    function _ethSigned(bytes32 hash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19Ethereum Signed Message:\n32", hash));
    }

    function testFuzz_rawHash(uint256 key, bytes32 hash) public view {
        key = bound(key, 1, 2 ** 128);
        assertTrue(validator.validateSignatureWithData(hash, _sign(key, hash), abi.encodePacked(vm.addr(key))));
    }

    function testFuzz_personalSign(uint256 key, bytes32 hash) public view {
        key = bound(key, 1, 2 ** 128);
        assertTrue(
            validator.validateSignatureWithData(hash, _sign(key, _ethSigned(hash)), abi.encodePacked(vm.addr(key)))
        );
    }

    function testFuzz_safeEthSignFlag(uint256 key, bytes32 hash) public view {
        key = bound(key, 1, 2 ** 128);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _ethSigned(hash));
        bytes memory signature = abi.encodePacked(r, s, v + 4);
        assertTrue(validator.validateSignatureWithData(hash, signature, abi.encodePacked(vm.addr(key))));
        // The flag means "EIP-191 digest": a raw-hash signature with v + 4 is refused.
        (v, r, s) = vm.sign(key, hash);
        assertFalse(
            validator.validateSignatureWithData(hash, abi.encodePacked(r, s, v + 4), abi.encodePacked(vm.addr(key)))
        );
    }

    function testFuzz_refusesOtherSigner(uint256 key, uint256 otherKey, bytes32 hash) public view {
        key = bound(key, 1, 2 ** 128);
        otherKey = bound(otherKey, 1, 2 ** 128);
        vm.assume(key != otherKey);
        assertFalse(validator.validateSignatureWithData(hash, _sign(otherKey, hash), abi.encodePacked(vm.addr(key))));
    }

    function testFuzz_refusesOtherHash(bytes32 hash, bytes32 otherHash) public view {
        vm.assume(hash != otherHash);
        assertFalse(validator.validateSignatureWithData(otherHash, _sign(7, hash), abi.encodePacked(vm.addr(7))));
    }

    function testFuzz_refusesOtherV(uint8 v) public view {
        vm.assume(v != 27 && v != 28 && v != 31 && v != 32);
        bytes32 hash = keccak256("hash");
        (, bytes32 r, bytes32 s) = vm.sign(7, hash);
        assertFalse(validator.validateSignatureWithData(hash, abi.encodePacked(r, s, v), abi.encodePacked(vm.addr(7))));
    }

    function testFuzz_refusesWrongLengths(bytes memory signature, bytes memory data) public view {
        bytes32 hash = keccak256("hash");
        vm.assume(signature.length != 65 || data.length != 20);
        if (signature.length == 65) data = bytes.concat(data, hex"00");
        assertFalse(validator.validateSignatureWithData(hash, signature, data));
        assertFalse(
            validator.validateSignatureWithData(
                hash, bytes.concat(_sign(7, hash), hex"00"), abi.encodePacked(vm.addr(7))
            )
        );
        assertFalse(validator.validateSignatureWithData(hash, _sign(7, hash), abi.encodePacked(vm.addr(7), hex"00")));
    }

    function test_refusesZeroSigner() public view {
        bytes memory garbage = abi.encodePacked(bytes32(0), bytes32(0), uint8(27));
        assertFalse(validator.validateSignatureWithData(keccak256("hash"), garbage, abi.encodePacked(address(0))));
    }

    function test_moduleType() public view {
        assertTrue(validator.isModuleType(7));
        assertFalse(validator.isModuleType(1));
    }
}
