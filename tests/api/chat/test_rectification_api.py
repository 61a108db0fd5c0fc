"""Rectification of what the person made or what was learned about them: their personas and
their style profile (messages, memory and settings have their own tests). Every correction
is audited."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

from tests.api.chat.conftest import Api
from tests.data.safety_cases import MINORS
from tests.fakes.chat import ARIA_ID
from tests.unit.chat import cardkit
from veil.domain.purposes import Purpose
from veil.store.models import AuditRecord

PROBLEM = "application/problem+json"


def _actions(api: Api) -> list[str]:
    with api.runtime.database.read() as session:
        return list(session.scalars(select(AuditRecord.action)))


def _persona(api: Api, me: dict[str, str]) -> str:
    made = api.client.post("/api/v1/personas", json=cardkit.v3_card(), headers=me)
    assert made.status_code == 201, made.text
    return str(made.json()["id"])


def test_correcting_my_persona_changes_its_card_and_is_audited(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    pid = _persona(api, me)
    body = {"name": "Mira", "description": "A patient listener.", "tags": ["calm", "kind"]}
    fixed = api.client.patch(f"/api/v1/personas/{pid}", json=body, headers=me)
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["name"] == "Mira" and fixed.json()["tags"] == ["calm", "kind"]
    assert api.client.get(f"/api/v1/personas/{pid}", headers=me).json() == fixed.json()
    card = json.loads(api.client.get(f"/api/v1/personas/{pid}/card.json", headers=me).content)
    assert card["data"]["name"] == "Mira" and card["data"]["description"] == "A patient listener."
    assert "chat.persona.rectify" in _actions(api)


def test_persona_corrections_are_checked_like_imports(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    pid = _persona(api, me)
    url = f"/api/v1/personas/{pid}"
    for bad in ({"name": ""}, {"name": 5}, {"avatar": "x"}, {"tags": ["x"] * 129}):
        response = api.client.patch(url, json=bad, headers=me)
        assert response.status_code == 422, bad
        assert response.headers["content-type"] == PROBLEM
    too_long = api.client.patch(url, json={"description": "x" * 100_001}, headers=me)
    assert too_long.status_code == 422 and too_long.json()["type"] == "/problems/invalid_card"
    blocked = api.client.patch(url, json={"description": MINORS[0]}, headers=me)
    assert blocked.status_code == 422 and blocked.json()["type"] == "/problems/content_blocked"
    assert api.client.get(url, headers=me).json()["name"] != ""  # unchanged


def test_only_my_own_personas_can_be_corrected(api: Api) -> None:
    alice, bob = api.user(Purpose.SERVICE), api.user(Purpose.SERVICE)
    pid = _persona(api, alice)
    body = {"name": "Taken"}
    assert api.client.patch(f"/api/v1/personas/{pid}", json=body, headers=bob).status_code == 404
    builtin = api.client.patch(f"/api/v1/personas/{ARIA_ID}", json=body, headers=alice)
    assert builtin.status_code == 403
    unknown = api.client.patch(f"/api/v1/personas/{uuid.uuid4()}", json=body, headers=alice)
    assert unknown.status_code == 404


def _chat(api: Api, me: dict[str, str], *texts: str) -> None:
    cid = api.client.post(
        "/api/v1/conversations", json={"persona_id": str(ARIA_ID)}, headers=me
    ).json()["id"]
    for text in texts:
        sent = api.client.post(
            f"/api/v1/conversations/{cid}/messages", json={"content": text}, headers=me
        )
        assert sent.status_code == 201, sent.text


def test_correcting_my_style_pins_values_over_learning(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    _chat(api, me, "hey 😊", "so good 😍", "ok 🙂")
    assert (
        "Use emoji freely." in api.client.get("/api/v1/me/style", headers=me).json()["instructions"]
    )

    fixed = api.client.patch(
        "/api/v1/me/style", json={"emoji_rate": 0, "language": "de"}, headers=me
    )
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["profile"]["pinned"] == {"emoji_rate": 0.0, "language": "de"}
    assert "Don't use emoji." in fixed.json()["instructions"]
    assert "Reply in German." in fixed.json()["instructions"]
    _chat(api, me, "more 😘 😘")  # learning does not undo a correction
    style = api.client.get("/api/v1/me/style", headers=me).json()
    assert style["profile"]["emoji_rate"] == 0.0 and "Reply in German." in style["instructions"]
    released = api.client.patch("/api/v1/me/style", json={"language": None}, headers=me)
    assert released.json()["profile"]["pinned"] == {"emoji_rate": 0.0}
    assert "chat.style.rectify" in _actions(api)


def test_style_corrections_are_validated(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    assert (
        api.client.patch("/api/v1/me/style", json={"emoji_rate": 0}, headers=me).status_code == 404
    )
    _chat(api, me, "hello")
    for bad in ({"emoji_rate": 2}, {"emoji_rate": "0.5"}, {"language": "xx"}, {"messages": 9}):
        response = api.client.patch("/api/v1/me/style", json=bad, headers=me)
        assert response.status_code == 422, bad
    no_consent = api.user(Purpose.SERVICE)
    refused = api.client.patch("/api/v1/me/style", json={"emoji_rate": 0}, headers=no_consent)
    assert refused.status_code == 403
