// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MockERC20} from "./MockERC20.sol";
import {SessionKey} from "./SessionOpSender.sol";
import {TestAccount} from "./TestAccount.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {IERC7579ModuleConfig} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {SmartSessionTestKit} from "@smart-sessions/contracts/test-kit/SmartSessionTestKit.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice The project's test fixtures on top of the published Forge test kit (SmartSessionTestKit: the real
/// EntryPoint v0.8 at its address, SmartSession, the ECDSA session validator, the sudo policy, OpenZeppelin
/// ERC-7579 accounts owned through the kit's owner validator, user-op builders and signers): a token, an owner
/// and a session key, a funded account, and the builders the project's tests share beyond the kit's.
abstract contract SessionTestBase is SmartSessionTestKit {
    uint256 internal constant MODULE_TYPE_VALIDATOR = 1;
    bytes1 internal constant CALLTYPE_SINGLE = 0x00;
    bytes1 internal constant CALLTYPE_BATCH = 0x01;
    bytes1 internal constant CALLTYPE_DELEGATECALL = 0xff;
    bytes1 internal constant CALLTYPE_STATIC = 0xfe;
    bytes1 internal constant EXECTYPE_TRY = 0x01;

    MockERC20 internal token;
    TestAccount internal account;

    address internal recipient = makeAddr("recipient");
    uint256 internal ownerKey;
    address internal owner;
    uint256 internal sessionKey;
    address internal sessionSigner;

    function setUp() public virtual {
        _deploySmartSessions();
        token = new MockERC20("USD Coin", "USDC", 6);
        (owner, ownerKey) = makeAddrAndKey("owner");
        (sessionSigner, sessionKey) = makeAddrAndKey("session key");
        account = _newAccount();
    }

    /// @notice A new account of the owner (`_deployAccount`) with 100 ETH and 1,000,000 USDC.
    function _newAccount() internal returns (TestAccount newAccount) {
        newAccount = _deployAccount();
        vm.deal(address(newAccount), 100 ether);
        token.mint(address(newAccount), 1_000_000e6);
    }

    /// @notice The account kind the test runs on: the kit's OpenZeppelin account (gas tests measure instead).
    function _deployAccount() internal virtual returns (TestAccount) {
        return new TestAccount(address(ownerValidator), abi.encode(owner));
    }

    // ─── Sessions ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The session key may call `token.transfer` under the sudo policy.
    function _transferSession() internal view returns (Session memory) {
        return _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, _sudo()));
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

    function _transferCall(address to, uint256 amount) internal view returns (bytes memory) {
        return _executeSingle(address(token), 0, abi.encodeCall(token.transfer, (to, amount)));
    }

    function _hash(PackedUserOperation memory op) internal view returns (bytes32) {
        return entryPoint.getUserOpHash(op);
    }

    function _ownerCall(TestAccount sender, bytes memory callData) internal {
        _handleUserOp(_ownerUserOp(sender, ownerKey, callData));
    }

    /// @notice The key of a policy's state for the test account: `keccak256(account ‖ permissionId ‖ scope)`, scope an
    /// action id or USER_OP_SCOPE / ERC1271_SCOPE (derived here, independently of IdLib).
    function _configIdOf(PermissionId permissionId_, bytes32 scope) internal view returns (bytes32) {
        return keccak256(abi.encodePacked(address(account), permissionId_, scope));
    }

    /// @notice The key of the state of the policies of action `target.selector`.
    function _actionConfigIdOf(PermissionId permissionId_, address target, bytes4 selector)
        internal
        view
        returns (bytes32)
    {
        return _configIdOf(permissionId_, keccak256(abi.encodePacked(target, selector)));
    }

    /// @notice The session key of `permissionId` on the test account, for an invariant handler to play.
    function _sessionKeyOf(PermissionId permissionId) internal view returns (SessionKey memory) {
        return SessionKey(entryPoint, address(account), address(smartSession), token, permissionId, sessionKey);
    }

    /// @notice The ETH `holder` has, in its balance and its EntryPoint deposit (where unused prefund goes back).
    function _ethHeld(address holder) internal view returns (uint256) {
        return holder.balance + entryPoint.balanceOf(holder);
    }
}
