from __future__ import annotations

import os

from veil.crypto import signing
from veil.crypto.secret import SecretBytes


def test_sign_and_verify() -> None:
    seed = SecretBytes(os.urandom(32))
    public = signing.public_key(seed)
    signature = signing.sign(seed, b"checkpoint 42")
    assert len(signature) == signing.SIGNATURE_SIZE
    assert signing.verify(public, b"checkpoint 42", signature)


def test_changed_message_or_key_fails() -> None:
    seed = SecretBytes(os.urandom(32))
    signature = signing.sign(seed, b"m")
    assert not signing.verify(signing.public_key(seed), b"n", signature)
    other = signing.public_key(SecretBytes(os.urandom(32)))
    assert not signing.verify(other, b"m", signature)
    assert not signing.verify(b"bad", b"m", signature)
