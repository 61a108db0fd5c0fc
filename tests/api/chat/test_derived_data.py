"""Derived data follows its source: memory and style drawn from a message do not outlive it,
nor a rectification of it, nor the withdrawal of ``personalization`` consent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tests.api.chat.conftest import Api
from tests.fakes.chat import ARIA_ID
from veil.domain.purposes import Purpose
from veil.store.base import utcnow
from veil.store.models import AuditRecord, MemoryFactRow
from veil.store.registry import DataRegistry
from veil.store.repos.retention import RetentionRepository

Headers = dict[str, str]


def _conversation(api: Api, me: Headers) -> str:
    response = api.client.post(
        "/api/v1/conversations", json={"persona_id": str(ARIA_ID)}, headers=me
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _say(api: Api, me: Headers, cid: str, text: str) -> dict[str, Any]:
    response = api.client.post(
        f"/api/v1/conversations/{cid}/messages", json={"content": text}, headers=me
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _facts(api: Api, me: Headers) -> list[str]:
    return sorted(
        f["text"] for f in api.client.get("/api/v1/me/memory", headers=me).json()["facts"]
    )


def _style(api: Api, me: Headers) -> dict[str, Any]:
    profile: dict[str, Any] = api.client.get("/api/v1/me/style", headers=me).json()["profile"]
    return profile


def test_deleting_a_message_deletes_the_facts_drawn_from_it(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    cid = _conversation(api, me)
    jazz = _say(api, me, cid, "remember that i love jazz")
    _say(api, me, cid, "remember that my cat is called Miso")
    api.client.post("/api/v1/me/memory", json={"text": "likes rain"}, headers=me)
    assert _facts(api, me) == ["i love jazz", "likes rain", "my cat is called Miso"]

    message = jazz["user_message"]["id"]
    assert (
        api.client.delete(f"/api/v1/conversations/{cid}/messages/{message}", headers=me).status_code
        == 204
    )
    assert _facts(api, me) == ["likes rain", "my cat is called Miso"]


def test_deleting_a_conversation_deletes_its_facts_and_rebuilds_the_style(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    loud, quiet = _conversation(api, me), _conversation(api, me)
    for text in ("REMEMBER THAT I LOVE METAL!!", "THIS IS SO GREAT!!", "WHAT A DAY!!"):
        _say(api, me, loud, text)
    for text in ("remember that i love tea", "so calm here", "good night"):
        _say(api, me, quiet, text)
    before = _style(api, me)
    assert before["messages"] == 6 and before["shouting_rate"] > 0
    assert "I LOVE METAL" in _facts(api, me)

    assert api.client.delete(f"/api/v1/conversations/{loud}", headers=me).status_code == 204
    after = _style(api, me)
    assert after["messages"] == 3
    assert after["shouting_rate"] == 0 and after["exclaim_rate"] == 0
    assert _facts(api, me) == ["i love tea"]

    assert api.client.delete(f"/api/v1/conversations/{quiet}", headers=me).status_code == 204
    assert _style(api, me) == {}  # nothing learned from is left
    assert _facts(api, me) == []


def test_rectifying_a_message_replaces_what_was_drawn_from_it(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    cid = _conversation(api, me)
    turn = _say(api, me, cid, "REMEMBER THAT I LOVE JAZZ!!")
    _say(api, me, cid, "ok")
    assert _style(api, me)["shouting_rate"] > 0
    message = turn["user_message"]["id"]
    edited = api.client.patch(
        f"/api/v1/conversations/{cid}/messages/{message}",
        json={"content": "remember that i love opera"},
        headers=me,
    )
    assert edited.status_code == 200, edited.text
    assert _facts(api, me) == ["i love opera"]
    style = _style(api, me)
    assert style["messages"] == 2 and style["shouting_rate"] == 0


def test_withdrawing_personalization_erases_what_was_learned(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    cid = _conversation(api, me)
    _say(api, me, cid, "remember that i love jazz")
    api.client.put("/api/v1/me/preferences", json={"limits": ["heights"]}, headers=me)
    assert _facts(api, me) and _style(api, me)

    withdrawn = api.client.post(
        "/api/v1/me/consents/personalization", json={"granted": False}, headers=me
    )
    assert withdrawn.status_code == 200, withdrawn.text
    assert _facts(api, me) == [] and _style(api, me) == {}
    assert api.client.get("/api/v1/me/preferences", headers=me).json()["limits"] == ["heights"]
    with api.runtime.database.read() as session:
        actions = list(session.scalars(select(AuditRecord.action)))
    assert "chat.adaptation.erase" in actions

    # Granted again: what was learned before the withdrawal is never learned back.
    api.client.post("/api/v1/me/consents/personalization", json={"granted": True}, headers=me)
    later = _say(api, me, cid, "hi again")
    message = later["user_message"]["id"]
    assert _style(api, me)["messages"] == 1
    api.client.delete(f"/api/v1/conversations/{cid}/messages/{message}", headers=me)
    assert _style(api, me) == {}


def test_under_restriction_a_deletion_drops_the_style_instead_of_rebuilding_it(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    cid = _conversation(api, me)
    first = _say(api, me, cid, "hello there")
    _say(api, me, cid, "how are you")
    assert api.client.put("/api/v1/me/restrictions/processing", headers=me).status_code == 200
    message = first["user_message"]["id"]
    assert (
        api.client.delete(f"/api/v1/conversations/{cid}/messages/{message}", headers=me).status_code
        == 204
    )
    assert _style(api, me) == {}


def test_retention_purging_a_message_takes_its_facts(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    cid = _conversation(api, me)
    _say(api, me, cid, "remember that i love jazz")
    explicit = api.client.post("/api/v1/me/memory", json={"text": "likes rain"}, headers=me)
    assert explicit.status_code == 201
    with api.runtime.database.unit_of_work() as session:
        repo = RetentionRepository(session, DataRegistry())
        purged = repo.purge_batch("messages", "created_at", utcnow(), 100)  # every message
    assert purged == 3  # the greeting, the message and its reply
    with api.runtime.database.read() as session:
        left = session.scalars(select(MemoryFactRow.source_message_id)).all()
    assert left == [None]  # the fact added through the API has no source message
    assert _facts(api, me) == ["likes rain"]


def test_corrections_outlive_the_messages_a_rebuild_replays(api: Api) -> None:
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    cid = _conversation(api, me)
    _say(api, me, cid, "hello there")
    pinned = api.client.patch("/api/v1/me/style", json={"language": "fr"}, headers=me)
    assert pinned.status_code == 200, pinned.text
    assert api.client.delete(f"/api/v1/conversations/{cid}", headers=me).status_code == 204
    style = _style(api, me)
    assert style["pinned"] == {"language": "fr"} and style["messages"] == 0
