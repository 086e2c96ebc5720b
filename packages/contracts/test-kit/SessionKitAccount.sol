// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccountERC7579} from "@openzeppelin/contracts/account/extensions/draft-AccountERC7579.sol";
import {IEntryPoint, PackedUserOperation} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {IERC7579Validator, MODULE_TYPE_VALIDATOR} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ECDSA} from "solady/utils/ECDSA.sol";

/// @notice OpenZeppelin's ERC-7579 account, unchanged but for the EntryPoint (v0.8 at its canonical address; OZ
/// 5.7 defaults to v0.9) and a first validator (the owner's) installed at construction. For tests only.
contract SessionKitAccount is AccountERC7579 {
    /// @dev The canonical EntryPoint v0.8 address, where SmartSessionTestKit deploys it.
    address internal constant ENTRY_POINT_V08 = 0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108;

    constructor(address ownerValidator, bytes memory ownerValidatorInitData) {
        _installModule(MODULE_TYPE_VALIDATOR, ownerValidator, ownerValidatorInitData);
    }

    /// @notice The EntryPoint v0.8 this account trusts.
    function entryPoint() public pure override returns (IEntryPoint) {
        return IEntryPoint(ENTRY_POINT_V08);
    }
}

/// @notice The account owner's validator in tests: one ECDSA owner per account, signing raw user-op hashes.
/// Not for production (no replay protection beyond the EntryPoint nonce, no ERC-7739 wrapping).
contract SessionKitOwnerValidator is IERC7579Validator {
    /// @notice The owner of each account that installed this validator.
    mapping(address account => address) public ownerOf;

    /// @notice Sets the calling account's owner: `data` = `abi.encode(address owner)`.
    function onInstall(bytes calldata data) external {
        ownerOf[msg.sender] = abi.decode(data, (address));
    }

    /// @notice Forgets the calling account's owner.
    function onUninstall(bytes calldata) external {
        delete ownerOf[msg.sender];
    }

    /// @notice A validator (module type 1) only.
    function isModuleType(uint256 moduleTypeId) external pure returns (bool) {
        return moduleTypeId == MODULE_TYPE_VALIDATOR;
    }

    /// @notice 0 when the owner signed `userOpHash`, 1 (signature failure) otherwise.
    function validateUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash) external view returns (uint256) {
        return _isOwnerSignature(userOpHash, userOp.signature) ? 0 : 1;
    }

    /// @notice The ERC-1271 magic value when the owner signed `hash`.
    function isValidSignatureWithSender(address, bytes32 hash, bytes calldata signature)
        external
        view
        returns (bytes4)
    {
        return _isOwnerSignature(hash, signature) ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }

    function _isOwnerSignature(bytes32 hash, bytes calldata signature) private view returns (bool) {
        address owner = ownerOf[msg.sender];
        // solady's recovery gives address(0) for a malformed or invalid signature, never an owner.
        return owner != address(0) && ECDSA.tryRecoverCalldata(hash, signature) == owner;
    }
}
