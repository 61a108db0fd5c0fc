"""Envelope encryption: one data key (DEK) per subject, wrapped by the provider's KEK.

The envelope never touches storage: ``create`` returns the wrapped DEK for the caller to
persist, ``open_key`` takes the wrapped bytes the caller loaded. Unwrapped DEKs live only in
a bounded in-memory LRU cache with a time-to-live; ``evict`` drops one at once (shred).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable

from veil.crypto import aead
from veil.crypto.keys.base import KeyProvider, WrappedKey
from veil.crypto.secret import SecretBytes

_CONTEXT_PREFIX = b"veil/subject-dek\x00"


def wrap_context(subject: uuid.UUID) -> bytes:
    """Binds a wrapped DEK to its subject: it will not unwrap as anyone else's key."""
    return _CONTEXT_PREFIX + subject.bytes


class DekCache:
    """Bounded LRU of unwrapped DEKs with a TTL. Thread-safe.

    Entries are keyed by subject and remember the wrapped form they came from: a lookup with
    a different wrapped key (another process won the race to create the DEK, or the creating
    transaction rolled back) misses instead of returning the wrong DEK.
    """

    def __init__(
        self, size: int, ttl_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if size < 1 or ttl_seconds <= 0:
            raise ValueError("cache size and TTL must be positive")
        self._size, self._ttl, self._clock = size, ttl_seconds, clock
        self._entries: OrderedDict[uuid.UUID, tuple[float, bytes, SecretBytes]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, subject: uuid.UUID, wrapped: bytes) -> SecretBytes | None:
        with self._lock:
            entry = self._entries.get(subject)
            if entry is None:
                return None
            if entry[0] <= self._clock() or entry[1] != wrapped:
                del self._entries[subject]
                return None
            self._entries.move_to_end(subject)
            return entry[2]

    def put(self, subject: uuid.UUID, wrapped: bytes, key: SecretBytes) -> None:
        with self._lock:
            self._entries[subject] = (self._clock() + self._ttl, wrapped, key)
            self._entries.move_to_end(subject)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def evict(self, subject: uuid.UUID) -> None:
        with self._lock:
            self._entries.pop(subject, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __contains__(self, subject: object) -> bool:
        return subject in self._entries

    def __len__(self) -> int:
        return len(self._entries)


class Envelope:
    """Creates, unwraps and caches per-subject DEKs through a ``KeyProvider``."""

    def __init__(self, provider: KeyProvider, cache: DekCache) -> None:
        self.provider = provider
        self.cache = cache

    def create(self, subject: uuid.UUID) -> tuple[SecretBytes, WrappedKey]:
        """A new random DEK for ``subject``, cached, and its wrapped form to persist."""
        dek = aead.new_key()
        wrapped = self.provider.wrap(dek, wrap_context(subject))
        self.cache.put(subject, wrapped.ciphertext, dek)
        return dek, wrapped

    def open_key(self, subject: uuid.UUID, wrapped: WrappedKey) -> SecretBytes:
        """The subject's DEK: from the cache, else unwrapped (``KeyMismatch`` if it won't)."""
        cached = self.cache.get(subject, wrapped.ciphertext)
        if cached is not None:
            return cached
        dek = self.provider.unwrap(wrapped, wrap_context(subject))
        self.cache.put(subject, wrapped.ciphertext, dek)
        return dek

    def evict(self, subject: uuid.UUID) -> None:
        self.cache.evict(subject)
