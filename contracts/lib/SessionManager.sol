// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    ActionData,
    ActionId,
    ConfigId,
    MAX_POLICIES,
    PermissionId,
    PolicyData,
    Session,
    USER_OP_SCOPE
} from "../DataTypes.sol";
import {IActionPolicy, IPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {ISessionValidator} from "../interfaces/ISessionValidator.sol";
import {ISmartSession} from "../interfaces/ISmartSession.sol";
import {IdLib} from "./IdLib.sol";
import {SessionStorage as S} from "./SessionStorage.sol";
import {ERC165Checker} from "@openzeppelin/contracts/utils/introspection/ERC165Checker.sol";

/// @title SessionManager
/// @notice Writes sessions: enabling (with every policy initialised), removing, and clearing an account.
library SessionManager {
    uint256 internal constant MODULE_TYPE_STATELESS_VALIDATOR = 7;
    uint256 private constant MAX_ACTIONS = 0xffff;

    /// @notice Enables `session` for `account`: bumps the nonce, stores the validator, policies and actions.
    /// @dev A fresh generation (= the new nonce) keys every list, so nothing of an earlier enable is reachable.
    function enableSession(address account, Session memory session) internal returns (PermissionId permissionId) {
        permissionId = IdLib.permissionId(session);
        uint256 headerSlot = S.headerSlot(account, permissionId);
        uint256 header = S.load(headerSlot);
        if (header & S.HEADER_ENABLED != 0) revert ISmartSession.SessionAlreadyEnabled(permissionId);

        address validator = session.sessionValidator;
        if (!isSessionValidator(validator)) revert ISmartSession.InvalidSessionValidator(validator);
        S.storeValidatorData(account, permissionId, session.sessionValidatorInitData);

        uint256 generation = S.nonceOf(header) + 1;
        if (generation > S.UINT32_MASK) revert ISmartSession.NonceExhausted(permissionId);
        uint256 flags = S.HEADER_ENABLED | S.HEADER_LISTED;
        if (session.permitERC4337Paymaster) flags |= S.HEADER_PAYMASTER;
        if (session.userOpPolicies.length != 0) {
            flags |= S.HEADER_USER_OP_POLICIES;
            addPolicies(
                account,
                permissionId,
                generation,
                USER_OP_SCOPE,
                session.userOpPolicies,
                type(IUserOpPolicy).interfaceId,
                0
            );
        }

        ActionData[] memory actions = session.actions;
        if (actions.length > MAX_ACTIONS) revert ISmartSession.TooManyActions(actions.length);
        for (uint256 i; i < actions.length; ++i) {
            addAction(account, permissionId, generation, i, actions[i]);
        }

        S.store(
            headerSlot,
            uint160(validator) | (generation << S.HEADER_NONCE_SHIFT) | (generation << S.HEADER_GENERATION_SHIFT)
                | (actions.length << S.HEADER_ACTIONS_SHIFT) | flags
        );
        if (header & S.HEADER_LISTED == 0) appendPermission(account, permissionId);
        emit ISmartSession.SessionCreated(permissionId, account, generation);
    }

    /// @notice Removes an enabled session; its nonce stays, so no earlier enable signature becomes valid again.
    function removeSession(address account, PermissionId permissionId) internal {
        uint256 headerSlot = S.headerSlot(account, permissionId);
        uint256 header = S.load(headerSlot);
        if (header & S.HEADER_ENABLED == 0) revert ISmartSession.SessionNotEnabled(permissionId);
        S.store(headerSlot, header & (S.HEADER_LISTED | (S.UINT32_MASK << S.HEADER_NONCE_SHIFT)));
        emit ISmartSession.SessionRemoved(permissionId, account);
    }

    /// @notice Disables every session of `account` and forgets the install (nonces stay).
    function clearAccount(address account) internal {
        uint256 accountSlot = S.accountSlot(account);
        uint256 count = S.load(accountSlot) & S.ACCOUNT_COUNT_MASK;
        for (uint256 i; i < count; ++i) {
            PermissionId permissionId = PermissionId.wrap(bytes32(S.load(S.permissionSlot(account, i))));
            uint256 headerSlot = S.headerSlot(account, permissionId);
            uint256 header = S.load(headerSlot);
            if (header & S.HEADER_ENABLED != 0) emit ISmartSession.SessionRemoved(permissionId, account);
            S.store(headerSlot, header & (S.UINT32_MASK << S.HEADER_NONCE_SHIFT));
        }
        S.store(accountSlot, 0);
    }

    /// @notice Whether any session of `account` is enabled.
    function hasEnabledSessions(address account) internal view returns (bool) {
        uint256 count = S.load(S.accountSlot(account)) & S.ACCOUNT_COUNT_MASK;
        for (uint256 i; i < count; ++i) {
            PermissionId permissionId = PermissionId.wrap(bytes32(S.load(S.permissionSlot(account, i))));
            if (S.load(S.headerSlot(account, permissionId)) & S.HEADER_ENABLED != 0) return true;
        }
        return false;
    }

    /// @notice Grants one action with its policies, as entry `index` of the session's action list.
    function addAction(
        address account,
        PermissionId permissionId,
        uint256 generation,
        uint256 index,
        ActionData memory action
    ) internal {
        address target = action.actionTarget;
        if (target == address(0) || target == address(this)) revert ISmartSession.InvalidActionTarget(target);
        ActionId actionId = IdLib.actionId(target, action.actionTargetSelector);
        if (action.actionPolicies.length == 0) revert ISmartSession.NoPoliciesSet(permissionId, actionId);
        uint256 listSlot = S.policyListSlot(account, permissionId, generation, ActionId.unwrap(actionId));
        if (S.load(listSlot) != 0) revert ISmartSession.DuplicateAction(actionId);
        addPolicies(
            account,
            permissionId,
            generation,
            ActionId.unwrap(actionId),
            action.actionPolicies,
            type(IActionPolicy).interfaceId,
            index + 1
        );
        S.store(S.actionSlot(account, permissionId, generation, index), uint256(ActionId.unwrap(actionId)));
        emit ISmartSession.ActionEnabled(permissionId, account, actionId);
    }

    /// @notice Appends `policies` to the list of `scope`, initialising each for this account and scope.
    /// @param meta Stored in a new list's word 0 (for actions: the action's place in the action list + 1, for
    /// removal by swap-and-pop); an existing list keeps its own.
    function addPolicies(
        address account,
        PermissionId permissionId,
        uint256 generation,
        bytes32 scope,
        PolicyData[] memory policies,
        bytes4 interfaceId,
        uint256 meta
    ) internal {
        uint256 listSlot = S.policyListSlot(account, permissionId, generation, scope);
        uint256 head = S.load(listSlot);
        uint256 count = head >> S.LIST_COUNT_SHIFT;
        uint256 newCount = count + policies.length;
        if (newCount > MAX_POLICIES) revert ISmartSession.TooManyPolicies(newCount);
        bytes32 configId = ConfigId.unwrap(IdLib.configId(account, permissionId, scope));
        for (uint256 i; i < policies.length; ++i) {
            address policy = policies[i].policy;
            for (uint256 j; j < count + i; ++j) {
                if (policyAt(listSlot, head, j) == policy) revert ISmartSession.DuplicatePolicy(policy);
            }
            if (policy == address(0) || !ERC165Checker.supportsERC165InterfaceUnchecked(policy, interfaceId)) {
                revert ISmartSession.InvalidPolicy(policy);
            }
            IPolicy(policy).initializeWithMultiplexer(account, configId, policies[i].initData);
            if (count + i == 0) head = (meta << S.LIST_META_SHIFT) | uint160(policy);
            else S.store(listSlot + count + i, uint160(policy));
            emit ISmartSession.PolicyEnabled(permissionId, account, scope, policy);
        }
        S.store(listSlot, (head & ~(uint256(0xff) << S.LIST_COUNT_SHIFT)) | (newCount << S.LIST_COUNT_SHIFT));
    }

    /// @notice Policy `index` of the list at `listSlot` whose word 0 is `head`.
    function policyAt(uint256 listSlot, uint256 head, uint256 index) internal view returns (address) {
        return address(uint160(index == 0 ? head : S.load(listSlot + index)));
    }

    /// @notice An ERC-7780 stateless validator: non-zero and module type 7.
    function isSessionValidator(address validator) internal view returns (bool) {
        if (validator.code.length == 0) return false;
        try ISessionValidator(validator).isModuleType(MODULE_TYPE_STATELESS_VALIDATOR) returns (bool yes) {
            return yes;
        } catch {
            return false;
        }
    }

    function appendPermission(address account, PermissionId permissionId) private {
        uint256 accountSlot = S.accountSlot(account);
        uint256 accountWord = S.load(accountSlot);
        uint256 count = accountWord & S.ACCOUNT_COUNT_MASK;
        S.store(S.permissionSlot(account, count), uint256(PermissionId.unwrap(permissionId)));
        S.store(accountSlot, accountWord + 1);
    }
}
