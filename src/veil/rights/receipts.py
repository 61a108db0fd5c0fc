"""Deletion receipts: signed JSON documents that anyone can verify with the published key.

A receipt is ``{"receipt": {...}, "signature": {"alg": "Ed25519", "key_id": ..., "value":
base64}}``; the signature covers the canonical JSON of ``receipt`` (sorted keys, no spaces,
ASCII). It says what was erased (tables, categories, row counts) and when, never content
or the subject id. ``key_id`` only names the key; verification always uses a key the
verifier trusts (the published one), never one carried by the document.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from veil.crypto import signing
from veil.crypto.secret import SecretBytes
from veil.domain.errors import InputError

RECEIPT_TYPE = "veil.deletion-receipt"
RECEIPT_VERSION = 1
ALGORITHM = "Ed25519"


def canonical(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def key_id(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:32]


def encode_key(public: bytes) -> str:
    return base64.b64encode(public).decode("ascii")


def decode_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except ValueError as exc:
        raise InputError("the public key is not base64") from exc
    if len(raw) != 32:
        raise InputError("an Ed25519 public key is 32 bytes")
    return raw


@dataclass(frozen=True, slots=True)
class Verification:
    valid: bool
    reason: str
    receipt: Mapping[str, Any]


class ReceiptSigner:
    """Signs receipts with the installation's Ed25519 key (from the key provider)."""

    def __init__(self, signing_key: Callable[[], SecretBytes]) -> None:
        self._signing_key = signing_key

    def public_key(self) -> bytes:
        return signing.public_key(self._signing_key())

    def sign(self, receipt: Mapping[str, Any]) -> dict[str, Any]:
        seed = self._signing_key()
        body = {"type": RECEIPT_TYPE, "version": RECEIPT_VERSION, **receipt}
        signature = signing.sign(seed, canonical(body))
        return {
            "receipt": body,
            "signature": {
                "alg": ALGORITHM,
                "key_id": key_id(signing.public_key(seed)),
                "value": base64.b64encode(signature).decode("ascii"),
            },
        }


def parse(raw: bytes) -> dict[str, Any]:
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("the receipt is not JSON") from exc
    if not isinstance(document, dict):
        raise InputError("the receipt is not a JSON object")
    return document


def verify(document: Mapping[str, Any], public: bytes) -> Verification:
    """Check ``document`` against the trusted ``public`` key."""
    body, signature = document.get("receipt"), document.get("signature")
    if not isinstance(body, dict) or not isinstance(signature, dict):
        return Verification(False, "not a Veil deletion receipt", {})
    if body.get("type") != RECEIPT_TYPE or signature.get("alg") != ALGORITHM:
        return Verification(False, "not a Veil deletion receipt", body)
    try:
        raw = base64.b64decode(str(signature.get("value", "")), validate=True)
    except ValueError:
        return Verification(False, "the signature is not base64", body)
    if signature.get("key_id") != key_id(public):
        return Verification(False, "signed by a different key", body)
    if not signing.verify(public, canonical(body), raw):
        return Verification(False, "the signature does not match the receipt", body)
    return Verification(True, "valid", body)
