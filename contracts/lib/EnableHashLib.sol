// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    ADMIN_FALLBACK_SELECTOR,
    ActionData,
    ChainDigest,
    ERC7739Context,
    ERC7739Data,
    FALLBACK_SELECTOR,
    FALLBACK_TARGET,
    PolicyData,
    Session,
    SmartSessionMode
} from "../DataTypes.sol";

/// @title EnableHashLib
/// @notice EIP-712 hashing of enable signatures (docs/wire-format.md): the owner signs one
/// `MultiChainSession` over every chain's `SignedSession` digest, in the domain {name: "SmartSession", version: "1"}
/// (no chain id: the chain ids are inside the message).
/// @dev Each type hash carries its type string beside it (referenced struct types appended in name order, as EIP-712
/// prescribes); they equal the reference deployment's, and test/unit/EnableHash.t.sol rebuilds each from its string.
library EnableHashLib {
    /// @dev keccak256("PolicyData(address policy,bytes initData)")
    bytes32 internal constant POLICY_DATA_TYPEHASH = 0xdddac12cd8b10a071bea04226e97ac9490698394e19224abc47a5cfeeeb6ee97;
    /// @dev keccak256("ActionData(bytes4 actionTargetSelector,address actionTarget,PolicyData[] actionPolicies)"
    ///     "PolicyData(address policy,bytes initData)")
    bytes32 internal constant ACTION_DATA_TYPEHASH = 0x35809859dccf8877c407a59527c2f00fb81ca9c198ebcb0c832c3deaa38d3502;
    /// @dev keccak256("ERC7739Context(bytes32 appDomainSeparator,string[] contentName)")
    bytes32 internal constant ERC7739_CONTEXT_TYPEHASH =
        0x006166b2b3a1edaf1da1ce02715d02d4979a4ab93755bff9ec054b0e6a96a1da;
    /// @dev keccak256("ERC7739Data(ERC7739Context[] allowedERC7739Content,PolicyData[] erc1271Policies)"
    ///     "ERC7739Context(bytes32 appDomainSeparator,string[] contentName)PolicyData(address policy,bytes initData)")
    bytes32 internal constant ERC7739_DATA_TYPEHASH =
        0xdfd9b5718eebaa2484740b4ea6939e96189024c15848f16ccce901118114e152;
    /// @dev keccak256("SignedPermissions(bool permitGenericPolicy,bool permitAdminAccess,bool ignoreSecurityAttestations,"
    ///     "bool permitERC4337Paymaster,PolicyData[] userOpPolicies,ERC7739Data erc7739Policies,ActionData[] actions)"
    ///     ‖ the ActionData, ERC7739Context, ERC7739Data and PolicyData type strings above, sorted by name)
    bytes32 internal constant SIGNED_PERMISSIONS_TYPEHASH =
        0x871289c05e426554eb0f843c9aa542f9c2bc4eba7742ada6a5c014d3568674d4;
    /// @dev keccak256("SignedSession(address account,SignedPermissions permissions,address sessionValidator,"
    ///     "bytes sessionValidatorInitData,bytes32 salt,address smartSession,uint256 nonce)" ‖ the referenced types)
    bytes32 internal constant SIGNED_SESSION_TYPEHASH =
        0xd44896e3cb83d70abc949a38dd6f9f75e675dc329dfe958617f066f79ff88f05;
    /// @dev keccak256("ChainSession(uint64 chainId,SignedSession session)" ‖ the referenced types)
    bytes32 internal constant CHAIN_SESSION_TYPEHASH =
        0x1ea7e4bc398fa0ccd68d92b5d8931a3fd93eebe1cf0391b4ba28935801af7c80;
    /// @dev keccak256("MultiChainSession(ChainSession[] sessionsAndChainIds)" ‖ the referenced types)
    bytes32 internal constant MULTI_CHAIN_SESSION_TYPEHASH =
        0x0c9d02fb89a1da34d66ea2088dc9ee6a58efee71cef6f1bb849ed74fc6003d98;
    /// @dev keccak256(abi.encode(keccak256("EIP712Domain(string name,string version)"), keccak256("SmartSession"),
    /// keccak256("1"))).
    bytes32 internal constant DOMAIN_SEPARATOR = 0x057501e891776d1482927e5f094ae44049a4d893ba2d7b334dd7db8d38d3a0e1;

    /// @notice hashStruct(SignedSession) of `session` for `account`, the module `smartSession` and `nonce`: one
    /// chain's `sessionDigest`.
    function sessionDigest(
        address account,
        Session memory session,
        SmartSessionMode mode,
        uint256 nonce,
        address smartSession
    ) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                SIGNED_SESSION_TYPEHASH,
                account,
                hashPermissions(session, mode),
                session.sessionValidator,
                keccak256(session.sessionValidatorInitData),
                session.salt,
                smartSession,
                nonce
            )
        );
    }

    /// @notice The EIP-712 digest the owner signs: `keccak256(0x1901 ‖ DOMAIN_SEPARATOR ‖ hashStruct(MultiChainSession))`.
    function multichainDigest(ChainDigest[] memory chainDigests) internal pure returns (bytes32 digest) {
        bytes32[] memory hashes = new bytes32[](chainDigests.length);
        for (uint256 i; i < chainDigests.length; ++i) {
            hashes[i] =
                keccak256(abi.encode(CHAIN_SESSION_TYPEHASH, chainDigests[i].chainId, chainDigests[i].sessionDigest));
        }
        bytes32 structHash = keccak256(abi.encode(MULTI_CHAIN_SESSION_TYPEHASH, keccak256(abi.encodePacked(hashes))));
        return keccak256(abi.encodePacked(hex"1901", DOMAIN_SEPARATOR, structHash));
    }

    /// @notice hashStruct(SignedPermissions): the flags are derived from the session and the enable mode.
    function hashPermissions(Session memory session, SmartSessionMode mode) internal pure returns (bytes32) {
        (bool permitGenericPolicy, bool permitAdminAccess) = fallbackGrants(session.actions);
        return keccak256(
            abi.encode(
                SIGNED_PERMISSIONS_TYPEHASH,
                permitGenericPolicy,
                permitAdminAccess,
                mode == SmartSessionMode.UNSAFE_ENABLE,
                session.permitERC4337Paymaster,
                hashPolicies(session.userOpPolicies),
                hashERC7739Data(session.erc7739Policies),
                hashActions(session.actions)
            )
        );
    }

    /// @notice Whether the actions grant the fallback action and the admin fallback.
    function fallbackGrants(ActionData[] memory actions)
        internal
        pure
        returns (bool permitGenericPolicy, bool permitAdminAccess)
    {
        for (uint256 i; i < actions.length; ++i) {
            if (actions[i].actionTarget != FALLBACK_TARGET) continue;
            if (actions[i].actionTargetSelector == FALLBACK_SELECTOR) permitGenericPolicy = true;
            if (actions[i].actionTargetSelector == ADMIN_FALLBACK_SELECTOR) permitAdminAccess = true;
        }
    }

    function hashPolicies(PolicyData[] memory policies) internal pure returns (bytes32) {
        bytes32[] memory hashes = new bytes32[](policies.length);
        for (uint256 i; i < policies.length; ++i) {
            hashes[i] = keccak256(abi.encode(POLICY_DATA_TYPEHASH, policies[i].policy, keccak256(policies[i].initData)));
        }
        return keccak256(abi.encodePacked(hashes));
    }

    function hashActions(ActionData[] memory actions) internal pure returns (bytes32) {
        bytes32[] memory hashes = new bytes32[](actions.length);
        for (uint256 i; i < actions.length; ++i) {
            hashes[i] = keccak256(
                abi.encode(
                    ACTION_DATA_TYPEHASH,
                    actions[i].actionTargetSelector,
                    actions[i].actionTarget,
                    hashPolicies(actions[i].actionPolicies)
                )
            );
        }
        return keccak256(abi.encodePacked(hashes));
    }

    function hashERC7739Data(ERC7739Data memory data) internal pure returns (bytes32) {
        ERC7739Context[] memory contexts = data.allowedERC7739Content;
        bytes32[] memory hashes = new bytes32[](contexts.length);
        for (uint256 i; i < contexts.length; ++i) {
            bytes32[] memory names = new bytes32[](contexts[i].contentNames.length);
            for (uint256 j; j < names.length; ++j) {
                names[j] = keccak256(bytes(contexts[i].contentNames[j]));
            }
            hashes[i] = keccak256(
                abi.encode(ERC7739_CONTEXT_TYPEHASH, contexts[i].appDomainSeparator, keccak256(abi.encodePacked(names)))
            );
        }
        return keccak256(
            abi.encode(ERC7739_DATA_TYPEHASH, keccak256(abi.encodePacked(hashes)), hashPolicies(data.erc1271Policies))
        );
    }
}
