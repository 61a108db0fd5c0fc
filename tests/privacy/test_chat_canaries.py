"""Canaries planted through the chat API are sealed at rest and never logged."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.chat.conftest import Api, make_api
from tests.fakes.chat import ARIA_ID
from tests.unit.chat import cardkit
from veil.domain.purposes import Purpose
from veil.runtime import Runtime

CANARY = "canary-okapi-5521-quince"


@pytest.fixture
def api(runtime: Runtime) -> Iterator[Api]:
    yield from make_api(runtime)


def test_chat_canaries_are_sealed_and_not_logged(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    if api.runtime.database.dialect != "sqlite":
        pytest.skip("scans the SQLite file")
    caplog.set_level(logging.DEBUG)
    me = api.user(Purpose.SERVICE, Purpose.PERSONALIZATION)
    api.backend.reply = f"I will remember {CANARY} for you, always and without fail, my dear."
    created = api.client.post(
        "/api/v1/conversations",
        json={"persona_id": str(ARIA_ID), "title": f"about {CANARY}"},
        headers=me,
    ).json()
    base = f"/api/v1/conversations/{created['id']}"
    api.client.post(f"{base}/messages", json={"content": f"Remember that {CANARY}."}, headers=me)
    api.client.post("/api/v1/me/memory", json={"text": f"likes {CANARY}"}, headers=me)
    api.client.put("/api/v1/me/preferences", json={"limits": [CANARY]}, headers=me)
    card = cardkit.v2_card()
    card["data"]["description"] = f"knows {CANARY}"
    assert api.client.post("/api/v1/personas", json=card, headers=me).status_code == 201
    facts = api.client.get("/api/v1/me/memory", headers=me).json()["facts"]
    assert any(CANARY in fact["text"] for fact in facts)  # stored, and readable by its owner
    api.runtime.database.dispose()
    path = Path(api.runtime.settings.database_url.removeprefix("sqlite:///"))
    raw = b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    assert CANARY.encode() not in raw
    assert CANARY not in caplog.text
