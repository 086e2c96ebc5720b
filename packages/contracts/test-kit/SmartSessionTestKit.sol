// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionKitAccount, SessionKitOwnerValidator} from "./SessionKitAccount.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {
    Execution,
    IERC7579Execution,
    IERC7579ModuleConfig,
    MODULE_TYPE_VALIDATOR
} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {
    ActionData,
    ERC7739Context,
    ERC7739Data,
    PermissionId,
    PolicyData,
    Session
} from "@smart-sessions/contracts/contracts/DataTypes.sol";
import {SmartSession} from "@smart-sessions/contracts/contracts/SmartSession.sol";
import {ISmartSession} from "@smart-sessions/contracts/contracts/interfaces/ISmartSession.sol";
import {SudoPolicy} from "@smart-sessions/contracts/contracts/policies/SudoPolicy.sol";
import {ECDSASessionValidator} from "@smart-sessions/contracts/contracts/validators/ECDSASessionValidator.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Forge test kit for projects that use Smart Sessions: the real EntryPoint v0.8 at its canonical
/// address, SmartSession with the ECDSA session validator and the sudo policy, OpenZeppelin ERC-7579 accounts
/// owned through an ECDSA owner validator, session builders, and USE-mode session user ops sent through
/// `EntryPoint.handleOps`.
/// @dev Needs remappings for `@smart-sessions/contracts`, `forge-std`, `@openzeppelin/contracts`, `solady` and
/// the EntryPoint package, installed with its artifacts readable (see `_entryPointArtifact`) in `fs_permissions`.
/// The kit imports the contracts through the package's remapped name, not relatively, so a project's own imports
/// of them name the same source units (the same `Session` type).
abstract contract SmartSessionTestKit is Test {
    address internal constant CREATE2_DEPLOYER = 0x4e59b44847b379578588920cA78FbF26c0B4956C;
    address internal constant ENTRY_POINT_V08 = 0x4337084D9E255Ff0702461CF8895CE9E3b5Ff108;
    bytes32 internal constant ENTRY_POINT_V08_SALT = 0x0a59dbff790c23c976a548690c27297883cc66b4c67024f9117b0238995e35e9;
    /// @dev ERC-7579 `execute(bytes32 mode, bytes executionCalldata)` modes: single / batch call, default exec type.
    bytes32 internal constant MODE_SINGLE = bytes32(0);
    bytes32 internal constant MODE_BATCH = bytes32(uint256(1) << 248);

    IEntryPoint internal entryPoint;
    ISmartSession internal smartSession;
    ECDSASessionValidator internal ecdsaSessionValidator;
    SudoPolicy internal sudoPolicy;
    SessionKitOwnerValidator internal ownerValidator;
    /// @notice Receives the user ops' gas refunds.
    address payable internal kitBundler =
        payable(address(uint160(uint256(keccak256("smart-sessions test kit bundler")))));

    // ─── Deployment ───────────────────────────────────────────────────────────────────────────────────────

    /// @notice Where the EntryPoint v0.8 creation bytecode is read from, relative to the project root.
    function _entryPointArtifact() internal view virtual returns (string memory) {
        return "node_modules/@account-abstraction/contracts/artifacts/EntryPoint.json";
    }

    /// @notice Deploys the EntryPoint v0.8 from its npm artifact through the CREATE2 deployer with the canonical
    /// salt, so it lands at its canonical address exactly as on a live chain (kept if already there).
    function _deployEntryPoint() internal returns (IEntryPoint) {
        if (ENTRY_POINT_V08.code.length == 0) {
            bytes memory initCode = vm.parseJsonBytes(vm.readFile(_entryPointArtifact()), ".bytecode");
            (bool ok,) = CREATE2_DEPLOYER.call(abi.encodePacked(ENTRY_POINT_V08_SALT, initCode));
            require(ok && ENTRY_POINT_V08.code.length != 0, "EntryPoint v0.8 not at its canonical address");
        }
        return IEntryPoint(ENTRY_POINT_V08);
    }

    /// @notice Deploys the EntryPoint, SmartSession, the ECDSA session validator, the sudo policy and the
    /// owner validator of the kit's accounts. Call it first in `setUp`.
    function _deploySmartSessions() internal virtual {
        entryPoint = _deployEntryPoint();
        smartSession = ISmartSession(address(new SmartSession()));
        ecdsaSessionValidator = new ECDSASessionValidator();
        sudoPolicy = new SudoPolicy();
        ownerValidator = new SessionKitOwnerValidator();
    }

    /// @notice A new OpenZeppelin ERC-7579 account owned by `owner` (through the kit's owner validator),
    /// funded with 100 ETH to pay for its user ops.
    function _newAccount(address owner) internal returns (SessionKitAccount account) {
        account = new SessionKitAccount(address(ownerValidator), abi.encode(owner));
        vm.deal(address(account), 100 ether);
    }

    // ─── Sessions ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice One policy with its init data.
    function _policies(address policy, bytes memory initData) internal pure returns (PolicyData[] memory policies) {
        policies = new PolicyData[](1);
        policies[0] = PolicyData(policy, initData);
    }

    /// @notice The sudo policy alone: every matching call passes.
    function _sudo() internal view returns (PolicyData[] memory) {
        return _policies(address(sudoPolicy), "");
    }

    /// @notice One action: calls of `selector` on `target`, checked by `policies` (at least one).
    function _action(address target, bytes4 selector, PolicyData[] memory policies)
        internal
        pure
        returns (ActionData[] memory actions)
    {
        actions = new ActionData[](1);
        actions[0] = ActionData(selector, target, policies);
    }

    /// @notice A session for `signer`'s ECDSA key that may do `actions`; no user-op or ERC-1271 policies.
    function _ecdsaSession(address signer, ActionData[] memory actions) internal view returns (Session memory session) {
        session.sessionValidator = address(ecdsaSessionValidator);
        session.sessionValidatorInitData = abi.encodePacked(signer);
        session.userOpPolicies = new PolicyData[](0);
        session.erc7739Policies = ERC7739Data(new ERC7739Context[](0), new PolicyData[](0));
        session.actions = actions;
    }

    /// @notice The owner (key `ownerKey`) installs SmartSession on `account` enabling `session`, through a user op;
    /// returns the session's permission id.
    function _installSession(SessionKitAccount account, uint256 ownerKey, Session memory session)
        internal
        returns (PermissionId)
    {
        Session[] memory sessions = new Session[](1);
        sessions[0] = session;
        bytes memory initData = abi.encodePacked(uint8(1), abi.encode(sessions));
        _handleUserOp(
            _ownerUserOp(
                account,
                ownerKey,
                abi.encodeCall(
                    IERC7579ModuleConfig.installModule, (MODULE_TYPE_VALIDATOR, address(smartSession), initData)
                )
            )
        );
        return smartSession.getPermissionId(session);
    }

    // ─── User operations ──────────────────────────────────────────────────────────────────────────────────

    /// @notice Account calldata: ERC-7579 `execute` of one call.
    function _executeSingle(address target, uint256 value, bytes memory data) internal pure returns (bytes memory) {
        return abi.encodeCall(IERC7579Execution.execute, (MODE_SINGLE, abi.encodePacked(target, value, data)));
    }

    /// @notice Account calldata: ERC-7579 `execute` of a batch of calls.
    function _executeBatch(Execution[] memory calls) internal pure returns (bytes memory) {
        return abi.encodeCall(IERC7579Execution.execute, (MODE_BATCH, abi.encode(calls)));
    }

    /// @notice An unsigned user op of `sender` validated by `validator` (OpenZeppelin's account reads it from the
    /// top 20 bytes of the nonce key), with generous gas limits.
    function _userOp(address sender, address validator, bytes memory callData)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op.sender = sender;
        op.nonce = entryPoint.getNonce(sender, uint192(uint160(validator)) << 32);
        op.callData = callData;
        op.accountGasLimits = bytes32((uint256(2_000_000) << 128) | 1_000_000);
        op.preVerificationGas = 100_000;
        op.gasFees = bytes32((uint256(1 gwei) << 128) | 2 gwei);
    }

    /// @notice A 65-byte ECDSA signature `r ‖ s ‖ v` of `hash` by `key`.
    function _sign(uint256 key, bytes32 hash) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, hash);
        return abi.encodePacked(r, s, v);
    }

    /// @notice A USE-mode SmartSession signature: `0x00 ‖ permissionId ‖ session validator signature`.
    function _useSignature(PermissionId permissionId, bytes memory signature) internal pure returns (bytes memory) {
        return abi.encodePacked(uint8(0), permissionId, signature);
    }

    /// @notice A USE-mode session user op of `account`, signed by the session key `sessionKey` over its hash.
    function _sessionUserOp(
        SessionKitAccount account,
        PermissionId permissionId,
        uint256 sessionKey,
        bytes memory callData
    ) internal view returns (PackedUserOperation memory op) {
        op = _userOp(address(account), address(smartSession), callData);
        op.signature = _useSignature(permissionId, _sign(sessionKey, entryPoint.getUserOpHash(op)));
    }

    /// @notice A user op of `account` signed by its owner (key `ownerKey`) through the kit's owner validator.
    function _ownerUserOp(SessionKitAccount account, uint256 ownerKey, bytes memory callData)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op = _userOp(address(account), address(ownerValidator), callData);
        op.signature = _sign(ownerKey, entryPoint.getUserOpHash(op));
    }

    /// @notice Sends `op` alone through `EntryPoint.handleOps`.
    function _handleUserOp(PackedUserOperation memory op) internal {
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = op;
        entryPoint.handleOps(ops, kitBundler);
    }

    /// @notice Expects the next handleOps to fail validation with the EntryPoint's `reason`
    /// (e.g. "AA24 signature error" for a wrong session key). Build the op first: the expectation applies to the
    /// next external call, and building an op calls the EntryPoint (getNonce, getUserOpHash).
    function _expectFailedOp(string memory reason) internal {
        vm.expectRevert(abi.encodeWithSelector(IEntryPoint.FailedOp.selector, 0, reason));
    }

    /// @notice Expects the next handleOps to fail because SmartSession's validation reverted with `error_`
    /// (e.g. `ISmartSession.ActionNotPermitted` or `ISmartSession.PolicyReverted`). Build the op first, as above.
    function _expectValidationRevert(bytes memory error_) internal {
        vm.expectRevert(abi.encodeWithSelector(IEntryPoint.FailedOpWithRevert.selector, 0, "AA23 reverted", error_));
    }
}
