// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title StreamAllowance
/// @notice An allowance that streams: `initial` available at `start`, growing by `rate` per second, at most `max` in
/// total (ERC-7715 token streams). Checked without reading the clock (ERC-7562 bans TIMESTAMP in validation): a
/// spend never fails for being early, it returns the `validAfter` from which the stream covers it.
/// @dev Accrual design. Released by time t >= start: R(t) = min(max, initial + rate·(t − start)); nothing before
/// start. For total spent S before a spend of a > 0 with S + a <= the stream's total, the operation is valid from
/// T = start + ceil((S + a − initial) / rate) (T = start when S + a <= initial): `validAfter = T − 1`, so the
/// EntryPoint executes it only at times t >= T, when R(t) >= S + a. Guarantee: by any time t, the total spent in
/// executed operations is at most R(t). Never stuck: nothing stored depends on "now"; a spend beyond the total
/// is refused at once. Validation state persists only when its operation executes, so an early one counts nothing.
///
/// Storage, two slots: `state = spent << 128 | max` (the hot path's refusal needs only it),
/// `params = initial << 152 | rate << 48 | start`.
library StreamAllowance {
    uint256 private constant MASK_48 = (1 << 48) - 1;
    uint256 private constant MASK_104 = (1 << 104) - 1;
    uint256 private constant MASK_128 = (1 << 128) - 1;

    /// @notice max is 0 or above 2^128 − 1, initial or rate above 2^104 − 1, initial above max, start above 2^48 − 1,
    /// or nothing is ever released (initial and rate both 0).
    error InvalidStream(uint256 initial, uint256 rate, uint256 max, uint256 start);
    /// @notice No stream is configured here.
    error StreamNotConfigured();
    /// @notice The spend goes beyond what the stream ever releases; `remaining` is what is left of it.
    error StreamExceeded(uint256 requested, uint256 remaining);
    /// @notice The spend would only be covered after the last 48-bit timestamp.
    error StreamBeyondTimeRange(uint256 requested);

    struct Stream {
        uint256 state;
        uint256 params;
    }

    /// @notice Configures a fresh stream (nothing spent).
    function set(Stream storage stream, uint256 initial, uint256 rate, uint256 max, uint256 start) internal {
        if (
            max == 0 || max > MASK_128 || initial > max || rate > MASK_104 || start > MASK_48
                || (initial == 0 && rate == 0)
        ) revert InvalidStream(initial, rate, max, start);
        stream.state = max;
        stream.params = (initial << 152) | (rate << 48) | start;
    }

    /// @notice Removes the stream.
    function clear(Stream storage stream) internal {
        stream.state = 0;
        stream.params = 0;
    }

    /// @notice Records a spend of `amount` (> 0) and returns the ERC-4337 validation data with its validAfter.
    function spend(Stream storage stream, uint256 amount) internal returns (uint256 validationData) {
        uint256 state = stream.state;
        if (state == 0) revert StreamNotConfigured();
        uint256 total = _total(state, stream.params);
        uint256 spent = state >> 128;
        if (amount > total - spent) revert StreamExceeded(amount, total - spent);
        uint256 need = spent + amount;
        validationData = _validAfter(stream.params, need) << 208;
        // need <= max < 2^128: the packing cannot overflow.
        stream.state = (need << 128) | (state & MASK_128);
    }

    /// @notice The configuration and the total spent.
    function read(Stream storage stream)
        internal
        view
        returns (uint256 initial, uint256 rate, uint256 max, uint256 start, uint256 spent)
    {
        uint256 state = stream.state;
        uint256 params = stream.params;
        return (params >> 152, (params >> 48) & MASK_104, state & MASK_128, params & MASK_48, state >> 128);
    }

    /// @notice What an operation running at `time` may still spend: released by then less spent (0 before start).
    function available(Stream storage stream, uint256 time) internal view returns (uint256) {
        (uint256 initial, uint256 rate, uint256 max, uint256 start, uint256 spent) = read(stream);
        if (max == 0 || time < start) return 0;
        uint256 elapsed = time - start;
        // Released = min(max, initial + rate · elapsed), computed without overflow.
        uint256 released = elapsed != 0 && rate > (max - initial) / elapsed ? max : initial + rate * elapsed;
        if (released > max) released = max;
        return released > spent ? released - spent : 0;
    }

    /// @notice The timestamp after which an operation spending `amount` more would be valid (0: at once).
    function validAfterOf(Stream storage stream, uint256 amount) internal view returns (uint256) {
        uint256 state = stream.state;
        if (state == 0) revert StreamNotConfigured();
        uint256 total = _total(state, stream.params);
        uint256 spent = state >> 128;
        if (amount > total - spent) revert StreamExceeded(amount, total - spent);
        return _validAfter(stream.params, spent + amount);
    }

    /// @dev All the stream ever releases: max, or initial without a rate.
    function _total(uint256 state, uint256 params) private pure returns (uint256) {
        return (params >> 48) & MASK_104 == 0 ? params >> 152 : state & MASK_128;
    }

    /// @dev One second before the first time the stream has released `need`.
    function _validAfter(uint256 params, uint256 need) private pure returns (uint256) {
        uint256 initial = params >> 152;
        uint256 due = params & MASK_48;
        if (need > initial) {
            // need <= max < 2^128 and rate >= 1 here (need > initial is within the total only with a rate).
            due += (need - initial + ((params >> 48) & MASK_104) - 1) / ((params >> 48) & MASK_104);
            if (due > MASK_48) revert StreamBeyondTimeRange(need);
        }
        return due == 0 ? 0 : due - 1;
    }
}
