// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title PeriodicAllowance
/// @notice An allowance that accrues `limit` at the start of every `period` counted from `start`, checked without
/// reading the clock (ERC-7562 bans TIMESTAMP in validation): a spend never fails for being early, it returns the
/// `validAfter` from which the EntryPoint lets its operation execute.
/// @dev The accrual design (docs/policies.md). For total spent S before a spend of a > 0, the operation is valid after
/// `start + (ceil((S + a) / limit) - 1) * period`. Guarantee: by any time t >= start, the total spent in executed
/// operations is at most `limit * (floor((t - start) / period) + 1)` (the periods begun by t), and nothing before
/// `start`; unused allowance carries over without bound. Never stuck: every amount gets a finite validAfter,
/// and nothing expires. Since validation state only persists when the operation is executed (an operation refused
/// as "not due" reverts with its whole bundle), an early operation counts nothing.
///
/// Storage, two slots, the hot path reading only the first: S = q * limit + used with 0 <= used <= limit is kept as
/// `anchor = start + q * period` and `used`; a spend with `used + a <= limit` is valid after `anchor` and only
/// adds to `used`; a larger one moves the anchor forward and needs the period (slot 1).
library PeriodicAllowance {
    /// @dev The largest per-period limit: limit and used share one slot with the 48-bit anchor.
    uint256 internal constant MAX_LIMIT = (1 << 104) - 1;
    uint256 private constant MASK_48 = (1 << 48) - 1;
    uint256 private constant MASK_104 = (1 << 104) - 1;
    uint256 private constant USED_SHIFT = 48;
    uint256 private constant LIMIT_SHIFT = 152;
    /// @dev Larger spends would be due beyond the 48-bit time range anyway (2^48 periods of at least 1).
    uint256 private constant MAX_AMOUNT = 1 << 160;

    /// @notice A zero limit or a zero period.
    error InvalidAllowance(uint256 limit, uint256 period);
    /// @notice A per-period limit above MAX_LIMIT.
    error AllowanceLimitTooLarge(uint256 limit, uint256 max);
    /// @notice No allowance is configured here.
    error AllowanceNotConfigured();
    /// @notice The spend would only be due after the last 48-bit timestamp: it could never execute.
    error AllowanceBeyondTimeRange(uint256 amount);

    /// @notice Slot 0: `limit << 152 | used << 48 | anchor`; slot 1: `start << 48 | period`.
    struct Allowance {
        uint256 state;
        uint256 params;
    }

    /// @notice Configures a fresh allowance (nothing spent). `period` and `start` are 48-bit values.
    function set(Allowance storage allowance, uint256 limit, uint48 period, uint48 start) internal {
        if (limit == 0 || period == 0) revert InvalidAllowance(limit, period);
        if (limit > MAX_LIMIT) revert AllowanceLimitTooLarge(limit, MAX_LIMIT);
        allowance.state = (limit << LIMIT_SHIFT) | start;
        allowance.params = (uint256(start) << 48) | period;
    }

    /// @notice Removes the allowance.
    function clear(Allowance storage allowance) internal {
        allowance.state = 0;
        allowance.params = 0;
    }

    /// @notice Records a spend of `amount` (> 0) given the loaded `state` (non-zero) and returns the ERC-4337
    /// validation data with its validAfter.
    function spend(Allowance storage allowance, uint256 state, uint256 amount)
        internal
        returns (uint256 validationData)
    {
        uint256 limit = state >> LIMIT_SHIFT;
        uint256 used = (state >> USED_SHIFT) & MASK_104;
        if (amount <= limit - used) {
            // Within the anchor's period: valid after the anchor, only `used` grows (stays <= limit).
            unchecked {
                allowance.state = state + (amount << USED_SHIFT);
            }
            return (state & MASK_48) << 208;
        }
        uint256 newState;
        (validationData, newState) = _advance(state, allowance.params, amount);
        allowance.state = newState;
    }

    /// @notice The validation data a spend of `amount` would get now, without recording it.
    function preview(Allowance storage allowance, uint256 amount) internal view returns (uint256 validationData) {
        uint256 state = allowance.state;
        if (state == 0) revert AllowanceNotConfigured();
        if (amount == 0) return 0;
        uint256 limit = state >> LIMIT_SHIFT;
        uint256 used = (state >> USED_SHIFT) & MASK_104;
        if (amount <= limit - used) return (state & MASK_48) << 208;
        (validationData,) = _advance(state, allowance.params, amount);
    }

    /// @notice The configuration and the total spent so far.
    function read(Allowance storage allowance)
        internal
        view
        returns (uint256 limit, uint256 period, uint256 start, uint256 spent)
    {
        uint256 state = allowance.state;
        uint256 params = allowance.params;
        limit = state >> LIMIT_SHIFT;
        period = params & MASK_48;
        start = params >> 48;
        if (period != 0) spent = ((state & MASK_48) - start) / period * limit + ((state >> USED_SHIFT) & MASK_104);
    }

    /// @dev A spend past the anchor's period: with u = used + amount > limit, it takes m = ceil(u / limit) - 1
    /// more periods, so it is valid after anchor + m * period, which becomes the new anchor with used = u - m * limit
    /// (in (0, limit]).
    function _advance(uint256 state, uint256 params, uint256 amount)
        private
        pure
        returns (uint256 validationData, uint256 newState)
    {
        if (amount > MAX_AMOUNT) revert AllowanceBeyondTimeRange(amount);
        uint256 limit = state >> LIMIT_SHIFT;
        uint256 periods;
        uint256 anchor;
        uint256 used;
        unchecked {
            // amount <= 2^160 and used < 2^104: no overflow anywhere below.
            uint256 total = ((state >> USED_SHIFT) & MASK_104) + amount;
            periods = (total - 1) / limit;
            anchor = (state & MASK_48) + periods * (params & MASK_48);
            used = total - periods * limit;
        }
        if (anchor > MASK_48) revert AllowanceBeyondTimeRange(amount);
        validationData = anchor << 208;
        newState = (limit << LIMIT_SHIFT) | (used << USED_SHIFT) | anchor;
    }
}
