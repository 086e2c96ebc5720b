// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {WebAuthnFixtures} from "../utils/WebAuthnFixtures.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";
import {WebAuthnSessionValidator} from "contracts/validators/WebAuthnSessionValidator.sol";

/// @notice A session held by a passkey: user ops signed as WebAuthn assertions, through EntryPoint.handleOps on the
/// OpenZeppelin account.
contract PasskeySessionTest is SessionTestBase, WebAuthnFixtures {
    uint256 internal constant PASSKEY = 0x9a55;
    WebAuthnSessionValidator internal webAuthn;

    function setUp() public override {
        super.setUp();
        webAuthn = new WebAuthnSessionValidator();
    }

    function _passkeySession(bytes memory validatorData) internal view returns (Session memory session) {
        session = _transferSession();
        session.sessionValidator = address(webAuthn);
        session.sessionValidatorInitData = validatorData;
    }

    function _passkeyOp(PermissionId permissionId, bytes1 flags, uint256 key, uint256 amount)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op = _userOp(address(account), address(smartSession), _transferCall(recipient, amount));
        op.signature = abi.encodePacked(uint8(0), permissionId, _encodeAssertion(_assertion(key, _hash(op), flags)));
    }

    function test_passkeySignsTransfers() public {
        PermissionId permissionId = _install(_passkeySession(_passkeyData(PASSKEY)));
        _handleUserOp(_passkeyOp(permissionId, FLAG_UP | FLAG_UV, PASSKEY, 1e6));
        _handleUserOp(_passkeyOp(permissionId, FLAG_UP, PASSKEY, 2e6));
        assertEq(token.balanceOf(recipient), 3e6);
    }

    function test_refuses_otherPasskey() public {
        PermissionId permissionId = _install(_passkeySession(_passkeyData(PASSKEY)));
        PackedUserOperation memory op = _passkeyOp(permissionId, FLAG_UP | FLAG_UV, PASSKEY + 1, 1e6);
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0);
    }

    function test_refuses_unverifiedUserWhenRequired() public {
        PermissionId permissionId = _install(_passkeySession(_passkeyDataRequiringUV(PASSKEY)));
        PackedUserOperation memory op = _passkeyOp(permissionId, FLAG_UP, PASSKEY, 1e6);
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);
        _handleUserOp(_passkeyOp(permissionId, FLAG_UP | FLAG_UV, PASSKEY, 1e6));
        assertEq(token.balanceOf(recipient), 1e6);
    }

    function test_refuses_assertionOfAnotherOp() public {
        PermissionId permissionId = _install(_passkeySession(_passkeyData(PASSKEY)));
        PackedUserOperation memory first = _passkeyOp(permissionId, FLAG_UP, PASSKEY, 1e6);
        // The same assertion on an op moving more: its challenge is the first op's hash.
        PackedUserOperation memory second =
            _userOp(address(account), address(smartSession), _transferCall(recipient, 9e6));
        second.signature = first.signature;
        _expectFailedOp("AA24 signature error");
        _handleUserOp(second);
        assertEq(token.balanceOf(recipient), 0);
    }
}
