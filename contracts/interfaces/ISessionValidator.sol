// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @dev The ERC-7579 module type id of a stateless validator (ERC-7780), which every session validator is.
uint256 constant MODULE_TYPE_STATELESS_VALIDATOR = 7;

/// @title ISessionValidator
/// @notice An ERC-7780 stateless validator (module type 7) that checks a session key's signature.
/// @dev `data` is the session's `sessionValidatorInitData`, stored by SmartSession and passed on every call.
interface ISessionValidator {
    /// @notice Whether `signature` over `hash` is valid for the signer configuration `data`.
    function validateSignatureWithData(bytes32 hash, bytes calldata signature, bytes calldata data)
        external
        view
        returns (bool validSig);

    /// @notice ERC-7579: true for the module types this contract implements (7, stateless validator).
    function isModuleType(uint256 moduleTypeId) external view returns (bool);
}
