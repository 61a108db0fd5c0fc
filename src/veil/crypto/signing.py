"""Ed25519 signatures, for audit checkpoints and deletion receipts.

Private keys travel as 32-byte seeds inside ``SecretBytes``; public keys as 32 raw bytes.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from veil.crypto.secret import SecretBytes

SEED_SIZE = 32
SIGNATURE_SIZE = 64


def public_key(seed: SecretBytes) -> bytes:
    private = Ed25519PrivateKey.from_private_bytes(seed.reveal())
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(seed: SecretBytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed.reveal()).sign(message)


def verify(public: bytes, message: bytes, signature: bytes) -> bool:
    """True only for a valid signature; malformed keys or signatures are simply invalid."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
