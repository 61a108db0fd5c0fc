from __future__ import annotations

import pytest

from veil.crypto import aead
from veil.crypto.secret import SecretBytes
from veil.domain.errors import DecryptionFailed

AAD = aead.associated_data("subject", "table", "column", "row")


def test_round_trip() -> None:
    key = aead.new_key()
    blob = aead.seal(key, b"hello", AAD, key_id=7)
    assert aead.unseal(key, blob, AAD) == b"hello"


def test_format_is_version_key_id_nonce_ciphertext_tag() -> None:
    blob = aead.seal(aead.new_key(), b"abc", AAD, key_id=258)
    assert blob[0] == aead.FORMAT_VERSION
    assert blob[1:5] == (258).to_bytes(4, "big")
    assert len(blob) == 1 + 4 + 12 + 3 + 16
    assert aead.key_id(blob) == 258


def test_nonces_are_fresh() -> None:
    key = aead.new_key()
    assert aead.seal(key, b"x", AAD, key_id=1) != aead.seal(key, b"x", AAD, key_id=1)


def test_other_associated_data_fails() -> None:
    key = aead.new_key()
    blob = aead.seal(key, b"x", AAD, key_id=1)
    with pytest.raises(DecryptionFailed):
        aead.unseal(key, blob, aead.associated_data("subject", "table", "column", "row2"))


def test_associated_data_is_unambiguous() -> None:
    assert aead.associated_data("ab", "c") != aead.associated_data("a", "bc")


@pytest.mark.parametrize("position", [0, 1, 6, 20, -1])
def test_any_flipped_byte_fails(position: int) -> None:
    key = aead.new_key()
    blob = bytearray(aead.seal(key, b"secret text", AAD, key_id=1))
    blob[position] ^= 0x01
    with pytest.raises(DecryptionFailed):
        aead.unseal(key, bytes(blob), AAD)


def test_wrong_key_fails() -> None:
    blob = aead.seal(aead.new_key(), b"x", AAD, key_id=1)
    with pytest.raises(DecryptionFailed):
        aead.unseal(aead.new_key(), blob, AAD)


def test_truncated_blob_fails() -> None:
    with pytest.raises(DecryptionFailed, match="truncated"):
        aead.unseal(aead.new_key(), b"\x01" * 20, AAD)


def test_rejects_bad_key_and_key_id() -> None:
    with pytest.raises(ValueError):
        aead.seal(SecretBytes(b"short"), b"x", AAD, key_id=1)
    with pytest.raises(ValueError):
        aead.seal(aead.new_key(), b"x", AAD, key_id=-1)
