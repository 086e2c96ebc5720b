// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";
import {MultisigSessionValidator} from "contracts/validators/MultisigSessionValidator.sol";

/// @notice A session held by a 2-of-3 set of keys, through EntryPoint.handleOps on the OpenZeppelin account.
contract MultisigSessionTest is SessionTestBase {
    MultisigSessionValidator internal multisig;
    uint256[] internal keys;
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        multisig = new MultisigSessionValidator();
        address[] memory owners;
        (owners, keys) = _sortedSigners(3);
        Session memory session = _transferSession();
        session.sessionValidator = address(multisig);
        session.sessionValidatorInitData = abi.encode(uint256(2), owners);
        permissionId = _install(session);
    }

    function _multisigOp(uint256[] memory signers, uint256 amount)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op = _userOp(address(account), address(smartSession), _transferCall(recipient, amount));
        bytes32 hash = _hash(op);
        bytes memory signature;
        for (uint256 i; i < signers.length; ++i) {
            signature = bytes.concat(signature, _sign(keys[signers[i]], hash));
        }
        op.signature = abi.encodePacked(uint8(0), permissionId, signature);
    }

    function _signers(uint256 a, uint256 b) internal pure returns (uint256[] memory s) {
        s = new uint256[](2);
        (s[0], s[1]) = (a, b);
    }

    function test_twoOfThreeSignersPass() public {
        _handleUserOp(_multisigOp(_signers(2, 0), 1e6));
        _handleUserOp(_multisigOp(_signers(1, 2), 2e6));
        assertEq(token.balanceOf(recipient), 3e6);
    }

    function test_refuses_oneSigner() public {
        uint256[] memory one = new uint256[](1);
        one[0] = 1;
        PackedUserOperation memory op = _multisigOp(one, 1e6);
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0);
    }

    function test_refuses_sameSignerTwice() public {
        PackedUserOperation memory op = _multisigOp(_signers(1, 1), 1e6);
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0);
    }
}
