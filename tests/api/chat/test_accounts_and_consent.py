"""The chat API with the real accounts, sessions and consent services."""

from __future__ import annotations

from tests.api.accounts_helpers import GOOD
from tests.api.chat.conftest import Api
from tests.fakes.chat import ARIA, ARIA_ID
from veil.chat.ports import ChatStorage
from veil.chat.wiring import build_chat
from veil.domain.purposes import Purpose


def start(api: Api, headers: dict[str, str]) -> str:
    made = api.client.post(
        "/api/v1/conversations", json={"persona_id": str(ARIA_ID)}, headers=headers
    )
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


def test_incognito_conversations_end_at_logout(api: Api) -> None:
    me = api.user()
    cid = start(api, me)
    assert api.client.get("/api/v1/conversations", headers=me).json()["conversations"]
    name = api.client.get("/api/v1/me", headers=me).json()["username"]
    assert api.client.delete("/api/v1/sessions/current", headers=me).status_code == 204
    login = api.client.post("/api/v1/sessions", json={"username": name, "passphrase": GOOD})
    again = {"Authorization": f"Bearer {login.json()['token']}"}
    assert api.client.get("/api/v1/conversations", headers=again).json() == {"conversations": []}
    assert api.client.get(f"/api/v1/conversations/{cid}", headers=again).status_code == 403


def test_withdrawing_service_consent_hides_stored_conversations(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    withdrawn = api.client.post("/api/v1/me/consents/service", json={"granted": False}, headers=me)
    assert withdrawn.status_code == 200, withdrawn.text
    response = api.client.get(f"/api/v1/conversations/{cid}", headers=me)
    assert response.status_code == 403
    assert response.json()["type"] == "/problems/consent_required"
    fresh = api.client.post(
        "/api/v1/conversations", json={"persona_id": str(ARIA_ID)}, headers=me
    ).json()
    assert fresh["incognito"]
    api.client.post("/api/v1/me/consents/service", json={"granted": True}, headers=me)
    assert api.client.get(f"/api/v1/conversations/{cid}", headers=me).status_code == 200


def test_granting_personalization_turns_learning_on(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    url = f"/api/v1/conversations/{cid}/messages"
    api.client.post(url, json={"content": "Remember that I love jazz."}, headers=me)
    assert api.client.get("/api/v1/me/memory", headers=me).json() == {"facts": []}
    api.client.post("/api/v1/me/consents/personalization", json={"granted": True}, headers=me)
    api.client.post(url, json={"content": "Remember that I love jazz."}, headers=me)
    facts = api.client.get("/api/v1/me/memory", headers=me).json()["facts"]
    assert [f["text"] for f in facts] == ["I love jazz"]
    assert api.client.get("/api/v1/me/style", headers=me).json()["enabled"]


def test_an_invalid_or_revoked_token_is_401(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    assert api.client.delete("/api/v1/sessions/current", headers=me).status_code == 204
    assert api.client.get("/api/v1/conversations", headers=me).status_code == 401
    bad = {"Authorization": "Bearer not-a-token"}
    assert api.client.get("/api/v1/personas", headers=bad).status_code == 401


def test_cached_consent_and_restriction_change_the_next_turn_at_once(api: Api) -> None:
    runtime = api.runtime
    storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, runtime.consent)
    gate = runtime.consent.ensure_may_process  # the cached check runtime.build wires
    runtime.chat = build_chat(storage, api.backend, (ARIA,), restrictions=gate)
    me = api.user(Purpose.SERVICE)
    url = f"/api/v1/conversations/{start(api, me)}/messages"
    for _ in range(2):  # the caller, consent and restrictions are now cached
        assert api.client.post(url, json={"content": "hello"}, headers=me).status_code == 201
    api.client.put("/api/v1/me/restrictions/processing", headers=me)
    refused = api.client.post(url, json={"content": "hello"}, headers=me)
    assert refused.json()["type"] == "/problems/processing_restricted"
    api.client.delete("/api/v1/me/restrictions/processing", headers=me)
    assert api.client.post(url, json={"content": "hello"}, headers=me).status_code == 201
    api.client.post("/api/v1/me/consents/service", json={"granted": False}, headers=me)
    refused = api.client.post(url, json={"content": "hello"}, headers=me)
    assert refused.json()["type"] == "/problems/consent_required"
