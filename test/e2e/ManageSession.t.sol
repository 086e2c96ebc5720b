// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AcceptAllPaymaster, EnableFixtures} from "../utils/EnableFixtures.sol";
import {MockERC20} from "../utils/MockERC20.sol";
import {TestAccount} from "../utils/TestAccount.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {
    ActionData,
    ActionId,
    ERC1271_SCOPE,
    ERC7739Context,
    ERC7739Data,
    PermissionId,
    PolicyData,
    Session,
    USER_OP_SCOPE
} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {IdLib} from "contracts/lib/IdLib.sol";
import {CallPolicy} from "contracts/policies/CallPolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The configuration API on an enabled session: every change with its events and its effect on real user
/// operations (EntryPoint.handleOps), every bad input refused with its own error and nothing changed, and every
/// change confined to the calling account's own sessions.
contract ManageSessionTest is EnableFixtures {
    UsageLimitPolicy internal usageLimit;
    CallPolicy internal callPolicy;
    MockERC20 internal otherToken;
    PermissionId internal permissionId;
    ActionId internal transferId;
    ActionId internal approveId;

    function setUp() public override {
        super.setUp();
        usageLimit = new UsageLimitPolicy();
        callPolicy = new CallPolicy();
        otherToken = new MockERC20("Other", "OTH", 18);
        otherToken.mint(address(account), 1000e18);
        permissionId = _install(_transferSession());
        transferId = IdLib.actionId(address(token), token.transfer.selector);
        approveId = IdLib.actionId(address(token), token.approve.selector);
    }

    /// @dev The account calls the module directly (a configuration call from the account).
    function _asAccount() internal {
        vm.prank(address(account));
    }

    function _limit(uint128 n) internal pure returns (bytes memory) {
        return abi.encodePacked(n);
    }

    function _transfer(uint256 amount) internal view returns (bytes memory) {
        return _transferCall(recipient, amount);
    }

    function _use(uint256 amount) internal {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transfer(amount)));
    }

    function _expectUsageExceeded(uint128 limit) internal {
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                permissionId,
                address(usageLimit),
                abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, limit)
            )
        );
    }

    // ─── User-op policies ─────────────────────────────────────────────────────────────────────────────────

    function test_enableUserOpPolicies_runInValidation() public {
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyEnabled(permissionId, address(account), USER_OP_SCOPE, address(usageLimit));
        _ownerModuleCall(
            account,
            abi.encodeCall(smartSession.enableUserOpPolicies, (permissionId, _policies(address(usageLimit), _limit(2))))
        );
        address[] memory policies = smartSession.getUserOpPolicies(address(account), permissionId);
        assertEq(policies.length, 1);
        assertEq(policies[0], address(usageLimit));

        _use(1);
        _use(1);
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transfer(1));
        _expectUsageExceeded(2);
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 2);
    }

    function test_disableUserOpPolicies_stopRunning() public {
        _asAccount();
        smartSession.enableUserOpPolicies(
            permissionId, _policies(address(usageLimit), _limit(1), address(sudoPolicy), "")
        );
        _use(1);

        address[] memory remove = new address[](1);
        remove[0] = address(usageLimit);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyDisabled(permissionId, address(account), USER_OP_SCOPE, address(usageLimit));
        _ownerModuleCall(account, abi.encodeCall(smartSession.disableUserOpPolicies, (permissionId, remove)));
        address[] memory policies = smartSession.getUserOpPolicies(address(account), permissionId);
        assertEq(policies.length, 1);
        assertEq(policies[0], address(sudoPolicy));

        _use(1);
        _use(1);
        assertEq(token.balanceOf(recipient), 3);

        // Removing the last one leaves the session without user-op policies.
        remove[0] = address(sudoPolicy);
        _asAccount();
        smartSession.disableUserOpPolicies(permissionId, remove);
        assertEq(smartSession.getUserOpPolicies(address(account), permissionId).length, 0);
        _use(1);
        assertEq(token.balanceOf(recipient), 4);
    }

    function test_refuses_badUserOpPolicies() public {
        // Not a user-op policy (the call policy serves action scope only), not a contract, twice, unknown to remove.
        _expectConfigRevert(
            abi.encodeCall(smartSession.enableUserOpPolicies, (permissionId, _policies(address(callPolicy), ""))),
            abi.encodeWithSelector(ISmartSession.InvalidPolicy.selector, address(callPolicy))
        );
        _expectConfigRevert(
            abi.encodeCall(smartSession.enableUserOpPolicies, (permissionId, _policies(address(0xbeef), ""))),
            abi.encodeWithSelector(ISmartSession.InvalidPolicy.selector, address(0xbeef))
        );
        _expectConfigRevert(
            abi.encodeCall(
                smartSession.enableUserOpPolicies,
                (permissionId, _policies(address(sudoPolicy), "", address(sudoPolicy), ""))
            ),
            abi.encodeWithSelector(ISmartSession.DuplicatePolicy.selector, address(sudoPolicy))
        );
        // A policy's own init check.
        _expectConfigRevert(
            abi.encodeCall(
                smartSession.enableUserOpPolicies, (permissionId, _policies(address(usageLimit), _limit(0)))
            ),
            abi.encodeWithSelector(UsageLimitPolicy.ZeroLimit.selector)
        );
        address[] memory remove = new address[](1);
        remove[0] = address(usageLimit);
        _expectConfigRevert(
            abi.encodeCall(smartSession.disableUserOpPolicies, (permissionId, remove)),
            abi.encodeWithSelector(ISmartSession.PolicyNotFound.selector, address(usageLimit))
        );
        assertEq(smartSession.getUserOpPolicies(address(account), permissionId).length, 0);
        _use(1);
    }

    // ─── Action policies ──────────────────────────────────────────────────────────────────────────────────

    function test_enableActionPolicies_newAction() public {
        ActionData[] memory actions = _action(address(token), token.approve.selector, _sudo());
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyEnabled(
            permissionId, address(account), ActionId.unwrap(approveId), address(sudoPolicy)
        );
        vm.expectEmit(address(smartSession));
        emit ISmartSession.ActionEnabled(permissionId, address(account), approveId);
        _ownerModuleCall(account, abi.encodeCall(smartSession.enableActionPolicies, (permissionId, actions)));

        ActionId[] memory enabled = smartSession.getEnabledActions(address(account), permissionId);
        assertEq(enabled.length, 2);
        assertEq(ActionId.unwrap(enabled[1]), ActionId.unwrap(approveId));
        bytes memory approve = _executeSingle(address(token), 0, abi.encodeCall(token.approve, (recipient, 5e6)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, approve));
        assertEq(token.allowance(address(account), recipient), 5e6);
    }

    function test_enableActionPolicies_addsToAnExistingAction() public {
        ActionData[] memory actions =
            _action(address(token), token.transfer.selector, _policies(address(usageLimit), _limit(1)));
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyEnabled(
            permissionId, address(account), ActionId.unwrap(transferId), address(usageLimit)
        );
        vm.recordLogs();
        _ownerModuleCall(account, abi.encodeCall(smartSession.enableActionPolicies, (permissionId, actions)));
        // No ActionEnabled for an action granted already.
        assertEq(_countLogs(ISmartSession.ActionEnabled.selector), 0);

        address[] memory policies = smartSession.getActionPolicies(address(account), permissionId, transferId);
        assertEq(policies.length, 2);
        assertEq(policies[0], address(sudoPolicy));
        assertEq(policies[1], address(usageLimit));
        assertEq(smartSession.getEnabledActions(address(account), permissionId).length, 1);

        _use(1);
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transfer(1));
        _expectUsageExceeded(1);
        _handleUserOp(op);
    }

    function test_refuses_badActionPolicies() public {
        _expectConfigRevert(
            abi.encodeCall(
                smartSession.enableActionPolicies,
                (permissionId, _action(address(token), token.approve.selector, new PolicyData[](0)))
            ),
            abi.encodeWithSelector(ISmartSession.NoPoliciesSet.selector, permissionId, approveId)
        );
        _expectConfigRevert(
            abi.encodeCall(
                smartSession.enableActionPolicies,
                (permissionId, _action(address(token), token.transfer.selector, _sudo()))
            ),
            abi.encodeWithSelector(ISmartSession.DuplicatePolicy.selector, address(sudoPolicy))
        );
        _expectConfigRevert(
            abi.encodeCall(
                smartSession.enableActionPolicies, (permissionId, _action(address(0), token.approve.selector, _sudo()))
            ),
            abi.encodeWithSelector(ISmartSession.InvalidActionTarget.selector, address(0))
        );
        _expectConfigRevert(
            abi.encodeCall(
                smartSession.enableActionPolicies,
                (permissionId, _action(address(token), token.approve.selector, _policies(address(token), "")))
            ),
            abi.encodeWithSelector(ISmartSession.InvalidPolicy.selector, address(token))
        );
        assertEq(smartSession.getEnabledActions(address(account), permissionId).length, 1);
        assertEq(smartSession.getActionPolicies(address(account), permissionId, approveId).length, 0);
    }

    function test_disableActionPolicies_lastPolicyRemovesTheAction() public {
        _asAccount();
        smartSession.enableActionPolicies(
            permissionId, _action(address(token), token.transfer.selector, _policies(address(usageLimit), _limit(1)))
        );
        address[] memory remove = new address[](1);
        remove[0] = address(usageLimit);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyDisabled(
            permissionId, address(account), ActionId.unwrap(transferId), address(usageLimit)
        );
        _ownerModuleCall(
            account, abi.encodeCall(smartSession.disableActionPolicies, (permissionId, transferId, remove))
        );
        assertEq(smartSession.getActionPolicies(address(account), permissionId, transferId).length, 1);
        _use(1);
        _use(1);

        remove[0] = address(sudoPolicy);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyDisabled(
            permissionId, address(account), ActionId.unwrap(transferId), address(sudoPolicy)
        );
        vm.expectEmit(address(smartSession));
        emit ISmartSession.ActionDisabled(permissionId, address(account), transferId);
        _ownerModuleCall(
            account, abi.encodeCall(smartSession.disableActionPolicies, (permissionId, transferId, remove))
        );
        assertEq(smartSession.getEnabledActions(address(account), permissionId).length, 0);

        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transfer(1));
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, permissionId, address(token), token.transfer.selector
            )
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 2);
    }

    function test_refuses_badDisableActionPolicies() public {
        address[] memory remove = new address[](1);
        remove[0] = address(sudoPolicy);
        _expectConfigRevert(
            abi.encodeCall(smartSession.disableActionPolicies, (permissionId, approveId, remove)),
            abi.encodeWithSelector(ISmartSession.ActionNotFound.selector, approveId)
        );
        remove[0] = address(usageLimit);
        _expectConfigRevert(
            abi.encodeCall(smartSession.disableActionPolicies, (permissionId, transferId, remove)),
            abi.encodeWithSelector(ISmartSession.PolicyNotFound.selector, address(usageLimit))
        );
        _expectConfigRevert(
            abi.encodeCall(smartSession.disableActionId, (permissionId, approveId)),
            abi.encodeWithSelector(ISmartSession.ActionNotFound.selector, approveId)
        );
        assertEq(smartSession.getActionPolicies(address(account), permissionId, transferId).length, 1);
        _use(1);
    }

    // ─── disableActionId (swap-and-pop) ───────────────────────────────────────────────────────────────────

    function test_disableActionId_removingTheMiddleKeepsTheOthers() public {
        ActionId otherId = IdLib.actionId(address(otherToken), otherToken.transfer.selector);
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(token.approve.selector, address(token), _policies(address(usageLimit), _limit(5)));
        actions[1] = ActionData(otherToken.transfer.selector, address(otherToken), _sudo());
        _asAccount();
        smartSession.enableActionPolicies(permissionId, actions);
        assertEq(smartSession.getEnabledActions(address(account), permissionId).length, 3);

        // [transfer, approve, other.transfer] minus approve: other.transfer moves into place 1.
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyDisabled(
            permissionId, address(account), ActionId.unwrap(approveId), address(usageLimit)
        );
        vm.expectEmit(address(smartSession));
        emit ISmartSession.ActionDisabled(permissionId, address(account), approveId);
        _ownerModuleCall(account, abi.encodeCall(smartSession.disableActionId, (permissionId, approveId)));
        ActionId[] memory enabled = smartSession.getEnabledActions(address(account), permissionId);
        assertEq(enabled.length, 2);
        assertEq(ActionId.unwrap(enabled[0]), ActionId.unwrap(transferId));
        assertEq(ActionId.unwrap(enabled[1]), ActionId.unwrap(otherId));
        assertEq(smartSession.getActionPolicies(address(account), permissionId, approveId).length, 0);

        // The remaining two work through handleOps, the removed one is refused.
        _use(3);
        bytes memory otherTransfer =
            _executeSingle(address(otherToken), 0, abi.encodeCall(otherToken.transfer, (recipient, 4e18)));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, otherTransfer));
        assertEq(token.balanceOf(recipient), 3);
        assertEq(otherToken.balanceOf(recipient), 4e18);
        bytes memory approve = _executeSingle(address(token), 0, abi.encodeCall(token.approve, (recipient, 1)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, approve);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, permissionId, address(token), token.approve.selector
            )
        );
        _handleUserOp(op);

        // The moved action knows its new place: removing it now leaves exactly [transfer].
        _asAccount();
        smartSession.disableActionId(permissionId, otherId);
        enabled = smartSession.getEnabledActions(address(account), permissionId);
        assertEq(enabled.length, 1);
        assertEq(ActionId.unwrap(enabled[0]), ActionId.unwrap(transferId));
        _use(1);
        assertEq(token.balanceOf(recipient), 4);

        // And re-granting the removed action starts its policies fresh.
        _asAccount();
        smartSession.enableActionPolicies(
            permissionId, _action(address(token), token.approve.selector, _policies(address(usageLimit), _limit(1)))
        );
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, approve));
        assertEq(token.allowance(address(account), recipient), 1);
    }

    // ─── ERC-1271 policies and contents ───────────────────────────────────────────────────────────────────

    function test_enableAndDisableERC1271Policies() public {
        bytes32 domain = keccak256("app domain");
        string[] memory names = new string[](2);
        names[0] = "Mail";
        names[1] = "Permit";
        ERC7739Context[] memory contexts = new ERC7739Context[](1);
        contexts[0] = ERC7739Context(domain, names);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyEnabled(permissionId, address(account), ERC1271_SCOPE, address(sudoPolicy));
        vm.expectEmit(address(smartSession));
        emit ISmartSession.ERC7739ContentEnabled(permissionId, address(account), domain, "Mail");
        vm.expectEmit(address(smartSession));
        emit ISmartSession.ERC7739ContentEnabled(permissionId, address(account), domain, "Permit");
        _ownerModuleCall(
            account, abi.encodeCall(smartSession.enableERC1271Policies, (permissionId, ERC7739Data(contexts, _sudo())))
        );
        address[] memory policies = smartSession.getERC1271Policies(address(account), permissionId);
        assertEq(policies.length, 1);
        assertEq(policies[0], address(sudoPolicy));
        ERC7739Context[] memory content = smartSession.getEnabledERC7739Content(address(account), permissionId);
        assertEq(content.length, 2);
        assertEq(content[0].appDomainSeparator, domain);
        assertEq(content[0].contentNames[0], "Mail");
        assertEq(content[1].contentNames[0], "Permit");

        // Disable "Mail" and the policy: "Permit" stays.
        string[] memory mail = new string[](1);
        mail[0] = "Mail";
        contexts[0] = ERC7739Context(domain, mail);
        address[] memory remove = new address[](1);
        remove[0] = address(sudoPolicy);
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PolicyDisabled(permissionId, address(account), ERC1271_SCOPE, address(sudoPolicy));
        vm.expectEmit(address(smartSession));
        emit ISmartSession.ERC7739ContentDisabled(permissionId, address(account), domain, "Mail");
        _ownerModuleCall(account, abi.encodeCall(smartSession.disableERC1271Policies, (permissionId, remove, contexts)));
        assertEq(smartSession.getERC1271Policies(address(account), permissionId).length, 0);
        content = smartSession.getEnabledERC7739Content(address(account), permissionId);
        assertEq(content.length, 1);
        assertEq(content[0].contentNames[0], "Permit");
    }

    function test_refuses_badERC1271Changes() public {
        bytes32 domain = keccak256("app domain");
        string[] memory names = new string[](1);
        names[0] = "Mail(address to)";
        ERC7739Context[] memory contexts = new ERC7739Context[](1);
        contexts[0] = ERC7739Context(domain, names);
        _expectConfigRevert(
            abi.encodeCall(smartSession.enableERC1271Policies, (permissionId, ERC7739Data(contexts, _sudo()))),
            abi.encodeWithSelector(ISmartSession.InvalidERC7739Content.selector, domain, "Mail(address to)")
        );
        names[0] = "";
        _expectConfigRevert(
            abi.encodeCall(smartSession.enableERC1271Policies, (permissionId, ERC7739Data(contexts, _sudo()))),
            abi.encodeWithSelector(ISmartSession.InvalidERC7739Content.selector, domain, "")
        );
        // UsageLimitPolicy serves no ERC-1271 scope.
        _expectConfigRevert(
            abi.encodeCall(
                smartSession.enableERC1271Policies,
                (permissionId, ERC7739Data(new ERC7739Context[](0), _policies(address(usageLimit), _limit(1))))
            ),
            abi.encodeWithSelector(ISmartSession.InvalidPolicy.selector, address(usageLimit))
        );
        names[0] = "Mail";
        _expectConfigRevert(
            abi.encodeCall(smartSession.disableERC1271Policies, (permissionId, new address[](0), contexts)),
            abi.encodeWithSelector(ISmartSession.ERC7739ContentNotFound.selector, domain, "Mail")
        );
        address[] memory remove = new address[](1);
        remove[0] = address(sudoPolicy);
        _expectConfigRevert(
            abi.encodeCall(smartSession.disableERC1271Policies, (permissionId, remove, new ERC7739Context[](0))),
            abi.encodeWithSelector(ISmartSession.PolicyNotFound.selector, address(sudoPolicy))
        );
        assertEq(smartSession.getERC1271Policies(address(account), permissionId).length, 0);
        assertEq(smartSession.getEnabledERC7739Content(address(account), permissionId).length, 0);
    }

    // ─── Paymaster ────────────────────────────────────────────────────────────────────────────────────────

    function test_paymaster_refusedUntilPermitted() public {
        AcceptAllPaymaster paymaster = new AcceptAllPaymaster();
        entryPoint.depositTo{value: 1 ether}(address(paymaster));
        assertFalse(smartSession.isPermit4337Paymaster(address(account), permissionId));

        PackedUserOperation memory op = _paymasterOp(address(paymaster));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.PaymasterNotPermitted.selector, permissionId));
        _handleUserOp(op);

        vm.expectEmit(address(smartSession));
        emit ISmartSession.PaymasterPermitSet(permissionId, address(account), true);
        _ownerModuleCall(account, abi.encodeCall(smartSession.setPermit4337Paymaster, (permissionId, true)));
        assertTrue(smartSession.isPermit4337Paymaster(address(account), permissionId));

        uint256 accountBalance = address(account).balance;
        uint256 deposit = entryPoint.balanceOf(address(paymaster));
        _handleUserOp(_paymasterOp(address(paymaster)));
        assertEq(token.balanceOf(recipient), 1);
        assertEq(address(account).balance, accountBalance, "the paymaster paid");
        assertLt(entryPoint.balanceOf(address(paymaster)), deposit);

        // Revoked again: refused again.
        vm.expectEmit(address(smartSession));
        emit ISmartSession.PaymasterPermitSet(permissionId, address(account), false);
        _ownerModuleCall(account, abi.encodeCall(smartSession.setPermit4337Paymaster, (permissionId, false)));
        op = _paymasterOp(address(paymaster));
        _expectValidationRevert(abi.encodeWithSelector(ISmartSession.PaymasterNotPermitted.selector, permissionId));
        _handleUserOp(op);
    }

    function _paymasterOp(address paymaster) internal view returns (PackedUserOperation memory op) {
        op = _userOp(address(account), address(smartSession), _transfer(1));
        op.paymasterAndData = abi.encodePacked(paymaster, uint128(100_000), uint128(100_000));
        op.signature = abi.encodePacked(uint8(0), permissionId, _sign(sessionKey, _hash(op)));
    }

    // ─── Reads ────────────────────────────────────────────────────────────────────────────────────────────

    function test_reads_showTheSessionInFull() public view {
        (address validator, bytes memory data) =
            smartSession.getSessionValidatorAndConfig(address(account), permissionId);
        assertEq(validator, address(ecdsaSessionValidator));
        assertEq(data, abi.encodePacked(sessionSigner));
        assertTrue(smartSession.isISessionValidatorSet(permissionId, address(account)));
        assertEq(smartSession.getNonce(permissionId, address(account)), 1);
        assertFalse(smartSession.isPermit4337Paymaster(address(account), permissionId));
        assertEq(smartSession.getEnabledActions(address(account), permissionId).length, 1);
        assertEq(smartSession.getActionPolicies(address(account), permissionId, transferId)[0], address(sudoPolicy));
        assertEq(smartSession.getUserOpPolicies(address(account), permissionId).length, 0);
        assertEq(smartSession.getERC1271Policies(address(account), permissionId).length, 0);
        assertEq(smartSession.getEnabledERC7739Content(address(account), permissionId).length, 0);
    }

    function test_reads_refuseAnUnknownSession() public {
        PermissionId unknown = PermissionId.wrap(keccak256("unknown"));
        bytes memory error_ = abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, unknown);
        vm.expectRevert(error_);
        smartSession.getUserOpPolicies(address(account), unknown);
        vm.expectRevert(error_);
        smartSession.getERC1271Policies(address(account), unknown);
        vm.expectRevert(error_);
        smartSession.getEnabledERC7739Content(address(account), unknown);
        vm.expectRevert(error_);
        smartSession.isPermit4337Paymaster(address(account), unknown);
        vm.expectRevert(error_);
        smartSession.getActionPolicies(address(account), unknown, transferId);
        vm.expectRevert(error_);
        smartSession.getSessionValidatorAndConfig(address(account), unknown);
        assertEq(smartSession.getNonce(unknown, address(account)), 0);
        assertFalse(smartSession.isPermissionEnabled(unknown, address(account)));
    }

    // ─── Only the caller's own sessions ───────────────────────────────────────────────────────────────────

    /// @notice Every change names a session by id only; called by anyone but the account it acts on the caller's
    /// own (non-existent) session, refuses, and leaves the account's session as it was.
    function test_strangerChangesNothing() public {
        address stranger = makeAddr("stranger");
        address[] memory policies = new address[](1);
        policies[0] = address(sudoPolicy);
        bytes[] memory calls = new bytes[](9);
        calls[0] = abi.encodeCall(smartSession.removeSession, (permissionId));
        calls[1] = abi.encodeCall(smartSession.enableUserOpPolicies, (permissionId, _sudo()));
        calls[2] = abi.encodeCall(smartSession.disableUserOpPolicies, (permissionId, policies));
        calls[3] = abi.encodeCall(
            smartSession.enableActionPolicies, (permissionId, _action(address(token), token.approve.selector, _sudo()))
        );
        calls[4] = abi.encodeCall(smartSession.disableActionPolicies, (permissionId, transferId, policies));
        calls[5] = abi.encodeCall(smartSession.disableActionId, (permissionId, transferId));
        calls[6] = abi.encodeCall(
            smartSession.enableERC1271Policies, (permissionId, ERC7739Data(new ERC7739Context[](0), _sudo()))
        );
        calls[7] =
            abi.encodeCall(smartSession.disableERC1271Policies, (permissionId, policies, new ERC7739Context[](0)));
        calls[8] = abi.encodeCall(smartSession.setPermit4337Paymaster, (permissionId, true));
        for (uint256 i; i < calls.length; ++i) {
            vm.prank(stranger);
            (bool success, bytes memory reason) = address(smartSession).call(calls[i]);
            assertFalse(success);
            assertEq(reason, abi.encodeWithSelector(ISmartSession.SessionNotEnabled.selector, permissionId));
        }
        // revokeEnableSignature works for any id, on the caller's own nonce only.
        vm.prank(stranger);
        smartSession.revokeEnableSignature(permissionId);
        assertEq(smartSession.getNonce(permissionId, stranger), 1);
        assertEq(smartSession.getNonce(permissionId, address(account)), 1);

        test_reads_showTheSessionInFull();
        _use(1);
        assertEq(token.balanceOf(recipient), 1);
    }

    function test_changesOfOneAccountLeaveTheSameSessionOfAnother() public {
        TestAccount other = _newAccount();
        _installWith(other, _sessions(_transferSession()));
        _ownerModuleCall(account, abi.encodeCall(smartSession.disableActionId, (permissionId, transferId)));
        _ownerModuleCall(
            account,
            abi.encodeCall(smartSession.enableUserOpPolicies, (permissionId, _policies(address(usageLimit), _limit(1))))
        );
        assertEq(smartSession.getEnabledActions(address(other), permissionId).length, 1);
        assertEq(smartSession.getUserOpPolicies(address(other), permissionId).length, 0);
        _handleUserOp(_sessionUserOp(other, permissionId, sessionKey, _transfer(1)));
        _handleUserOp(_sessionUserOp(other, permissionId, sessionKey, _transfer(1)));
        assertEq(token.balanceOf(recipient), 2);
    }

    // ─── Helpers ──────────────────────────────────────────────────────────────────────────────────────────

    /// @dev The account makes `call` to the module: it reverts with `error_`, and the session is as before.
    function _expectConfigRevert(bytes memory call, bytes memory error_) internal {
        _asAccount();
        (bool success, bytes memory reason) = address(smartSession).call(call);
        assertFalse(success, "call succeeded");
        assertEq(reason, error_);
    }

    function _countLogs(bytes32 topic) internal returns (uint256 count) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics.length != 0 && logs[i].topics[0] == topic) ++count;
        }
    }
}
