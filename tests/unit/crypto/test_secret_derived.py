from __future__ import annotations

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from veil.crypto import aead
from veil.crypto.secret import SecretBytes


def test_a_derived_object_is_made_once_per_secret_and_factory() -> None:
    made: list[bytes] = []

    def factory(value: bytes) -> int:
        made.append(value)
        return len(made)

    secret = SecretBytes(b"k" * 32)
    assert secret.derived(factory) == 1 and secret.derived(factory) == 1
    assert secret.derived(AESGCM) is secret.derived(AESGCM)  # another factory: its own object
    assert secret.derived(factory) == 2  # ... which replaced the first: one kept at a time
    assert SecretBytes(b"k" * 32).derived(factory) == 3  # per secret object
    assert "k" not in repr(secret)


def test_a_kept_cipher_seals_like_a_fresh_one() -> None:
    key = aead.new_key()
    aad = aead.associated_data("s", "t", "c", "r")
    first = aead.seal(key, b"one", aad, key_id=1)
    second = aead.seal(key, b"two", aad, key_id=1)  # the kept key schedule
    other = SecretBytes(key.reveal())  # a fresh object, no kept schedule
    assert aead.unseal(other, first, aad) == b"one" and aead.unseal(other, second, aad) == b"two"
