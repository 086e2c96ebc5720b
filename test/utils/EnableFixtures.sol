// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "./SessionTestBase.sol";
import {TestAccount} from "./TestAccount.sol";
import {IPaymaster} from "@account-abstraction/contracts/interfaces/IPaymaster.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {MODULE_TYPE_VALIDATOR} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ERC7739Utils} from "@openzeppelin/contracts/utils/cryptography/draft-ERC7739Utils.sol";
import {
    ChainDigest,
    ERC7739Context,
    ERC7739Data,
    EnableSession,
    PermissionId,
    PolicyData,
    Session,
    SmartSessionMode
} from "contracts/DataTypes.sol";
import {EnableHashLib} from "contracts/lib/EnableHashLib.sol";
import {LibZip} from "solady/utils/LibZip.sol";

/// @notice OpenZeppelin's ERC-7739 helpers take calldata strings: this exposes them to tests holding memory.
contract ERC7739Helper {
    function typedDataSignStructHash(string calldata contentsDescr, bytes32 contentsHash, bytes calldata domainBytes)
        external
        pure
        returns (bytes32)
    {
        return ERC7739Utils.typedDataSignStructHash(contentsDescr, contentsHash, domainBytes);
    }
}

/// @notice A paymaster that sponsors every user operation (EntryPoint v0.8): the smallest real paymaster.
contract AcceptAllPaymaster is IPaymaster {
    function validatePaymasterUserOp(PackedUserOperation calldata, bytes32, uint256)
        external
        pure
        returns (bytes memory context, uint256 validationData)
    {
        return ("", 0);
    }

    function postOp(PostOpMode, bytes calldata, uint256, uint256) external pure {}
}

/// @notice The test account with SmartSession installed (empty) at construction, next to the owner's validator.
contract FreshSessionAccount is TestAccount {
    constructor(address ownerValidator, bytes memory ownerValidatorInitData, address smartSession)
        TestAccount(ownerValidator, ownerValidatorInitData)
    {
        _installModule(MODULE_TYPE_VALIDATOR, smartSession, "");
    }
}

/// @notice Deploys FreshSessionAccount with CREATE2 from a user op's initCode (the EntryPoint's SenderCreator calls it).
contract FreshAccountFactory {
    function createAccount(address ownerValidator, address owner, address smartSession, bytes32 salt)
        external
        returns (address)
    {
        return address(new FreshSessionAccount{salt: salt}(ownerValidator, abi.encode(owner), smartSession));
    }

    function predict(address ownerValidator, address owner, address smartSession, bytes32 salt)
        external
        view
        returns (address)
    {
        bytes32 initCodeHash = keccak256(
            abi.encodePacked(
                type(FreshSessionAccount).creationCode, abi.encode(ownerValidator, abi.encode(owner), smartSession)
            )
        );
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), salt, initCodeHash)))));
    }
}

