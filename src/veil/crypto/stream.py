"""Chunked AEAD for files (export archives): encrypt and decrypt in constant memory.

Format: ``MAGIC`` then frames of ``length (4 bytes, big-endian) | aead.seal(chunk)``. Each
chunk's associated data binds the file id, the chunk's index and whether it is the last,
so chunks cannot be reordered, dropped, swapped between files, or the file truncated
(the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár, over ``aead``).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import BinaryIO

from veil.crypto import aead
from veil.crypto.secret import SecretBytes
from veil.domain.errors import DecryptionFailed

MAGIC = b"VEILSTR1"
CHUNK_SIZE = 1 << 20
_LENGTH = struct.Struct(">I")
_MAX_FRAME = CHUNK_SIZE + aead.HEADER_SIZE + aead.TAG_SIZE


def _aad(file_id: str, index: int, final: bool) -> bytes:
    return aead.associated_data("veil/stream", file_id, str(index), "final" if final else "more")


class EncryptingWriter:
    """A write-only binary sink that encrypts into ``sink`` chunk by chunk.

    It has ``tell`` but no ``seek``, so ``zipfile`` writes a streamed archive into it.
    ``close()`` writes the final chunk; a file without it does not decrypt.
    """

    def __init__(self, sink: BinaryIO, key: SecretBytes, file_id: str) -> None:
        self._sink, self._key, self._file_id = sink, key, file_id
        self._buffer = bytearray()
        self._index = 0
        self._position = 0
        self.closed = False
        sink.write(MAGIC)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self.closed:
            raise ValueError("write to a closed stream")
        self._buffer += data
        self._position += len(data)
        while len(self._buffer) > CHUNK_SIZE:
            self._emit(bytes(self._buffer[:CHUNK_SIZE]), final=False)
            del self._buffer[:CHUNK_SIZE]
        return len(data)

    def tell(self) -> int:
        return self._position

    def flush(self) -> None:
        self._sink.flush()

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self._buffer), final=True)
            self._buffer.clear()
            self.closed = True
            self._sink.flush()

    def _emit(self, chunk: bytes, *, final: bool) -> None:
        frame = aead.seal(self._key, chunk, _aad(self._file_id, self._index, final), key_id=1)
        self._sink.write(_LENGTH.pack(len(frame)) + frame)
        self._index += 1


def decrypt(source: BinaryIO, key: SecretBytes, file_id: str) -> Iterator[bytes]:
    """Yield the plaintext chunk by chunk; ``DecryptionFailed`` on any tampering or
    truncation (raised before the missing or altered chunk would be yielded)."""
    if source.read(len(MAGIC)) != MAGIC:
        raise DecryptionFailed("not an encrypted Veil stream")
    index = 0
    pending: bytes | None = None
    while True:
        header = source.read(_LENGTH.size)
        if not header:
            break
        if len(header) != _LENGTH.size:
            raise DecryptionFailed("stream is truncated")
        (length,) = _LENGTH.unpack(header)
        frame = source.read(length)
        if length > _MAX_FRAME or len(frame) != length:
            raise DecryptionFailed("stream is truncated")
        if pending is not None:
            yield aead.unseal(key, pending, _aad(file_id, index - 1, False))
        pending = frame
        index += 1
    if pending is None:
        raise DecryptionFailed("stream is truncated")
    yield aead.unseal(key, pending, _aad(file_id, index - 1, True))
