"""``/api/v1/conversations``: JSON and SSE turns, regenerate, edits, isolation, bad input."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from tests.api.chat.conftest import Api
from tests.fakes.chat import ARIA_ID
from veil.domain.purposes import Purpose

PROBLEM = "application/problem+json"


def start(api: Api, headers: dict[str, str]) -> str:
    response = api.client.post(
        "/api/v1/conversations", json={"persona_id": str(ARIA_ID)}, headers=headers
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def sse_events(body: str) -> list[tuple[str, Any]]:
    events = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines.get("event", "message"), json.loads(lines["data"])))
    return events


def test_json_turn_round_trip(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    response = api.client.post(
        f"/api/v1/conversations/{cid}/messages", json={"content": "hello"}, headers=me
    )
    assert response.status_code == 201
    turn = response.json()
    assert turn["reply"]["content"] == api.backend.reply and turn["end"] == "stop"
    assert turn["user_message"]["role"] == "user" and not turn["incognito"]
    detail = api.client.get(f"/api/v1/conversations/{cid}", headers=me).json()
    assert [m["role"] for m in detail["messages"]] == ["assistant", "user", "assistant"]
    listed = api.client.get("/api/v1/conversations", headers=me).json()["conversations"]
    assert [c["id"] for c in listed] == [cid]


def test_sse_turn_streams_deltas_then_done(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    response = api.client.post(
        f"/api/v1/conversations/{cid}/messages",
        json={"content": "hello"},
        headers={**me, "Accept": "text/event-stream"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = sse_events(response.text)
    deltas = [data["text"] for name, data in events if name == "delta"]
    assert "".join(deltas) == api.backend.reply
    name, done = events[-1]
    assert name == "done" and done["reply"]["content"] == api.backend.reply
    stored = api.client.get(f"/api/v1/conversations/{cid}", headers=me).json()["messages"]
    assert done["reply"]["id"] in [m["id"] for m in stored]


def test_sse_backend_failure_before_output_is_a_problem(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    api.backend.fail_after = 0
    response = api.client.post(
        f"/api/v1/conversations/{cid}/messages",
        json={"content": "hello"},
        headers={**me, "Accept": "text/event-stream"},
    )
    assert response.status_code == 503
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["type"] == "/problems/backend_unavailable"


def test_sse_backend_failure_mid_stream_is_an_error_event(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    api.backend.fail_after = 12  # after some text was released (the guard holds a tail back)
    response = api.client.post(
        f"/api/v1/conversations/{cid}/messages",
        json={"content": "hello"},
        headers={**me, "Accept": "text/event-stream"},
    )
    events = sse_events(response.text)
    assert events[-1][0] == "error" and events[-1][1]["status"] == 503
    stored = api.client.get(f"/api/v1/conversations/{cid}", headers=me).json()["messages"]
    assert len(stored) == 1  # the greeting only: no partial reply


def test_json_backend_failure_is_503_and_stores_nothing(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    api.backend.fail_after = 1
    response = api.client.post(
        f"/api/v1/conversations/{cid}/messages", json={"content": "hi"}, headers=me
    )
    assert response.status_code == 503 and response.headers["content-type"] == PROBLEM
    stored = api.client.get(f"/api/v1/conversations/{cid}", headers=me).json()["messages"]
    assert len(stored) == 1


def test_regenerate_edit_delete_rename(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    base = f"/api/v1/conversations/{cid}"
    turn = api.client.post(f"{base}/messages", json={"content": "hi"}, headers=me).json()
    again = api.client.post(f"{base}/regenerate", headers=me)
    assert again.status_code == 201 and again.json()["alternatives"] == 2
    user_id = turn["user_message"]["id"]
    edited = api.client.patch(f"{base}/messages/{user_id}", json={"content": "hey"}, headers=me)
    assert edited.status_code == 200 and edited.json()["content"] == "hey"
    reply_id = turn["reply"]["id"]
    refused = api.client.patch(f"{base}/messages/{reply_id}", json={"content": "x"}, headers=me)
    assert refused.status_code == 422
    assert api.client.delete(f"{base}/messages/{user_id}", headers=me).status_code == 204
    renamed = api.client.patch(base, json={"title": "Late talk"}, headers=me)
    assert renamed.json()["title"] == "Late talk"
    assert api.client.delete(base, headers=me).status_code == 204
    assert api.client.get(base, headers=me).status_code == 404


def test_incognito_without_service_consent(api: Api) -> None:
    me = api.user()
    cid = start(api, me)
    turn = api.client.post(
        f"/api/v1/conversations/{cid}/messages", json={"content": "hi"}, headers=me
    ).json()
    assert turn["incognito"]
    listed = api.client.get("/api/v1/conversations", headers=me).json()["conversations"]
    assert listed[0]["incognito"]


def test_someone_elses_conversation_is_404(api: Api) -> None:
    alice, bob = api.user(Purpose.SERVICE), api.user(Purpose.SERVICE)
    cid = start(api, alice)
    base = f"/api/v1/conversations/{cid}"
    turn = api.client.post(f"{base}/messages", json={"content": "hi"}, headers=alice).json()
    message = f"{base}/messages/{turn['user_message']['id']}"
    for method, url, body in [
        ("GET", base, None),
        ("PATCH", base, {"title": "x"}),
        ("DELETE", base, None),
        ("POST", f"{base}/messages", {"content": "x"}),
        ("POST", f"{base}/regenerate", None),
        ("PATCH", message, {"content": "x"}),
        ("DELETE", message, None),
    ]:
        response = api.client.request(method, url, json=body, headers=bob)
        assert response.status_code == 404, (method, url)
        assert response.headers["content-type"] == PROBLEM


def test_unauthenticated_is_401(api: Api) -> None:
    for method, url in [
        ("GET", "/api/v1/conversations"),
        ("POST", "/api/v1/conversations"),
        ("POST", f"/api/v1/conversations/{uuid.uuid4()}/messages"),
    ]:
        response = api.client.request(method, url, json={})
        assert response.status_code == 401, url


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"content": ""}, 422),
        ({"content": "x" * 8001}, 422),
        ({"content": "hi", "extra": 1}, 422),
        ({}, 422),
        ({"content": 5}, 422),
    ],
)
def test_bad_message_bodies(api: Api, body: dict[str, Any], status: int) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    response = api.client.post(f"/api/v1/conversations/{cid}/messages", json=body, headers=me)
    assert response.status_code == status
    assert "x" * 100 not in response.text  # the rejected input is never echoed


def test_malformed_and_huge_bodies(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    cid = start(api, me)
    url = f"/api/v1/conversations/{cid}/messages"
    headers = {**me, "Content-Type": "application/json"}
    assert api.client.post(url, content=b"{not json", headers=headers).status_code == 400
    huge = b'{"content": "' + b"x" * 2_000_000 + b'"}'
    assert api.client.post(url, content=huge, headers=headers).status_code == 413
    assert (
        api.client.post(
            "/api/v1/conversations", json={"persona_id": "nope"}, headers=me
        ).status_code
        == 422
    )
    missing = api.client.post(
        "/api/v1/conversations", json={"persona_id": str(uuid.uuid4())}, headers=me
    )
    assert missing.status_code == 404
