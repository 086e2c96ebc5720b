// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {
    ActionData,
    ActionId,
    ConfigId,
    ERC7739Context,
    ERC7739Data,
    PermissionId,
    PolicyData,
    Session
} from "contracts/DataTypes.sol";
import {IdLib} from "contracts/lib/IdLib.sol";

/// @notice The ids equal the formulas of docs/wire-format.md, written out here independently.
contract IdsTest is SessionTestBase {
    function _sessionOf(address validator, bytes memory data, bytes32 salt) internal pure returns (Session memory s) {
        s.sessionValidator = validator;
        s.sessionValidatorInitData = data;
        s.salt = salt;
        s.userOpPolicies = new PolicyData[](0);
        s.erc7739Policies = ERC7739Data(new ERC7739Context[](0), new PolicyData[](0));
        s.actions = new ActionData[](0);
    }

    function testFuzz_permissionId_isKeccakOfAbiEncode(address validator, bytes memory data, bytes32 salt) public view {
        Session memory session = _sessionOf(validator, data, salt);
        bytes32 expected = keccak256(abi.encode(validator, data, salt));
        assertEq(PermissionId.unwrap(smartSession.getPermissionId(session)), expected);
    }

    function test_permissionId_ignoresPoliciesAndActions() public view {
        Session memory withActions = _transferSession();
        Session memory bare = _sessionOf(address(ecdsaSessionValidator), abi.encodePacked(sessionSigner), bytes32(0));
        bytes32 expected =
            keccak256(abi.encode(address(ecdsaSessionValidator), abi.encodePacked(sessionSigner), bytes32(0)));
        assertEq(PermissionId.unwrap(smartSession.getPermissionId(withActions)), expected);
        assertEq(PermissionId.unwrap(smartSession.getPermissionId(bare)), expected);
    }

    function testFuzz_actionId_isKeccakOfPackedTargetAndSelector(address target, bytes4 selector) public pure {
        assertEq(ActionId.unwrap(IdLib.actionId(target, selector)), keccak256(abi.encodePacked(target, selector)));
    }

    function test_actionId_knownVector() public pure {
        address target = 0x1111111111111111111111111111111111111111;
        assertEq(
            ActionId.unwrap(IdLib.actionId(target, 0xa9059cbb)),
            keccak256(hex"1111111111111111111111111111111111111111a9059cbb")
        );
    }

    function testFuzz_configId_isKeccakOfPackedAccountPermissionScope(address account_, bytes32 pid, bytes32 scope)
        public
        pure
    {
        assertEq(
            ConfigId.unwrap(IdLib.configId(account_, PermissionId.wrap(pid), scope)),
            keccak256(abi.encodePacked(account_, pid, scope))
        );
    }
}
