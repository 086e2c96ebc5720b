// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnableFixtures} from "../utils/EnableFixtures.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ERC7739Utils} from "@openzeppelin/contracts/utils/cryptography/draft-ERC7739Utils.sol";
import {ERC7739Context, ERC7739Data, PermissionId, PolicyData, Session} from "contracts/DataTypes.sol";
import {TimeFramePolicy} from "contracts/policies/TimeFramePolicy.sol";

/// @notice ERC-1271 signatures made by a session, checked through the OpenZeppelin account's own
/// `isValidSignature(hash, address(smartSession) ‖ permissionId ‖ ERC-7739 TypedDataSign signature)`.
contract SessionERC1271Test is EnableFixtures {
    bytes4 internal constant VALID = 0x1626ba7e;
    bytes4 internal constant INVALID = 0xffffffff;
    string internal constant MAIL_TYPE = "Mail(address to,string contents)";

    TimeFramePolicy internal timeFrame;
    address internal app = makeAddr("app");
    bytes32 internal appDomain;
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        timeFrame = new TimeFramePolicy();
        appDomain = _appDomain("Mail app", app);
        Session memory session = _withERC1271(_transferSession(), appDomain, "Mail", _sudo());
        _installWith(account, _sessions(session));
        permissionId = smartSession.getPermissionId(session);
    }

    function _mail(string memory text) internal view returns (bytes32) {
        return keccak256(abi.encode(keccak256(bytes(MAIL_TYPE)), recipient, keccak256(bytes(text))));
    }

    /// @notice What the app asks the account to check: its own EIP-712 digest of `contents`.
    function _appHash(bytes32 domain, bytes32 contents) internal pure returns (bytes32) {
        return MessageHashUtils.toTypedDataHash(domain, contents);
    }

    function _check(bytes32 hash, bytes memory signature) internal returns (bytes4) {
        vm.prank(app);
        return account.isValidSignature(hash, signature);
    }

    function test_valid() public {
        bytes32 contents = _mail("hello");
        bytes memory sig =
            _sessionERC1271Sig(address(account), permissionId, sessionKey, appDomain, contents, MAIL_TYPE);
        assertEq(_check(_appHash(appDomain, contents), sig), VALID);
    }

    function test_valid_explicitContentsDescription() public {
        // ERC-7739's explicit mode: the contents type, then the name.
        bytes32 contents = _mail("hello");
        string memory descr = string.concat(MAIL_TYPE, "Mail");
        bytes memory sig = _sessionERC1271Sig(address(account), permissionId, sessionKey, appDomain, contents, descr);
        assertEq(_check(_appHash(appDomain, contents), sig), VALID);
    }

    function test_invalid_contentNameNotGranted() public {
        string memory permitType = "Permit(address spender,uint256 value)";
        bytes32 contents = keccak256(abi.encode(keccak256(bytes(permitType)), recipient, 1e6));
        bytes memory sig =
            _sessionERC1271Sig(address(account), permissionId, sessionKey, appDomain, contents, permitType);
        assertEq(_check(_appHash(appDomain, contents), sig), INVALID);
    }

    function test_invalid_appDomainNotGranted() public {
        bytes32 otherDomain = _appDomain("Other app", makeAddr("other app"));
        bytes32 contents = _mail("hello");
        bytes memory sig =
            _sessionERC1271Sig(address(account), permissionId, sessionKey, otherDomain, contents, MAIL_TYPE);
        assertEq(_check(_appHash(otherDomain, contents), sig), INVALID);
    }

    /// @notice The binding the reference lacks: a session signature made for one hash never validates another.
    function test_invalid_signatureForAnotherHash() public {
        bytes32 signedContents = _mail("pay 1 USDC");
        bytes32 otherContents = _mail("pay 1,000,000 USDC");
        bytes memory sig =
            _sessionERC1271Sig(address(account), permissionId, sessionKey, appDomain, signedContents, MAIL_TYPE);
        assertEq(_check(_appHash(appDomain, signedContents), sig), VALID);
        // The same signature presented for another hash.
        assertEq(_check(_appHash(appDomain, otherContents), sig), INVALID);
        // The session key's signature for the first contents, wrapped around the other contents (so that the
        // ERC-7739 envelope matches the hash): the key never signed it.
        bytes memory sessionSig =
            _sign(sessionKey, _nestedDigest(address(account), appDomain, signedContents, MAIL_TYPE));
        bytes memory rewrapped = abi.encodePacked(
            address(smartSession),
            permissionId,
            ERC7739Utils.encodeTypedDataSig(sessionSig, appDomain, otherContents, MAIL_TYPE)
        );
        assertEq(_check(_appHash(appDomain, otherContents), rewrapped), INVALID);
    }

    function test_invalid_otherKey() public {
        (, uint256 otherKey) = makeAddrAndKey("other key");
        bytes32 contents = _mail("hello");
        bytes memory sig = _sessionERC1271Sig(address(account), permissionId, otherKey, appDomain, contents, MAIL_TYPE);
        assertEq(_check(_appHash(appDomain, contents), sig), INVALID);
    }

    function test_invalid_signatureForAnotherAccount() public {
        // Nested in another account's domain: the session key signed for that account, not this one.
        address other = makeAddr("other account");
        bytes32 contents = _mail("hello");
        bytes memory sig = _sessionERC1271Sig(other, permissionId, sessionKey, appDomain, contents, MAIL_TYPE);
        assertEq(_check(_appHash(appDomain, contents), sig), INVALID);
    }

    function test_invalid_noERC1271Policy() public {
        (address signer, uint256 key) = makeAddrAndKey("no policy key");
        Session memory noPolicy = _withERC1271(
            _ecdsaSession(signer, _action(address(token), token.transfer.selector, _sudo())),
            appDomain,
            "Mail",
            new PolicyData[](0)
        );
        _ownerModuleCall(account, abi.encodeCall(smartSession.enableSessions, (_sessions(noPolicy))));
        PermissionId id = smartSession.getPermissionId(noPolicy);
        assertEq(smartSession.getERC1271Policies(address(account), id).length, 0);
        bytes32 contents = _mail("hello");
        bytes memory sig = _sessionERC1271Sig(address(account), id, key, appDomain, contents, MAIL_TYPE);
        assertEq(_check(_appHash(appDomain, contents), sig), INVALID);
    }

    function test_invalid_sessionRemoved() public {
        bytes32 contents = _mail("hello");
        bytes memory sig =
            _sessionERC1271Sig(address(account), permissionId, sessionKey, appDomain, contents, MAIL_TYPE);
        _ownerModuleCall(account, abi.encodeCall(smartSession.removeSession, (permissionId)));
        assertEq(_check(_appHash(appDomain, contents), sig), INVALID);
    }

    function test_invalid_contentDisabled() public {
        bytes32 contents = _mail("hello");
        bytes memory sig =
            _sessionERC1271Sig(address(account), permissionId, sessionKey, appDomain, contents, MAIL_TYPE);
        string[] memory names = new string[](1);
        names[0] = "Mail";
        ERC7739Context[] memory contexts = new ERC7739Context[](1);
        contexts[0] = ERC7739Context(appDomain, names);
        _ownerModuleCall(
            account, abi.encodeCall(smartSession.disableERC1271Policies, (permissionId, new address[](0), contexts))
        );
        assertEq(_check(_appHash(appDomain, contents), sig), INVALID);
    }

    function test_invalid_policyRefuses() public {
        // A time frame ending at T: valid until T, refused after.
        uint48 until = uint48(block.timestamp + 1 days);
        (address signer, uint256 key) = makeAddrAndKey("timed key");
        Session memory timed = _withERC1271(
            _ecdsaSession(signer, _action(address(token), token.transfer.selector, _sudo())),
            appDomain,
            "Mail",
            _policies(address(sudoPolicy), "", address(timeFrame), abi.encodePacked(until, uint48(0)))
        );
        _ownerModuleCall(account, abi.encodeCall(smartSession.enableSessions, (_sessions(timed))));
        PermissionId id = smartSession.getPermissionId(timed);
        bytes32 contents = _mail("hello");
        bytes memory sig = _sessionERC1271Sig(address(account), id, key, appDomain, contents, MAIL_TYPE);
        assertEq(_check(_appHash(appDomain, contents), sig), VALID);
        vm.warp(uint256(until) + 1);
        assertEq(_check(_appHash(appDomain, contents), sig), INVALID);
    }

    function test_invalid_malformedSignatures() public {
        bytes32 contents = _mail("hello");
        bytes32 hash = _appHash(appDomain, contents);
        // No ERC-7739 envelope: a plain session signature of the hash.
        assertEq(_check(hash, abi.encodePacked(address(smartSession), permissionId, _sign(sessionKey, hash))), INVALID);
        // Too short for a permission id.
        assertEq(_check(hash, abi.encodePacked(address(smartSession), bytes16(0))), INVALID);
        // Empty contents description.
        bytes memory sig = _sessionERC1271Sig(address(account), permissionId, sessionKey, appDomain, contents, "");
        assertEq(_check(hash, sig), INVALID);
    }
}
