"""``/api/v1/personas``: built-ins, card import (JSON and PNG) and export, hostile cards."""

from __future__ import annotations

import json

from tests.api.chat.conftest import Api
from tests.data.safety_cases import MINORS
from tests.unit.chat import cardkit
from veil.chat import cards
from veil.domain.purposes import Purpose

PROBLEM = "application/problem+json"


def test_builtins_are_listed_for_everyone(api: Api) -> None:
    listed = api.client.get("/api/v1/personas", headers=api.user()).json()["personas"]
    assert listed[0]["kind"] == "builtin"


def test_import_json_card_then_export_both_formats(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    card = cardkit.v3_card()
    made = api.client.post("/api/v1/personas", json=card, headers=me)
    assert made.status_code == 201, made.text
    persona = made.json()
    assert persona["kind"] == "user" and persona["name"] == card["data"]["name"]
    pid = persona["id"]
    assert api.client.get(f"/api/v1/personas/{pid}", headers=me).json() == persona
    exported = api.client.get(f"/api/v1/personas/{pid}/card.json", headers=me)
    assert exported.headers["content-type"] == "application/json"
    assert json.loads(exported.content)["data"]["name"] == card["data"]["name"]
    png = api.client.get(f"/api/v1/personas/{pid}/card.png", headers=me)
    assert png.headers["content-type"] == "image/png"
    again = cards.parse(png.content, "image/png")
    assert again.persona.name == card["data"]["name"]
    assert pid in [
        p["id"] for p in api.client.get("/api/v1/personas", headers=me).json()["personas"]
    ]


def test_import_png_card_keeps_the_avatar(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    png = cardkit.png_with(("chara", cardkit.b64json(cardkit.v2_card())))
    made = api.client.post(
        "/api/v1/personas", content=png, headers={**me, "Content-Type": "image/png"}
    )
    assert made.status_code == 201, made.text
    assert made.json()["has_avatar"]


def test_hostile_and_malformed_cards_are_422_problems(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    bad = [
        (b"\x89PNG\r\n\x1a\nnot really", "image/png"),
        (cardkit.png_with(("chara", b"%%% not base64 %%%")), "image/png"),
        (json.dumps({"spec": "chara_card_v9", "data": {}}).encode(), "application/json"),
        (json.dumps({"spec": "chara_card_v2", "data": {"name": "x" * 300}}).encode(),
         "application/json"),
    ]  # fmt: skip
    for body, content_type in bad:
        response = api.client.post(
            "/api/v1/personas", content=body, headers={**me, "Content-Type": content_type}
        )
        assert response.status_code == 422, response.text
        assert response.headers["content-type"] == PROBLEM
        assert response.json()["type"] == "/problems/invalid_card"


def test_a_card_the_policy_blocks_is_refused(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    card = cardkit.v2_card()
    card["data"]["description"] = MINORS[0]
    response = api.client.post("/api/v1/personas", json=card, headers=me)
    assert response.status_code == 422
    assert response.json()["type"] == "/problems/content_blocked"
    assert MINORS[0] not in response.text


def test_oversized_png_upload_is_413(api: Api) -> None:
    me = api.user(Purpose.SERVICE)
    huge = b"\x89PNG\r\n\x1a\n" + b"\x00" * (9 * 1024 * 1024)
    response = api.client.post(
        "/api/v1/personas", content=huge, headers={**me, "Content-Type": "image/png"}
    )
    assert response.status_code == 413


def test_personas_need_consent_ownership_and_auth(api: Api) -> None:
    alice, bob = api.user(Purpose.SERVICE), api.user(Purpose.SERVICE)
    assert (
        api.client.post("/api/v1/personas", json=cardkit.v2_card(), headers=api.user()).status_code
        == 403
    )
    pid = api.client.post("/api/v1/personas", json=cardkit.v2_card(), headers=alice).json()["id"]
    for method, url in [
        ("GET", f"/api/v1/personas/{pid}"),
        ("GET", f"/api/v1/personas/{pid}/card.json"),
        ("GET", f"/api/v1/personas/{pid}/card.png"),
        ("DELETE", f"/api/v1/personas/{pid}"),
    ]:
        assert api.client.request(method, url, headers=bob).status_code == 404
        assert api.client.request(method, url).status_code == 401
    builtin = api.client.get("/api/v1/personas", headers=alice).json()["personas"][0]["id"]
    assert api.client.delete(f"/api/v1/personas/{builtin}", headers=alice).status_code == 403
    assert api.client.delete(f"/api/v1/personas/{pid}", headers=alice).status_code == 204
