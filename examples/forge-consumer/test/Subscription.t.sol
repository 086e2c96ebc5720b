// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Subscription} from "../src/Subscription.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {PermissionId} from "@smart-sessions/contracts/contracts/DataTypes.sol";
import {IPolicy} from "@smart-sessions/contracts/contracts/interfaces/IPolicy.sol";
import {ISmartSession} from "@smart-sessions/contracts/contracts/interfaces/ISmartSession.sol";
import {ValueLimitPolicy} from "@smart-sessions/contracts/contracts/policies/ValueLimitPolicy.sol";
import {SessionKitAccount} from "@smart-sessions/contracts/test-kit/SessionKitAccount.sol";
import {SmartSessionTestKit} from "@smart-sessions/contracts/test-kit/SmartSessionTestKit.sol";

/// @notice A session key renews the account's subscription through real EntryPoint.handleOps on an OpenZeppelin
/// ERC-7579 account: `subscribe` only, at most 2 × price in ETH in total.
contract SubscriptionSessionTest is SmartSessionTestKit {
    uint256 internal constant PRICE = 0.01 ether;

    Subscription internal subscription;
    ValueLimitPolicy internal valueLimit;
    SessionKitAccount internal account;
    uint256 internal sessionKey;
    PermissionId internal permissionId;

    function setUp() public {
        _deploySmartSessions();
        subscription = new Subscription(PRICE, 30 days);
        valueLimit = new ValueLimitPolicy();
        (address owner, uint256 ownerKey) = makeAddrAndKey("owner");
        address sessionSigner;
        (sessionSigner, sessionKey) = makeAddrAndKey("session key");
        account = _newAccount(owner);
        permissionId = _installSession(
            account,
            ownerKey,
            _ecdsaSession(
                sessionSigner,
                _action(
                    address(subscription),
                    Subscription.subscribe.selector,
                    _policies(address(valueLimit), abi.encode(2 * PRICE))
                )
            )
        );
    }

    function _subscribeCall() internal view returns (bytes memory) {
        return _executeSingle(address(subscription), PRICE, abi.encodeCall(Subscription.subscribe, ()));
    }

    function test_sessionKeyRenewsTheSubscription() public {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _subscribeCall()));
        assertEq(subscription.paidUntil(address(account)), block.timestamp + 30 days);
        assertEq(address(subscription).balance, PRICE);

        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _subscribeCall()));
        assertEq(subscription.paidUntil(address(account)), block.timestamp + 60 days);
        assertEq(address(subscription).balance, 2 * PRICE);
    }

    function test_refuses_beyondTheValueLimit() public {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _subscribeCall()));
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _subscribeCall()));
        // Built before the expectation: vm.expectRevert applies to the next external call (getNonce, too).
        PackedUserOperation memory third = _sessionUserOp(account, permissionId, sessionKey, _subscribeCall());
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.PolicyReverted.selector,
                permissionId,
                address(valueLimit),
                abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, PRICE, 0)
            )
        );
        _handleUserOp(third);
        assertEq(address(subscription).balance, 2 * PRICE);
    }

    function test_refuses_selectorNotGranted() public {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _subscribeCall()));
        bytes memory cancel = _executeSingle(address(subscription), 0, abi.encodeCall(Subscription.cancel, ()));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, cancel);
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector,
                permissionId,
                address(subscription),
                Subscription.cancel.selector
            )
        );
        _handleUserOp(op);
        assertEq(subscription.paidUntil(address(account)), block.timestamp + 30 days);
    }

    function test_refuses_anotherKey() public {
        (, uint256 otherKey) = makeAddrAndKey("attacker");
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, otherKey, _subscribeCall());
        _expectFailedOp("AA24 signature error");
        _handleUserOp(op);
        assertEq(subscription.paidUntil(address(account)), 0);
    }
}
