from __future__ import annotations

import pytest

from veil.accounts.limits import (
    Limit,
    MemoryRateLimitStore,
    Throttle,
    ephemeral_keyer,
    hmac_keyer,
)
from veil.domain.errors import RateLimited


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(clock: FakeClock) -> MemoryRateLimitStore:
    return MemoryRateLimitStore(clock=clock)


def test_hits_below_the_limit_are_allowed(store: MemoryRateLimitStore) -> None:
    for expected in range(1, 3):
        decision = store.hit("k", limit=3, window_seconds=60)
        assert decision.allowed
        assert decision.count == expected
        assert decision.retry_after == 0


def test_the_limit_blocks_with_a_retry_after(store: MemoryRateLimitStore, clock: FakeClock) -> None:
    for _ in range(3):
        store.hit("k", limit=3, window_seconds=60)
        clock.now += 10
    decision = store.check("k", limit=3, window_seconds=60)
    assert not decision.allowed
    # the first hit (at t=1000) expires at t=1060; now is 1030
    assert decision.retry_after == 30


def test_the_window_slides(store: MemoryRateLimitStore, clock: FakeClock) -> None:
    for _ in range(3):
        store.hit("k", limit=3, window_seconds=60)
    clock.now += 60
    assert store.check("k", limit=3, window_seconds=60).allowed
    assert len(store) == 0  # the expired key is gone, not just ignored


def test_retry_after_counts_every_hit_over_the_limit(
    store: MemoryRateLimitStore, clock: FakeClock
) -> None:
    for _ in range(5):
        store.hit("k", limit=3, window_seconds=100)
        clock.now += 10
    # hits at 1000..1040, now 1050: two must expire before a fourth fits; the third expires at 1120
    assert store.check("k", limit=3, window_seconds=100).retry_after == 70


def test_retry_after_is_at_least_one_second(store: MemoryRateLimitStore, clock: FakeClock) -> None:
    store.hit("k", limit=1, window_seconds=10)
    clock.now += 9.9
    assert store.check("k", limit=1, window_seconds=10).retry_after == 1


def test_check_does_not_record(store: MemoryRateLimitStore) -> None:
    for _ in range(10):
        store.check("k", limit=1, window_seconds=60)
    assert store.check("k", limit=1, window_seconds=60).allowed


def test_keys_are_independent(store: MemoryRateLimitStore) -> None:
    store.hit("a", limit=1, window_seconds=60)
    assert not store.check("a", limit=1, window_seconds=60).allowed
    assert store.check("b", limit=1, window_seconds=60).allowed


def test_clear_forgets_a_key(store: MemoryRateLimitStore) -> None:
    store.hit("a", limit=1, window_seconds=60)
    store.clear("a")
    assert store.check("a", limit=1, window_seconds=60).allowed
    store.clear("never-seen")


def test_expired_keys_are_swept(clock: FakeClock) -> None:
    store = MemoryRateLimitStore(clock=clock, sweep_every=4)
    for index in range(3):
        store.hit(f"old{index}", limit=5, window_seconds=10)
    clock.now += 11
    store.hit("new", limit=5, window_seconds=10)
    assert len(store) == 1


def test_key_count_is_bounded(clock: FakeClock) -> None:
    store = MemoryRateLimitStore(clock=clock, max_keys=100)
    for index in range(1000):
        store.hit(f"addr{index}", limit=5, window_seconds=600)
    assert len(store) == 100
    # the most recently hit keys survive
    assert not store.check("addr999", limit=1, window_seconds=600).allowed


def test_hmac_keyer_is_keyed_and_stable() -> None:
    first, second = hmac_keyer(b"k" * 32), hmac_keyer(b"j" * 32)
    assert first("192.0.2.1") == first("192.0.2.1")
    assert first("192.0.2.1") != second("192.0.2.1")
    assert "192.0.2.1" not in first("192.0.2.1")


def test_ephemeral_keyers_differ() -> None:
    assert ephemeral_keyer()("x") != ephemeral_keyer()("x")


LOGIN_USER = Limit("login-user", limit=2, window_seconds=60)
LOGIN_ADDR = Limit("login-addr", limit=3, window_seconds=120)


@pytest.fixture
def throttle(store: MemoryRateLimitStore) -> Throttle:
    return Throttle(store, hmac_keyer(b"t" * 32))


def test_throttle_raises_rate_limited_with_the_longest_wait(
    throttle: Throttle, clock: FakeClock
) -> None:
    for _ in range(3):
        throttle.record((LOGIN_USER, "blind-index-1"), (LOGIN_ADDR, "192.0.2.7"))
    with pytest.raises(RateLimited) as caught:
        throttle.ensure_allowed((LOGIN_USER, "blind-index-1"), (LOGIN_ADDR, "192.0.2.7"))
    assert caught.value.retry_after == 120


def test_throttle_passes_below_limits(throttle: Throttle) -> None:
    throttle.record((LOGIN_USER, "blind-index-1"))
    throttle.ensure_allowed((LOGIN_USER, "blind-index-1"), (LOGIN_ADDR, "192.0.2.7"))


def test_throttle_scopes_do_not_share_counters(throttle: Throttle) -> None:
    throttle.record((LOGIN_USER, "same"), (LOGIN_USER, "same"))
    throttle.ensure_allowed((LOGIN_ADDR, "same"))


def test_throttle_clear(throttle: Throttle) -> None:
    throttle.record((LOGIN_USER, "u"), (LOGIN_USER, "u"))
    throttle.clear(LOGIN_USER, "u")
    throttle.ensure_allowed((LOGIN_USER, "u"))


def test_throttle_never_stores_raw_values(throttle: Throttle, store: MemoryRateLimitStore) -> None:
    throttle.record((LOGIN_ADDR, "198.51.100.23"), (LOGIN_USER, "velvet_otter"))
    keys = " ".join(store._hits)
    assert "198.51.100.23" not in keys
    assert "velvet_otter" not in keys
