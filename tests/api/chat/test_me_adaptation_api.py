"""`/api/v1/me/style`, `/me/memory`, `/me/preferences`: visible, controllable, consented."""

from __future__ import annotations

import uuid

from tests.api.chat.conftest import Api
from tests.fakes.chat import ARIA_ID
from veil.domain.purposes import Purpose


def test_memory_crud_with_personalization(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    added = api.client.post("/api/v1/me/memory", json={"text": "likes rain"}, headers=me)
    assert added.status_code == 201 and added.json()["source"] == "explicit"
    fact_id = added.json()["id"]
    patched = api.client.patch(
        f"/api/v1/me/memory/{fact_id}", json={"text": "likes summer rain"}, headers=me
    )
    assert patched.json()["text"] == "likes summer rain"
    facts = api.client.get("/api/v1/me/memory", headers=me).json()["facts"]
    assert [f["text"] for f in facts] == ["likes summer rain"]
    assert api.client.delete(f"/api/v1/me/memory/{fact_id}", headers=me).status_code == 204
    assert api.client.delete(f"/api/v1/me/memory/{fact_id}", headers=me).status_code == 404
    api.client.post("/api/v1/me/memory", json={"text": "has a cat"}, headers=me)
    assert api.client.delete("/api/v1/me/memory", headers=me).status_code == 204
    assert api.client.get("/api/v1/me/memory", headers=me).json()["facts"] == []


def test_memory_without_consent_is_403_but_reading_and_deleting_work(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    response = api.client.post("/api/v1/me/memory", json={"text": "x"}, headers=me)
    assert response.status_code == 403
    assert response.json()["type"] == "/problems/consent_required"
    assert api.client.get("/api/v1/me/memory", headers=me).json() == {"facts": []}
    assert api.client.delete("/api/v1/me/memory", headers=me).status_code == 204
    style = api.client.get("/api/v1/me/style", headers=me).json()
    assert style == {"enabled": False, "profile": {}, "instructions": []}


def test_someone_elses_memory_is_404(api: Api) -> None:
    alice = api.user(Purpose.PERSONALIZATION)
    bob = api.user(Purpose.PERSONALIZATION)
    fact_id = api.client.post("/api/v1/me/memory", json={"text": "x"}, headers=alice).json()["id"]
    assert (
        api.client.patch(
            f"/api/v1/me/memory/{fact_id}", json={"text": "y"}, headers=bob
        ).status_code
        == 404
    )
    assert api.client.delete(f"/api/v1/me/memory/{fact_id}", headers=bob).status_code == 404
    assert api.client.get("/api/v1/me/memory", headers=bob).json() == {"facts": []}


def test_style_learns_and_can_be_deleted(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    cid = api.client.post(
        "/api/v1/conversations", json={"persona_id": str(ARIA_ID)}, headers=me
    ).json()["id"]
    api.client.post(f"/api/v1/conversations/{cid}/messages", json={"content": "hey"}, headers=me)
    style = api.client.get("/api/v1/me/style", headers=me).json()
    assert style["enabled"] and style["profile"]
    assert api.client.delete("/api/v1/me/style", headers=me).status_code == 204
    assert api.client.get("/api/v1/me/style", headers=me).json()["profile"] == {}


def test_preferences_put_patch_delete(api: Api) -> None:
    me = api.user(Purpose.PERSONALIZATION)
    doc = {"tone": "gentle", "pace": "slow", "topics": ["poetry"], "limits": ["heights"],
           "safeword": "pineapple"}  # fmt: skip
    assert api.client.put("/api/v1/me/preferences", json=doc, headers=me).json() == doc
    patched = api.client.patch("/api/v1/me/preferences", json={"pace": "fast"}, headers=me)
    assert patched.json() == {**doc, "pace": "fast"}
    assert api.client.delete("/api/v1/me/preferences", headers=me).status_code == 204
    assert api.client.get("/api/v1/me/preferences", headers=me).json()["tone"] == ""
    bad = api.client.put("/api/v1/me/preferences", json={"limits": ["x"] * 31}, headers=me)
    assert bad.status_code == 422
    unknown = api.client.patch("/api/v1/me/preferences", json={"mood": "x"}, headers=me)
    assert unknown.status_code == 422


def test_adaptation_needs_authentication(api: Api) -> None:
    for method, url in [("GET", "/api/v1/me/style"), ("GET", "/api/v1/me/memory"),
                        ("DELETE", f"/api/v1/me/memory/{uuid.uuid4()}"),
                        ("GET", "/api/v1/me/preferences")]:  # fmt: skip
        assert api.client.request(method, url).status_code == 401


def test_a_turn_uses_preferences_changed_since_the_last_turn(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    made = api.client.post("/api/v1/conversations", json={"persona_id": str(ARIA_ID)}, headers=me)
    url = f"/api/v1/conversations/{made.json()['id']}/messages"
    api.client.put("/api/v1/me/preferences", json={"limits": ["heights"]}, headers=me)
    for _ in range(2):  # the second turn reads them from the cache
        api.client.post(url, json={"content": "hey"}, headers=me)
        assert (brief := api.backend.requests[-1].brief) and brief.limits == ("heights",)
    api.client.patch("/api/v1/me/preferences", json={"limits": ["spiders"]}, headers=me)
    api.client.post(url, json={"content": "hey"}, headers=me)
    assert (brief := api.backend.requests[-1].brief) and brief.limits == ("spiders",)
    api.client.delete("/api/v1/me/preferences", headers=me)
    api.client.post(url, json={"content": "hey"}, headers=me)
    assert (brief := api.backend.requests[-1].brief) and brief.limits == ()
