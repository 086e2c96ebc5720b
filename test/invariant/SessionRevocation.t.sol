// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnableFixtures} from "../utils/EnableFixtures.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {IERC7579ModuleConfig} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {EnableSession, PermissionId, Session, SmartSessionMode} from "contracts/DataTypes.sol";
import {StdInvariant} from "forge-std/StdInvariant.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives one account's sessions at random through the real EntryPoint: the owner enables, removes,
/// revokes enable signatures, uninstalls and reinstalls; session keys use their sessions, replay enable
/// signatures the owner made at some earlier point, and revoke their own sessions with signatures made at some
/// earlier point. Counts every outcome that contradicts the ghost model.
contract SessionRevocationHandler is EnableFixtures {
    uint256 internal constant SESSIONS = 3;

    /// @dev abi-encoded `Session`s and `EnableSession`s: legacy codegen cannot copy nested structs to storage.
    bytes[SESSIONS] internal sessions;
    PermissionId[SESSIONS] public permissionIds;
    uint256[SESSIONS] internal keys;
    bool[SESSIONS] public ghostEnabled;
    bool public installed;

    bytes[SESSIONS] internal signedEnables;
    bool[SESSIONS] internal hasSigned;
    uint256[SESSIONS] internal signedAtNonce;

    bytes[SESSIONS] internal signedRevocations;
    uint256[SESSIONS] internal revocationNonce;

    /// @notice A session op validated while the model says it must not (removed, never enabled, uninstalled,
    /// or a replayed / revoked enable signature).
    uint256 public violations;
    /// @notice A session op refused while the model says it must pass.
    uint256 public livenessFailures;
    uint256 public sessionOpsAccepted;
    uint256 public sessionOpsRefused;

    function setUp() public override {
        super.setUp();
        for (uint256 i; i < SESSIONS; ++i) {
            (address signer, uint256 key) = makeAddrAndKey(string.concat("session ", vm.toString(i)));
            keys[i] = key;
            Session memory session = _ecdsaSession(signer, _action(address(token), token.transfer.selector, _sudo()));
            session.salt = bytes32(i);
            sessions[i] = abi.encode(session);
            permissionIds[i] = smartSession.getPermissionId(session);
        }
        _installWith(account, new Session[](0));
        installed = true;
    }

    // ─── Owner ────────────────────────────────────────────────────────────────────────────────────────────

    function enable(uint256 i) external {
        i = bound(i, 0, SESSIONS - 1);
        // Sessions enabled while uninstalled would be leftovers that block a reinstall (by design): the owner
        // of this model enables only while installed.
        if (ghostEnabled[i] || !installed) return;
        _ownerModuleCall(account, abi.encodeCall(smartSession.enableSessions, (_sessions(_sessionOf(i)))));
        ghostEnabled[i] = true;
        _expectEnabled(i);
    }

    function remove(uint256 i) external {
        i = bound(i, 0, SESSIONS - 1);
        if (!ghostEnabled[i]) return;
        _ownerModuleCall(account, abi.encodeCall(smartSession.removeSession, (permissionIds[i])));
        ghostEnabled[i] = false;
        _expectEnabled(i);
    }

    function revokeEnableSignature(uint256 i) external {
        i = bound(i, 0, SESSIONS - 1);
        _ownerModuleCall(account, abi.encodeCall(smartSession.revokeEnableSignature, (permissionIds[i])));
    }

    function uninstall() external {
        if (!installed) return;
        _ownerCall(
            account,
            abi.encodeCall(IERC7579ModuleConfig.uninstallModule, (MODULE_TYPE_VALIDATOR, address(smartSession), ""))
        );
        installed = false;
        for (uint256 i; i < SESSIONS; ++i) {
            ghostEnabled[i] = false;
        }
    }

    function reinstall() external {
        if (installed) return;
        _installWith(account, new Session[](0));
        installed = true;
        if (!smartSession.isInitialized(address(account))) ++livenessFailures;
    }

    /// @notice The owner signs an enable for session `i` at its current nonce; the key may replay it any time.
    function signEnable(uint256 i) external {
        i = bound(i, 0, SESSIONS - 1);
        signedEnables[i] = abi.encode(_enableDataHere(account, _sessionOf(i), SmartSessionMode.ENABLE));
        signedAtNonce[i] = smartSession.getNonce(permissionIds[i], address(account));
        hasSigned[i] = true;
    }

    // ─── Session keys ─────────────────────────────────────────────────────────────────────────────────────

    function use(uint256 i) external {
        i = bound(i, 0, SESSIONS - 1);
        _sessionOpOutcome(
            _sessionUserOp(account, permissionIds[i], keys[i], _transferCall(recipient, 1)), ghostEnabled[i]
        );
        _expectEnabled(i);
    }

    function enableWithSignedData(uint256 i) external {
        i = bound(i, 0, SESSIONS - 1);
        if (!hasSigned[i]) return;
        bool valid = installed && !ghostEnabled[i]
            && signedAtNonce[i] == smartSession.getNonce(permissionIds[i], address(account));
        EnableSession memory signed = abi.decode(signedEnables[i], (EnableSession));
        PackedUserOperation memory op =
            _enableOp(account, SmartSessionMode.ENABLE, signed, keys[i], _transferCall(recipient, 1));
        if (_sessionOpOutcome(op, valid)) ghostEnabled[i] = true;
        _expectEnabled(i);
    }

    /// @notice Key `i` signs the revocation of its session at the current nonce; anyone may send it any time.
    function signSelfRevoke(uint256 i) external {
        i = bound(i, 0, SESSIONS - 1);
        signedRevocations[i] = _sign(keys[i], smartSession.getSelfRevokeDigest(address(account), permissionIds[i]));
        revocationNonce[i] = smartSession.getNonce(permissionIds[i], address(account));
    }

    /// @notice A stranger sends key `i`'s revocation (signed at some earlier point): it must work iff the session
    /// is enabled and its nonce has not moved since the signature; then the session is gone.
    function sendSelfRevoke(uint256 i) external {
        i = bound(i, 0, SESSIONS - 1);
        if (signedRevocations[i].length == 0) return;
        bool valid = ghostEnabled[i] && revocationNonce[i] == smartSession.getNonce(permissionIds[i], address(account));
        vm.prank(makeAddr("stranger"));
        try smartSession.selfRevoke(address(account), permissionIds[i], signedRevocations[i]) {
            if (!valid) ++violations;
            ghostEnabled[i] = false;
        } catch {
            if (valid) ++livenessFailures;
        }
        _expectEnabled(i);
    }

    function _sessionOf(uint256 i) internal view returns (Session memory) {
        return abi.decode(sessions[i], (Session));
    }

    /// @dev Sends a session op that must pass iff `shouldPass`; returns whether it passed.
    function _sessionOpOutcome(PackedUserOperation memory op, bool shouldPass) internal returns (bool) {
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = op;
        uint256 before = token.balanceOf(recipient);
        bool passed;
        try entryPoint.handleOps(ops, kitBundler) {
            passed = token.balanceOf(recipient) == before + 1;
        } catch {}
        if (passed) ++sessionOpsAccepted;
        else ++sessionOpsRefused;
        if (passed && !shouldPass) ++violations;
        if (!passed && shouldPass) ++livenessFailures;
        return passed;
    }

    /// @dev Session `i` is enabled as the model says, and the account's list holds exactly the enabled sessions.
    function _expectEnabled(uint256 i) internal {
        if (smartSession.isPermissionEnabled(permissionIds[i], address(account)) != ghostEnabled[i]) ++violations;
        PermissionId[] memory listed = smartSession.getPermissionIDs(address(account));
        uint256 enabledCount;
        for (uint256 j; j < SESSIONS; ++j) {
            uint256 seen;
            for (uint256 k; k < listed.length; ++k) {
                if (PermissionId.unwrap(listed[k]) == PermissionId.unwrap(permissionIds[j])) ++seen;
            }
            if (seen != (ghostEnabled[j] ? 1 : 0)) ++violations;
            if (ghostEnabled[j]) ++enabledCount;
        }
        if (listed.length != enabledCount) ++violations;
    }
}

