// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PermissionId} from "contracts/DataTypes.sol";
import {SessionStorage} from "contracts/lib/SessionStorage.sol";
import {ValidationDataLib} from "contracts/lib/ValidationDataLib.sol";
import {Test} from "forge-std/Test.sol";

contract ValidatorDataHarness {
    function store(address account, PermissionId id, bytes calldata data) external {
        SessionStorage.storeValidatorData(account, id, data);
    }

    function load(address account, PermissionId id) external view returns (bytes memory) {
        return SessionStorage.loadValidatorData(account, id);
    }
}

contract SessionStorageTest is Test {
    ValidatorDataHarness internal harness = new ValidatorDataHarness();

    function testFuzz_validatorData_roundTrips(address account, bytes32 id, bytes memory data) public {
        harness.store(account, PermissionId.wrap(id), data);
        assertEq(harness.load(account, PermissionId.wrap(id)), data);
    }

    function testFuzz_validatorData_shorterOverwriteLeavesNoTail(bytes memory longer, bytes memory shorter) public {
        vm.assume(shorter.length < longer.length);
        harness.store(address(1), PermissionId.wrap(0), longer);
        harness.store(address(1), PermissionId.wrap(0), shorter);
        assertEq(harness.load(address(1), PermissionId.wrap(0)), shorter);
    }

    /// @notice No 320-byte cap: configs beyond one 128-slot page (4,093 bytes) round-trip too.
    function test_validatorData_acrossPages() public {
        bytes memory data = new bytes(10_000);
        for (uint256 i; i < data.length; ++i) {
            data[i] = bytes1(uint8(i * 7 + 3));
        }
        harness.store(address(this), PermissionId.wrap(keccak256("x")), data);
        assertEq(harness.load(address(this), PermissionId.wrap(keccak256("x"))), data);
    }

    function test_validatorData_keyedByAccountAndPermission() public {
        harness.store(address(1), PermissionId.wrap(bytes32(uint256(1))), hex"aa");
        harness.store(address(2), PermissionId.wrap(bytes32(uint256(1))), hex"bb");
        harness.store(address(1), PermissionId.wrap(bytes32(uint256(2))), hex"cc");
        assertEq(harness.load(address(1), PermissionId.wrap(bytes32(uint256(1)))), hex"aa");
        assertEq(harness.load(address(2), PermissionId.wrap(bytes32(uint256(1)))), hex"bb");
        assertEq(harness.load(address(1), PermissionId.wrap(bytes32(uint256(2)))), hex"cc");
    }

    /// @notice Every slot's hash preimage starts with the account (ERC-7562 associated storage).
    function testFuzz_slotsStartWithTheAccount(address account, bytes32 id, uint256 index) public pure {
        PermissionId pid = PermissionId.wrap(id);
        index = bound(index, 0, 1 << 32);
        assertEq(SessionStorage.accountSlot(account), uint256(keccak256(abi.encode(account))));
        assertEq(SessionStorage.headerSlot(account, pid), uint256(keccak256(abi.encode(account, id))));
        assertEq(
            SessionStorage.permissionSlot(account, index),
            uint256(keccak256(abi.encode(account, SessionStorage.TAG_PERMISSIONS, index / 128))) + index % 128
        );
        assertEq(
            SessionStorage.sessionSlot(account, pid, 5, 3, bytes32(index)),
            uint256(keccak256(abi.encode(account, id, uint256(5), uint256(3), bytes32(index))))
        );
    }
}

contract ValidationDataTest is Test {
    function _pack(uint48 validAfter, uint48 validUntil) internal pure returns (uint256) {
        return (uint256(validAfter) << 208) | (uint256(validUntil) << 160);
    }

    function testFuzz_intersect(uint48 afterA, uint48 untilA, uint48 afterB, uint48 untilB) public pure {
        uint256 result = ValidationDataLib.intersect(_pack(afterA, untilA), _pack(afterB, untilB));
        uint48 expectedAfter = afterA > afterB ? afterA : afterB;
        uint48 expectedUntil = untilA == 0 ? untilB : untilB == 0 ? untilA : (untilA < untilB ? untilA : untilB);
        assertEq(result, _pack(expectedAfter, expectedUntil));
        assertFalse(ValidationDataLib.isFailure(result));
    }

    function testFuzz_failureIsAnyAuthorizer(uint256 validationData) public pure {
        assertEq(ValidationDataLib.isFailure(validationData), uint160(validationData) != 0);
    }
}
