// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnableFixtures, FreshAccountFactory} from "../utils/EnableFixtures.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {
    ActionData,
    ChainDigest,
    EnableSession,
    PermissionId,
    PolicyData,
    Session,
    SmartSessionMode
} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {EnableHashLib} from "contracts/lib/EnableHashLib.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";
import {LibZip} from "solady/utils/LibZip.sol";

/// @notice Sessions enabled by the owner's signature in the first user op that uses them (ENABLE and
/// UNSAFE_ENABLE), through EntryPoint.handleOps on the OpenZeppelin account. SmartSession is installed empty
/// by the owner first; the first SmartSession op enables and uses the session.
contract EnableSessionTest is EnableFixtures {
    SmartSessionMode internal constant ENABLE = SmartSessionMode.ENABLE;
    SmartSessionMode internal constant UNSAFE_ENABLE = SmartSessionMode.UNSAFE_ENABLE;

    UsageLimitPolicy internal usageLimit;
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        usageLimit = new UsageLimitPolicy();
        _installWith(account, new Session[](0));
        permissionId = smartSession.getPermissionId(_transferSession());
    }

    // ─── Enable and use ───────────────────────────────────────────────────────────────────────────────────

    function test_enable_enablesAndUsesInTheFirstOp() public {
        _checkEnableAndUse(ENABLE);
    }

    function test_unsafeEnable_enablesAndUsesInTheFirstOp() public {
        _checkEnableAndUse(UNSAFE_ENABLE);
    }

    function _checkEnableAndUse(SmartSessionMode mode) internal {
        assertEq(smartSession.getNonce(permissionId, address(account)), 0);
        EnableSession memory data = _enableDataHere(account, _transferSession(), mode);
        PackedUserOperation memory op = _enableOp(account, mode, data, sessionKey, _transferCall(recipient, 100e6));

        vm.expectEmit(address(smartSession));
        emit ISmartSession.SessionCreated(permissionId, address(account), 1);
        _handleUserOp(op);

        assertEq(token.balanceOf(recipient), 100e6);
        assertTrue(smartSession.isPermissionEnabled(permissionId, address(account)));
        assertEq(smartSession.getNonce(permissionId, address(account)), 1);
        PermissionId[] memory ids = smartSession.getPermissionIDs(address(account));
        assertEq(ids.length, 1);
        assertEq(PermissionId.unwrap(ids[0]), PermissionId.unwrap(permissionId));

        // From now on the session works in USE mode.
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 5e6)));
        assertEq(token.balanceOf(recipient), 105e6);
    }

    /// @notice The very first op of a fresh account deploys it (initCode; the account installs SmartSession empty in
    /// its constructor), enables the session with the owner's signature and uses it.
    function test_enable_firstOpOfAFreshAccountDeploysEnablesAndUses() public {
        FreshAccountFactory factory = new FreshAccountFactory();
        bytes32 salt = keccak256("fresh account");
        address fresh = factory.predict(address(ownerValidator), owner, address(smartSession), salt);
        assertEq(fresh.code.length, 0);
        vm.deal(fresh, 1 ether);
        token.mint(fresh, 100e6);
        Session memory session = _transferSession();

        // The owner signs before the account exists: the digest depends on its address, not its code.
        EnableSession memory data = _enableDataHere(TestAccount(payable(fresh)), session, ENABLE);
        PackedUserOperation memory op = _userOp(fresh, address(smartSession), _transfer(7e6));
        op.initCode = abi.encodePacked(
            address(factory),
            abi.encodeCall(factory.createAccount, (address(ownerValidator), owner, address(smartSession), salt))
        );
        // Deploying the account is paid from the verification gas.
        op.accountGasLimits = bytes32((uint256(8_000_000) << 128) | 1_000_000);
        op.signature = _encodeEnable(ENABLE, data, _sign(sessionKey, _hash(op)));
        vm.expectEmit(address(smartSession));
        emit ISmartSession.SessionCreated(permissionId, fresh, 1);
        _handleUserOp(op);

        assertGt(fresh.code.length, 0);
        assertEq(token.balanceOf(recipient), 7e6);
        assertTrue(smartSession.isPermissionEnabled(permissionId, fresh));
        assertEq(smartSession.getNonce(permissionId, fresh), 1);
        _handleUserOp(_sessionUserOp(TestAccount(payable(fresh)), permissionId, sessionKey, _transfer(1e6)));
        assertEq(token.balanceOf(recipient), 8e6);
    }

    function test_enable_initialisesThePolicies() public {
        // A usage limit of 2 set by the enable: the enabling op is use 1, one more op is use 2, the third is refused.
        Session memory limited = _ecdsaSession(
            sessionSigner,
            _action(
                address(token), token.transfer.selector, _policies(address(usageLimit), abi.encodePacked(uint128(2)))
            )
        );
        permissionId = smartSession.getPermissionId(limited);
        _handleUserOp(_enableOp(account, ENABLE, _enableDataHere(account, limited, ENABLE), sessionKey, _transfer(1)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transfer(1)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transfer(1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                permissionId,
                address(usageLimit),
                abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, uint128(2))
            )
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 2);
    }

    function test_refuses_enableDigestUsedInUnsafeMode() public {
        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        PackedUserOperation memory op = _enableOp(account, UNSAFE_ENABLE, data, sessionKey, _transfer(1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SessionDigestMismatch.selector,
                _digestNow(_transferSession(), UNSAFE_ENABLE),
                data.hashesAndChainIds[0].sessionDigest
            )
        );
        _handleUserOp(op);
        _assertNothingStored(permissionId);
    }

    function test_refuses_unsafeDigestUsedInEnableMode() public {
        EnableSession memory data = _enableDataHere(account, _transferSession(), UNSAFE_ENABLE);
        PackedUserOperation memory op = _enableOp(account, ENABLE, data, sessionKey, _transfer(1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SessionDigestMismatch.selector,
                _digestNow(_transferSession(), ENABLE),
                data.hashesAndChainIds[0].sessionDigest
            )
        );
        _handleUserOp(op);
        _assertNothingStored(permissionId);
    }

    // ─── One signature, many chains ───────────────────────────────────────────────────────────────────────

    function test_oneOwnerSignatureEnablesOnThreeChains() public {
        uint64[] memory chainIds = _chainIds(1, 10, 8453);
        // Signed once, before any chain is touched: the same permissionEnableSig serves every chain.
        ChainDigest[] memory digests = _chainDigests(account, _transferSession(), ENABLE, chainIds);
        bytes memory ownerSig = _ownerEnableSig(ownerKey, _multichainDigest(digests));
        for (uint256 i; i < chainIds.length; ++i) {
            uint256 snapshot = vm.snapshotState();
            vm.chainId(chainIds[i]);
            EnableSession memory data = EnableSession(uint8(i), digests, _transferSession(), ownerSig);
            // The user op hash includes the chain id: the session key signs this chain's op.
            _handleUserOp(_enableOp(account, ENABLE, data, sessionKey, _transfer(10 + i)));
            assertEq(token.balanceOf(recipient), 10 + i);
            assertTrue(smartSession.isPermissionEnabled(permissionId, address(account)));
            assertEq(smartSession.getNonce(permissionId, address(account)), 1);
            vm.revertToState(snapshot);
        }
    }

    function test_refuses_entryOfAnotherChain() public {
        // Signed for chains 1, 10, 8453; submitted here (31337) picking chain 10's entry.
        EnableSession memory data = _enableData(account, _transferSession(), ENABLE, _chainIds(1, 10, 8453), 1);
        PackedUserOperation memory op = _enableOp(account, ENABLE, data, sessionKey, _transfer(1));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.ChainIdMismatch.selector, uint64(10)));
        _handleUserOp(op);
        _assertNothingStored(permissionId);
    }

    function test_refuses_digestIndexOutOfRange() public {
        EnableSession memory data =
            _enableData(account, _transferSession(), ENABLE, _chainIds(1, 10, uint64(block.chainid)), 3);
        PackedUserOperation memory op = _enableOp(account, ENABLE, data, sessionKey, _transfer(1));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.InvalidChainDigestIndex.selector, 3, 3));
        _handleUserOp(op);
        _assertNothingStored(permissionId);
    }

    // ─── Replay and revocation ────────────────────────────────────────────────────────────────────────────

    function test_refuses_replayOnTheSameChainAfterUse() public {
        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        _handleUserOp(_enableOp(account, ENABLE, data, sessionKey, _transfer(1)));
        bytes32 signed = data.hashesAndChainIds[0].sessionDigest;

        // The nonce moved to 1: the signed digest (nonce 0) is no longer this session's digest.
        PackedUserOperation memory op = _enableOp(account, ENABLE, data, sessionKey, _transfer(1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SessionDigestMismatch.selector, _digestNow(_transferSession(), ENABLE), signed
            )
        );
        _handleUserOp(op);

        // Not even after the owner removed the session: the nonce stays.
        _ownerModuleCall(account, abi.encodeCall(smartSession.removeSession, (permissionId)));
        op = _enableOp(account, ENABLE, data, sessionKey, _transfer(1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SessionDigestMismatch.selector, _digestNow(_transferSession(), ENABLE), signed
            )
        );
        _handleUserOp(op);
        assertFalse(smartSession.isPermissionEnabled(permissionId, address(account)));
        assertEq(smartSession.getNonce(permissionId, address(account)), 1);
        assertEq(token.balanceOf(recipient), 1);
    }

    function test_refuses_enableOfAnEnabledSession() public {
        // A fresh owner signature (nonce 1) for a session that is enabled: SessionAlreadyEnabled, nonce unchanged.
        _handleUserOp(
            _enableOp(account, ENABLE, _enableDataHere(account, _transferSession(), ENABLE), sessionKey, _transfer(1))
        );
        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        PackedUserOperation memory op = _enableOp(account, ENABLE, data, sessionKey, _transfer(1));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.SessionAlreadyEnabled.selector, permissionId));
        _handleUserOp(op);
        assertEq(smartSession.getNonce(permissionId, address(account)), 1);
    }

    function test_refuses_afterRevokeEnableSignature() public {
        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.NonceIterated(permissionId, address(account), 1);
        _ownerModuleCall(account, abi.encodeCall(smartSession.revokeEnableSignature, (permissionId)));
        assertEq(smartSession.getNonce(permissionId, address(account)), 1);

        PackedUserOperation memory op = _enableOp(account, ENABLE, data, sessionKey, _transfer(1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SessionDigestMismatch.selector,
                _digestNow(_transferSession(), ENABLE),
                data.hashesAndChainIds[0].sessionDigest
            )
        );
        _handleUserOp(op);
        assertFalse(smartSession.isPermissionEnabled(permissionId, address(account)));
        assertEq(smartSession.getNonce(permissionId, address(account)), 1);

        // A signature for the new nonce works.
        _handleUserOp(
            _enableOp(account, ENABLE, _enableDataHere(account, _transferSession(), ENABLE), sessionKey, _transfer(1))
        );
        assertEq(smartSession.getNonce(permissionId, address(account)), 2);
        assertEq(token.balanceOf(recipient), 1);
    }

    // ─── Front-running: the owner's enable data with something else ───────────────────────────────────────

    function test_frontRunner_changedActionPolicy() public {
        Session memory changed = _transferSession();
        changed.actions[0].actionPolicies = _policies(address(usageLimit), abi.encodePacked(uint128(1_000_000)));
        _checkFrontRun(changed, sessionKey);
    }

    function test_frontRunner_extraAction() public {
        Session memory changed = _transferSession();
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = changed.actions[0];
        actions[1] = ActionData(token.approve.selector, address(token), _sudo());
        changed.actions = actions;
        _checkFrontRun(changed, sessionKey);
    }

    function test_frontRunner_changedSalt() public {
        Session memory changed = _transferSession();
        changed.salt = bytes32(uint256(1));
        _checkFrontRun(changed, sessionKey);
    }

    function test_frontRunner_changedPaymasterFlag() public {
        Session memory changed = _transferSession();
        changed.permitERC4337Paymaster = true;
        _checkFrontRun(changed, sessionKey);
    }

    function test_frontRunner_changedUserOpPolicies() public {
        Session memory changed = _transferSession();
        changed.userOpPolicies = _sudo();
        _checkFrontRun(changed, sessionKey);
    }

    function test_frontRunner_ownSessionKey() public {
        (address attacker, uint256 attackerKey) = makeAddrAndKey("attacker");
        _checkFrontRun(_ecdsaSession(attacker, _action(address(token), token.transfer.selector, _sudo())), attackerKey);
    }

    /// @notice Fuzzed: whichever field of the signed session a front-runner changes, and to whatever value, the
    /// owner's signature enables nothing.
    function testFuzz_frontRunner_anyChangedField(uint8 field, bytes32 noise) public {
        Session memory changed = _transferSession();
        field = uint8(bound(field, 0, 7));
        address noiseAddress = address(uint160(uint256(noise)));
        if (field == 0) {
            vm.assume(noise != changed.salt);
            changed.salt = noise;
        } else if (field == 1) {
            changed.permitERC4337Paymaster = true;
        } else if (field == 2) {
            vm.assume(noiseAddress != sessionSigner);
            changed.sessionValidatorInitData = abi.encodePacked(noiseAddress);
        } else if (field == 3) {
            vm.assume(bytes4(noise) != token.transfer.selector);
            changed.actions[0].actionTargetSelector = bytes4(noise);
        } else if (field == 4) {
            vm.assume(noiseAddress != address(token) && noiseAddress != address(0));
            changed.actions[0].actionTarget = noiseAddress;
        } else if (field == 5) {
            changed.actions[0].actionPolicies[0].initData = abi.encodePacked(noise);
        } else if (field == 6) {
            changed = _withERC1271(changed, noise, "Mail", _sudo());
        } else {
            changed.userOpPolicies = _policies(address(sudoPolicy), abi.encodePacked(noise));
        }
        _checkFrontRun(changed, sessionKey);
    }

    /// @dev The owner signed `session`; a front-runner submits that signature with `changed` (signing the op with
    /// `key`). Refused with SessionDigestMismatch; refused with InvalidEnableSignature if the front-runner also
    /// replaces the digest; nothing stored for either session, no nonce moved.
    function _checkFrontRun(Session memory changed, uint256 key) internal {
        PermissionId changedId = smartSession.getPermissionId(changed);
        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        bytes32 signed = data.hashesAndChainIds[0].sessionDigest;
        data.sessionToEnable = changed;
        PackedUserOperation memory op = _enableOp(account, ENABLE, data, key, _transfer(1));
        _expectValidationRevert(
            abi.encodeWithSelector(ISmartSession.SessionDigestMismatch.selector, _digestNow(changed, ENABLE), signed)
        );
        _handleUserOp(op);

        data.hashesAndChainIds[0].sessionDigest = _digestNow(changed, ENABLE);
        op = _enableOp(account, ENABLE, data, key, _transfer(1));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.InvalidEnableSignature.selector, address(account)));
        _handleUserOp(op);

        _assertNothingStored(changedId);
        _assertNothingStored(permissionId);
        assertEq(token.balanceOf(recipient), 0);
    }

    function test_frontRunner_otherAccount() public {
        // The owner's data for `account`, submitted for another account of the same owner.
        TestAccount other = _newAccount();
        _installWith(other, new Session[](0));
        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        PackedUserOperation memory op = _enableOp(other, ENABLE, data, sessionKey, _transfer(1));
        bytes32 expected = smartSession.getSessionDigest(permissionId, address(other), _transferSession(), ENABLE);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SessionDigestMismatch.selector, expected, data.hashesAndChainIds[0].sessionDigest
            )
        );
        _handleUserOp(op);
        assertFalse(smartSession.isPermissionEnabled(permissionId, address(other)));
    }

    // ─── The owner's signature ────────────────────────────────────────────────────────────────────────────

    function test_refuses_signatureOfAnyoneButTheOwner() public {
        (, uint256 strangerKey) = makeAddrAndKey("stranger");
        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        data.permissionEnableSig = _ownerEnableSig(strangerKey, _multichainDigest(data.hashesAndChainIds));
        _expectInvalidEnableSignature(data);
        // The session key itself cannot sign its own enable either.
        data.permissionEnableSig = _ownerEnableSig(sessionKey, _multichainDigest(data.hashesAndChainIds));
        _expectInvalidEnableSignature(data);
    }

    function test_refuses_ownerSignatureOverAnotherDigest() public {
        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        data.permissionEnableSig = _ownerEnableSig(ownerKey, data.hashesAndChainIds[0].sessionDigest);
        _expectInvalidEnableSignature(data);
    }

    function test_refuses_signatureThroughAValidatorNotInstalled() public {
        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        data.permissionEnableSig =
            abi.encodePacked(address(0xdead), _sign(ownerKey, _multichainDigest(data.hashesAndChainIds)));
        _expectInvalidEnableSignature(data);
        data.permissionEnableSig = "";
        _expectInvalidEnableSignature(data);
    }

    /// @notice A session allowed to sign `MultiChainSession` typed data in SmartSession's own domain makes a
    /// signature the account accepts for other callers; as the enable signature it must never count.
    function test_refuses_enableSignatureMadeByASession() public {
        (address signerB, uint256 keyB) = makeAddrAndKey("session B");
        Session memory sessionB = _withERC1271(
            _ecdsaSession(signerB, _action(address(token), token.transfer.selector, _sudo())),
            EnableHashLib.DOMAIN_SEPARATOR,
            "MultiChainSession",
            _sudo()
        );
        _ownerModuleCall(account, abi.encodeCall(smartSession.enableSessions, (_sessions(sessionB))));
        PermissionId idB = smartSession.getPermissionId(sessionB);

        EnableSession memory data = _enableDataHere(account, _transferSession(), ENABLE);
        bytes32 digest = _multichainDigest(data.hashesAndChainIds);
        bytes32 contents = _multiChainSessionStructHash(data.hashesAndChainIds);
        assertEq(digest, keccak256(abi.encodePacked(hex"1901", EnableHashLib.DOMAIN_SEPARATOR, contents)));
        bytes memory sessionSig = _sessionERC1271Sig(
            address(account),
            idB,
            keyB,
            EnableHashLib.DOMAIN_SEPARATOR,
            contents,
            "MultiChainSession(ChainSession[] sessionsAndChainIds)"
        );
        // Any other caller gets a valid answer: the signature itself is sound.
        assertEq(account.isValidSignature(digest, sessionSig), bytes4(0x1626ba7e));

        data.permissionEnableSig = sessionSig;
        _expectInvalidEnableSignature(data);
    }

    function _multiChainSessionStructHash(ChainDigest[] memory digests) internal pure returns (bytes32) {
        bytes32[] memory hashes = new bytes32[](digests.length);
        for (uint256 i; i < digests.length; ++i) {
            hashes[i] = keccak256(
                abi.encode(EnableHashLib.CHAIN_SESSION_TYPEHASH, digests[i].chainId, digests[i].sessionDigest)
            );
        }
        return keccak256(abi.encode(EnableHashLib.MULTI_CHAIN_SESSION_TYPEHASH, keccak256(abi.encodePacked(hashes))));
    }

    function _expectInvalidEnableSignature(EnableSession memory data) internal {
        PackedUserOperation memory op = _enableOp(account, ENABLE, data, sessionKey, _transfer(1));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.InvalidEnableSignature.selector, address(account)));
        _handleUserOp(op);
        _assertNothingStored(permissionId);
    }

    // ─── Malformed data ───────────────────────────────────────────────────────────────────────────────────

    function test_refuses_malformedCompressedData() public {
        PackedUserOperation memory op = _userOp(address(account), address(smartSession), _transfer(1));
        op.signature = abi.encodePacked(uint8(ENABLE), keccak256("not FastLZ"), keccak256("at all"));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.MalformedSignature.selector));
        _handleUserOp(op);

        // Well-formed FastLZ of bytes that are no (EnableSession, bytes).
        op.signature = abi.encodePacked(uint8(ENABLE), LibZip.flzCompress(abi.encode(uint256(1), uint256(2))));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.MalformedSignature.selector));
        _handleUserOp(op);

        // Valid enable data, truncated after compression.
        bytes memory compressed = LibZip.flzCompress(
            abi.encode(_enableDataHere(account, _transferSession(), ENABLE), _sign(sessionKey, bytes32(0)))
        );
        bytes memory truncated = new bytes(compressed.length / 2);
        for (uint256 i; i < truncated.length; ++i) {
            truncated[i] = compressed[i];
        }
        op.signature = abi.encodePacked(uint8(ENABLE), truncated);
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.MalformedSignature.selector));
        _handleUserOp(op);
        _assertNothingStored(permissionId);
    }

    function test_refuses_badSessionSignatureAfterEnable() public {
        // The owner's enable is fine but the session key did not sign the op: AA24, and nothing stays stored.
        (, uint256 otherKey) = makeAddrAndKey("not the session key");
        PackedUserOperation memory op =
            _enableOp(account, ENABLE, _enableDataHere(account, _transferSession(), ENABLE), otherKey, _transfer(1));
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);
        _assertNothingStored(permissionId);
    }

    // ─── Helpers ──────────────────────────────────────────────────────────────────────────────────────────

    function _transfer(uint256 amount) internal view returns (bytes memory) {
        return _transferCall(recipient, amount);
    }

    function _digestNow(Session memory target, SmartSessionMode mode) internal view returns (bytes32) {
        return smartSession.getSessionDigest(smartSession.getPermissionId(target), address(account), target, mode);
    }

    function _assertNothingStored(PermissionId id) internal view {
        assertFalse(smartSession.isPermissionEnabled(id, address(account)));
        assertEq(smartSession.getNonce(id, address(account)), 0);
        PermissionId[] memory ids = smartSession.getPermissionIDs(address(account));
        for (uint256 i; i < ids.length; ++i) {
            assertNotEq(PermissionId.unwrap(ids[i]), PermissionId.unwrap(id));
        }
    }
}
