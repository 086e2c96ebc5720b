// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CallPolicyBuilder as B} from "../utils/CallPolicyBuilder.sol";
import {MockERC20} from "../utils/MockERC20.sol";
import {MockLendingPool, MockRouter} from "../utils/ScenarioMocks.sol";
import {SessionTestBase} from "../utils/SessionTestBase.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ActionData, PermissionId, PolicyData, Session} from "contracts/DataTypes.sol";
import {ISmartSession} from "contracts/interfaces/ISmartSession.sol";
import {ActionConfig, CallPolicy, ParamCondition} from "contracts/policies/CallPolicy.sol";
import {SpendingLimitPolicy} from "contracts/policies/SpendingLimitPolicy.sol";
import {TimeFramePolicy} from "contracts/policies/TimeFramePolicy.sol";
import {UsageLimitPolicy} from "contracts/policies/UsageLimitPolicy.sol";

/// @notice Whole sessions as a wallet would grant them, each through EntryPoint.handleOps on the OpenZeppelin
/// account with a key held by a dapp or an automation server.
contract ScenariosTest is SessionTestBase {
    using B for ActionConfig;

    uint8 internal constant EQUAL = uint8(ParamCondition.EQUAL);

    TimeFramePolicy internal timeFrame;
    UsageLimitPolicy internal usageLimit;
    SpendingLimitPolicy internal spendingLimit;
    CallPolicy internal callPolicy;
    MockRouter internal router;
    MockLendingPool internal pool;
    MockERC20 internal weth;
    address internal attacker = makeAddr("attacker");
    uint256 internal serverKey;
    address internal server;

    function setUp() public override {
        super.setUp();
        timeFrame = new TimeFramePolicy();
        usageLimit = new UsageLimitPolicy();
        spendingLimit = new SpendingLimitPolicy();
        callPolicy = new CallPolicy();
        router = new MockRouter();
        pool = new MockLendingPool();
        weth = new MockERC20("Wrapped Ether", "WETH", 18);
        // 1 USDC (1e6) buys 0.0004 WETH (4e14).
        router.setRate(4e26);
        (server, serverKey) = makeAddrAndKey("automation server");
        vm.warp(1_700_000_000);
    }

    // ─── Builders ─────────────────────────────────────────────────────────────────────────────────────────

    function _two(PolicyData memory a, PolicyData memory b) internal pure returns (PolicyData[] memory p) {
        p = new PolicyData[](2);
        (p[0], p[1]) = (a, b);
    }

    function _one(PolicyData memory a) internal pure returns (PolicyData[] memory p) {
        p = new PolicyData[](1);
        p[0] = a;
    }

    function _usdcLimit(uint256 limit) internal view returns (PolicyData memory) {
        address[] memory tokens = new address[](1);
        tokens[0] = address(token);
        uint256[] memory limits = new uint256[](1);
        limits[0] = limit;
        return PolicyData(address(spendingLimit), abi.encode(tokens, limits));
    }

    function _rules(ActionConfig memory config) internal view returns (PolicyData memory) {
        return PolicyData(address(callPolicy), config.encode());
    }

    function _approveCall(address spender, uint256 amount) internal view returns (Execution memory) {
        return Execution(address(token), 0, abi.encodeCall(token.approve, (spender, amount)));
    }

    function _swapCall(uint256 amountIn, uint256 amountOutMin, address to) internal view returns (Execution memory) {
        address[] memory path = new address[](2);
        (path[0], path[1]) = (address(token), address(weth));
        return Execution(
            address(router),
            0,
            abi.encodeCall(
                router.swapExactTokensForTokens, (amountIn, amountOutMin, path, to, block.timestamp + 1 hours)
            )
        );
    }

    function _batch(Execution memory a, Execution memory b) internal pure returns (Execution[] memory calls) {
        calls = new Execution[](2);
        (calls[0], calls[1]) = (a, b);
    }

    function _op(PermissionId permissionId, uint256 key, Execution[] memory calls)
        internal
        view
        returns (PackedUserOperation memory)
    {
        return _sessionUserOp(account, permissionId, key, _executeBatch(calls));
    }

    function _opSingle(PermissionId permissionId, uint256 key, Execution memory call_)
        internal
        view
        returns (PackedUserOperation memory)
    {
        return _sessionUserOp(account, permissionId, key, _executeSingle(call_.target, call_.value, call_.callData));
    }

    function _expectPolicyReverted(PermissionId permissionId, address policy, bytes memory reason) internal {
        _expectValidationRevert(
            abi.encodeWithSelector(ISmartSession.PolicyReverted.selector, permissionId, policy, reason)
        );
    }

    function _ruleViolated(uint256 index, uint8 condition, bytes32 param, bytes32 ref)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodeWithSelector(CallPolicy.ParamRuleViolated.selector, index, condition, param, ref);
    }

    // ─── Uniswap only, 1,000 USDC, 3 days ─────────────────────────────────────────────────────────────────

    /// @dev The dapp's session: USDC.approve(router) under the spending limit (approve counts), the router's
    /// swap only to the account itself, and the whole session for 3 days.
    function _uniswapSession() internal returns (PermissionId) {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(
            token.approve.selector,
            address(token),
            _two(_usdcLimit(1000e6), _rules(B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(address(router)))))
        );
        // swapExactTokensForTokens(amountIn, amountOutMin, path, to, deadline): `to` is word 3.
        actions[1] = ActionData(
            router.swapExactTokensForTokens.selector,
            address(router),
            _one(_rules(B.config(0).rule(ParamCondition.EQUAL, 96, B.addressRef(address(account)))))
        );
        Session memory session = _ecdsaSession(sessionSigner, actions);
        session.userOpPolicies =
            _one(PolicyData(address(timeFrame), abi.encodePacked(uint48(block.timestamp + 3 days), uint48(0))));
        return _install(session);
    }

    function test_uniswap_swapPasses() public {
        PermissionId permissionId = _uniswapSession();
        _handleUserOp(
            _op(
                permissionId,
                sessionKey,
                _batch(_approveCall(address(router), 400e6), _swapCall(400e6, 0.16 ether, address(account)))
            )
        );
        assertEq(weth.balanceOf(address(account)), 0.16 ether);
        assertEq(token.balanceOf(address(router)), 400e6);
    }

    function test_uniswap_refusesEverythingElse() public {
        PermissionId permissionId = _uniswapSession();
        // A plain transfer (to anyone) is no granted action.
        PackedUserOperation memory op = _opSingle(
            permissionId, sessionKey, Execution(address(token), 0, abi.encodeCall(token.transfer, (attacker, 1e6)))
        );
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, permissionId, address(token), token.transfer.selector
            )
        );
        _handleUserOp(op);
        // Approving another contract: the call rule on the spender refuses.
        op = _opSingle(permissionId, sessionKey, _approveCall(attacker, 1e6));
        _expectPolicyReverted(
            permissionId,
            address(callPolicy),
            _ruleViolated(0, EQUAL, B.addressRef(attacker), B.addressRef(address(router)))
        );
        _handleUserOp(op);
        // Swapping to someone else.
        op = _op(permissionId, sessionKey, _batch(_approveCall(address(router), 1e6), _swapCall(1e6, 0, attacker)));
        _expectPolicyReverted(
            permissionId,
            address(callPolicy),
            _ruleViolated(0, EQUAL, B.addressRef(attacker), B.addressRef(address(account)))
        );
        _handleUserOp(op);
        // Any other contract.
        op = _opSingle(
            permissionId, sessionKey, Execution(address(weth), 0, abi.encodeCall(weth.transfer, (attacker, 1)))
        );
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, permissionId, address(weth), weth.transfer.selector
            )
        );
        _handleUserOp(op);
        assertEq(token.allowance(address(account), attacker), 0);
        assertEq(token.balanceOf(attacker), 0);
    }

    function test_uniswap_the1001stUsdcIsRefused() public {
        PermissionId permissionId = _uniswapSession();
        _handleUserOp(
            _op(
                permissionId,
                sessionKey,
                _batch(_approveCall(address(router), 600e6), _swapCall(600e6, 0, address(account)))
            )
        );
        _handleUserOp(
            _op(
                permissionId,
                sessionKey,
                _batch(_approveCall(address(router), 400e6), _swapCall(400e6, 0, address(account)))
            )
        );
        assertEq(token.balanceOf(address(router)), 1000e6);
        PackedUserOperation memory op = _op(
            permissionId, sessionKey, _batch(_approveCall(address(router), 1e6), _swapCall(1e6, 0, address(account)))
        );
        _expectPolicyReverted(
            permissionId,
            address(spendingLimit),
            abi.encodeWithSelector(SpendingLimitPolicy.SpendingLimitExceeded.selector, address(token), 1e6, 0)
        );
        _handleUserOp(op);
        assertEq(token.balanceOf(address(router)), 1000e6);
    }

    function test_uniswap_everythingRefusedAfterThreeDays() public {
        PermissionId permissionId = _uniswapSession();
        vm.warp(block.timestamp + 3 days);
        _handleUserOp(
            _op(
                permissionId,
                sessionKey,
                _batch(_approveCall(address(router), 1e6), _swapCall(1e6, 0, address(account)))
            )
        );
        vm.warp(block.timestamp + 1);
        PackedUserOperation memory op = _op(
            permissionId, sessionKey, _batch(_approveCall(address(router), 1e6), _swapCall(1e6, 0, address(account)))
        );
        _expectFailedOp("AA22 expired or not due");
        _handleUserOp(op);
        op = _opSingle(permissionId, sessionKey, _approveCall(address(router), 0));
        _expectFailedOp("AA22 expired or not due");
        _handleUserOp(op);
        assertEq(token.balanceOf(address(router)), 1e6);
    }

    // ─── Automation: a limit order ────────────────────────────────────────────────────────────────────────

    /// @dev Sell exactly 500 USDC for at least 0.25 WETH (a price of 2,000 USDC per WETH or better), once, within
    /// a week. The server watches the price and fires the order.
    function _limitOrderSession() internal returns (PermissionId) {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(
            token.approve.selector,
            address(token),
            _one(
                _rules(
                    B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(address(router)))
                        .rule(ParamCondition.EQUAL, 32, bytes32(uint256(500e6)))
                )
            )
        );
        actions[1] = ActionData(
            router.swapExactTokensForTokens.selector,
            address(router),
            _one(
                _rules(
                    B.config(0).rule(ParamCondition.EQUAL, 0, bytes32(uint256(500e6)))
                        .rule(ParamCondition.GREATER_THAN_OR_EQUAL, 32, bytes32(uint256(0.25 ether)))
                        .rule(ParamCondition.EQUAL, 96, B.addressRef(address(account)))
                )
            )
        );
        Session memory session = _ecdsaSession(server, actions);
        session.userOpPolicies = _two(
            PolicyData(address(usageLimit), abi.encodePacked(uint128(1))),
            PolicyData(address(timeFrame), abi.encodePacked(uint48(block.timestamp + 7 days), uint48(0)))
        );
        return _install(session);
    }

    function test_limitOrder_firesOnceAtTheLimitPrice() public {
        PermissionId permissionId = _limitOrderSession();
        // At 2,500 USDC per WETH the swap gives only 0.2 WETH: an op accepting that price is refused.
        PackedUserOperation memory op = _op(
            permissionId,
            serverKey,
            _batch(_approveCall(address(router), 500e6), _swapCall(500e6, 0.2 ether, address(account)))
        );
        _expectPolicyReverted(
            permissionId,
            address(callPolicy),
            _ruleViolated(
                1,
                uint8(ParamCondition.GREATER_THAN_OR_EQUAL),
                bytes32(uint256(0.2 ether)),
                bytes32(uint256(0.25 ether))
            )
        );
        _handleUserOp(op);
        // Another size is refused.
        op = _op(
            permissionId,
            serverKey,
            _batch(_approveCall(address(router), 500e6), _swapCall(600e6, 0.3 ether, address(account)))
        );
        _expectPolicyReverted(
            permissionId, address(callPolicy), _ruleViolated(0, EQUAL, bytes32(uint256(600e6)), bytes32(uint256(500e6)))
        );
        _handleUserOp(op);

        // The price reaches 2,000 USDC per WETH: the order fills.
        router.setRate(5e26);
        _handleUserOp(
            _op(
                permissionId,
                serverKey,
                _batch(_approveCall(address(router), 500e6), _swapCall(500e6, 0.25 ether, address(account)))
            )
        );
        assertEq(weth.balanceOf(address(account)), 0.25 ether);

        // Once only.
        op = _op(
            permissionId,
            serverKey,
            _batch(_approveCall(address(router), 500e6), _swapCall(500e6, 0.25 ether, address(account)))
        );
        _expectPolicyReverted(
            permissionId,
            address(usageLimit),
            abi.encodeWithSelector(UsageLimitPolicy.UsageLimitExceeded.selector, uint128(1))
        );
        _handleUserOp(op);
        assertEq(weth.balanceOf(address(account)), 0.25 ether);
    }

    // ─── Automation: auto-repay ───────────────────────────────────────────────────────────────────────────

    /// @dev The server may repay the account's own USDC debt to the pool (approve + repay), at most 5,000 USDC
    /// in all, and nothing else.
    function _autoRepaySession() internal returns (PermissionId) {
        ActionData[] memory actions = new ActionData[](2);
        actions[0] = ActionData(
            token.approve.selector,
            address(token),
            _one(
                _rules(
                    B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(address(pool)))
                        .limitedRule(ParamCondition.GREATER_THAN_OR_EQUAL, 32, bytes32(0), 5000e6)
                )
            )
        );
        // repay(asset, amount, interestRateMode, onBehalfOf)
        actions[1] = ActionData(
            pool.repay.selector,
            address(pool),
            _one(
                _rules(
                    B.config(0).rule(ParamCondition.EQUAL, 0, B.addressRef(address(token)))
                        .limitedRule(ParamCondition.GREATER_THAN_OR_EQUAL, 32, bytes32(0), 5000e6)
                        .rule(ParamCondition.EQUAL, 96, B.addressRef(address(account)))
                )
            )
        );
        return _install(_ecdsaSession(server, actions));
    }

    function _repayCall(uint256 amount, address onBehalfOf) internal view returns (Execution memory) {
        return Execution(address(pool), 0, abi.encodeCall(pool.repay, (address(token), amount, 2, onBehalfOf)));
    }

    function test_autoRepay_repaysUpToTheLimitAndNothingElse() public {
        PermissionId permissionId = _autoRepaySession();
        pool.setDebt(address(token), address(account), 8000e6);
        _handleUserOp(
            _op(
                permissionId,
                serverKey,
                _batch(_approveCall(address(pool), 3000e6), _repayCall(3000e6, address(account)))
            )
        );
        _handleUserOp(
            _op(
                permissionId,
                serverKey,
                _batch(_approveCall(address(pool), 2000e6), _repayCall(2000e6, address(account)))
            )
        );
        assertEq(pool.debtOf(address(token), address(account)), 3000e6);

        // The 5,000 USDC are used up (the approve's limit, checked first in the batch).
        PackedUserOperation memory op =
            _op(permissionId, serverKey, _batch(_approveCall(address(pool), 1e6), _repayCall(1e6, address(account))));
        _expectPolicyReverted(
            permissionId, address(callPolicy), abi.encodeWithSelector(CallPolicy.ParamLimitExceeded.selector, 1, 1e6, 0)
        );
        _handleUserOp(op);
        // ... and the repay's own limit too.
        op = _opSingle(permissionId, serverKey, _repayCall(1e6, address(account)));
        _expectPolicyReverted(
            permissionId, address(callPolicy), abi.encodeWithSelector(CallPolicy.ParamLimitExceeded.selector, 1, 1e6, 0)
        );
        _handleUserOp(op);
        assertEq(pool.debtOf(address(token), address(account)), 3000e6);
    }

    function test_autoRepay_refusesOtherPoolCalls() public {
        PermissionId permissionId = _autoRepaySession();
        pool.setDebt(address(token), attacker, 1000e6);
        // Repaying someone else's debt.
        PackedUserOperation memory op = _opSingle(permissionId, serverKey, _repayCall(1e6, attacker));
        _expectPolicyReverted(
            permissionId,
            address(callPolicy),
            _ruleViolated(2, EQUAL, B.addressRef(attacker), B.addressRef(address(account)))
        );
        _handleUserOp(op);
        // Borrowing.
        op = _opSingle(
            permissionId,
            serverKey,
            Execution(address(pool), 0, abi.encodeCall(pool.borrow, (address(token), 1e6, 2, 0, address(account))))
        );
        _expectValidationRevert(
            abi.encodeWithSelector(
                ISmartSession.ActionNotPermitted.selector, permissionId, address(pool), pool.borrow.selector
            )
        );
        _handleUserOp(op);
        assertEq(pool.debtOf(address(token), attacker), 1000e6);
        assertEq(pool.debtOf(address(token), address(account)), 0);
    }
}