/// @notice Invariant: a removed, revoked, self-revoked, uninstalled or never-enabled session is never usable, an
/// enable or self-revocation signature works at most once and never after the nonce moved; enabled sessions keep
/// working, and the account's permission list is exactly its enabled sessions.
contract SessionRevocationInvariantTest is StdInvariant, Test {
    SessionRevocationHandler internal handler;

    function setUp() public {
        handler = new SessionRevocationHandler();
        handler.setUp();
        bytes4[] memory selectors = new bytes4[](10);
        selectors[0] = handler.enable.selector;
        selectors[1] = handler.remove.selector;
        selectors[2] = handler.revokeEnableSignature.selector;
        selectors[3] = handler.uninstall.selector;
        selectors[4] = handler.reinstall.selector;
        selectors[5] = handler.signEnable.selector;
        selectors[6] = handler.use.selector;
        selectors[7] = handler.enableWithSignedData.selector;
        selectors[8] = handler.signSelfRevoke.selector;
        selectors[9] = handler.sendSelfRevoke.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    function invariant_revokedNeverUsable() public view {
        assertEq(handler.violations(), 0);
    }

    function invariant_enabledSessionsKeepWorking() public view {
        assertEq(handler.livenessFailures(), 0);
    }

    /// @notice A fixed walk through the model, so that the handler's own bookkeeping is tested too.
    function test_handlerWalk() public {
        handler.signEnable(0);
        handler.use(0); // never enabled: refused
        handler.enableWithSignedData(0); // first use of the owner's signature: enables and uses
        handler.use(0);
        handler.remove(0);
        handler.use(0); // removed: refused
        handler.enableWithSignedData(0); // replay after removal: refused (the nonce moved at enable)
        handler.enable(1);
        handler.signEnable(2);
        handler.revokeEnableSignature(2);
        handler.enableWithSignedData(2); // revoked: refused
        handler.uninstall();
        handler.use(1); // uninstalled: refused
        handler.reinstall();
        handler.use(1); // reinstalling brings nothing back: refused
        handler.enable(1);
        handler.use(1);
        handler.signSelfRevoke(1);
        handler.sendSelfRevoke(1); // the key revokes its session
        handler.use(1); // self-revoked: refused
        handler.enable(1);
        handler.sendSelfRevoke(1); // replay after re-enable: refused (the nonce moved)
        handler.use(1);
        assertEq(handler.violations(), 0);
        assertEq(handler.livenessFailures(), 0);
        assertEq(handler.sessionOpsAccepted(), 4);
        assertEq(handler.sessionOpsRefused(), 7);
        assertTrue(handler.ghostEnabled(1));
    }
}
