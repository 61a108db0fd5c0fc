from __future__ import annotations

import io
import os

import pytest

from veil.crypto import aead, stream
from veil.crypto.secret import SecretBytes
from veil.domain.errors import DecryptionFailed


def encrypt(
    data: bytes, file_id: str = "f1", key: SecretBytes | None = None
) -> tuple[bytes, SecretBytes]:
    key = key or aead.new_key()
    sink = io.BytesIO()
    writer = stream.EncryptingWriter(sink, key, file_id)
    for start in range(0, len(data), 70_000):
        writer.write(data[start : start + 70_000])
    assert writer.tell() == len(data)
    writer.flush()
    writer.close()
    writer.close()  # idempotent
    return sink.getvalue(), key


def decrypt(blob: bytes, key: SecretBytes, file_id: str = "f1") -> bytes:
    return b"".join(stream.decrypt(io.BytesIO(blob), key, file_id))


@pytest.mark.parametrize("size", [0, 1, stream.CHUNK_SIZE, 2 * stream.CHUNK_SIZE + 17])
def test_round_trip(size: int) -> None:
    data = os.urandom(size)
    blob, key = encrypt(data)
    assert data not in blob or size < 16
    assert decrypt(blob, key) == data


def test_write_after_close_fails() -> None:
    writer = stream.EncryptingWriter(io.BytesIO(), aead.new_key(), "f")
    writer.close()
    with pytest.raises(ValueError, match="closed"):
        writer.write(b"x")


def test_truncation_reordering_and_another_file_fail() -> None:
    data = os.urandom(2 * stream.CHUNK_SIZE + 5)
    blob, key = encrypt(data)
    frame = stream._LENGTH.size + stream.CHUNK_SIZE + aead.HEADER_SIZE + aead.TAG_SIZE
    head = len(stream.MAGIC)
    cut = blob[: head + frame]  # drop the last chunks: the remaining one is not final
    with pytest.raises(DecryptionFailed):
        decrypt(cut, key)
    swapped = blob[:head] + blob[head + frame : head + 2 * frame] + blob[head : head + frame]
    swapped += blob[head + 2 * frame :]
    with pytest.raises(DecryptionFailed):
        decrypt(swapped, key)
    with pytest.raises(DecryptionFailed):
        decrypt(blob, key, "another-file")
    with pytest.raises(DecryptionFailed):
        decrypt(blob, aead.new_key())


@pytest.mark.parametrize("blob", [b"", b"NOTVEIL!", stream.MAGIC, stream.MAGIC + b"\x00\x00"])
def test_malformed_streams_fail(blob: bytes) -> None:
    with pytest.raises(DecryptionFailed):
        decrypt(blob, aead.new_key())


def test_short_frame_fails() -> None:
    blob, key = encrypt(b"hello")
    with pytest.raises(DecryptionFailed):
        decrypt(blob[:-3], key)
