"""Authenticated encryption: the only module that uses AES-GCM.

Format (all integers big-endian)::

    version (1 byte) | key id (4 bytes) | nonce (12 bytes) | ciphertext + tag (16 bytes)

The header (version, key id, nonce) is authenticated together with the caller's associated
data, so neither can be changed without the tag failing. Associated data is mandatory.

The AES-GCM key schedule is built once per key object and kept with it (``SecretBytes.derived``):
a cached DEK seals and opens without re-expanding its key each time.
"""

from __future__ import annotations

import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from veil.crypto.secret import SecretBytes
from veil.domain.errors import DecryptionFailed

FORMAT_VERSION = 1
KEY_SIZE = 32  # AES-256
NONCE_SIZE = 12
TAG_SIZE = 16
_HEADER = struct.Struct(">BI")
HEADER_SIZE = _HEADER.size + NONCE_SIZE
MAX_KEY_ID = 0xFFFFFFFF


def new_key() -> SecretBytes:
    """A fresh 256-bit key from the operating system's CSPRNG."""
    return SecretBytes(os.urandom(KEY_SIZE))


def associated_data(*parts: str) -> bytes:
    """Encode context fields unambiguously: each part length-prefixed, so ``a|bc`` ≠ ``ab|c``."""
    out = bytearray()
    for part in parts:
        raw = part.encode("utf-8")
        out += struct.pack(">I", len(raw)) + raw
    return bytes(out)


def seal(key: SecretBytes, plaintext: bytes, aad: bytes, *, key_id: int) -> bytes:
    """Encrypt ``plaintext`` under ``key``, bound to ``aad``; returns the framed ciphertext."""
    if len(key) != KEY_SIZE:
        raise ValueError("AES-256-GCM needs a 32-byte key")
    if not 0 <= key_id <= MAX_KEY_ID:
        raise ValueError("key id out of range")
    header = _HEADER.pack(FORMAT_VERSION, key_id) + os.urandom(NONCE_SIZE)
    nonce = header[_HEADER.size :]
    return header + key.derived(AESGCM).encrypt(nonce, plaintext, header + aad)


def key_id(blob: bytes) -> int:
    """The key id a ciphertext names; raises ``DecryptionFailed`` for a malformed blob."""
    _check_frame(blob)
    return int(_HEADER.unpack_from(blob)[1])


def unseal(key: SecretBytes, blob: bytes, aad: bytes) -> bytes:
    """Decrypt a framed ciphertext; any tampering, wrong key or wrong ``aad`` raises."""
    _check_frame(blob)
    header, body = blob[:HEADER_SIZE], blob[HEADER_SIZE:]
    try:
        return key.derived(AESGCM).decrypt(header[_HEADER.size :], body, header + aad)
    except InvalidTag as exc:
        raise DecryptionFailed("ciphertext does not authenticate in this context") from exc


def _check_frame(blob: bytes) -> None:
    if len(blob) < HEADER_SIZE + TAG_SIZE:
        raise DecryptionFailed("ciphertext is truncated")
    if blob[0] != FORMAT_VERSION:
        raise DecryptionFailed("unknown ciphertext format version")
