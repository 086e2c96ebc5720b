// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {IERC7579Validator} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ECDSA} from "solady/utils/ECDSA.sol";

/// @notice The account owner's own validator in tests: one ECDSA owner per account, signing raw hashes.
contract OwnerValidator is IERC7579Validator {
    mapping(address account => address) public ownerOf;

    function onInstall(bytes calldata data) external {
        ownerOf[msg.sender] = abi.decode(data, (address));
    }

    function onUninstall(bytes calldata) external {
        delete ownerOf[msg.sender];
    }

    function isModuleType(uint256 moduleTypeId) external pure returns (bool) {
        return moduleTypeId == 1;
    }

    function validateUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash) external view returns (uint256) {
        return _isOwnerSignature(userOpHash, userOp.signature) ? 0 : 1;
    }

    function isValidSignatureWithSender(address, bytes32 hash, bytes calldata signature)
        external
        view
        returns (bytes4)
    {
        return _isOwnerSignature(hash, signature) ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }

    function _isOwnerSignature(bytes32 hash, bytes calldata signature) private view returns (bool) {
        address owner = ownerOf[msg.sender];
        return owner != address(0) && ECDSA.tryRecoverCalldata(hash, signature) == owner;
    }
}
