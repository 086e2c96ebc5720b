// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Account} from "@openzeppelin/contracts/account/Account.sol";
import {AccountERC7579} from "@openzeppelin/contracts/account/extensions/draft-AccountERC7579.sol";
import {IAccountExecute, IEntryPoint, PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {MODULE_TYPE_VALIDATOR} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {Calldata} from "@openzeppelin/contracts/utils/Calldata.sol";
import {SessionKitAccount} from "@smart-sessions/contracts/test-kit/SessionKitAccount.sol";

/// @notice The test kit's account (OpenZeppelin's ERC-7579 account on EntryPoint v0.8, the owner's validator
/// installed at construction) under the name the project's tests and the client's local stack deploy.
contract TestAccount is SessionKitAccount {
    constructor(address ownerValidator, bytes memory ownerValidatorInitData)
        SessionKitAccount(ownerValidator, ownerValidatorInitData)
    {}
}

/// @notice The same account on EntryPoint v0.7 (the client's local stack offers both versions).
contract TestAccountV07 is AccountERC7579 {
    address internal constant ENTRY_POINT_V07 = 0x0000000071727De22E5E9d8BAf0edAc6f37da032;

    constructor(address ownerValidator, bytes memory ownerValidatorInitData) {
        _installModule(MODULE_TYPE_VALIDATOR, ownerValidator, ownerValidatorInitData);
    }

    function entryPoint() public pure override returns (IEntryPoint) {
        return IEntryPoint(ENTRY_POINT_V07);
    }
}

/// @notice The test account, which also measures the gas of its own call to one validator module's
/// `validateUserOp`: the gas spent inside that call frame, exactly (a cold call to an empty account,
/// made the same way, is subtracted).
contract MeasuringAccount is TestAccount {
    address public measuredModule;
    uint256 public lastValidationGas;

    constructor(address ownerValidator, bytes memory ownerValidatorInitData, address measuredModule_)
        TestAccount(ownerValidator, ownerValidatorInitData)
    {
        measuredModule = measuredModule_;
    }

    function _validateUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash, bytes calldata signature)
        internal
        override
        returns (uint256 validationData)
    {
        address module = _extractUserOpValidator(userOp);
        if (module != measuredModule || !isModuleInstalled(MODULE_TYPE_VALIDATOR, module, Calldata.emptyBytes())) {
            return super._validateUserOp(userOp, userOpHash, signature);
        }
        bytes memory payload = abi.encodeWithSignature(
            "validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes),bytes32)",
            userOp,
            userOpHash
        );
        // A fresh address, cold and without code, called the same way: the cost of the call itself.
        address empty = address(uint160(uint256(keccak256(abi.encode(userOpHash, "calibration")))));
        (uint256 baseline,,) = _measuredCall(empty, payload);
        (uint256 used, bool success, uint256 result) = _measuredCall(module, payload);
        if (!success) {
            assembly ("memory-safe") {
                returndatacopy(0, 0, returndatasize())
                revert(0, returndatasize())
            }
        }
        lastValidationGas = used - baseline;
        return result;
    }

    function _measuredCall(address target, bytes memory payload)
        private
        returns (uint256 used, bool success, uint256 result)
    {
        assembly ("memory-safe") {
            let before := gas()
            success := call(gas(), target, 0, add(payload, 0x20), mload(payload), 0x00, 0x20)
            used := sub(before, gas())
            result := mload(0x00)
        }
    }
}

/// @notice The test account with ERC-4337 `executeUserOp` (like Kernel with hooks): the EntryPoint calls it with the
/// whole user op when `callData` starts with its selector, and the account runs `callData[4:]` on itself.
contract ExecuteUserOpAccount is TestAccount, IAccountExecute {
    constructor(address ownerValidator, bytes memory ownerValidatorInitData)
        TestAccount(ownerValidator, ownerValidatorInitData)
    {}

    function executeUserOp(PackedUserOperation calldata userOp, bytes32) external onlyEntryPoint {
        (bool success, bytes memory result) = address(this).delegatecall(userOp.callData[4:]);
        if (!success) {
            assembly ("memory-safe") {
                revert(add(result, 0x20), mload(result))
            }
        }
    }
}
