from __future__ import annotations

from fastapi.testclient import TestClient

from veil.domain.audit import Actor, ActorKind
from veil.domain.ids import new_subject_id
from veil.rights import receipts
from veil.runtime import Runtime


def test_the_receipt_key_is_published_and_verifies_receipts(
    client: TestClient, runtime: Runtime
) -> None:
    response = client.get("/api/v1/receipts/public-key")
    assert response.status_code == 200
    body = response.json()
    assert body["alg"] == "Ed25519"
    public = receipts.decode_key(body["public_key"])
    assert body["key_id"] == receipts.key_id(public)
    erased = runtime.rights.erasure.erase_account(
        new_subject_id(), actor=Actor(ActorKind.STAFF, "dpo-1")
    )
    assert receipts.verify(erased.receipt, public).valid
