from __future__ import annotations

import base64
import json

import pytest

from veil.crypto.secret import SecretBytes
from veil.domain.errors import InputError
from veil.rights import receipts
from veil.rights.receipts import ReceiptSigner

SEED = SecretBytes(bytes(range(32)))
OTHER = SecretBytes(bytes(range(1, 33)))


def signed() -> dict[str, object]:
    return ReceiptSigner(lambda: SEED).sign({"receipt_id": "r1", "tables": {"notes": 3}})


def test_a_signed_receipt_verifies_with_the_published_key() -> None:
    signer = ReceiptSigner(lambda: SEED)
    document = signed()
    result = receipts.verify(document, signer.public_key())
    assert result.valid and result.reason == "valid"
    assert result.receipt["type"] == receipts.RECEIPT_TYPE


def test_round_trip_through_json_text() -> None:
    raw = json.dumps(signed(), indent=2).encode()
    public = ReceiptSigner(lambda: SEED).public_key()
    key_text = receipts.encode_key(public)
    assert receipts.verify(receipts.parse(raw), receipts.decode_key(key_text)).valid


def test_tampering_is_detected() -> None:
    document = signed()
    body = dict(document["receipt"])  # type: ignore[call-overload]
    body["tables"] = {"notes": 2}
    tampered = {**document, "receipt": body}
    result = receipts.verify(tampered, ReceiptSigner(lambda: SEED).public_key())
    assert not result.valid and "does not match" in result.reason


def test_another_key_is_refused() -> None:
    result = receipts.verify(signed(), ReceiptSigner(lambda: OTHER).public_key())
    assert not result.valid and "different key" in result.reason


def test_forged_key_id_still_fails_the_signature() -> None:
    document = signed()
    other_public = ReceiptSigner(lambda: OTHER).public_key()
    forged = {
        **document,
        "signature": {**document["signature"], "key_id": receipts.key_id(other_public)},  # type: ignore[dict-item]
    }
    assert not receipts.verify(forged, other_public).valid


@pytest.mark.parametrize(
    "document",
    [
        {},
        {"receipt": [], "signature": {}},
        {"receipt": {"type": "other"}, "signature": {"alg": "Ed25519"}},
        {
            "receipt": {"type": receipts.RECEIPT_TYPE},
            "signature": {"alg": "Ed25519", "value": "!!"},
        },
    ],
)
def test_malformed_documents_are_invalid(document: dict[str, object]) -> None:
    public = ReceiptSigner(lambda: SEED).public_key()
    assert not receipts.verify(document, public).valid


@pytest.mark.parametrize("raw", [b"not json", b"[1, 2]", b"\xff"])
def test_parse_refuses_non_objects(raw: bytes) -> None:
    with pytest.raises(InputError):
        receipts.parse(raw)


@pytest.mark.parametrize("text", ["***", base64.b64encode(b"short").decode()])
def test_bad_public_keys_are_input_errors(text: str) -> None:
    with pytest.raises(InputError):
        receipts.decode_key(text)
