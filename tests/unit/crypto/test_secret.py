from __future__ import annotations

import pickle

import pytest

from veil.crypto.secret import SecretBytes


def test_repr_and_str_are_masked() -> None:
    secret = SecretBytes(b"very-secret-key-material")
    assert "very" not in repr(secret)
    assert "very" not in str(secret)
    assert f"{secret!r}" == "SecretBytes('**********')"


def test_reveal_and_len() -> None:
    secret = SecretBytes(b"abc")
    assert secret.reveal() == b"abc"
    assert len(secret) == 3


def test_equality_is_by_value_and_unhashable() -> None:
    assert SecretBytes(b"a") == SecretBytes(b"a")
    assert SecretBytes(b"a") != SecretBytes(b"b")
    assert SecretBytes(b"a") != b"a"
    with pytest.raises(TypeError):
        hash(SecretBytes(b"a"))


def test_cannot_be_pickled_or_built_from_str() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(SecretBytes(b"a"))
    with pytest.raises(TypeError):
        SecretBytes("text")  # type: ignore[arg-type]
