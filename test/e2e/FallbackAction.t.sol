// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {IERC7579ModuleConfig} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {
    ADMIN_FALLBACK_SELECTOR,
    ActionData,
    FALLBACK_SELECTOR,
    FALLBACK_TARGET,
    PermissionId,
    Session
} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {ExecutionLib} from "contracts/lib/ExecutionLib.sol";

/// @notice The fallback action covers calls without an action of their own, never the account itself, and the
/// module only through the admin fallback.
contract FallbackActionTest is SessionTestBase {
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        permissionId = _install(_ecdsaSession(sessionSigner, _action(FALLBACK_TARGET, FALLBACK_SELECTOR, _sudo())));
    }

    function test_fallbackCoversAnyOtherCall() public {
        bytes memory callData = _executeSingle(address(token), 0, abi.encodeCall(token.approve, (recipient, 5)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, callData));
        assertEq(token.allowance(address(account), recipient), 5);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(recipient, 1 ether, "")));
        assertEq(recipient.balance, 1 ether);
    }

    function test_fallbackNeverCoversTheAccount() public {
        bytes memory inner =
            abi.encodeCall(IERC7579ModuleConfig.uninstallModule, (MODULE_TYPE_VALIDATOR, address(ownerValidator), ""));
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(address(account), 0, inner));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.SelfCallNotPermitted.selector, permissionId, IERC7579ModuleConfig.uninstallModule.selector
            )
        );
        _handleUserOp(op);
        assertTrue(account.isModuleInstalled(MODULE_TYPE_VALIDATOR, address(ownerValidator), ""));
    }

    function test_fallbackNeverCoversTheModule() public {
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

    function test_adminFallbackCoversTheModule() public {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(FALLBACK_SELECTOR, FALLBACK_TARGET, _sudo());
        actions[1] = ActionData(ADMIN_FALLBACK_SELECTOR, FALLBACK_TARGET, _sudo());
        (address adminSigner, uint256 adminKey) = makeAddrAndKey("admin session");
        Session memory admin = _ecdsaSession(adminSigner, actions);
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.enableSessions, (_sessions(admin))))
        );
        PermissionId adminId = smartSession.getPermissionId(admin);
        bytes memory callData =
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.removeSession, (permissionId)));
        _handleUserOp(_sessionUserOp(account, adminId, adminKey, callData));
        assertFalse(smartSession.isPermissionEnabled(permissionId, address(account)));
    }

    function test_exactAccountActionIsAllowed() public {
        // Granting (account, execute) explicitly lets the session call the account's own execute.
        ActionData[] memory actions = new ActionData[](1);
        actions[0] = ActionData(bytes4(0xe9ae5c53), address(account), _sudo());
        (address signer, uint256 key) = makeAddrAndKey("self session");
        Session memory selfSession = _ecdsaSession(signer, actions);
        _ownerCall(
            account,
            _executeSingle(
                address(smartSession), 0, abi.encodeCall(smartSession.enableSessions, (_sessions(selfSession)))
            )
        );
        bytes memory inner = _transferCall(recipient, 3);
        _handleUserOp(
            _sessionUserOp(
                account, smartSession.getPermissionId(selfSession), key, _executeSingle(address(account), 0, inner)
            )
        );
        assertEq(token.balanceOf(recipient), 3);
    }

    function test_refuses_oneToThreeByteCalldata() public {
        bytes memory callData = _executeSingle(address(token), 0, hex"a9059c");
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(abi.encodeWithSelector(ExecutionLib.MalformedExecutionCalldata.selector));
        _handleUserOp(op);
    }
}

/// @notice Fuzzed: a session with one action refuses every call to any other (target, selector).
contract UngrantedCallFuzzTest is SessionTestBase {
    PermissionId internal permissionId;

    function setUp() public override {
        super.setUp();
        permissionId = _install(_transferSession());
    }

    function testFuzz_refusesEveryUngrantedCall(address target, bytes4 selector, bytes memory args) public {
        vm.assume(target != address(0) && target != address(account) && target != address(smartSession));
        vm.assume(!(target == address(token) && selector == token.transfer.selector));
        bytes memory data = abi.encodePacked(selector, args);
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(target, 0, data));
        _expectValidationRevert(
            abi.encodeWithSelector(ISmartSession.ActionNotPermitted.selector, permissionId, target, selector)
        );
        _handleUserOp(op);
    }

    function testFuzz_refusesSignaturesOfOtherKeys(uint256 key) public {
        key = bound(key, 1, 2 ** 128);
        vm.assume(key != sessionKey);
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, key, _transferCall(recipient, 1));
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);
    }

    function testFuzz_refusesMalformedExecutionCalldata(bytes memory executionCalldata) public {
        vm.assume(executionCalldata.length < 52);
        bytes memory callData = abi.encodeWithSelector(0xe9ae5c53, _mode(CALLTYPE_SINGLE, 0x00), executionCalldata);
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(abi.encodeWithSelector(ExecutionLib.MalformedExecutionCalldata.selector));
        _handleUserOp(op);
    }

    function testFuzz_refusesTruncatedOuterCalldata(uint8 cut) public {
        bytes memory full = _transferCall(recipient, 1);
        uint256 length = bound(cut, 4, 67);
        bytes memory callData = new bytes(length);
        for (uint256 i; i < length; ++i) {
            callData[i] = full[i];
        }
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectValidationRevert(abi.encodeWithSelector(ExecutionLib.MalformedExecutionCalldata.selector));
        _handleUserOp(op);
    }
}

/// @notice The fallback action never covers calls to the account's own modules: their configuration functions
/// trust calls from the account, so a "sudo, any call" session could otherwise replace the owner for good.
contract FallbackNeverCoversInstalledModulesTest is SessionTestBase {
    function test_refuses_reconfiguringTheOwnerValidator() public {
        PermissionId permissionId =
            _install(_ecdsaSession(sessionSigner, _action(FALLBACK_TARGET, FALLBACK_SELECTOR, _sudo())));
        (address attacker,) = makeAddrAndKey("attacker");
        bytes memory takeover = abi.encodeCall(ownerValidator.onInstall, (abi.encode(attacker)));
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(address(ownerValidator), 0, takeover));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.InstalledModuleCallNotPermitted.selector,
                permissionId,
                address(ownerValidator),
                ownerValidator.onInstall.selector
            )
        );
        _handleUserOp(op);
        assertEq(ownerValidator.ownerOf(address(account)), owner);
    }

    function test_explicitActionOnAModuleIsTheOwnersChoice() public {
        // Granting the exact (module, selector) is explicit, so it is allowed.
        (address newOwner,) = makeAddrAndKey("new owner");
        PermissionId permissionId = _install(
            _ecdsaSession(sessionSigner, _action(address(ownerValidator), ownerValidator.onInstall.selector, _sudo()))
        );
        bytes memory call = abi.encodeCall(ownerValidator.onInstall, (abi.encode(newOwner)));
        _handleUserOp(
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(address(ownerValidator), 0, call))
        );
        assertEq(ownerValidator.ownerOf(address(account)), newOwner);
    }
}
