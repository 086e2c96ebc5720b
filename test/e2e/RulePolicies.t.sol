// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallPolicyBuilder as B} from "../utils/CallPolicyBuilder.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ERC7739Context, ERC7739Data, PermissionId, PolicyData, Session} from "contracts/DataTypes.sol";
import {IPolicy} from "contracts/interfaces/IPolicy.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {ActionConfig, CallPolicy, ParamCondition} from "contracts/policies/CallPolicy.sol";
import {TimeFramePolicy} from "contracts/policies/TimeFramePolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";

/// @notice The time-frame, usage-limit and call policies through EntryPoint.handleOps on the OpenZeppelin account.
contract RulePoliciesTest is SessionTestBase {
    using B for ActionConfig;

    TimeFramePolicy internal timeFrame;
    UsageLimitPolicy internal usageLimit;
    CallPolicy internal callPolicy;

    function setUp() public override {
        super.setUp();
        timeFrame = new TimeFramePolicy();
        usageLimit = new UsageLimitPolicy();
        callPolicy = new CallPolicy();
        vm.warp(1_700_000_000);
    }

    /// @dev A session whose only action is token.transfer under `policies`.
    function _transferUnder(PolicyData[] memory policies) internal view returns (Session memory) {
        return _ecdsaSession(sessionSigner, _action(address(token), token.transfer.selector, policies));
    }

    function _transfer(PermissionId permissionId, address to, uint256 amount) internal {
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _transferCall(to, amount)));
    }

    function _expectPolicyReverted(PermissionId permissionId, address policy, bytes memory reason) internal {
        _expectValidationRevert(
            abi.encodeWithSelector(ISmartSession.PolicyReverted.selector, permissionId, policy, reason)
        );
    }

    // ─── TimeFramePolicy ──────────────────────────────────────────────────────────────────────────────────

    function test_timeFrame_actionScope() public {
        uint48 validAfter = uint48(block.timestamp);
        uint48 validUntil = validAfter + 1 days;
        PermissionId permissionId =
            _install(_transferUnder(_policies(address(timeFrame), abi.encodePacked(validUntil, validAfter))));
        // validAfter is exclusive (the EntryPoint's rule): not due at validAfter itself.
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        _expectFailedOp("AA22 expired or not due");
        _handleUserOp(op);

        vm.warp(validAfter + 1);
        _transfer(permissionId, recipient, 1e6);
        vm.warp(validUntil);
        _transfer(permissionId, recipient, 1e6);
        assertEq(token.balanceOf(recipient), 2e6);

        vm.warp(validUntil + 1);
        op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        _expectFailedOp("AA22 expired or not due");
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 2e6);
    }

    function test_timeFrame_userOpScope() public {
        Session memory session = _transferUnder(_sudo());
        session.userOpPolicies =
            _policies(address(timeFrame), abi.encodePacked(uint48(block.timestamp + 3 days), uint48(0)));
        PermissionId permissionId = _install(session);
        _transfer(permissionId, recipient, 1e6);
        vm.warp(block.timestamp + 3 days + 1);
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        _expectFailedOp("AA22 expired or not due");
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 1e6);
    }

    function test_timeFrame_refusesMalformedInitDataAtEnable() public {
        _installWith(account, new Session[](0));
        Session memory session = _transferUnder(_policies(address(timeFrame), abi.encodePacked(uint48(5), uint48(5))));
        vm.prank(address(account));
        vm.expectRevert(abi.encodeWithSelector(TimeFramePolicy.InvalidTimeFrame.selector, uint48(5), uint48(5)));
        smartSession.enableSessions(_sessions(session));
        assertFalse(smartSession.isPermissionEnabled(smartSession.getPermissionId(session), address(account)));
    }

    bytes32 internal constant APP_SEPARATOR = keccak256("some app's EIP-712 domain");
    string internal constant MAIL = "Mail(address to,string contents)";

    /// @dev A session that may sign `Mail` for the app, under the time frame at ERC-1271 scope.
    function _erc1271Session(uint48 validUntil, uint48 validAfter) internal returns (PermissionId) {
        string[] memory names = new string[](1);
        names[0] = "Mail";
        ERC7739Context[] memory contexts = new ERC7739Context[](1);
        contexts[0] = ERC7739Context(APP_SEPARATOR, names);
        Session memory session = _transferUnder(_sudo());
        session.erc7739Policies =
            ERC7739Data(contexts, _policies(address(timeFrame), abi.encodePacked(validUntil, validAfter)));
        return _install(session);
    }

    /// @dev The account signature (`module ‖ permissionId ‖ ERC-7739 TypedDataSign signature`) of `contents`.
    function _erc1271Signature(PermissionId permissionId, bytes32 contents) internal view returns (bytes memory) {
        // The nested digest, over the module's fallback domain for an account without ERC-5267.
        bytes32 typeHash = keccak256(
            abi.encodePacked(
                "TypedDataSign(Mail contents,string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)",
                MAIL
            )
        );
        bytes memory domain =
            abi.encode(keccak256("SmartSession"), keccak256("1"), block.chainid, address(account), bytes32(0));
        bytes32 nested =
            MessageHashUtils.toTypedDataHash(APP_SEPARATOR, keccak256(abi.encodePacked(typeHash, contents, domain)));
        return abi.encodePacked(
            address(smartSession),
            permissionId,
            _sign(sessionKey, nested),
            APP_SEPARATOR,
            contents,
            MAIL,
            uint16(bytes(MAIL).length)
        );
    }

    /// @notice ERC-1271 through the account (OpenZeppelin routes `smartSession ‖ signature` to the module): the
    /// time frame is checked against the clock at the time of the check.
    function test_timeFrame_erc1271Scope() public {
        uint48 validAfter = uint48(block.timestamp + 1 hours);
        uint48 validUntil = uint48(block.timestamp + 1 days);
        PermissionId permissionId = _erc1271Session(validUntil, validAfter);
        bytes32 contents = keccak256("a mail's struct hash");
        bytes32 hash = MessageHashUtils.toTypedDataHash(APP_SEPARATOR, contents);
        bytes memory signature = _erc1271Signature(permissionId, contents);
        vm.startPrank(makeAddr("app"));
        assertEq(account.isValidSignature(hash, signature), bytes4(0xffffffff), "not yet due");
        vm.warp(validAfter + 1);
        assertEq(account.isValidSignature(hash, signature), bytes4(0x1626ba7e), "inside the frame");
        vm.warp(validUntil);
        assertEq(account.isValidSignature(hash, signature), bytes4(0x1626ba7e), "last second");
        vm.warp(validUntil + 1);
        assertEq(account.isValidSignature(hash, signature), bytes4(0xffffffff), "expired");
        vm.stopPrank();
    }

    // ─── UsageLimitPolicy ─────────────────────────────────────────────────────────────────────────────────

    function test_usageLimit_actionScopeCountsCalls() public {
        PermissionId permissionId =
            _install(_transferUnder(_policies(address(usageLimit), abi.encodePacked(uint128(3)))));
        _transfer(permissionId, recipient, 1e6);
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 1e6)));
        calls[1] = calls[0];
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(token.balanceOf(recipient), 3e6);

        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        _expectPolicyReverted(
            permissionId,
            address(usageLimit),
            abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, uint128(3))
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 3e6);
    }

    function test_usageLimit_userOpScopeCountsOps() public {
        Session memory session = _transferUnder(_sudo());
        session.userOpPolicies = _policies(address(usageLimit), abi.encodePacked(uint128(1)));
        PermissionId permissionId = _install(session);
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution(address(token), 0, abi.encodeCall(token.transfer, (recipient, 1e6)));
        calls[1] = calls[0];
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeBatch(calls)));
        assertEq(token.balanceOf(recipient), 2e6);

        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 1e6));
        _expectPolicyReverted(
            permissionId,
            address(usageLimit),
            abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, uint128(1))
        );
        _handleUserOp(op);
    }

    function test_usageLimit_reEnabledSessionStartsFresh() public {
        Session memory session = _transferUnder(_policies(address(usageLimit), abi.encodePacked(uint128(1))));
        PermissionId permissionId = _install(session);
        _transfer(permissionId, recipient, 1e6);
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.removeSession, (permissionId)))
        );
        _ownerCall(
            account,
            _executeSingle(address(smartSession), 0, abi.encodeCall(smartSession.enableSessions, (_sessions(session))))
        );
        _transfer(permissionId, recipient, 1e6);
        assertEq(token.balanceOf(recipient), 2e6);
    }

    // ─── CallPolicy ───────────────────────────────────────────────────────────────────────────────────────

    function test_callPolicy_recipientRule() public {
        address merchant = makeAddr("merchant");
        bytes memory initData = B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(merchant)).encode();
        PermissionId permissionId = _install(_transferUnder(_policies(address(callPolicy), initData)));
        _transfer(permissionId, merchant, 5e6);
        assertEq(token.balanceOf(merchant), 5e6);

        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 5e6));
        _expectPolicyReverted(
            permissionId,
            address(callPolicy),
            abi.encodeWithSelector(
                CallPolicy.ParamRuleViolated.selector, 0, uint8(0), B.addressRef(recipient), B.addressRef(merchant)
            )
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(recipient), 0);
    }

    /// @notice The cumulative amount is persisted across ops (the reference once lost it).
    function test_callPolicy_limitAccumulatesAcrossOps() public {
        bytes memory initData =
            B.config(0).limitedRule(ParamCondition.LESS_THAN_OR_EQUAL, 32, bytes32(uint256(50e6)), 100e6).encode();
        PermissionId permissionId = _install(_transferUnder(_policies(address(callPolicy), initData)));
        _transfer(permissionId, recipient, 40e6);
        _transfer(permissionId, recipient, 40e6);
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _transferCall(recipient, 30e6));
        _expectPolicyReverted(
            permissionId,
            address(callPolicy),
            abi.encodeWithSelector(CallPolicy.ParamLimitExceeded.selector, 0, 30e6, 20e6)
        );
        _handleUserOp(op);
        _transfer(permissionId, recipient, 20e6);
        assertEq(token.balanceOf(recipient), 100e6);
        (,, address actionsPolicy) = (0, 0, address(callPolicy));
        ActionConfig memory stored = CallPolicy(actionsPolicy)
            .getActionConfig(
                address(smartSession),
                _actionConfigIdOf(permissionId, address(token), token.transfer.selector),
                address(account)
            );
        assertEq(stored.paramRules.rules[0].usage.used, 100e6);
    }

    function test_callPolicy_valueLimitPerCall() public {
        address payee = makeAddr("payee");
        Session memory session = _ecdsaSession(
            sessionSigner, _action(payee, bytes4(0), _policies(address(callPolicy), B.config(1 ether).encode()))
        );
        PermissionId permissionId = _install(session);
        _handleUserOp(_sessionUserOp(account, permissionId, sessionKey, _executeSingle(payee, 1 ether, hex"00000000")));
        assertEq(payee.balance, 1 ether);
        PackedUserOperation memory op =
            _sessionUserOp(account, permissionId, sessionKey, _executeSingle(payee, 1 ether + 1, hex"00000000"));
        _expectPolicyReverted(
            permissionId,
            address(callPolicy),
            abi.encodeWithSelector(IPolicy.ValueLimitExceeded.selector, 1 ether + 1, 1 ether)
        );
        _handleUserOp(op);
    }

    function test_callPolicy_shortCalldataRefused() public {
        bytes memory initData = B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(recipient)).encode();
        PermissionId permissionId = _install(_transferUnder(_policies(address(callPolicy), initData)));
        bytes memory callData = _executeSingle(address(token), 0, abi.encodePacked(token.transfer.selector, bytes31(0)));
        PackedUserOperation memory op = _sessionUserOp(account, permissionId, sessionKey, callData);
        _expectPolicyReverted(
            permissionId, address(callPolicy), abi.encodeWithSelector(CallPolicy.CalldataTooShort.selector, 0, 0, 35)
        );
        _handleUserOp(op);
    }
}
