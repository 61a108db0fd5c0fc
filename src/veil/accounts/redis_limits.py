"""The Redis rate-limit store, for several API processes sharing one throttle.

Needs the ``redis`` extra (``pip install 'veil[redis]'``); the import happens when the store
is built, so an installation without Redis never loads it. Each operation is one Lua script,
atomic on the server and timed by the server's clock, so processes with skewed clocks still
agree. Keys carry a TTL of one window: nothing outlives its window.
"""

from __future__ import annotations

import math
import secrets
from typing import TYPE_CHECKING, Any, ClassVar

from veil.accounts.limits import Decision
from veil.domain.errors import ConfigurationError, RateLimiterUnavailable

if TYPE_CHECKING:
    import redis

# KEYS[1] = key; ARGV = limit, window in ms, record ("1"/"0"), unique member.
# Returns {count, retry_after_ms}.
_SCRIPT = """
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if ARGV[3] == '1' then
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, window)
end
local count = redis.call('ZCARD', key)
if count < limit then
  return {count, 0}
end
local freeing = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
return {count, tonumber(freeing[2]) + window - now}
"""


class RedisRateLimitStore:
    """Sliding-log counters in Redis sorted sets (one member per hit)."""

    name: ClassVar[str] = "redis"

    def __init__(self, url: str, *, timeout_seconds: float = 0.5) -> None:
        try:
            import redis as redis_module
        except ImportError as exc:
            raise ConfigurationError(
                "the redis rate-limit store needs the redis extra: pip install 'veil[redis]'"
            ) from exc
        self._errors: tuple[type[Exception], ...] = (redis_module.RedisError, OSError)
        self._client: redis.Redis[bytes] = redis_module.Redis.from_url(
            url, socket_timeout=timeout_seconds, socket_connect_timeout=timeout_seconds
        )
        self._script: Any = self._client.register_script(_SCRIPT)

    def _run(self, key: str, limit: int, window_seconds: int, *, record: bool) -> Decision:
        args = [limit, window_seconds * 1000, "1" if record else "0", secrets.token_hex(8)]
        try:
            count, retry_ms = self._script(keys=[key], args=args)
        except self._errors as exc:
            raise RateLimiterUnavailable("the rate-limit store could not be reached") from exc
        if int(count) < limit:
            return Decision(allowed=True, count=int(count), retry_after=0)
        return Decision(
            allowed=False, count=int(count), retry_after=max(1, math.ceil(int(retry_ms) / 1000))
        )

    def check(self, key: str, limit: int, window_seconds: int) -> Decision:
        return self._run(key, limit, window_seconds, record=False)

    def hit(self, key: str, limit: int, window_seconds: int) -> Decision:
        return self._run(key, limit, window_seconds, record=True)

    def clear(self, key: str) -> None:
        try:
            self._client.delete(key)
        except self._errors as exc:
            raise RateLimiterUnavailable("the rate-limit store could not be reached") from exc

    def close(self) -> None:
        self._client.close()
