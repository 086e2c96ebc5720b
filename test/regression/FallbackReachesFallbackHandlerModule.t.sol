// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {ERC4337Utils} from "@openzeppelin/contracts/account/utils/ERC4337Utils.sol";
import {IEntryPointStake} from "@openzeppelin/contracts/interfaces/IERC4337.sol";
import {IERC7579ModuleConfig, MODULE_TYPE_FALLBACK} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, FALLBACK_SELECTOR, FALLBACK_TARGET, PermissionId} from "contracts/DataTypes.sol";
import {ISmartSession, ISmartSessionAdmin} from "contracts/interfaces/ISmartSession.sol";

/// @notice A fallback-handler module whose per-account configuration trusts calls from the account, as every
/// module's onInstall does (a guardian / recovery handler).
contract GuardianHandler {
    mapping(address account => address) public guardianOf;

    function onInstall(bytes calldata data) external {
        guardianOf[msg.sender] = abi.decode(data, (address));
    }

    function onUninstall(bytes calldata) external {
        delete guardianOf[msg.sender];
    }

    function isModuleType(uint256 moduleType) external pure returns (bool) {
        return moduleType == MODULE_TYPE_FALLBACK;
    }

    function guardian() external view returns (address) {
        return guardianOf[msg.sender];
    }
}

/// @notice Regression (docs/threat-model.md, "fallback reaches modules and the EntryPoint"): a session holding only
/// the fallback action (sudo) used to call an installed fallback handler's `onInstall` and rewrite its configuration.
/// The fallback action now never covers a fallback-handler module nor a canonical EntryPoint (whose `withdrawTo`
/// moves the account's deposit past every value limit); an explicit action still can.
contract FallbackReachesFallbackHandlerModuleTest is SessionTestBase {
    GuardianHandler internal handler;
    PermissionId internal permissionId;
    address internal guardianOfOwner = makeAddr("owner's guardian");
    address internal attacker = makeAddr("attacker");

    function setUp() public override {
        super.setUp();
        handler = new GuardianHandler();
        _ownerCall(
            account,
            abi.encodeCall(
                IERC7579ModuleConfig.installModule,
                (
                    MODULE_TYPE_FALLBACK,
                    address(handler),
                    abi.encodePacked(GuardianHandler.guardian.selector, abi.encode(guardianOfOwner))
                )
            )
        );
        permissionId = _install(_ecdsaSession(sessionSigner, _action(FALLBACK_TARGET, FALLBACK_SELECTOR, _sudo())));
    }

    function test_fallbackSessionCannotRewriteFallbackHandler() public {
        bytes memory inner = abi.encodeCall(GuardianHandler.onInstall, (abi.encode(attacker)));
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(address(handler), 0, inner));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.InstalledModuleCallNotPermitted.selector,
                permissionId,
                address(handler),
                GuardianHandler.onInstall.selector
            )
        );
        _handleUserOp(op);
        assertEq(GuardianHandler(address(account)).guardian(), guardianOfOwner);
    }

    function test_explicitActionStillReachesTheHandler() public {
        ActionData[] memory actions = _action(address(handler), GuardianHandler.onInstall.selector, _sudo());
        _ownerCall(
            account,
            _executeSingle(
                address(smartSession),
                0,
                abi.encodeCall(ISmartSessionAdmin.enableActionPolicies, (permissionId, actions))
            )
        );
        bytes memory inner = abi.encodeCall(GuardianHandler.onInstall, (abi.encode(guardianOfOwner)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(address(handler), 0, inner)));
        assertEq(handler.guardianOf(address(account)), guardianOfOwner);
    }

    function test_fallbackSessionCannotWithdrawTheDeposit() public {
        entryPoint.depositTo{value: 1 ether}(address(account));
        bytes memory inner = abi.encodeCall(IEntryPointStake.withdrawTo, (payable(attacker), 1 ether));
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(address(entryPoint), 0, inner));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.EntryPointCallNotPermitted.selector,
                permissionId,
                address(entryPoint),
                IEntryPointStake.withdrawTo.selector
            )
        );
        _handleUserOp(op);
        assertEq(attacker.balance, 0);
    }

    function test_everyCanonicalEntryPointIsRefused() public {
        address[3] memory entryPoints = [
            address(ERC4337Utils.ENTRYPOINT_V07),
            address(ERC4337Utils.ENTRYPOINT_V08),
            address(ERC4337Utils.ENTRYPOINT_V09)
        ];
        for (uint256 i; i < entryPoints.length; ++i) {
            PackedUserOperation memory op =
                _sessionUserOp(account, permissionId, sessionKey, _executeSingle(entryPoints[i], 1, ""));
            _expectValidationRevert(
                abi.encodeWithSelector(
                    ISmartSession.EntryPointCallNotPermitted.selector, permissionId, entryPoints[i], bytes4(0)
                )
            );
            _handleUserOp(op);
        }
    }

    function test_fallbackStillCoversOrdinaryContractsAndAccounts() public {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(attacker, 1 ether, "")));
        assertEq(attacker.balance, 1 ether);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6)));
        assertEq(token.balanceOf(recipient), 1e6);
    }
}