/// @notice Fixtures for sessions enabled by the owner's signature (ENABLE / UNSAFE_ENABLE user operations) and
/// for ERC-7739 signatures made by sessions.
abstract contract EnableFixtures is SessionTestBase {
    ERC7739Helper internal erc7739Helper;

    function setUp() public virtual override {
        super.setUp();
        erc7739Helper = new ERC7739Helper();
    }

    // ─── Enable signatures ────────────────────────────────────────────────────────────────────────────────

    function _chainIds(uint64 a) internal pure returns (uint64[] memory ids) {
        ids = new uint64[](1);
        ids[0] = a;
    }

    function _chainIds(uint64 a, uint64 b, uint64 c) internal pure returns (uint64[] memory ids) {
        ids = new uint64[](3);
        (ids[0], ids[1], ids[2]) = (a, b, c);
    }

    /// @notice One entry per chain id, each the session's digest for `target` at its current nonce here (the
    /// digest holds no chain id; a fresh session has nonce 0 on every chain).
    function _chainDigests(TestAccount target, Session memory session, SmartSessionMode mode, uint64[] memory chainIds)
        internal
        view
        returns (ChainDigest[] memory digests)
    {
        bytes32 digest =
            smartSession.getSessionDigest(smartSession.getPermissionId(session), address(target), session, mode);
        digests = new ChainDigest[](chainIds.length);
        for (uint256 i; i < chainIds.length; ++i) {
            digests[i] = ChainDigest(chainIds[i], digest);
        }
    }

    /// @notice The EIP-712 digest the owner signs.
    function _multichainDigest(ChainDigest[] memory digests) internal pure returns (bytes32) {
        return EnableHashLib.multichainDigest(digests);
    }

    /// @notice The owner's enable signature in the form OpenZeppelin's account routes to its validator.
    function _ownerEnableSig(uint256 key, bytes32 digest) internal view returns (bytes memory) {
        return abi.encodePacked(address(ownerValidator), _sign(key, digest));
    }

    /// @notice Enable data for `session` of `target`, signed by the owner for `chainIds`, picking entry `index`.
    function _enableData(
        TestAccount target,
        Session memory session,
        SmartSessionMode mode,
        uint64[] memory chainIds,
        uint8 index
    ) internal view returns (EnableSession memory data) {
        data.chainDigestIndex = index;
        data.hashesAndChainIds = _chainDigests(target, session, mode, chainIds);
        data.sessionToEnable = session;
        data.permissionEnableSig = _ownerEnableSig(ownerKey, _multichainDigest(data.hashesAndChainIds));
    }

    /// @notice Enable data for `session` of `target` on this chain only.
    function _enableDataHere(TestAccount target, Session memory session, SmartSessionMode mode)
        internal
        view
        returns (EnableSession memory)
    {
        return _enableData(target, session, mode, _chainIds(uint64(block.chainid)), 0);
    }

    /// @notice `mode ‖ LibZip.flzCompress(abi.encode(EnableSession, sessionSignature))`.
    function _encodeEnable(SmartSessionMode mode, EnableSession memory data, bytes memory sessionSignature)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(uint8(mode), LibZip.flzCompress(abi.encode(data, sessionSignature)));
    }

    /// @notice An ENABLE / UNSAFE_ENABLE user op of `sender` carrying `data`, signed by the session `key`.
    function _enableOp(
        TestAccount sender,
        SmartSessionMode mode,
        EnableSession memory data,
        uint256 key,
        bytes memory callData
    ) internal view returns (PackedUserOperation memory op) {
        op = _userOp(address(sender), address(smartSession), callData);
        op.signature = _encodeEnable(mode, data, _sign(key, _hash(op)));
    }

    // ─── Owner operations on the module ───────────────────────────────────────────────────────────────────

    /// @notice The owner calls SmartSession (a configuration function) from `target` through a user op.
    function _ownerModuleCall(TestAccount target, bytes memory call) internal {
        _ownerCall(target, _executeSingle(address(smartSession), 0, call));
    }

    // ─── Sessions ─────────────────────────────────────────────────────────────────────────────────────────

    function _policies(address a, bytes memory aData, address b, bytes memory bData)
        internal
        pure
        returns (PolicyData[] memory policies)
    {
        policies = new PolicyData[](2);
        policies[0] = PolicyData(a, aData);
        policies[1] = PolicyData(b, bData);
    }

    /// @notice The EIP-712 domain separator of an app `{name, version "1", this chain, verifyingContract}`.
    function _appDomain(string memory name, address verifyingContract) internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(name)),
                keccak256("1"),
                block.chainid,
                verifyingContract
            )
        );
    }

    /// @notice `session` may sign ERC-7739 content `name` for `appDomain` under `policies` (ERC-1271 scope).
    function _withERC1271(Session memory session, bytes32 appDomain, string memory name, PolicyData[] memory policies)
        internal
        pure
        returns (Session memory)
    {
        ERC7739Context[] memory contexts = new ERC7739Context[](1);
        string[] memory names = new string[](1);
        names[0] = name;
        contexts[0] = ERC7739Context(appDomain, names);
        session.erc7739Policies = ERC7739Data(contexts, policies);
        return session;
    }

    // ─── ERC-7739 ─────────────────────────────────────────────────────────────────────────────────────────

    /// @notice The account's EIP-712 domain fields as SmartSession nests them: OpenZeppelin's test account has no
    /// ERC-5267 `eip712Domain`, so {name "SmartSession", version "1", chainId, verifyingContract: account, salt 0}.
    function _accountDomainBytes(address target) internal view returns (bytes memory) {
        return abi.encode(keccak256("SmartSession"), keccak256("1"), block.chainid, target, bytes32(0));
    }

    /// @notice The digest a session key signs for ERC-7739 TypedDataSign(contents) in `appSeparator` for `target`.
    function _nestedDigest(address target, bytes32 appSeparator, bytes32 contentsHash, string memory contentsDescr)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash =
            erc7739Helper.typedDataSignStructHash(contentsDescr, contentsHash, _accountDomainBytes(target));
        return MessageHashUtils.toTypedDataHash(appSeparator, structHash);
    }

    /// @notice `address(smartSession) ‖ permissionId ‖ sessionSig ‖ appSeparator ‖ contents ‖ descr ‖ uint16 len`,
    /// the session key `key` signing the nested digest: what the account's `isValidSignature` receives.
    function _sessionERC1271Sig(
        address target,
        PermissionId permissionId,
        uint256 key,
        bytes32 appSeparator,
        bytes32 contentsHash,
        string memory contentsDescr
    ) internal view returns (bytes memory) {
        bytes memory sessionSig = _sign(key, _nestedDigest(target, appSeparator, contentsHash, contentsDescr));
        return abi.encodePacked(
            address(smartSession),
            permissionId,
            ERC7739Utils.encodeTypedDataSig(sessionSig, appSeparator, contentsHash, contentsDescr)
        );
    }
}
