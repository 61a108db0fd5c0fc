"""The rights endpoints over HTTP: exports, erasure with receipt, restrictions, register."""

from __future__ import annotations

import io
import json
import zipfile

from fastapi.testclient import TestClient

from tests.api.accounts_helpers import GOOD, log_in, user
from veil.domain.roles import Role
from veil.rights import receipts
from veil.runtime import Runtime


def test_the_receipt_key_is_published(client: TestClient, runtime: Runtime) -> None:
    body = client.get("/api/v1/receipts/public-key").json()
    assert body["alg"] == "Ed25519"
    public = receipts.decode_key(body["public_key"])
    assert body["key_id"] == receipts.key_id(public)
    assert public == runtime.rights.receipts.public_key()


def test_export_flow_with_single_use_download(client: TestClient) -> None:
    me = user(client, "exporter", service=True)
    started = client.post("/api/v1/me/exports", headers=me)
    assert started.status_code == 202, started.text
    export_id = started.json()["id"]
    status = client.get(f"/api/v1/me/exports/{export_id}", headers=me).json()
    assert status["status"] == "ready" and status["progress_done"] == status["progress_total"]
    url = status["download_url"]
    download = client.get(url)
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/zip"
    assert download.headers["cache-control"] == "no-store"
    archive = zipfile.ZipFile(io.BytesIO(download.content))
    data = json.loads(archive.read("data.json"))
    sections = {s["name"]: s["rows"] for s in data["sections"]}
    assert sections["accounts"][0]["username"] == "exporter"
    assert sections["accounts"][0]["passphrase_hash"] is None  # credentials are withheld
    assert len(sections["consent_events"]) == 4
    assert all(row["token_hash"] is None for row in sections["auth_tokens"])
    again = client.get(url)
    assert again.status_code == 404
    assert again.headers["content-type"] == "application/problem+json"


def test_exports_are_private_to_their_owner(client: TestClient) -> None:
    alice, bob = user(client, "alicex"), user(client, "bobx")
    export_id = client.post("/api/v1/me/exports", headers=alice).json()["id"]
    assert client.get(f"/api/v1/me/exports/{export_id}", headers=bob).status_code == 404
    assert client.post("/api/v1/me/exports").status_code == 401


def test_delete_me_needs_the_passphrase_and_returns_a_verifiable_receipt(
    client: TestClient,
) -> None:
    me = user(client, "leaver")
    wrong = client.request("DELETE", "/api/v1/me", headers=me, json={"passphrase": "nope nope"})
    assert wrong.status_code == 401
    response = client.request("DELETE", "/api/v1/me", headers=me, json={"passphrase": GOOD})
    assert response.status_code == 200, response.text
    document = response.json()
    assert document["receipt"]["tables"]["accounts"] == 1
    public = receipts.decode_key(client.get("/api/v1/receipts/public-key").json()["public_key"])
    assert receipts.verify(document, public).valid
    assert client.get("/api/v1/me", headers=me).status_code == 401
    gone = client.post("/api/v1/sessions", json={"username": "leaver", "passphrase": GOOD})
    assert gone.status_code == 401


def test_restriction_and_objection_round_trip(client: TestClient) -> None:
    me = user(client, "restrictor")
    assert client.get("/api/v1/me/restrictions", headers=me).json() == {
        "restricted": False, "training_objection": False,
    }  # fmt: skip
    assert client.put("/api/v1/me/restrictions/processing", headers=me).json()["restricted"]
    body = client.put("/api/v1/me/restrictions/training", headers=me).json()
    assert body == {"restricted": True, "training_objection": True}
    client.delete("/api/v1/me/restrictions/processing", headers=me)
    body = client.delete("/api/v1/me/restrictions/training", headers=me).json()
    assert body == {"restricted": False, "training_objection": False}


def test_the_register_is_for_dpo_and_admin_only(client: TestClient, runtime: Runtime) -> None:
    me = user(client, "requester")
    client.put("/api/v1/me/restrictions/processing", headers=me)
    client.post("/api/v1/me/exports", headers=me)
    assert client.get("/api/v1/admin/requests", headers=me).status_code == 403
    for name, role in (("dpoone", Role.DPO), ("adminone", Role.ADMIN)):
        runtime.accounts.create_staff(name, GOOD, role)
        staff = log_in(client, name)
        listed = client.get("/api/v1/admin/requests?open=false", headers=staff)
        assert listed.status_code == 200, listed.text
        kinds = sorted(r["kind"] for r in listed.json())
        assert kinds == ["access", "restriction"]
        assert all(not r["overdue"] and r["channel"] == "self_service" for r in listed.json())
        one = listed.json()[0]
        shown = client.get(f"/api/v1/admin/requests/{one['id']}", headers=staff).json()
        assert shown == one
    runtime.accounts.create_staff("supportone", GOOD, Role.SUPPORT)
    support = log_in(client, "supportone")
    assert client.get("/api/v1/admin/requests", headers=support).status_code == 403
    open_only = client.get("/api/v1/admin/requests?overdue=true", headers=log_in(client, "dpoone"))
    assert open_only.json() == []


def test_a_restricted_account_gets_no_new_processing(client: TestClient) -> None:
    me = user(client, "frozen", service=True, personalization=True)
    persona = client.get("/api/v1/personas", headers=me).json()["personas"][0]["id"]
    conversation = client.post(
        "/api/v1/conversations", json={"persona_id": persona}, headers=me
    ).json()["id"]
    turn = f"/api/v1/conversations/{conversation}/messages"
    client.put("/api/v1/me/restrictions/processing", headers=me)
    refused = client.post(turn, json={"content": "hello there"}, headers=me)
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("processing_restricted")
    assert client.get(f"/api/v1/conversations/{conversation}", headers=me).status_code == 200
    client.delete("/api/v1/me/restrictions/processing", headers=me)
    assert client.post(turn, json={"content": "hello there"}, headers=me).status_code == 201
