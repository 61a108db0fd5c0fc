"""Round trips of Character Card V1/V2/V3 through Persona, as JSON and PNG."""

from __future__ import annotations

import base64
import io
import json
import socket
from typing import Any

import pytest
from PIL import Image

from tests.unit.chat import cardkit
from veil.chat import cards
from veil.chat.cards import CardFormat, CardSpec
from veil.domain.chat import Persona
from veil.domain.errors import InvalidCard


def _json(card: dict[str, Any]) -> bytes:
    return json.dumps(card).encode("utf-8")


def _chunks(png: bytes) -> dict[str, dict[str, Any]]:
    """Decoded card text chunks of a PNG, read with Pillow (an independent reader)."""
    with Image.open(io.BytesIO(png)) as image:
        text = dict(image.text)  # type: ignore[attr-defined]
    return {k: json.loads(base64.b64decode(v)) for k, v in text.items()}


def assert_reproduced(original: Any, exported: Any) -> None:
    """Every key and value of ``original`` appears in ``exported`` (defaults may be added)."""
    if isinstance(original, dict):
        assert isinstance(exported, dict)
        for key, value in original.items():
            assert key in exported, key
            assert_reproduced(value, exported[key])
    elif isinstance(original, list):
        assert isinstance(exported, list)
        assert len(original) == len(exported)
        for a, b in zip(original, exported, strict=True):
            assert_reproduced(a, b)
    else:
        assert original == exported


def test_v2_json_round_trip_is_exact() -> None:
    card = cardkit.v2_card()
    parsed = cards.parse(_json(card), "application/json")
    assert parsed.spec is CardSpec.V2
    assert parsed.format is CardFormat.JSON
    assert cards.to_dict(parsed.persona, CardSpec.V2) == card


def test_v2_fields_land_on_persona() -> None:
    persona = cards.parse(_json(cardkit.v2_card())).persona
    assert persona.name == "Mira Example"
    assert persona.first_message == "Ahoy, {{user}}!"
    assert persona.example_dialogue.startswith("<START>")
    assert persona.alternate_greetings == ("Good evening.",)
    assert persona.tags == ("test", "sea")
    assert persona.extensions["depth_prompt"]["depth"] == 4
    (entry,) = persona.lorebook
    assert entry.keys == ("harbour", "dock")
    assert entry.selective and entry.secondary_keys == ("morning",)
    assert entry.priority == 5 and entry.insertion_order == 10
    assert entry.extras == {"id": 0, "comment": "place", "position": "before_char"}


def test_v1_duplicates_prefer_data() -> None:
    card = cardkit.v2_card()
    card["description"] = "stale top-level copy"
    persona = cards.parse(_json(card)).persona
    assert persona.description == cardkit.V2_DATA["description"]
    assert cards.to_dict(persona, CardSpec.V2)["description"] == persona.description


def test_v3_json_round_trip_reproduces_everything() -> None:
    card = cardkit.v3_card()
    parsed = cards.parse(_json(card))
    assert parsed.spec is CardSpec.V3
    exported = cards.to_dict(parsed.persona, CardSpec.V3)
    assert_reproduced(card, exported)
    assert cards.parse(_json(exported)).persona == parsed.persona


def test_v3_fields_are_kept_as_data() -> None:
    persona = cards.parse(_json(cardkit.v3_card())).persona
    assert persona.nickname == "Mimi"
    extras = persona.card_extras
    assert extras["top"] == {"x_top": "kept"}
    assert extras["data"]["assets"][1]["uri"] == "https://example.com/bg.png"
    assert extras["data"]["group_only_greetings"] == ["Hello, everyone."]
    assert extras["data"]["x_unknown_data_key"] == {"kept": [1, 2, 3]}
    assert persona.lorebook[1].use_regex


def test_v3_to_json_bytes_round_trip() -> None:
    persona = cards.parse(_json(cardkit.v3_card())).persona
    again = cards.parse(cards.to_json(persona))
    assert again.persona == persona
    assert json.loads(cards.to_json(persona, CardSpec.V2))["spec"] == "chara_card_v2"


def test_v2_exported_as_v3_gains_required_fields() -> None:
    persona = cards.parse(_json(cardkit.v2_card())).persona
    v3 = cards.to_dict(persona, CardSpec.V3)
    assert v3["spec"] == "chara_card_v3" and v3["spec_version"] == "3.0"
    assert v3["data"]["group_only_greetings"] == []
    assert v3["data"]["character_book"]["entries"][0]["use_regex"] is False
    assert v3["talkativeness"] == "0.5"  # top-level extras survive a change of spec


