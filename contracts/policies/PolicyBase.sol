// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {I1271Policy, IActionPolicy, IPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @title PolicyBase
/// @notice Shared plumbing of the policies: ERC-165 for the scopes a policy serves and the keying of its state.
/// @dev State is keyed `[multiplexer][configId][account]`, account innermost, so every slot a policy touches
/// during validation is associated with the account (ERC-7562), and no two multiplexers, configs or accounts
/// share state.
abstract contract PolicyBase is IPolicy {
    /// @notice Whether this policy serves user-op, action and ERC-1271 scope.
    function _scopes() internal pure virtual returns (bool userOp, bool action, bool erc1271);

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) external pure returns (bool) {
        (bool userOp, bool action, bool erc1271) = _scopes();
        return interfaceId == type(IERC165).interfaceId || interfaceId == type(IPolicy).interfaceId
            || (userOp && interfaceId == type(IUserOpPolicy).interfaceId)
            || (action && interfaceId == type(IActionPolicy).interfaceId)
            || (erc1271 && interfaceId == type(I1271Policy).interfaceId);
    }
}
