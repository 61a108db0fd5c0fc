"""The Redis store against a real Redis: ``VEIL_TEST_REDIS_URL`` (CI sets it), else
127.0.0.1:6379 database 15; skipped only when none answers."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator

import pytest

from veil.accounts.limit_stores import build_rate_limit_store
from veil.accounts.limits import Limit, Throttle, hmac_keyer
from veil.accounts.redis_limits import RedisRateLimitStore
from veil.config import RateLimitSettings
from veil.domain.errors import RateLimited, RateLimiterUnavailable

REDIS_URL = os.environ.get("VEIL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_up(url: str = REDIS_URL) -> bool:
    try:
        RedisRateLimitStore(url, timeout_seconds=0.5).check("veil:test:ping", 1, 1)
    except RateLimiterUnavailable:
        return False
    return True


pytestmark = pytest.mark.skipif(not redis_up(), reason="no Redis answers")


@pytest.fixture
def store() -> Iterator[RedisRateLimitStore]:
    built = RedisRateLimitStore(REDIS_URL)
    yield built
    built.close()


@pytest.fixture
def key() -> str:
    return f"veil:test:{secrets.token_hex(8)}"


def test_hits_up_to_the_limit_then_block(store: RedisRateLimitStore, key: str) -> None:
    assert [store.hit(key, 3, 60).allowed for _ in range(3)] == [True, True, False]
    decision = store.check(key, 3, 60)
    assert not decision.allowed
    assert decision.count == 3
    assert 59 <= decision.retry_after <= 60
    store.clear(key)


def test_check_does_not_record(store: RedisRateLimitStore, key: str) -> None:
    for _ in range(5):
        assert store.check(key, 1, 60).allowed


def test_clear_resets(store: RedisRateLimitStore, key: str) -> None:
    store.hit(key, 1, 60)
    store.clear(key)
    assert store.check(key, 1, 60).allowed


def test_keys_expire_with_their_window(store: RedisRateLimitStore, key: str) -> None:
    store.hit(key, 1, 1)
    assert not store.check(key, 1, 1).allowed
    ttl_ms = store._client.pttl(key)
    assert 0 < ttl_ms <= 1000
    time.sleep(1.05)
    assert store.check(key, 1, 1).allowed
    assert store._client.exists(key) == 0


def test_throttle_over_redis(store: RedisRateLimitStore) -> None:
    limit = Limit(f"test-{secrets.token_hex(4)}", limit=2, window_seconds=30)
    throttle = Throttle(store, hmac_keyer(secrets.token_bytes(32)))
    throttle.record((limit, "203.0.113.9"), (limit, "203.0.113.9"))
    with pytest.raises(RateLimited) as caught:
        throttle.ensure_allowed((limit, "203.0.113.9"))
    assert 29 <= caught.value.retry_after <= 30
    keys = [k.decode() for k in store._client.keys(f"veil:rl:{limit.scope}:*")]
    assert keys
    assert all("203.0.113.9" not in k for k in keys)
    throttle.clear(limit, "203.0.113.9")


def test_unreachable_redis_fails_closed() -> None:
    dead = RedisRateLimitStore("redis://127.0.0.1:1/0", timeout_seconds=0.2)
    with pytest.raises(RateLimiterUnavailable) as caught:
        dead.check("k", 1, 60)
    assert caught.value.retry_after > 0
    with pytest.raises(RateLimiterUnavailable):
        dead.clear("k")


def test_registry_builds_both_stores() -> None:
    memory = build_rate_limit_store(RateLimitSettings())
    assert memory.name == "memory"
    redis_store = build_rate_limit_store(RateLimitSettings(store="redis", redis_url=REDIS_URL))
    assert isinstance(redis_store, RedisRateLimitStore)
    redis_store.close()
