// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnableFixtures} from "../utils/EnableFixtures.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {EnableSession, PermissionId, Session, SmartSessionMode} from "contracts/DataTypes.sol";
import {ISmartSession, ISmartSessionAdmin} from "contracts/interfaces/ISmartSession.sol";
import {SelfRevokeHashLib} from "contracts/lib/SelfRevokeHashLib.sol";
import {SessionStorage} from "contracts/lib/SessionStorage.sol";
import {MultisigSessionValidator} from "contracts/validators/MultisigSessionValidator.sol";

/// @notice A session key revokes its own session without the owner: anyone sends `selfRevoke` with the key's
/// signature of the SelfRevoke digest. Only that session of that account goes, once, and the enable nonce moves.
contract SelfRevokeTest is EnableFixtures {
    address internal relayer = makeAddr("relayer");

    /// @notice The session key's signature of its self-revocation (raw hash, as the client signs).
    function _revokeSig(uint256 key, TestAccount target, PermissionId permissionId)
        internal
        view
        returns (bytes memory)
    {
        return _sign(key, smartSession.getSelfRevokeDigest(address(target), permissionId));
    }

    function _selfRevoke(TestAccount target, PermissionId permissionId, bytes memory signature) internal {
        vm.prank(relayer);
        smartSession.selfRevoke(address(target), permissionId, signature);
    }

    function _expectInvalid(PermissionId permissionId) internal {
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.InvalidSelfRevokeSignature.selector, permissionId));
    }

    function _transfer(TestAccount target, PermissionId permissionId, uint256 key, uint256 amount) internal {
        _handleUserOp(_sessionUserOp(target, permissionId, key, _transferCall(recipient, amount)));
    }

    function test_digest_isTheEIP712DigestOfSelfRevoke() public view {
        PermissionId id = smartSession.getPermissionId(_transferSession());
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("SmartSession"),
                keccak256("1"),
                block.chainid,
                address(smartSession)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("SelfRevoke(address account,bytes32 permissionId,uint256 nonce)"), address(account), id, 0
            )
        );
        assertEq(
            smartSession.getSelfRevokeDigest(address(account), id),
            keccak256(abi.encodePacked(hex"1901", domain, structHash))
        );
        assertEq(SelfRevokeHashLib.SELF_REVOKE_TYPEHASH, keccak256(bytes(SelfRevokeHashLib.SELF_REVOKE_TYPE)));
        assertEq(
            SelfRevokeHashLib.DOMAIN_TYPEHASH,
            keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
        );
    }

    /// @notice The session works through handleOps; a third party revokes it with the key's signature; the next op
    /// fails validation and the account's list and nonce say so.
    function test_selfRevoke_byAThirdParty_nextOpFails() public {
        PermissionId id = _install(_transferSession());
        _transfer(account, id, sessionKey, 1e6);
        assertEq(token.balanceOf(recipient), 1e6);

        bytes memory signature = _revokeSig(sessionKey, account, id);
        vm.expectEmit(true, true, false, false, address(smartSession));
        emit ISmartSession.SessionRemoved(id, address(account));
        vm.expectEmit(true, true, false, true, address(smartSession));
        emit ISmartSession.NonceIterated(id, address(account), 2);
        _selfRevoke(account, id, signature);

        assertFalse(smartSession.isPermissionEnabled(id, address(account)));
        assertEq(smartSession.getPermissionIDs(address(account)).length, 0);
        assertEq(smartSession.getNonce(id, address(account)), 2);
        PackedUserOperation memory op = _sessionUserOp(account, id, sessionKey, _transferCall(recipient, 1e6));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, id));
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 1e6);
        // The same signature again: nothing left to revoke.
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, id));
        _selfRevoke(account, id, signature);
    }

    function test_refuses_wrongKey() public {
        PermissionId id = _install(_transferSession());
        (, uint256 otherKey) = makeAddrAndKey("not the session key");
        bytes memory signature = _revokeSig(otherKey, account, id);
        _expectInvalid(id);
        _selfRevoke(account, id, signature);
        _expectInvalid(id);
        _selfRevoke(account, id, "");
        assertTrue(smartSession.isPermissionEnabled(id, address(account)));
        _transfer(account, id, sessionKey, 1e6);
        assertEq(token.balanceOf(recipient), 1e6);
    }

    /// @notice Session B's key cannot revoke session A, neither with a signature of A's digest nor by presenting
    /// B's own revocation for A; revoking B leaves A working.
    function test_refuses_anotherSessionsKey() public {
        (address otherSigner, uint256 otherKey) = makeAddrAndKey("other session key");
        Session memory other = _ecdsaSession(otherSigner, _action(address(token), token.transfer.selector, _sudo()));
        Session[] memory sessions = new Session[](2);
        (sessions[0], sessions[1]) = (_transferSession(), other);
        _installWith(account, sessions);
        PermissionId idA = smartSession.getPermissionId(sessions[0]);
        PermissionId idB = smartSession.getPermissionId(other);

        bytes memory signature = _revokeSig(otherKey, account, idA);
        _expectInvalid(idA);
        _selfRevoke(account, idA, signature);
        bytes memory ownRevocation = _revokeSig(otherKey, account, idB);
        _expectInvalid(idA);
        _selfRevoke(account, idA, ownRevocation);

        _selfRevoke(account, idB, ownRevocation);
        assertFalse(smartSession.isPermissionEnabled(idB, address(account)));
        assertTrue(smartSession.isPermissionEnabled(idA, address(account)));
        assertEq(smartSession.getNonce(idA, address(account)), 1);
        _transfer(account, idA, sessionKey, 1e6);
        assertEq(token.balanceOf(recipient), 1e6);
    }

    /// @notice The same session (same id) on two accounts: a revocation signed for one account revokes nothing on
    /// the other.
    function test_refuses_anotherAccount() public {
        TestAccount second = _newAccount();
        PermissionId id = _install(_transferSession());
        _installWith(second, _sessions(_transferSession()));

        bytes memory forFirst = _revokeSig(sessionKey, account, id);
        _expectInvalid(id);
        _selfRevoke(second, id, forFirst);
        _selfRevoke(account, id, forFirst);
        assertFalse(smartSession.isPermissionEnabled(id, address(account)));
        assertTrue(smartSession.isPermissionEnabled(id, address(second)));
        _transfer(second, id, sessionKey, 1e6);
        assertEq(token.balanceOf(recipient), 1e6);
    }

    /// @notice After a self-revocation the owner enables the session again: the old revocation signature is dead
    /// (the nonce moved), a fresh one works.
    function test_refuses_replayAfterReenable() public {
        PermissionId id = _install(_transferSession());
        bytes memory signature = _revokeSig(sessionKey, account, id);
        _selfRevoke(account, id, signature);

        _ownerModuleCall(account, abi.encodeCall(ISmartSessionAdmin.enableSessions, (_sessions(_transferSession()))));
        assertTrue(smartSession.isPermissionEnabled(id, address(account)));
        assertEq(smartSession.getNonce(id, address(account)), 3);
        _expectInvalid(id);
        _selfRevoke(account, id, signature);
        _transfer(account, id, sessionKey, 1e6);
        assertEq(token.balanceOf(recipient), 1e6);

        _selfRevoke(account, id, _revokeSig(sessionKey, account, id));
        assertFalse(smartSession.isPermissionEnabled(id, address(account)));
        assertEq(smartSession.getNonce(id, address(account)), 4);
    }

    /// @notice A leaked key that self-revokes cannot bring its session back with an enable signature the owner made
    /// in advance for the current nonce: the revocation moved the nonce past it.
    function test_selfRevoke_killsAnOutstandingEnableSignature() public {
        _installWith(account, new Session[](0));
        Session memory session = _transferSession();
        PermissionId id = smartSession.getPermissionId(session);
        _handleUserOp(
            _enableOp(
                account,
                SmartSessionMode.ENABLE,
                _enableDataHere(account, session, SmartSessionMode.ENABLE),
                sessionKey,
                _transferCall(recipient, 1e6)
            )
        );
        assertEq(smartSession.getNonce(id, address(account)), 1);
        // Signed now for nonce 1: would re-enable the session after a removal.
        EnableSession memory presigned = _enableDataHere(account, session, SmartSessionMode.ENABLE);

        _selfRevoke(account, id, _revokeSig(sessionKey, account, id));
        bytes32 expected = smartSession.getSessionDigest(id, address(account), session, SmartSessionMode.ENABLE);
        PackedUserOperation memory op =
            _enableOp(account, SmartSessionMode.ENABLE, presigned, sessionKey, _transferCall(recipient, 1e6));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SessionDigestMismatch.selector, expected, presigned.hashesAndChainIds[0].sessionDigest
            )
        );
        _handleUserOp(op);
        assertFalse(smartSession.isPermissionEnabled(id, address(account)));
        assertEq(token.balanceOf(recipient), 1e6);
    }

    function test_refuses_sessionNotEnabled() public {
        PermissionId id = smartSession.getPermissionId(_transferSession());
        bytes memory signature = _revokeSig(sessionKey, account, id);
        vm.expectRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, id));
        _selfRevoke(account, id, signature);
        assertEq(smartSession.getNonce(id, address(account)), 0);
    }

    /// @notice A 2-of-3 multisig session: one signer cannot revoke it, two can.
    function test_selfRevoke_multisigSession() public {
        MultisigSessionValidator multisig = new MultisigSessionValidator();
        (address[] memory owners, uint256[] memory keys) = _sortedSigners(3);
        Session memory session = _transferSession();
        session.sessionValidator = address(multisig);
        session.sessionValidatorInitData = abi.encode(uint256(2), owners);
        PermissionId id = _install(session);

        bytes memory one = _revokeSig(keys[2], account, id);
        _expectInvalid(id);
        _selfRevoke(account, id, one);
        assertTrue(smartSession.isPermissionEnabled(id, address(account)));

        _selfRevoke(account, id, bytes.concat(one, _revokeSig(keys[0], account, id)));
        assertFalse(smartSession.isPermissionEnabled(id, address(account)));
        assertEq(smartSession.getNonce(id, address(account)), 2);
    }

    /// @notice At the last nonce the session is still removed; the nonce cannot move and need not (no enable can
    /// follow).
    function test_selfRevoke_atTheLastNonce() public {
        PermissionId id = _install(_transferSession());
        bytes32 headerSlot = bytes32(SessionStorage.headerSlot(address(account), id));
        uint256 header = uint256(vm.load(address(smartSession), headerSlot));
        header = (header & ~SessionStorage.HEADER_NONCE_MASK)
            | (SessionStorage.MAX_NONCE << SessionStorage.HEADER_NONCE_SHIFT);
        vm.store(address(smartSession), headerSlot, bytes32(header));
        _selfRevoke(account, id, _revokeSig(sessionKey, account, id));
        assertFalse(smartSession.isPermissionEnabled(id, address(account)));
        assertEq(smartSession.getNonce(id, address(account)), SessionStorage.MAX_NONCE);
    }
}
