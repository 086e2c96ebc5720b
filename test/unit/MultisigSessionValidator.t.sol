// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MultisigSessionValidator} from "contracts/validators/MultisigSessionValidator.sol";
import {Test} from "forge-std/Test.sol";

contract MultisigSessionValidatorTest is Test {
    MultisigSessionValidator internal validator = new MultisigSessionValidator();
    bytes32 internal constant HASH = keccak256("user op hash");

    /// @dev `count` keys whose addresses come out sorted ascending.
    function _keys(uint256 count, uint256 seed) internal pure returns (uint256[] memory keys, address[] memory owners) {
        keys = new uint256[](count);
        owners = new address[](count);
        for (uint256 i; i < count; ++i) {
            keys[i] = uint256(keccak256(abi.encode(seed, i))) % (2 ** 128) + 1;
            owners[i] = vm.addr(keys[i]);
        }
        // Insertion sort by address, keys alongside.
        for (uint256 i = 1; i < count; ++i) {
            (uint256 key, address owner) = (keys[i], owners[i]);
            uint256 j = i;
            for (; j > 0 && owners[j - 1] > owner; --j) {
                (keys[j], owners[j]) = (keys[j - 1], owners[j - 1]);
            }
            (keys[j], owners[j]) = (key, owner);
        }
    }

    function _sign(uint256 key, bytes32 hash) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, hash);
        return abi.encodePacked(r, s, v);
    }

    function _ethSigned(bytes32 hash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19Ethereum Signed Message:\n32", hash));
    }

    function _data(uint256 threshold, address[] memory owners) internal pure returns (bytes memory) {
        return abi.encode(threshold, owners);
    }

    function _valid(bytes memory signature, bytes memory data) internal view returns (bool) {
        return validator.validateSignatureWithData(HASH, signature, data);
    }

    function test_twoOfThreeInAnyOrder() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(3, 1);
        bytes memory data = _data(2, owners);
        assertTrue(_valid(bytes.concat(_sign(keys[0], HASH), _sign(keys[1], HASH)), data));
        assertTrue(_valid(bytes.concat(_sign(keys[2], HASH), _sign(keys[0], HASH)), data));
        assertTrue(_valid(bytes.concat(_sign(keys[1], HASH), _sign(keys[2], HASH), _sign(keys[0], HASH)), data));
        assertFalse(_valid(_sign(keys[1], HASH), data), "one of two");
    }

    function test_signatureFormsMix() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(3, 2);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[2], _ethSigned(HASH));
        bytes memory flagged = abi.encodePacked(r, s, v + 4);
        bytes memory personal = _sign(keys[1], _ethSigned(HASH));
        bytes memory raw = _sign(keys[0], HASH);
        assertTrue(_valid(bytes.concat(flagged, personal, raw), _data(3, owners)));
        // v + 4 on a raw-hash signature is not a valid form.
        (v, r, s) = vm.sign(keys[2], HASH);
        assertFalse(_valid(bytes.concat(abi.encodePacked(r, s, v + 4), personal, raw), _data(3, owners)));
    }

    function test_thirtyTwoOwners() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(32, 3);
        bytes memory signature;
        for (uint256 i; i < 32; ++i) {
            signature = bytes.concat(signature, _sign(keys[31 - i], HASH));
        }
        assertTrue(_valid(signature, _data(32, owners)));
        assertTrue(_valid(signature, _data(17, owners)));
    }

    function test_threeHundredOwnersSpanSeveralBitmapWords() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(300, 4);
        // Owners 0, 255, 256 and 299: bits in the first and second word.
        bytes memory signature =
            bytes.concat(_sign(keys[299], HASH), _sign(keys[0], HASH), _sign(keys[256], HASH), _sign(keys[255], HASH));
        assertTrue(_valid(signature, _data(4, owners)));
        assertFalse(_valid(bytes.concat(signature, _sign(keys[256], HASH)), _data(4, owners)), "duplicate");
    }

    function test_refuses_duplicateSigner() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(3, 5);
        assertFalse(_valid(bytes.concat(_sign(keys[0], HASH), _sign(keys[0], HASH)), _data(2, owners)));
        // Also when the duplicate comes in another form and the threshold is met without it.
        bytes memory personal = _sign(keys[0], _ethSigned(HASH));
        assertFalse(_valid(bytes.concat(_sign(keys[0], HASH), _sign(keys[1], HASH), personal), _data(2, owners)));
    }

    function test_nonOwnerSignaturesDoNotCount() public {
        (uint256[] memory keys, address[] memory owners) = _keys(3, 6);
        (, uint256 strangerKey) = makeAddrAndKey("stranger");
        bytes memory data = _data(2, owners);
        assertFalse(_valid(bytes.concat(_sign(keys[0], HASH), _sign(strangerKey, HASH)), data));
        assertTrue(_valid(bytes.concat(_sign(strangerKey, HASH), _sign(keys[0], HASH), _sign(keys[1], HASH)), data));
        // Garbage (recovers to nothing) and unknown v are skipped too.
        bytes memory garbage = abi.encodePacked(bytes32(0), bytes32(0), uint8(27));
        (, bytes32 r, bytes32 s) = vm.sign(keys[2], HASH);
        bytes memory badV = abi.encodePacked(r, s, uint8(29));
        assertFalse(_valid(bytes.concat(garbage, badV, _sign(keys[0], HASH)), data));
        assertTrue(_valid(bytes.concat(garbage, badV, _sign(keys[0], HASH), _sign(keys[1], HASH)), data));
    }

    function test_refuses_otherHash() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(2, 7);
        bytes32 other = keccak256("other");
        assertFalse(_valid(bytes.concat(_sign(keys[0], other), _sign(keys[1], other)), _data(1, owners)));
    }

    function test_refuses_badThreshold() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(2, 8);
        bytes memory signature = bytes.concat(_sign(keys[0], HASH), _sign(keys[1], HASH));
        assertFalse(_valid(signature, _data(0, owners)), "threshold 0");
        assertFalse(_valid(signature, _data(3, owners)), "threshold > owners");
        assertFalse(_valid("", _data(0, new address[](0))), "no owners");
    }

    function test_refuses_unsortedDuplicateOrZeroOwners() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(3, 9);
        bytes memory signature = bytes.concat(_sign(keys[0], HASH), _sign(keys[1], HASH));
        (owners[0], owners[1]) = (owners[1], owners[0]);
        assertFalse(_valid(signature, _data(2, owners)), "unsorted");
        (owners[0], owners[1]) = (owners[1], owners[0]);
        owners[2] = owners[1];
        assertFalse(_valid(signature, _data(2, owners)), "duplicate");
        address[] memory withZero = new address[](3);
        (withZero[1], withZero[2]) = (owners[0], owners[1]);
        bytes memory garbage = abi.encodePacked(bytes32(0), bytes32(0), uint8(27));
        assertFalse(_valid(bytes.concat(signature, garbage), _data(3, withZero)), "zero owner");
    }

    function test_refuses_dirtyOwnerWord() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(2, 10);
        bytes memory data = _data(1, owners);
        data[0x60 + 0x20] = 0x01; // high byte of owner 0's word
        assertFalse(_valid(_sign(keys[0], HASH), data));
    }

    function testFuzz_refuses_malformedSignatureLength(uint256 extra) public view {
        (uint256[] memory keys, address[] memory owners) = _keys(2, 11);
        extra = bound(extra, 1, 64);
        bytes memory signature = bytes.concat(_sign(keys[0], HASH), _sign(keys[1], HASH), new bytes(extra));
        assertFalse(_valid(signature, _data(1, owners)));
        assertFalse(_valid("", _data(1, owners)));
    }

    function test_refuses_nonCanonicalData() public view {
        (uint256[] memory keys, address[] memory owners) = _keys(2, 12);
        bytes memory signature = _sign(keys[0], HASH);
        assertFalse(_valid(signature, bytes.concat(_data(1, owners), bytes32(0))), "trailing bytes");
        bytes memory data = _data(1, owners);
        assembly {
            mstore(add(data, 0x40), 0x60) // array offset
        }
        assertFalse(_valid(signature, data), "other offset");
        data = _data(1, owners);
        assembly {
            mstore(add(data, 0x60), 3) // count beyond the data
        }
        assertFalse(_valid(signature, data), "count too large");
        data = _data(1, owners);
        assembly {
            mstore(add(data, 0x60), not(0)) // count that would overflow 32 · count
        }
        assertFalse(_valid(signature, data), "count overflow");
    }

    function testFuzz_neverRevertsOnGarbage(bytes memory signature, bytes memory data) public view {
        assertFalse(_valid(signature, data));
    }

    function testFuzz_thresholdOfRandomSubset(uint256 seed, uint8 n, uint8 threshold, uint8 signers) public view {
        n = uint8(bound(n, 1, 12));
        threshold = uint8(bound(threshold, 1, n));
        signers = uint8(bound(signers, 0, n));
        (uint256[] memory keys, address[] memory owners) = _keys(n, seed);
        uint256[] memory order = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            order[i] = i;
        }
        for (uint256 i = n; i > 1; --i) {
            uint256 j = uint256(keccak256(abi.encode(seed, "shuffle", i))) % i;
            (order[i - 1], order[j]) = (order[j], order[i - 1]);
        }
        bytes memory signature;
        for (uint256 i; i < signers; ++i) {
            signature = bytes.concat(signature, _sign(keys[order[i]], HASH));
        }
        assertEq(_valid(signature, _data(threshold, owners)), signers >= threshold);
    }

    function test_moduleType() public view {
        assertTrue(validator.isModuleType(7));
        assertFalse(validator.isModuleType(1));
    }
}