def test_export_is_a_fixpoint() -> None:
    for card in (cardkit.v1_card(), cardkit.v2_card(), cardkit.v3_card()):
        persona = cards.parse(_json(card)).persona
        for spec in (CardSpec.V2, CardSpec.V3):
            first = cards.to_dict(persona, spec)
            second = cards.to_dict(cards.parse(_json(first)).persona, spec)
            assert first == second


def test_pure_v1_card_is_read_and_written_as_v2() -> None:
    parsed = cards.parse(_json(cardkit.v1_card()))
    assert parsed.spec is CardSpec.V1
    assert parsed.persona.first_message == "What do you want?"
    v2 = cards.to_dict(parsed.persona, CardSpec.V2)
    assert v2["data"]["personality"] == "gruff"
    assert v2["name"] == "Old Timer"  # V1 readers still find the top-level fields
    assert v2["talkativeness"] == "0.3" and v2["chat"] == "Old Timer - 2026-1-1"


def test_v2_without_envelope_is_read() -> None:
    card = {"data": dict(cardkit.V2_DATA)}
    assert cards.parse(_json(card)).persona.name == "Mira Example"


def test_nulls_read_as_empty() -> None:
    card = cardkit.v2_card()
    card["data"].update(creator_notes=None, tags=None, extensions=None, character_book=None)
    persona = cards.parse(_json(card)).persona
    assert persona.creator_notes == "" and persona.tags == () and persona.extensions == {}
    assert persona.lorebook == ()


def test_comma_separated_secondary_keys_are_split() -> None:
    card = cardkit.v2_card()
    card["data"]["character_book"]["entries"][0]["secondary_keys"] = "dawn, morning ,"
    entry = cards.parse(_json(card)).persona.lorebook[0]
    assert entry.secondary_keys == ("dawn", "morning")


def test_integral_float_order_is_accepted() -> None:
    card = cardkit.v2_card()
    card["data"]["character_book"]["entries"][0]["insertion_order"] = 7.0
    assert cards.parse(_json(card)).persona.lorebook[0].insertion_order == 7


def test_persona_without_lorebook_writes_no_book() -> None:
    data = cards.to_dict(Persona(name="Plain"), CardSpec.V2)["data"]
    assert "character_book" not in data
    assert data["extensions"] == {}


def test_export_does_not_share_mutable_state() -> None:
    persona = cards.parse(_json(cardkit.v2_card())).persona
    exported = cards.to_dict(persona, CardSpec.V2)
    exported["data"]["extensions"]["world"] = "changed"
    exported["talkativeness"] = "1"
    assert persona.extensions["world"] == "Example World"
    assert persona.card_extras["top"]["talkativeness"] == "0.5"


def test_to_dict_refuses_v1() -> None:
    with pytest.raises(ValueError, match="V2 or V3"):
        cards.to_dict(Persona(name="X"), CardSpec.V1)


# --- PNG ------------------------------------------------------------------------------------


def test_png_export_carries_v2_chara_and_v3_ccv3() -> None:
    persona = cards.parse(_json(cardkit.v3_card())).persona
    chunks = _chunks(cards.to_png(persona))
    assert set(chunks) == {"chara", "ccv3"}
    assert chunks["chara"]["spec"] == "chara_card_v2"
    assert chunks["chara"]["spec_version"] == "2.0"
    assert chunks["ccv3"]["spec"] == "chara_card_v3"
    assert chunks["ccv3"]["data"]["nickname"] == "Mimi"


def test_png_round_trip() -> None:
    persona = cards.parse(_json(cardkit.v3_card())).persona
    parsed = cards.parse(cards.to_png(persona), "image/png")
    assert parsed.format is CardFormat.PNG
    assert parsed.spec is CardSpec.V3
    assert parsed.persona == persona


def test_png_v2_card_round_trip() -> None:
    png = cardkit.png_with(("chara", cardkit.b64json(cardkit.v2_card())))
    parsed = cards.parse(png)
    assert parsed.spec is CardSpec.V2
    assert cards.to_dict(parsed.persona, CardSpec.V2) == cardkit.v2_card()


