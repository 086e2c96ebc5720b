// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title FixedWindowAllowance
/// @notice "At most `limit` per period, unused allowance lapses": a fresh `limit` in every window
/// `[start + k·period, start + (k+1)·period)`, checked without reading the clock (ERC-7562 bans TIMESTAMP in
/// validation).
/// @dev Strict-window design: the operation claims a moment `time` (see FixedWindowPolicyBase); the spend is
/// counted in the window k containing it and the operation is made valid only inside that window
/// (`validAfter = start + k·period − 1`, `validUntil = start + (k+1)·period − 1`: the EntryPoint lets it execute
/// when validAfter < block.timestamp <= validUntil), so an operation counted in window k can only run in window k.
/// The counter of a window starts from zero when a later window is claimed and an earlier window can never be
/// claimed again, so the spends counted in window k are one run and add up to at most `limit`. Since state only
/// persists when its operation executes (an operation outside its window reverts its whole bundle), the stored
/// window is never later than the current one: an operation claiming the current window always gets the full
/// allowance of the windows it skipped, never stuck after idle periods, and never more than `limit` per window.
///
/// Storage, two slots: `params = limit << 96 | period << 48 | start`, `state = used << 48 | window`.
library FixedWindowAllowance {
    /// @dev The largest limit per window (limit and used share their slot with the 48-bit window index).
    uint256 internal constant MAX_LIMIT = (1 << 104) - 1;
    uint256 private constant MASK_48 = (1 << 48) - 1;

    /// @notice A zero limit, a zero period or `start + period < 2` (a first window ending at time 0, which
    /// ERC-4337 would read as "no expiry").
    error InvalidWindowAllowance(uint256 limit, uint256 period, uint256 start);
    /// @notice A limit per window above MAX_LIMIT.
    error WindowLimitTooLarge(uint256 limit, uint256 max);
    /// @notice No allowance is configured here.
    error WindowAllowanceNotConfigured();
    /// @notice The claimed moment is before the allowance's start: nothing may be spent before it.
    error ClaimBeforeStart(uint256 time, uint256 start);
    /// @notice The claimed window is earlier than one already spent in: windows only move forward.
    error WindowPassed(uint256 window, uint256 current);
    /// @notice The spend does not fit in what is left of the claimed window.
    error WindowLimitExceeded(uint256 window, uint256 requested, uint256 remaining);

    struct Allowance {
        uint256 params;
        uint256 state;
    }

    /// @notice Configures a fresh allowance (nothing spent).
    function set(Allowance storage allowance, uint256 limit, uint256 period, uint256 start) internal {
        if (limit == 0 || period == 0 || period > MASK_48 || start > MASK_48 || start + period < 2) {
            revert InvalidWindowAllowance(limit, period, start);
        }
        if (limit > MAX_LIMIT) revert WindowLimitTooLarge(limit, MAX_LIMIT);
        allowance.params = (limit << 96) | (period << 48) | start;
        allowance.state = 0;
    }

    /// @notice Removes the allowance.
    function clear(Allowance storage allowance) internal {
        allowance.params = 0;
        allowance.state = 0;
    }

    /// @notice Records a spend of `amount` in the window containing `time` and returns the ERC-4337 validation
    /// data of that window. Reverts when not configured, before start, for a passed window or past the limit.
    function spend(Allowance storage allowance, uint256 time, uint256 amount)
        internal
        returns (uint256 validationData)
    {
        uint256 params = allowance.params;
        if (params == 0) revert WindowAllowanceNotConfigured();
        (uint256 limit, uint256 period, uint256 start) = _unpack(params);
        if (time < start) revert ClaimBeforeStart(time, start);
        uint256 window = (time - start) / period;
        uint256 state = allowance.state;
        uint256 current = state & MASK_48;
        if (window < current) revert WindowPassed(window, current);
        uint256 used = window == current ? state >> 48 : 0;
        if (amount > limit - used) revert WindowLimitExceeded(window, amount, limit - used);
        // used + amount <= limit < 2^104 and window < 2^48: the packing cannot overflow.
        allowance.state = ((used + amount) << 48) | window;
        return windowBounds(start, period, window);
    }

    /// @notice The validation data that lets an operation run exactly in window `window`:
    /// `validAfter = start + window·period − 1` (0 for a window opening at time 0), `validUntil` one second before
    /// the next window opens (capped at the largest 48-bit time).
    function windowBounds(uint256 start, uint256 period, uint256 window) internal pure returns (uint256) {
        uint256 opens = start + window * period;
        uint256 validUntil = opens + period - 1;
        if (validUntil > MASK_48) validUntil = MASK_48;
        return ((opens == 0 ? 0 : opens - 1) << 208) | (validUntil << 160);
    }

    /// @notice The configuration, the last window spent in and what was spent in it.
    function read(Allowance storage allowance)
        internal
        view
        returns (uint256 limit, uint256 period, uint256 start, uint256 window, uint256 used)
    {
        (limit, period, start) = _unpack(allowance.params);
        uint256 state = allowance.state;
        (window, used) = (state & MASK_48, state >> 48);
    }

    /// @notice What an operation running at `time` may still spend, and when the window containing `time` ends
    /// (the next refill); before start: nothing, and the refill is `start`. Zeros when not configured.
    function available(Allowance storage allowance, uint256 time)
        internal
        view
        returns (uint256 remaining, uint256 refillAt)
    {
        (uint256 limit, uint256 period, uint256 start, uint256 current, uint256 used) = read(allowance);
        if (period == 0) return (0, 0);
        if (time < start) return (0, start);
        uint256 window = (time - start) / period;
        refillAt = start + (window + 1) * period;
        if (window > current) remaining = limit;
        else if (window == current) remaining = limit - used;
    }

    function _unpack(uint256 params) private pure returns (uint256 limit, uint256 period, uint256 start) {
        return (params >> 96, (params >> 48) & MASK_48, params & MASK_48);
    }
}
