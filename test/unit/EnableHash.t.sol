// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnableFixtures} from "../utils/EnableFixtures.sol";
import {
    ActionData,
    ChainDigest,
    ERC7739Context,
    ERC7739Data,
    FALLBACK_SELECTOR,
    FALLBACK_TARGET,
    PermissionId,
    PolicyData,
    Session,
    SmartSessionMode
} from "contracts/DataTypes.sol";
import {EnableHashLib} from "contracts/lib/EnableHashLib.sol";
import {TimeFramePolicy} from "contracts/policies/TimeFramePolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";

/// @notice The enable signature's EIP-712 hashing equals docs/wire-format.md: every type hash rebuilt from its type string,
/// the domain separator, and the whole digest against forge's independent EIP-712 implementation
/// (`vm.eip712HashTypedData`, i.e. what a wallet's `eth_signTypedData_v4` signs).
contract EnableHashTest is EnableFixtures {
    // The type strings of docs/wire-format.md: the primary type, then every referenced struct type sorted by name.
    string internal constant POLICY_DATA = "PolicyData(address policy,bytes initData)";
    string internal constant ACTION_DATA =
        "ActionData(bytes4 actionTargetSelector,address actionTarget,PolicyData[] actionPolicies)";
    string internal constant ERC7739_CONTEXT = "ERC7739Context(bytes32 appDomainSeparator,string[] contentName)";
    string internal constant ERC7739_DATA =
        "ERC7739Data(ERC7739Context[] allowedERC7739Content,PolicyData[] erc1271Policies)";
    string internal constant SIGNED_PERMISSIONS =
        "SignedPermissions(bool permitGenericPolicy,bool permitAdminAccess,bool ignoreSecurityAttestations,bool permitERC4337Paymaster,PolicyData[] userOpPolicies,ERC7739Data erc7739Policies,ActionData[] actions)";
    string internal constant SIGNED_SESSION =
        "SignedSession(address account,SignedPermissions permissions,address sessionValidator,bytes sessionValidatorInitData,bytes32 salt,address smartSession,uint256 nonce)";
    string internal constant CHAIN_SESSION = "ChainSession(uint64 chainId,SignedSession session)";
    string internal constant MULTI_CHAIN_SESSION = "MultiChainSession(ChainSession[] sessionsAndChainIds)";

    TimeFramePolicy internal timeFrame;
    UsageLimitPolicy internal usageLimit;

    function setUp() public override {
        super.setUp();
        timeFrame = new TimeFramePolicy();
        usageLimit = new UsageLimitPolicy();
        _installWith(account, new Session[](0));
    }

    // ─── Type hashes ──────────────────────────────────────────────────────────────────────────────────────

    function _encodeTypes() internal pure returns (string[8] memory t) {
        t[0] = POLICY_DATA;
        t[1] = string.concat(ACTION_DATA, POLICY_DATA);
        t[2] = ERC7739_CONTEXT;
        t[3] = string.concat(ERC7739_DATA, ERC7739_CONTEXT, POLICY_DATA);
        string memory tail = string.concat(ERC7739_CONTEXT, ERC7739_DATA, POLICY_DATA);
        t[4] = string.concat(SIGNED_PERMISSIONS, ACTION_DATA, tail);
        t[5] = string.concat(SIGNED_SESSION, ACTION_DATA, tail, SIGNED_PERMISSIONS);
        t[6] = string.concat(CHAIN_SESSION, ACTION_DATA, tail, SIGNED_PERMISSIONS, SIGNED_SESSION);
        t[7] = string.concat(MULTI_CHAIN_SESSION, ACTION_DATA, CHAIN_SESSION, tail, SIGNED_PERMISSIONS, SIGNED_SESSION);
    }

    function _libTypeHashes() internal pure returns (bytes32[8] memory h) {
        h[0] = EnableHashLib.POLICY_DATA_TYPEHASH;
        h[1] = EnableHashLib.ACTION_DATA_TYPEHASH;
        h[2] = EnableHashLib.ERC7739_CONTEXT_TYPEHASH;
        h[3] = EnableHashLib.ERC7739_DATA_TYPEHASH;
        h[4] = EnableHashLib.SIGNED_PERMISSIONS_TYPEHASH;
        h[5] = EnableHashLib.SIGNED_SESSION_TYPEHASH;
        h[6] = EnableHashLib.CHAIN_SESSION_TYPEHASH;
        h[7] = EnableHashLib.MULTI_CHAIN_SESSION_TYPEHASH;
    }

    function test_typeHashes_equalTheTypeStrings() public pure {
        string[8] memory types = _encodeTypes();
        bytes32[8] memory hashes = _libTypeHashes();
        for (uint256 i; i < 8; ++i) {
            assertEq(keccak256(bytes(types[i])), hashes[i], types[i]);
        }
    }

    /// @dev Forge canonicalises a type definition itself (orders the referenced types), so this also proves that
    /// the strings above are in EIP-712's `encodeType` order.
    function test_typeHashes_equalForgesEncodeType() public pure {
        string[8] memory types = _encodeTypes();
        bytes32[8] memory hashes = _libTypeHashes();
        for (uint256 i; i < 8; ++i) {
            assertEq(vm.eip712HashType(types[i]), hashes[i], types[i]);
        }
    }

    function test_typeHashes_equalTheSpecTable() public pure {
        assertEq(EnableHashLib.POLICY_DATA_TYPEHASH, 0xdddac12cd8b10a071bea04226e97ac9490698394e19224abc47a5cfeeeb6ee97);
        assertEq(EnableHashLib.ACTION_DATA_TYPEHASH, 0x35809859dccf8877c407a59527c2f00fb81ca9c198ebcb0c832c3deaa38d3502);
        assertEq(
            EnableHashLib.ERC7739_CONTEXT_TYPEHASH, 0x006166b2b3a1edaf1da1ce02715d02d4979a4ab93755bff9ec054b0e6a96a1da
        );
        assertEq(
            EnableHashLib.ERC7739_DATA_TYPEHASH, 0xdfd9b5718eebaa2484740b4ea6939e96189024c15848f16ccce901118114e152
        );
        assertEq(
            EnableHashLib.SIGNED_SESSION_TYPEHASH, 0xd44896e3cb83d70abc949a38dd6f9f75e675dc329dfe958617f066f79ff88f05
        );
        assertEq(
            EnableHashLib.SIGNED_PERMISSIONS_TYPEHASH,
            0x871289c05e426554eb0f843c9aa542f9c2bc4eba7742ada6a5c014d3568674d4
        );
        assertEq(
            EnableHashLib.CHAIN_SESSION_TYPEHASH, 0x1ea7e4bc398fa0ccd68d92b5d8931a3fd93eebe1cf0391b4ba28935801af7c80
        );
        assertEq(
            EnableHashLib.MULTI_CHAIN_SESSION_TYPEHASH,
            0x0c9d02fb89a1da34d66ea2088dc9ee6a58efee71cef6f1bb849ed74fc6003d98
        );
    }

    function test_domainSeparator() public pure {
        bytes32 expected = keccak256(
            abi.encode(keccak256("EIP712Domain(string name,string version)"), keccak256("SmartSession"), keccak256("1"))
        );
        assertEq(EnableHashLib.DOMAIN_SEPARATOR, expected);
        assertEq(EnableHashLib.DOMAIN_SEPARATOR, 0x057501e891776d1482927e5f094ae44049a4d893ba2d7b334dd7db8d38d3a0e1);
    }

    // ─── The whole digest against an independent EIP-712 implementation ──────────────────────────────────

    function test_enableDigest_equalsEip712TypedData() public {
        _checkDigest(SmartSessionMode.ENABLE);
    }

    function test_unsafeEnableDigest_equalsEip712TypedData() public {
        _checkDigest(SmartSessionMode.UNSAFE_ENABLE);
    }

    /// @dev Three chains: chain 1 at nonce 0, chain 10 at nonce 5, and this chain at its current nonce (2, after
    /// two revocations) taken from `getSessionDigest`.
    function _checkDigest(SmartSessionMode mode) internal {
        Session memory session = _richSession();
        PermissionId permissionId = smartSession.getPermissionId(session);
        vm.startPrank(address(account));
        smartSession.revokeEnableSignature(permissionId);
        smartSession.revokeEnableSignature(permissionId);
        vm.stopPrank();
        assertEq(smartSession.getNonce(permissionId, address(account)), 2);

        uint64[3] memory chains = [uint64(1), uint64(10), uint64(block.chainid)];
        uint256[3] memory nonces = [uint256(0), 5, 2];
        ChainDigest[] memory digests = new ChainDigest[](3);
        string memory entries;
        for (uint256 i; i < 3; ++i) {
            string memory entry;
            (digests[i], entry) = _chainEntry(session, mode, chains[i], nonces[i]);
            entries = string.concat(entries, i == 0 ? "" : ",", entry);
        }
        assertEq(digests[2].sessionDigest, smartSession.getSessionDigest(permissionId, address(account), session, mode));

        string memory message = string.concat('{"sessionsAndChainIds":[', entries, "]}");
        bytes32 independent = vm.eip712HashTypedData(_typedDataJson("MultiChainSession", message));
        assertEq(EnableHashLib.multichainDigest(digests), independent);
    }

    /// @dev One chain's digest, checked alone against EIP-712's hashStruct(SignedSession), and its JSON entry.
    function _chainEntry(Session memory session, SmartSessionMode mode, uint64 chainId, uint256 nonce)
        internal
        view
        returns (ChainDigest memory digest, string memory entry)
    {
        string memory signedSession = _signedSessionJson(address(account), session, mode, nonce);
        bytes32 structHash = EnableHashLib.sessionDigest(address(account), session, mode, nonce, address(smartSession));
        bytes32 independent = vm.eip712HashTypedData(_typedDataJson("SignedSession", signedSession));
        assertEq(independent, _toTypedDataHash(structHash), "SignedSession");
        digest = ChainDigest(chainId, structHash);
        entry = string.concat('{"chainId":', vm.toString(chainId), ',"session":', signedSession, "}");
    }

    function _toTypedDataHash(bytes32 structHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", EnableHashLib.DOMAIN_SEPARATOR, structHash));
    }

    /// @notice A session using every part of the type: user-op policies, two actions (one the fallback, so
    /// `permitGenericPolicy` is set), policies with init data, ERC-7739 content with two names, the paymaster flag.
    function _richSession() internal view returns (Session memory session) {
        ActionData[] memory actions = new ActionData[](2);
        bytes memory frame = abi.encodePacked(uint48(2_000_000_000), uint48(1_000_000_000));
        PolicyData[] memory policies = _policies(address(timeFrame), frame, address(usageLimit), _uses(7));
        actions[0] = ActionData(token.transfer.selector, address(token), policies);
        actions[1] = ActionData(FALLBACK_SELECTOR, FALLBACK_TARGET, _sudo());
        session = _ecdsaSession(sessionSigner, actions);
        session.salt = keccak256("salt");
        session.userOpPolicies = _policies(address(usageLimit), _uses(3));
        ERC7739Context[] memory contexts = new ERC7739Context[](1);
        string[] memory names = new string[](2);
        names[0] = "Permit";
        names[1] = "Mail";
        contexts[0] = ERC7739Context(keccak256("app domain"), names);
        session.erc7739Policies = ERC7739Data(contexts, _sudo());
        session.permitERC4337Paymaster = true;
    }

    function _uses(uint128 limit) internal pure returns (bytes memory) {
        return abi.encodePacked(limit);
    }

    // ─── JSON of the typed data, written from the documented types (not from EnableHashLib) ───────────────────

    function _typedDataJson(string memory primaryType, string memory message) internal pure returns (string memory) {
        return string.concat(
            '{"types":',
            _typesJson(),
            ',"primaryType":"',
            primaryType,
            '","domain":{"name":"SmartSession","version":"1"},"message":',
            message,
            "}"
        );
    }

    function _typesJson() internal pure returns (string memory) {
        string memory sessions = string.concat(
            '"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"}],',
            '"MultiChainSession":[{"name":"sessionsAndChainIds","type":"ChainSession[]"}],',
            '"ChainSession":[{"name":"chainId","type":"uint64"},{"name":"session","type":"SignedSession"}],',
            '"SignedSession":[{"name":"account","type":"address"},{"name":"permissions","type":"SignedPermissions"},',
            '{"name":"sessionValidator","type":"address"},{"name":"sessionValidatorInitData","type":"bytes"},',
            '{"name":"salt","type":"bytes32"},{"name":"smartSession","type":"address"},{"name":"nonce","type":"uint256"}],'
        );
        string memory permissions = string.concat(
            '"SignedPermissions":[{"name":"permitGenericPolicy","type":"bool"},{"name":"permitAdminAccess","type":"bool"},',
            '{"name":"ignoreSecurityAttestations","type":"bool"},{"name":"permitERC4337Paymaster","type":"bool"},',
            '{"name":"userOpPolicies","type":"PolicyData[]"},{"name":"erc7739Policies","type":"ERC7739Data"},',
            '{"name":"actions","type":"ActionData[]"}],'
        );
        string memory parts = string.concat(
            '"PolicyData":[{"name":"policy","type":"address"},{"name":"initData","type":"bytes"}],',
            '"ActionData":[{"name":"actionTargetSelector","type":"bytes4"},{"name":"actionTarget","type":"address"},',
            '{"name":"actionPolicies","type":"PolicyData[]"}],',
            '"ERC7739Data":[{"name":"allowedERC7739Content","type":"ERC7739Context[]"},',
            '{"name":"erc1271Policies","type":"PolicyData[]"}],',
            '"ERC7739Context":[{"name":"appDomainSeparator","type":"bytes32"},{"name":"contentName","type":"string[]"}]'
        );
        return string.concat("{", sessions, permissions, parts, "}");
    }

    function _signedSessionJson(address target, Session memory session, SmartSessionMode mode, uint256 nonce)
        internal
        view
        returns (string memory)
    {
        string memory head = string.concat(
            '{"account":"', vm.toString(target), '","permissions":', _permissionsJson(session, mode)
        );
        string memory validator = string.concat(
            ',"sessionValidator":"',
            vm.toString(session.sessionValidator),
            '","sessionValidatorInitData":"',
            vm.toString(session.sessionValidatorInitData)
        );
        string memory tail = string.concat(
            '","salt":"',
            vm.toString(session.salt),
            '","smartSession":"',
            vm.toString(address(smartSession)),
            '","nonce":',
            vm.toString(nonce),
            "}"
        );
        return string.concat(head, validator, tail);
    }

    function _permissionsJson(Session memory session, SmartSessionMode mode) internal pure returns (string memory) {
        // The rich session grants the fallback (generic policy) and not the admin fallback.
        string memory flags = string.concat(
            '{"permitGenericPolicy":true,"permitAdminAccess":false,"ignoreSecurityAttestations":',
            mode == SmartSessionMode.UNSAFE_ENABLE ? "true" : "false",
            ',"permitERC4337Paymaster":',
            session.permitERC4337Paymaster ? "true" : "false"
        );
        string memory lists = string.concat(
            ',"userOpPolicies":',
            _policiesJson(session.userOpPolicies),
            ',"erc7739Policies":',
            _erc7739Json(session.erc7739Policies),
            ',"actions":',
            _actionsJson(session.actions),
            "}"
        );
        return string.concat(flags, lists);
    }

    function _policiesJson(PolicyData[] memory policies) internal pure returns (string memory json) {
        json = "[";
        for (uint256 i; i < policies.length; ++i) {
            json = string.concat(
                json,
                i == 0 ? "" : ",",
                string.concat('{"policy":"', vm.toString(policies[i].policy)),
                string.concat('","initData":"', vm.toString(policies[i].initData), '"}')
            );
        }
        json = string.concat(json, "]");
    }

    function _actionsJson(ActionData[] memory actions) internal pure returns (string memory json) {
        json = "[";
        for (uint256 i; i < actions.length; ++i) {
            string memory action = string.concat(
                '{"actionTargetSelector":"',
                vm.toString(abi.encodePacked(actions[i].actionTargetSelector)),
                '","actionTarget":"',
                vm.toString(actions[i].actionTarget)
            );
            json = string.concat(
                json, i == 0 ? "" : ",", action, '","actionPolicies":', _policiesJson(actions[i].actionPolicies), "}"
            );
        }
        json = string.concat(json, "]");
    }

    function _erc7739Json(ERC7739Data memory data) internal pure returns (string memory json) {
        json = '{"allowedERC7739Content":[';
        for (uint256 i; i < data.allowedERC7739Content.length; ++i) {
            ERC7739Context memory context = data.allowedERC7739Content[i];
            string memory names;
            for (uint256 j; j < context.contentNames.length; ++j) {
                names = string.concat(names, j == 0 ? "" : ",", '"', context.contentNames[j], '"');
            }
            json = string.concat(
                json,
                i == 0 ? "" : ",",
                string.concat('{"appDomainSeparator":"', vm.toString(context.appDomainSeparator)),
                string.concat('","contentName":[', names, "]}")
            );
        }
        json = string.concat(json, '],"erc1271Policies":', _policiesJson(data.erc1271Policies), "}");
    }
}
