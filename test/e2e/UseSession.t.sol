// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution, IERC7579ModuleConfig} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, PermissionId, Session} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {ExecutionLib} from "contracts/lib/ExecutionLib.sol";

/// @notice A session key sends real user operations through EntryPoint.handleOps on an OpenZeppelin account.
contract UseSessionTest is SessionTestBase {
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        permissionId = _install(_transferSession());
    }

    function test_installEnablesTheSession() public view {
        assertTrue(account.isModuleInstalled(MODULE_TYPE_VALIDATOR, address(smartSession), ""));
        assertTrue(smartSession.isInitialized(address(account)));
        assertTrue(smartSession.isPermissionEnabled(permissionId, address(account)));
        PermissionId[] memory ids = smartSession.getPermissionIDs(address(account));
        assertEq(ids.length, 1);
        assertEq(PermissionId.unwrap(ids[0]), PermissionId.unwrap(permissionId));
    }

    function test_sessionKeyTransfersTokens() public {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 100e6)));
        assertEq(token.balanceOf(recipient), 100e6);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 50e6)));
        assertEq(token.balanceOf(recipient), 150e6);
    }

    function test_batchOfGrantedCalls() public {
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 1e6)));
        calls[1] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 2e6)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(token.balanceOf(recipient), 3e6);
    }

    function test_refuses_wrongKey() public {
        (, uint256 otherKey) = makeAddrAndKey("attacker");
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, otherKey, _transferCall(recipient, 1e6));
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0);
    }

    function test_refuses_selectorNotGranted() public {
        bytes memory callData = _executeSingle(address(token), 0, abi.encodeCall(token.approve, (recipient, 1e6)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, permissionId, address(token), token.approve.selector
            )
        );
        _handleUserOp(op);
        assertEq(token.allowance(address(account), recipient), 0);
    }

    function test_refuses_targetNotGranted() public {
        TestAccount other = _newAccount();
        bytes memory callData = _executeSingle(address(other), 0, abi.encodeCall(token.transfer, (recipient, 1e6)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, permissionId, address(other), token.transfer.selector
            )
        );
        _handleUserOp(op);
    }

    function test_refuses_removedSession() public {
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.removeSession, (permissionId)))
        );
        assertFalse(smartSession.isPermissionEnabled(permissionId, address(account)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, permissionId));
        _handleUserOp(op);
    }

    function test_refuses_afterUninstall() public {
        _ownerCall(
            account,
            abi.encodeCall(IERC7579ModuleConfig.uninstallModule, (MODULE_TYPE_VALIDATOR, address(smartSession), ""))
        );
        assertFalse(smartSession.isInitialized(address(account)));
        assertFalse(smartSession.isPermissionEnabled(permissionId, address(account)));
        // The account no longer routes to the module: the op is refused before SmartSession is reached.
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);

        // Reinstalling without sessions does not bring the old one back.
        _installWith(account, new Session[](0));
        assertEq(smartSession.getPermissionIDs(address(account)).length, 0);
        op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, permissionId));
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0);
    }

    function test_refuses_delegatecallMode() public {
        bytes memory callData = abi.encodeWithSelector(
            0xe9ae5c53,
            _mode(CALLTYPE_DELEGATECALL, 0x00),
            abi.encodePacked(address(token), abi.encodeCall(token.transfer, (recipient, 1e6)))
        );
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(
            abi.encodeWithSelector(ExecutionLib.UnsupportedExecutionMode.selector, _mode(CALLTYPE_DELEGATECALL, 0x00))
        );
        _handleUserOp(op);
    }

    function test_refuses_tryExecType() public {
        bytes memory callData = abi.encodeWithSelector(
            0xe9ae5c53,
            _mode(CALLTYPE_SINGLE, EXECTYPE_TRY),
            abi.encodePacked(address(token), uint256(0), abi.encodeCall(token.transfer, (recipient, 1e6)))
        );
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(
            abi.encodeWithSelector(ExecutionLib.UnsupportedExecutionMode.selector, _mode(CALLTYPE_SINGLE, EXECTYPE_TRY))
        );
        _handleUserOp(op);
    }

    function test_refuses_otherAccountFunction() public {
        bytes memory callData =
            abi.encodeCall(IERC7579ModuleConfig.uninstallModule, (MODULE_TYPE_VALIDATOR, address(ownerValidator), ""));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ExecutionLib.UnsupportedExecutionFunction.selector, IERC7579ModuleConfig.uninstallModule.selector
            )
        );
        _handleUserOp(op);
    }

    function test_refuses_batchWithOneCallNotGranted() public {
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 1e6)));
        calls[1] = Execution(address(token), 0, abi.encodeCall(token.approve, (recipient, 1e6)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, permissionId, address(token), token.approve.selector
            )
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0);
    }

    function test_refuses_callToAccountItself() public {
        bytes memory inner =
            abi.encodeCall(IERC7579ModuleConfig.installModule, (MODULE_TYPE_VALIDATOR, address(0xdead), ""));
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(address(account), 0, inner));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SelfCallNotPermitted.selector, permissionId, IERC7579ModuleConfig.installModule.selector
            )
        );
        _handleUserOp(op);
    }

    function test_refuses_callToZeroAddressWhichIsTheAccount() public {
        // OpenZeppelin's account sends calls to address(0) to itself: treated as a self-call.
        bytes memory inner =
            abi.encodeCall(IERC7579ModuleConfig.uninstallModule, (MODULE_TYPE_VALIDATOR, address(ownerValidator), ""));
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(address(0), 0, inner));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SelfCallNotPermitted.selector, permissionId, IERC7579ModuleConfig.uninstallModule.selector
            )
        );
        _handleUserOp(op);
    }

    function test_refuses_unknownPermissionId() public {
        PermissionId unknown = PermissionId.wrap(keccak256("unknown"));
        PackedUserOperation memory op = _sessionUserOp(account, unknown, sessionKey, _transferCall(recipient, 1e6));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, unknown));
        _handleUserOp(op);
    }

    function test_refuses_truncatedSignature() public {
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        op.signature = abi.encodePacked(uint8(0), bytes31(PermissionId.unwrap(permissionId)));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.MalformedSignature.selector));
        _handleUserOp(op);
    }

    function test_refuses_truncatedSessionSignature() public {
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        op.signature = abi.encodePacked(uint8(0), permissionId, bytes32(0));
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);
    }

    function test_refuses_unknownMode() public {
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        op.signature[0] = 0x07;
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.UnsupportedMode.selector, uint8(7)));
        _handleUserOp(op);
    }

    function test_refuses_paymasterNotPermitted() public {
        PackedUserOperation memory op = _userOp(address(account), address(smartSession), _transferCall(recipient, 1e6));
        op.paymasterAndData = abi.encodePacked(address(0xbeef), uint128(100_000), uint128(100_000));
        op.signature = abi.encodePacked(uint8(0), permissionId, _sign(sessionKey, _hash(op)));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.PaymasterNotPermitted.selector, permissionId));
        _handleUserOp(op);
    }

    function test_refuses_callToTheModule() public {
        bytes memory callData =
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.removeSession, (permissionId)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ModuleCallNotPermitted.selector, permissionId, smartSession.removeSession.selector
            )
        );
        _handleUserOp(op);
    }

    function test_removingOneSessionKeepsAnother() public {
        (address otherSigner, uint256 otherKey) = makeAddrAndKey("other session key");
        Session memory other = _ecdsaSession(otherSigner, _action(address(token), token.transfer.selector, _sudo()));
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.enableSessions, (_sessions(other))))
        );
        PermissionId otherId = smartSession.getPermissionId(other);
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.removeSession, (permissionId)))
        );
        _handleUserOp(_sessionUserOp(account, otherId, otherKey, _transferCall(recipient, 7)));
        assertEq(token.balanceOf(recipient), 7);
    }
}
