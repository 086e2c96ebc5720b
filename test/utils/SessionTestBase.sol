// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EntryPointDeployer} from "./EntryPointDeployer.sol";
import {MockERC20} from "./MockERC20.sol";
import {OwnerValidator} from "./OwnerValidator.sol";
import {TestAccount} from "./TestAccount.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution, IERC7579ModuleConfig} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, ERC7739Context, ERC7739Data, PermissionId, PolicyData, Session} from "contracts/DataTypes.sol";
import {SmartSession} from "contracts/SmartSession.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {SudoPolicy} from "contracts/policies/SudoPolicy.sol";
import {ECDSASessionValidator} from "contracts/validators/ECDSASessionValidator.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The one place for test fixtures: the real EntryPoint at its address, an OpenZeppelin ERC-7579
/// account owned through its own validator, SmartSession and its parts, user-op builders and signers.
abstract contract SessionTestBase is Test {
    uint256 internal constant MODULE_TYPE_VALIDATOR = 1;
    bytes1 internal constant CALLTYPE_SINGLE = 0x00;
    bytes1 internal constant CALLTYPE_BATCH = 0x01;
    bytes1 internal constant CALLTYPE_DELEGATECALL = 0xff;
    bytes1 internal constant CALLTYPE_STATIC = 0xfe;
    bytes1 internal constant EXECTYPE_TRY = 0x01;

    IEntryPoint internal entryPoint;
    ISmartSession internal smartSession;
    ECDSASessionValidator internal ecdsaValidator;
    SudoPolicy internal sudo;
    OwnerValidator internal ownerValidator;
    MockERC20 internal token;
    TestAccount internal account;

    address payable internal bundler = payable(makeAddr("bundler"));
    address internal recipient = makeAddr("recipient");
    uint256 internal ownerKey;
    address internal owner;
    uint256 internal sessionKey;
    address internal sessionSigner;

    function setUp() public virtual {
        entryPoint = IEntryPoint(address(EntryPointDeployer.deploy()));
        smartSession = ISmartSession(address(new SmartSession()));
        ecdsaValidator = new ECDSASessionValidator();
        sudo = new SudoPolicy();
        ownerValidator = new OwnerValidator();
        token = new MockERC20("USD Coin", "USDC", 6);
        (owner, ownerKey) = makeAddrAndKey("owner");
        (sessionSigner, sessionKey) = makeAddrAndKey("session key");
        account = _newAccount();
    }

    function _newAccount() internal virtual returns (TestAccount newAccount) {
        newAccount = new TestAccount(address(ownerValidator), abi.encode(owner));
        vm.deal(address(newAccount), 100 ether);
        token.mint(address(newAccount), 1_000_000e6);
    }

    // ─── Sessions ─────────────────────────────────────────────────────────────────────────────────────────

    function _policy(address policy, bytes memory initData) internal pure returns (PolicyData[] memory policies) {
        policies = new PolicyData[](1);
        policies[0] = PolicyData(policy, initData);
    }

    function _sudo() internal view returns (PolicyData[] memory) {
        return _policy(address(sudo), "");
    }

    function _action(address target, bytes4 selector, PolicyData[] memory policies)
        internal
        pure
        returns (ActionData[] memory actions)
    {
        actions = new ActionData[](1);
        actions[0] = ActionData(selector, target, policies);
    }

    /// @notice A session for `signer`'s ECDSA key with the given actions, no user-op or ERC-1271 policies.
    function _session(address signer, ActionData[] memory actions) internal view returns (Session memory session) {
        session.sessionValidator = address(ecdsaValidator);
        session.sessionValidatorInitData = abi.encodePacked(signer);
        session.salt = bytes32(0);
        session.userOpPolicies = new PolicyData[](0);
        session.erc7739Policies = ERC7739Data(new ERC7739Context[](0), new PolicyData[](0));
        session.actions = actions;
    }

    /// @notice The session key may call `token.transfer` under the sudo policy.
    function _transferSession() internal view returns (Session memory) {
        return _session(sessionSigner, _action(address(token), token.transfer.selector, _sudo()));
    }

    /// @notice `count` signers ("signer a", "signer b", …) sorted by address, as the multisig validator's owners
    /// must be, each key at its signer's place.
    function _sortedSigners(uint256 count) internal returns (address[] memory signers, uint256[] memory keys) {
        signers = new address[](count);
        keys = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            (signers[i], keys[i]) =
                makeAddrAndKey(string.concat("signer ", string(abi.encodePacked(bytes1(0x61 + uint8(i))))));
        }
        for (uint256 i; i < count; ++i) {
            for (uint256 j = i + 1; j < count; ++j) {
                if (signers[j] < signers[i]) {
                    (signers[i], signers[j]) = (signers[j], signers[i]);
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                }
            }
        }
    }

    function _sessions(Session memory session) internal pure returns (Session[] memory sessions) {
        sessions = new Session[](1);
        sessions[0] = session;
    }

    /// @notice The owner installs SmartSession with `sessions` (ENABLE mode at install) through a user op.
    function _installWith(TestAccount target, Session[] memory sessions) internal {
        bytes memory initData = sessions.length == 0 ? bytes("") : abi.encodePacked(uint8(1), abi.encode(sessions));
        _ownerCall(
            target,
            abi.encodeCall(IERC7579ModuleConfig.installModule, (MODULE_TYPE_VALIDATOR, address(smartSession), initData))
        );
    }

    function _install(Session memory session) internal returns (PermissionId) {
        _installWith(account, _sessions(session));
        return smartSession.getPermissionId(session);
    }

    // ─── User operations ──────────────────────────────────────────────────────────────────────────────────

    function _mode(bytes1 callType, bytes1 execType) internal pure returns (bytes32) {
        return bytes32(abi.encodePacked(callType, execType, bytes30(0)));
    }

    function _executeSingle(address target, uint256 value, bytes memory data) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(0xe9ae5c53, _mode(CALLTYPE_SINGLE, 0x00), abi.encodePacked(target, value, data));
    }

    function _executeBatch(Execution[] memory calls) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(0xe9ae5c53, _mode(CALLTYPE_BATCH, 0x00), abi.encode(calls));
    }

    function _transferCall(address to, uint256 amount) internal view returns (bytes memory) {
        return _executeSingle(address(token), 0, abi.encodeCall(token.transfer, (to, amount)));
    }

    /// @notice An unsigned user op of `sender`, validated by `validator`, with generous gas limits.
    function _userOp(address sender, address validator, bytes memory callData)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op.sender = sender;
        // OpenZeppelin's account reads the validator from the top 20 bytes of the nonce key.
        op.nonce = entryPoint.getNonce(sender, uint192(uint160(validator)) << 32);
        op.callData = callData;
        op.accountGasLimits = bytes32((uint256(2_000_000) << 128) | 1_000_000);
        op.preVerificationGas = 100_000;
        op.gasFees = bytes32((uint256(1 gwei) << 128) | 2 gwei);
    }

    function _hash(PackedUserOperation memory op) internal view returns (bytes32) {
        return entryPoint.getUserOpHash(op);
    }

    function _sign(uint256 key, bytes32 hash) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, hash);
        return abi.encodePacked(r, s, v);
    }

    /// @notice A USE-mode session user op, signed by `key` over the user op hash.
    function _sessionOp(TestAccount sender, PermissionId permissionId, uint256 key, bytes memory callData)
        internal
        view
        returns (PackedUserOperation memory op)
    {
        op = _userOp(address(sender), address(smartSession), callData);
        op.signature = abi.encodePacked(uint8(0), permissionId, _sign(key, _hash(op)));
    }

    function _ownerCall(TestAccount sender, bytes memory callData) internal {
        PackedUserOperation memory op = _userOp(address(sender), address(ownerValidator), callData);
        op.signature = _sign(ownerKey, _hash(op));
        _handle(op);
    }

    function _handle(PackedUserOperation memory op) internal {
        PackedUserOperation[] memory ops = new PackedUserOperation[](1);
        ops[0] = op;
        entryPoint.handleOps(ops, bundler);
    }

    /// @notice Expects handleOps to fail validation with `reason` (e.g. "AA24 signature error").
    function _expectFailedOp(string memory reason) internal {
        vm.expectRevert(abi.encodeWithSelector(IEntryPoint.FailedOp.selector, 0, reason));
    }

    /// @notice The ETH `holder` has, in its balance and its EntryPoint deposit (where unused prefund goes back).
    function _ethHeld(address holder) internal view returns (uint256) {
        return holder.balance + entryPoint.balanceOf(holder);
    }

    /// @notice Expects handleOps to fail because SmartSession's validation reverted with `error_`.
    function _expectValidationRevert(bytes memory error_) internal {
        vm.expectRevert(abi.encodeWithSelector(IEntryPoint.FailedOpWithRevert.selector, 0, "AA23 reverted", error_));
    }
}
