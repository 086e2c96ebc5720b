// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnableFixtures} from "../utils/EnableFixtures.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {PermissionId, Session} from "contracts/DataTypes.sol";

/// @notice Pins a limit that cannot be enforced onchain (docs/threat-model.md, "ERC-1271 content names are
/// advisory"): ERC-7739 passes the contents as an opaque struct hash, so a session granted content "Mail" of an app
/// domain can label ANY struct of that domain "Mail" and the account vouches for it. An ERC-1271 grant is
/// therefore a grant for the whole app domain. What is enforced: other domains are refused, whatever the label.
contract ERC7739ContentTypeNotBoundTest is EnableFixtures {
    bytes4 internal constant VALID = 0x1626ba7e;
    bytes4 internal constant INVALID = 0xffffffff;
    string internal constant MAIL_TYPE = "Mail(address to,string contents)";
    string internal constant PERMIT_TYPE = "Permit(address spender,uint256 value)";

    address internal app = makeAddr("app");
    bytes32 internal appDomain;
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        appDomain = _appDomain("Token", app);
        Session memory session = _withERC1271(_transferSession(), appDomain, "Mail", _sudo());
        _installWith(account, _sessions(session));
        permissionId = smartSession.getPermissionId(session);
    }

    function _permit() internal view returns (bytes32) {
        return keccak256(abi.encode(keccak256(bytes(PERMIT_TYPE)), recipient, type(uint256).max));
    }

    function _isValid(bytes32 hash, bytes memory signature) internal returns (bytes4) {
        vm.prank(app);
        return account.isValidSignature(hash, signature);
    }

    /// @dev Honestly described, the ungranted Permit is refused.
    function test_honestlyLabelledPermitIsRefused() public {
        bytes memory sig =
            _sessionERC1271Sig(address(account), permissionId, sessionKey, appDomain, _permit(), PERMIT_TYPE);
        assertEq(_isValid(MessageHashUtils.toTypedDataHash(appDomain, _permit()), sig), INVALID);
    }

    /// @dev The known, documented limit: labelled "Mail", a Permit of the granted domain is accepted.
    function test_mislabelledStructOfGrantedDomainIsAccepted() public {
        bytes memory sig =
            _sessionERC1271Sig(address(account), permissionId, sessionKey, appDomain, _permit(), MAIL_TYPE);
        assertEq(_isValid(MessageHashUtils.toTypedDataHash(appDomain, _permit()), sig), VALID);
    }

    /// @dev The grant stops at its app domain: the same trick for another domain is refused.
    function test_mislabelledStructOfOtherDomainIsRefused() public {
        bytes32 otherDomain = _appDomain("Other token", makeAddr("other app"));
        bytes memory sig =
            _sessionERC1271Sig(address(account), permissionId, sessionKey, otherDomain, _permit(), MAIL_TYPE);
        assertEq(_isValid(MessageHashUtils.toTypedDataHash(otherDomain, _permit()), sig), INVALID);
    }
}
