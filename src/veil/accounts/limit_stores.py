"""The rate-limit store registry: name → factory, built once by ``runtime.py``.

The set is closed (``memory``, ``redis``); there is no entry-point group for stores. An
unknown name never reaches here, because the setting is a ``Literal``.
"""

from __future__ import annotations

from collections.abc import Callable

from veil.accounts.limits import MemoryRateLimitStore, RateLimitStore
from veil.accounts.redis_limits import RedisRateLimitStore
from veil.config import RateLimitSettings

RateLimitStoreFactory = Callable[[RateLimitSettings], RateLimitStore]


def _memory(_settings: RateLimitSettings) -> RateLimitStore:
    return MemoryRateLimitStore()


def _redis(settings: RateLimitSettings) -> RateLimitStore:
    return RedisRateLimitStore(settings.redis_url.get_secret_value())


RATE_LIMIT_STORES: dict[str, RateLimitStoreFactory] = {"memory": _memory, "redis": _redis}


def build_rate_limit_store(settings: RateLimitSettings) -> RateLimitStore:
    """Build the configured store; raises ``ConfigurationError`` if it cannot be loaded."""
    return RATE_LIMIT_STORES[settings.store](settings)