@pytest.mark.parametrize("ccv3_first", [True, False])
def test_ccv3_is_preferred_over_chara(ccv3_first: bool) -> None:
    v2 = cardkit.v2_card()
    v3 = cardkit.v3_card()
    v3["data"]["name"] = "Chosen"
    texts = [("ccv3", cardkit.b64json(v3)), ("chara", cardkit.b64json(v2))]
    png = cardkit.png_with(*(texts if ccv3_first else texts[::-1]))
    assert cards.parse(png).persona.name == "Chosen"


def test_ccv3_chunk_with_v2_shaped_data_is_read() -> None:
    v3_labelled = {"spec": "chara_card_v3", "spec_version": "3.0", "data": cardkit.V2_DATA}
    png = cardkit.png_with(("ccv3", cardkit.b64json(v3_labelled)))
    parsed = cards.parse(png)
    assert parsed.spec is CardSpec.V3
    assert parsed.persona.name == "Mira Example"
    png = cardkit.png_with(("ccv3", cardkit.b64json(cardkit.v2_card())))
    assert cards.parse(png).spec is CardSpec.V2


def test_first_chara_chunk_wins() -> None:
    other = cardkit.v2_card()
    other["data"]["name"] = "Second"
    png = cardkit.png_with(
        ("chara", cardkit.b64json(cardkit.v2_card())), ("chara", cardkit.b64json(other))
    )
    assert cards.parse(png).persona.name == "Mira Example"


def test_base64_with_line_breaks_is_accepted() -> None:
    encoded = cardkit.b64json(cardkit.v2_card())
    wrapped = b"\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))
    assert cards.parse(cardkit.png_with(("chara", wrapped))).persona.name == "Mira Example"


def test_avatar_keeps_the_image_and_drops_text_chunks() -> None:
    png = cardkit.png_with(
        ("chara", cardkit.b64json(cardkit.v2_card())),
        ("Comment", b"private note"),
        image=cardkit.png_image(7, 5),
    )
    avatar = cards.parse(png).avatar
    assert avatar is not None
    assert b"tEXt" not in avatar and b"private note" not in avatar
    with Image.open(io.BytesIO(avatar)) as image:
        assert image.size == (7, 5)


def test_export_reuses_avatar_and_replaces_old_card_chunks() -> None:
    old = cardkit.png_with(("chara", cardkit.b64json(cardkit.v1_card())))
    png = cards.to_png(Persona(name="New"), old)
    assert png.count(b"tEXtchara") == 1
    assert cards.parse(png).persona.name == "New"


def test_export_converts_a_jpeg_avatar() -> None:
    out = io.BytesIO()
    Image.new("RGB", (9, 3), (200, 0, 0)).save(out, format="JPEG")
    png = cards.to_png(Persona(name="Jay"), out.getvalue())
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.size == (9, 3)


def test_export_without_avatar_draws_a_placeholder() -> None:
    png = cards.to_png(Persona(name="Aria"))
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (256, 256)
    assert cards.to_png(Persona(name="Aria")) == png  # deterministic


def test_parsing_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during card parsing")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    persona = cards.parse(cards.to_png(cards.parse(_json(cardkit.v3_card())).persona)).persona
    assert persona.card_extras["data"]["assets"][1]["uri"].startswith("https://")


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("image/png", "png", CardFormat.PNG),
        ("IMAGE/PNG; foo=bar", "png", CardFormat.PNG),
        ("application/json; charset=utf-8", "json", CardFormat.JSON),
        ("application/vnd.example+json", "json", CardFormat.JSON),
        (None, "png", CardFormat.PNG),
        ("application/octet-stream", "json", CardFormat.JSON),
        ("", "json-bom", CardFormat.JSON),
    ],
)
def test_format_from_content_type_or_bytes(
    content_type: str | None, body: str, expected: CardFormat
) -> None:
    raw = _json(cardkit.v2_card())
    data = {
        "png": cardkit.png_with(("chara", base64.b64encode(raw))),
        "json": raw,
        "json-bom": b"\xef\xbb\xbf\n " + raw,
    }[body]
    assert cards.parse(data, content_type).format is expected


def test_repr_hides_content() -> None:
    parsed = cards.parse(_json(cardkit.v2_card()))
    assert "Mira" not in repr(parsed) and "Mira" not in repr(parsed.persona)


def test_invalid_card_is_an_input_error() -> None:
    with pytest.raises(InvalidCard) as caught:
        cards.parse(b"GIF89a", "image/gif")
    assert caught.value.code == "invalid_card"
