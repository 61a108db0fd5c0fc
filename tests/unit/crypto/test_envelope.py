from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.keyproviders import keys_settings, openbao, provider_name, transit
from veil.crypto.envelope import DekCache, Envelope
from veil.crypto.keys import ProviderContext, load_factory
from veil.crypto.secret import SecretBytes
from veil.domain.errors import KeyMismatch

__all__ = ["keys_settings", "openbao", "provider_name", "transit"]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def envelope(tmp_path: Path, keys_settings: dict[str, Any]) -> Envelope:
    """Once per key provider (vault: the transit stand-in)."""
    name = keys_settings["provider"]
    options = keys_settings.get(name, {})
    provider = load_factory(name)(ProviderContext(options=options, data_dir=tmp_path))
    provider.open(create=True)
    return Envelope(provider, DekCache(size=2, ttl_seconds=10))


def test_create_returns_a_wrapped_key_that_unwraps_to_the_same_dek(envelope: Envelope) -> None:
    subject = uuid.uuid4()
    dek, wrapped = envelope.create(subject)
    assert len(dek) == 32
    assert wrapped.ciphertext != dek.reveal()
    envelope.evict(subject)
    assert envelope.open_key(subject, wrapped) == dek


def test_wrapped_key_is_bound_to_its_subject(envelope: Envelope) -> None:
    _, wrapped = envelope.create(uuid.uuid4())
    with pytest.raises(KeyMismatch):
        envelope.open_key(uuid.uuid4(), wrapped)


def test_open_key_uses_the_cache(envelope: Envelope) -> None:
    subject = uuid.uuid4()
    dek, wrapped = envelope.create(subject)
    assert envelope.cache.get(subject, wrapped.ciphertext) == dek


def test_a_cached_dek_from_another_wrapped_key_is_not_used(envelope: Envelope) -> None:
    subject = uuid.uuid4()
    envelope.create(subject)  # e.g. created in a transaction that then rolled back
    winner, wrapped = envelope.create(subject)  # the DEK that was actually stored
    envelope.create(subject)  # a losing concurrent creator overwrites the cache entry
    assert envelope.open_key(subject, wrapped) == winner


def test_cache_is_bounded_lru() -> None:
    cache = DekCache(size=2, ttl_seconds=10)
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    cache.put(a, b"wa", SecretBytes(b"a"))
    cache.put(b, b"wb", SecretBytes(b"b"))
    assert cache.get(a, b"wa") is not None  # a is now most recent
    cache.put(c, b"wc", SecretBytes(b"c"))
    assert len(cache) == 2
    assert b not in cache
    assert cache.get(a, b"wa") is not None


def test_cache_entries_expire() -> None:
    clock = Clock()
    cache = DekCache(size=5, ttl_seconds=10, clock=clock)
    subject = uuid.uuid4()
    cache.put(subject, b"w", SecretBytes(b"k"))
    clock.now = 9.9
    assert cache.get(subject, b"w") is not None
    clock.now = 10.0
    assert cache.get(subject, b"w") is None


def test_evict_and_clear() -> None:
    cache = DekCache(size=5, ttl_seconds=10)
    subject = uuid.uuid4()
    cache.put(subject, b"w", SecretBytes(b"k"))
    cache.evict(subject)
    cache.evict(subject)  # idempotent
    assert cache.get(subject, b"w") is None
    cache.put(subject, b"w", SecretBytes(b"k"))
    cache.clear()
    assert len(cache) == 0


def test_cache_rejects_nonsense_bounds() -> None:
    with pytest.raises(ValueError):
        DekCache(size=0, ttl_seconds=1)
    with pytest.raises(ValueError):
        DekCache(size=1, ttl_seconds=0)
