"""Rate limiting: the store port, the in-memory store and the throttle that uses them.

A ``RateLimitStore`` counts hits per key in a sliding window (an exact sliding log, not a
fixed bucket, so there is no burst at a window boundary). ``Throttle`` turns raw values
(a username's blind index, a client address) into pseudonymous keys with a keyed HMAC, so a
store never holds a username or an address, and a key vanishes when its window passes.

Two built-in stores: ``memory`` (one process; the default) and ``redis`` (several processes;
in ``redis_limits.py`` because it needs the ``redis`` extra). If a store cannot be reached it
raises ``RateLimiterUnavailable``, and sign-in refuses: privacy paths fail closed.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Protocol

from veil.config import RateLimitSettings
from veil.domain.errors import RateLimited

Keyer = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Decision:
    """The state of one key after a check or a hit."""

    allowed: bool
    count: int
    retry_after: int  # whole seconds until one more hit would be allowed; 0 when allowed


class RateLimitStore(Protocol):
    """Counts hits per key over a sliding window.

    Implementations raise ``RateLimiterUnavailable`` when their backing store cannot be
    reached; they never answer "allowed" when they do not know.
    """

    name: ClassVar[str]

    def check(self, key: str, limit: int, window_seconds: int) -> Decision:
        """Report whether another hit would be allowed, without recording one."""
        ...

    def hit(self, key: str, limit: int, window_seconds: int) -> Decision:
        """Record one hit now and report the state after it."""
        ...

    def clear(self, key: str) -> None:
        """Forget every hit of ``key``."""
        ...


class MemoryRateLimitStore:
    """Sliding-log counters in this process's memory.

    Keys whose window has passed are swept every ``sweep_every`` operations, and when more
    than ``max_keys`` keys are live the oldest are dropped, so an attacker rotating addresses
    cannot grow memory without bound.
    """

    name: ClassVar[str] = "memory"

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
        sweep_every: int = 1024,
    ) -> None:
        self._clock = clock
        self._max_keys = max_keys
        self._sweep_every = sweep_every
        # Least recently hit first, so eviction under pressure is O(1).
        self._hits: OrderedDict[str, tuple[float, deque[float]]] = OrderedDict()
        self._ops = 0
        self._lock = threading.Lock()

    def check(self, key: str, limit: int, window_seconds: int) -> Decision:
        with self._lock:
            now = self._clock()
            hits = self._live(key, window_seconds, now)
            return _decide(list(hits), limit, window_seconds, now)

    def hit(self, key: str, limit: int, window_seconds: int) -> Decision:
        with self._lock:
            now = self._clock()
            hits = self._live(key, window_seconds, now)
            hits.append(now)
            self._hits[key] = (float(window_seconds), hits)
            self._hits.move_to_end(key)
            self._maintain(now)
            return _decide(list(hits), limit, window_seconds, now)

    def clear(self, key: str) -> None:
        with self._lock:
            self._hits.pop(key, None)

    def __len__(self) -> int:
        return len(self._hits)

    def _live(self, key: str, window_seconds: int, now: float) -> deque[float]:
        _, hits = self._hits.get(key, (float(window_seconds), deque()))
        while hits and hits[0] <= now - window_seconds:
            hits.popleft()
        if not hits:
            self._hits.pop(key, None)
        return hits

    def _maintain(self, now: float) -> None:
        self._ops += 1
        if self._ops % self._sweep_every == 0 or len(self._hits) > self._max_keys:
            for key, (window, hits) in list(self._hits.items()):
                if not hits or hits[-1] <= now - window:
                    del self._hits[key]
        while len(self._hits) > self._max_keys:
            self._hits.popitem(last=False)


def _decide(hits: list[float], limit: int, window_seconds: int, now: float) -> Decision:
    count = len(hits)
    if count < limit:
        return Decision(allowed=True, count=count, retry_after=0)
    # One more hit is allowed once all but limit-1 of the current hits have expired.
    freeing = hits[count - limit]
    wait = max(1, math.ceil(freeing + window_seconds - now))
    return Decision(allowed=False, count=count, retry_after=wait)


def hmac_keyer(key: bytes) -> Keyer:
    """A keyer that maps a value to HMAC-SHA256(key, value), hex-encoded."""

    def keyed(value: str) -> str:
        return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()

    return keyed


def ephemeral_keyer() -> Keyer:
    """A keyer under a random key that lives as long as this process (memory store)."""
    return hmac_keyer(secrets.token_bytes(32))


@dataclass(frozen=True, slots=True)
class Limit:
    """At most ``limit`` hits per ``window_seconds`` for one value of ``scope``."""

    scope: str
    limit: int
    window_seconds: int


class Throttle:
    """Check and record limits for raw values, keyed pseudonymously.

    ``keyer`` must be keyed (an HMAC), so a store's keys reveal neither usernames nor
    addresses; with several processes sharing Redis, they must share the key too.
    """

    def __init__(self, store: RateLimitStore, keyer: Keyer) -> None:
        self.store = store
        self._keyer = keyer

    def _key(self, limit: Limit, value: str) -> str:
        return f"veil:rl:{limit.scope}:{self._keyer(limit.scope + ':' + value)}"

    def ensure_allowed(self, *checks: tuple[Limit, str]) -> None:
        """Raise ``RateLimited`` (longest wait of all) if any limit is used up."""
        waits = [
            decision.retry_after
            for limit, value in checks
            if not (
                decision := self.store.check(
                    self._key(limit, value), limit.limit, limit.window_seconds
                )
            ).allowed
        ]
        if waits:
            raise RateLimited(max(waits), "too many attempts; try again later")

    def record(self, *checks: tuple[Limit, str]) -> None:
        """Count one hit against each limit."""
        for limit, value in checks:
            self.store.hit(self._key(limit, value), limit.limit, limit.window_seconds)

    def clear(self, limit: Limit, value: str) -> None:
        self.store.clear(self._key(limit, value))


@dataclass(frozen=True, slots=True)
class AccountLimits:
    """The limits the accounts services apply, from the ``accounts.rate_limit`` settings."""

    login_user: Limit
    login_addr: Limit
    signup_addr: Limit
    recover_user: Limit

    @classmethod
    def from_settings(cls, rl: RateLimitSettings) -> AccountLimits:
        return cls(
            login_user=Limit("login-user", rl.login_per_username, rl.login_window_seconds),
            login_addr=Limit("login-addr", rl.login_per_address, rl.login_window_seconds),
            signup_addr=Limit("signup-addr", rl.signup_per_address, rl.signup_window_seconds),
            recover_user=Limit(
                "recover-user", rl.recovery_per_username, rl.recovery_window_seconds
            ),
        )
