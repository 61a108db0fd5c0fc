"""Every rate-limit store passes the same contract (STYLE: one contract test per port)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest

from tests.unit.accounts.test_redis_limits import REDIS_URL, redis_up
from veil.accounts.limit_stores import RATE_LIMIT_STORES
from veil.accounts.limits import RateLimitStore
from veil.config import RateLimitSettings


@pytest.fixture(params=sorted(RATE_LIMIT_STORES))
def store(request: pytest.FixtureRequest) -> Iterator[RateLimitStore]:
    name = request.param
    if name == "redis" and not redis_up():
        pytest.skip("no Redis answers")
    settings = RateLimitSettings(store=name, redis_url=REDIS_URL)
    built = RATE_LIMIT_STORES[name](settings)
    assert built.name == name
    yield built
    close = getattr(built, "close", None)
    if close is not None:
        close()


def test_contract(store: RateLimitStore) -> None:
    key = f"veil:contract:{secrets.token_hex(8)}"
    other = key + ":other"
    assert store.check(key, 2, 60).allowed
    assert store.hit(key, 2, 60).allowed
    second = store.hit(key, 2, 60)
    assert not second.allowed
    assert second.count == 2
    assert 1 <= second.retry_after <= 60
    assert store.check(other, 2, 60).allowed
    store.clear(key)
    assert store.check(key, 2, 60).count == 0
