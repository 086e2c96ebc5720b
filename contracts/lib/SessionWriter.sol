// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    ActionData,
    ActionId,
    ConfigId,
    ERC1271_SCOPE,
    ERC7739Context,
    ERC7739Data,
    MAX_POLICIES,
    PermissionId,
    PolicyData,
    Session,
    USER_OP_SCOPE
} from "../DataTypes.sol";
import {I1271Policy, IActionPolicy, IPolicy, IUserOpPolicy} from "../interfaces/IPolicy.sol";
import {ISessionValidator, MODULE_TYPE_STATELESS_VALIDATOR} from "../interfaces/ISessionValidator.sol";
import {ISmartSession} from "../interfaces/ISmartSession.sol";
import {IdLib} from "./IdLib.sol";
import {SessionStorage as S} from "./SessionStorage.sol";
import {ERC165Checker} from "@openzeppelin/contracts/utils/introspection/ERC165Checker.sol";

/// @title SessionWriter
/// @notice Writes sessions: enabling (with every policy initialised), removing, and clearing an account.
library SessionWriter {
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
        if (generation > S.MAX_NONCE) revert ISmartSession.NonceExhausted(permissionId);
        uint256 flags = S.HEADER_ENABLED;
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

        addERC1271(account, permissionId, generation, session.erc7739Policies);

        ActionData[] memory actions = session.actions;
        if (actions.length > MAX_ACTIONS) revert ISmartSession.TooManyActions(actions.length);
        for (uint256 i; i < actions.length; ++i) {
            addAction(account, permissionId, generation, i, actions[i]);
        }

        uint256 index = S.pushPermission(account, permissionId);
        S.store(
            headerSlot,
            uint160(validator) | (generation << S.HEADER_NONCE_SHIFT) | (generation << S.HEADER_GENERATION_SHIFT)
                | (actions.length << S.HEADER_ACTIONS_SHIFT) | (index << S.HEADER_INDEX_SHIFT) | flags
        );
        emit ISmartSession.SessionCreated(permissionId, account, generation);
    }

    /// @notice Removes an enabled session and takes it out of the account's list; its nonce stays, so no earlier
    /// enable signature becomes valid again.
    function removeSession(address account, PermissionId permissionId) internal {
        (uint256 headerSlot, uint256 header) = S.enabledHeader(account, permissionId);
        S.store(headerSlot, header & S.HEADER_NONCE_MASK);
        S.removePermissionAt(account, S.indexOf(header));
        emit ISmartSession.SessionRemoved(permissionId, account);
    }

    /// @notice Disables every session of `account`, empties its list and forgets the install (nonces stay). The
    /// list holds only enabled sessions, so the cost follows the live sessions, never the history.
    function clearAccount(address account) internal {
        uint256 accountSlot = S.accountSlot(account);
        uint256 count = S.load(accountSlot) & S.ACCOUNT_COUNT_MASK;
        for (uint256 i; i < count; ++i) {
            uint256 listSlot = S.permissionSlot(account, i);
            PermissionId permissionId = PermissionId.wrap(bytes32(S.load(listSlot)));
            uint256 headerSlot = S.headerSlot(account, permissionId);
            S.store(headerSlot, S.load(headerSlot) & S.HEADER_NONCE_MASK);
            S.store(listSlot, 0);
            emit ISmartSession.SessionRemoved(permissionId, account);
        }
        S.store(accountSlot, 0);
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
                if (S.policyAt(listSlot, head, j) == policy) revert ISmartSession.DuplicatePolicy(policy);
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

    // ─── Changes to an enabled session ────────────────────────────────────────────────────────────────────

    function enableUserOpPolicies(address account, PermissionId permissionId, PolicyData[] memory policies) internal {
        (uint256 headerSlot, uint256 header) = S.enabledHeader(account, permissionId);
        addPolicies(
            account, permissionId, S.generationOf(header), USER_OP_SCOPE, policies, type(IUserOpPolicy).interfaceId, 0
        );
        if (policies.length != 0) S.store(headerSlot, header | S.HEADER_USER_OP_POLICIES);
    }

    function disableUserOpPolicies(address account, PermissionId permissionId, address[] memory policies) internal {
        (uint256 headerSlot, uint256 header) = S.enabledHeader(account, permissionId);
        uint256 left = removePolicies(account, permissionId, S.generationOf(header), USER_OP_SCOPE, policies);
        if (left == 0) S.store(headerSlot, header & ~S.HEADER_USER_OP_POLICIES);
    }

    /// @notice Grants new actions, or adds policies to actions already granted.
    function enableActionPolicies(address account, PermissionId permissionId, ActionData[] memory actions) internal {
        (uint256 headerSlot, uint256 header) = S.enabledHeader(account, permissionId);
        uint256 generation = S.generationOf(header);
        uint256 count = S.actionCountOf(header);
        for (uint256 i; i < actions.length; ++i) {
            ActionId actionId = IdLib.actionId(actions[i].actionTarget, actions[i].actionTargetSelector);
            uint256 listSlot = S.policyListSlot(account, permissionId, generation, ActionId.unwrap(actionId));
            if (S.load(listSlot) == 0) {
                if (count >= MAX_ACTIONS) revert ISmartSession.TooManyActions(count + 1);
                addAction(account, permissionId, generation, count++, actions[i]);
            } else {
                addPolicies(
                    account,
                    permissionId,
                    generation,
                    ActionId.unwrap(actionId),
                    actions[i].actionPolicies,
                    type(IActionPolicy).interfaceId,
                    0
                );
            }
        }
        S.store(headerSlot, withActionCount(header, count));
    }

    /// @notice Removes policies of one action; an action left without policies is removed (nothing implicit).
    function disableActionPolicies(
        address account,
        PermissionId permissionId,
        ActionId actionId,
        address[] memory policies
    ) internal {
        (uint256 headerSlot, uint256 header) = S.enabledHeader(account, permissionId);
        uint256 generation = S.generationOf(header);
        uint256 head = S.load(S.policyListSlot(account, permissionId, generation, ActionId.unwrap(actionId)));
        if (head == 0) revert ISmartSession.ActionNotFound(actionId);
        if (removePolicies(account, permissionId, generation, ActionId.unwrap(actionId), policies) == 0) {
            dropAction(account, permissionId, headerSlot, header, head, actionId);
        }
    }

    /// @notice Removes one action and forgets its policies.
    function disableActionId(address account, PermissionId permissionId, ActionId actionId) internal {
        (uint256 headerSlot, uint256 header) = S.enabledHeader(account, permissionId);
        uint256 listSlot = S.policyListSlot(account, permissionId, S.generationOf(header), ActionId.unwrap(actionId));
        uint256 head = S.load(listSlot);
        if (head == 0) revert ISmartSession.ActionNotFound(actionId);
        uint256 count = head >> S.LIST_COUNT_SHIFT;
        for (uint256 i; i < count; ++i) {
            emit ISmartSession.PolicyDisabled(
                permissionId, account, ActionId.unwrap(actionId), S.policyAt(listSlot, head, i)
            );
        }
        S.store(listSlot, 0);
        dropAction(account, permissionId, headerSlot, header, head, actionId);
    }

    /// @notice Takes an action (whose policy list `head` was) out of the action list by swap-and-pop.
    function dropAction(
        address account,
        PermissionId permissionId,
        uint256 headerSlot,
        uint256 header,
        uint256 head,
        ActionId actionId
    ) private {
        uint256 generation = S.generationOf(header);
        uint256 index = ((head >> S.LIST_META_SHIFT) & S.UINT32_MASK) - 1;
        uint256 last = S.actionCountOf(header) - 1;
        if (index != last) {
            // Move the last action into the freed place and tell its list where it now lives.
            bytes32 moved = bytes32(S.load(S.actionSlot(account, permissionId, generation, last)));
            S.store(S.actionSlot(account, permissionId, generation, index), uint256(moved));
            uint256 movedSlot = S.policyListSlot(account, permissionId, generation, moved);
            uint256 metaMask = S.UINT32_MASK << S.LIST_META_SHIFT;
            S.store(movedSlot, (S.load(movedSlot) & ~metaMask) | ((index + 1) << S.LIST_META_SHIFT));
        }
        S.store(headerSlot, withActionCount(header, last));
        emit ISmartSession.ActionDisabled(permissionId, account, actionId);
    }

    function enableERC1271Policies(address account, PermissionId permissionId, ERC7739Data memory data) internal {
        (, uint256 header) = S.enabledHeader(account, permissionId);
        addERC1271(account, permissionId, S.generationOf(header), data);
    }

    function disableERC1271Policies(
        address account,
        PermissionId permissionId,
        address[] memory policies,
        ERC7739Context[] memory contexts
    ) internal {
        (, uint256 header) = S.enabledHeader(account, permissionId);
        uint256 generation = S.generationOf(header);
        if (policies.length != 0) removePolicies(account, permissionId, generation, ERC1271_SCOPE, policies);
        for (uint256 i; i < contexts.length; ++i) {
            for (uint256 j; j < contexts[i].contentNames.length; ++j) {
                removeContent(
                    account, permissionId, generation, contexts[i].appDomainSeparator, contexts[i].contentNames[j]
                );
            }
        }
    }

    function setPermit4337Paymaster(address account, PermissionId permissionId, bool permit) internal {
        (uint256 headerSlot, uint256 header) = S.enabledHeader(account, permissionId);
        S.store(headerSlot, permit ? header | S.HEADER_PAYMASTER : header & ~S.HEADER_PAYMASTER);
        emit ISmartSession.PaymasterPermitSet(permissionId, account, permit);
    }

    /// @notice Bumps the enable nonce: every enable signature made for the current nonce becomes invalid.
    /// @dev Works for sessions not (yet) enabled too: that is what revoking an unused signature is for.
    function revokeEnableSignature(address account, PermissionId permissionId) internal {
        uint256 headerSlot = S.headerSlot(account, permissionId);
        uint256 header = S.load(headerSlot);
        uint256 nonce = S.nonceOf(header) + 1;
        if (nonce > S.MAX_NONCE) revert ISmartSession.NonceExhausted(permissionId);
        S.store(headerSlot, (header & ~S.HEADER_NONCE_MASK) | (nonce << S.HEADER_NONCE_SHIFT));
        emit ISmartSession.NonceIterated(permissionId, account, nonce);
    }

    // ─── ERC-7739 contents ────────────────────────────────────────────────────────────────────────────────

    function addERC1271(address account, PermissionId permissionId, uint256 generation, ERC7739Data memory data)
        private
    {
        if (data.erc1271Policies.length != 0) {
            addPolicies(
                account, permissionId, generation, ERC1271_SCOPE, data.erc1271Policies, type(I1271Policy).interfaceId, 0
            );
        }
        ERC7739Context[] memory contexts = data.allowedERC7739Content;
        for (uint256 i; i < contexts.length; ++i) {
            for (uint256 j; j < contexts[i].contentNames.length; ++j) {
                addContent(
                    account, permissionId, generation, contexts[i].appDomainSeparator, contexts[i].contentNames[j]
                );
            }
        }
    }

    function addContent(
        address account,
        PermissionId permissionId,
        uint256 generation,
        bytes32 appDomainSeparator,
        string memory name
    ) private {
        if (!isValidContentName(bytes(name))) {
            revert ISmartSession.InvalidERC7739Content(appDomainSeparator, name);
        }
        uint256 allowedSlot = S.contentSlot(account, permissionId, generation, S.contentKey(appDomainSeparator, name));
        if (S.load(allowedSlot) != 0) return;
        uint256 countSlot = S.contentCountSlot(account, permissionId, generation);
        uint256 count = S.load(countSlot);
        S.storeBytes(
            account, permissionId, generation, S.TAG_ERC7739_ENTRIES, count, abi.encodePacked(appDomainSeparator, name)
        );
        S.store(allowedSlot, count + 1);
        S.store(countSlot, count + 1);
        emit ISmartSession.ERC7739ContentEnabled(permissionId, account, appDomainSeparator, name);
    }

    function removeContent(
        address account,
        PermissionId permissionId,
        uint256 generation,
        bytes32 appDomainSeparator,
        string memory name
    ) private {
        uint256 allowedSlot = S.contentSlot(account, permissionId, generation, S.contentKey(appDomainSeparator, name));
        uint256 index = S.load(allowedSlot);
        if (index == 0) revert ISmartSession.ERC7739ContentNotFound(appDomainSeparator, name);
        index -= 1;
        uint256 countSlot = S.contentCountSlot(account, permissionId, generation);
        uint256 last = S.load(countSlot) - 1;
        if (index != last) {
            bytes memory moved = S.loadBytes(account, permissionId, generation, S.TAG_ERC7739_ENTRIES, last);
            S.storeBytes(account, permissionId, generation, S.TAG_ERC7739_ENTRIES, index, moved);
            (bytes32 movedDomain, string memory movedName) = S.splitEntry(moved);
            S.store(S.contentSlot(account, permissionId, generation, S.contentKey(movedDomain, movedName)), index + 1);
        }
        S.store(allowedSlot, 0);
        S.store(countSlot, last);
        emit ISmartSession.ERC7739ContentDisabled(permissionId, account, appDomainSeparator, name);
    }

    /// @notice ERC-7739: a contents name is non-empty and has none of the bytes space , ( ) NUL.
    function isValidContentName(bytes memory name) internal pure returns (bool) {
        if (name.length == 0) return false;
        for (uint256 i; i < name.length; ++i) {
            bytes1 c = name[i];
            if (c == 0x00 || c == " " || c == "," || c == "(" || c == ")") return false;
        }
        return true;
    }

    // ─── Policy lists ─────────────────────────────────────────────────────────────────────────────────────

    /// @notice Removes `policies` from the list of `scope` (swap-and-pop); returns how many are left.
    function removePolicies(
        address account,
        PermissionId permissionId,
        uint256 generation,
        bytes32 scope,
        address[] memory policies
    ) internal returns (uint256 count) {
        uint256 listSlot = S.policyListSlot(account, permissionId, generation, scope);
        uint256 head = S.load(listSlot);
        count = head >> S.LIST_COUNT_SHIFT;
        address[] memory list = new address[](count);
        for (uint256 i; i < count; ++i) {
            list[i] = S.policyAt(listSlot, head, i);
        }
        for (uint256 r; r < policies.length; ++r) {
            uint256 i;
            while (i < count && list[i] != policies[r]) ++i;
            if (i == count) revert ISmartSession.PolicyNotFound(policies[r]);
            list[i] = list[--count];
            emit ISmartSession.PolicyDisabled(permissionId, account, scope, policies[r]);
        }
        uint256 meta = head & (S.UINT32_MASK << S.LIST_META_SHIFT);
        S.store(listSlot, count == 0 ? 0 : (count << S.LIST_COUNT_SHIFT) | meta | uint160(list[0]));
        for (uint256 i = 1; i < count; ++i) {
            S.store(listSlot + i, uint160(list[i]));
        }
    }

    function withActionCount(uint256 header, uint256 count) private pure returns (uint256) {
        uint256 mask = S.UINT16_MASK << S.HEADER_ACTIONS_SHIFT;
        return (header & ~mask) | (count << S.HEADER_ACTIONS_SHIFT);
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
}
