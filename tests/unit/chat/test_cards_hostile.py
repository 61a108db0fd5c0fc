"""Malformed, oversized and hostile cards are refused with InvalidCard and a clear reason."""

from __future__ import annotations

import base64
import copy
import io
import json
import struct
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from PIL import Image

from tests.unit.chat import cardkit
from veil.chat import cards
from veil.chat.cards import CardLimits
from veil.domain.chat import Persona
from veil.domain.errors import InvalidCard

SECRET = "CANARY-7f3a"  # planted in card content; must never appear in an error


def _json(card: dict[str, Any]) -> bytes:
    return json.dumps(card).encode("utf-8")


def _v2(mutate: Callable[[dict[str, Any]], None]) -> bytes:
    card = cardkit.v2_card()
    mutate(card)
    return _json(card)


def _entry(mutate: Callable[[dict[str, Any]], None]) -> bytes:
    return _v2(lambda c: mutate(c["data"]["character_book"]["entries"][0]))


def _ihdr(width: int, height: int) -> bytes:
    return cardkit.chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))


def _bomb_png() -> bytes:
    """A 100000x100000 header over a tiny, highly compressible IDAT."""
    idat = zlib.compress(b"\x00" * 100_000)
    text = cardkit.text_chunk("chara", cardkit.b64json(cardkit.v2_card()))
    return (
        cardkit.SIGNATURE
        + _ihdr(100_000, 100_000)
        + text
        + cardkit.chunk(b"IDAT", idat)
        + cardkit.chunk(b"IEND", b"")
    )


def _corrupt_crc(png: bytes) -> bytes:
    index = png.index(b"tEXt")
    data = bytearray(png)
    data[index + 6] ^= 0xFF  # inside the chunk data, so its CRC no longer matches
    return bytes(data)


def _deep(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = {"d": value}
    return value


CASES: list[tuple[str, bytes, str | None, str]] = [
    # JSON structure
    ("invalid json", b"{not json " + SECRET.encode(), "application/json", "not valid JSON"),
    ("json array", b"[1, 2]", "application/json", "must be an object"),
    ("bad utf-8", b'{"name": "\xff\xfe"}', "application/json", "UTF-8"),
    ("duplicate key", b'{"name": "a", "name": "b"}', "application/json", "repeats a key"),
    ("nan", b'{"name": "a", "x": NaN}', "application/json", "non-finite"),
    ("overflow float", b'{"name": "a", "x": 1e400}', "application/json", "non-finite"),
    ("deep raw nesting", b"[" * 100_000 + b"]" * 100_000, "application/json", "nested"),
    ("deep extensions", _v2(lambda c: c["data"].update(extensions=_deep(40))), None, "nested"),
    # spec
    ("wrong spec", _v2(lambda c: c.update(spec="chara_card_v4")), None, "unsupported card spec"),
    ("lorebook spec", b'{"spec": "lorebook_v3", "data": {}}', None, "unsupported card spec"),
    ("spec not string", _v2(lambda c: c.update(spec=2)), None, "unsupported card spec"),
    ("data not object", _v2(lambda c: c.update(data=[SECRET])), None, "'data' must be"),
    # fields
    ("no name", _v2(lambda c: c["data"].pop("name")), None, "no name"),
    ("blank name", _v2(lambda c: c["data"].update(name="   ")), None, "no name"),
    ("name too long", _v2(lambda c: c["data"].update(name="n" * 300)), None, "name is longer"),
    ("field wrong type", _v2(lambda c: c["data"].update(description=5)), None, "'description'"),
    ("tags wrong type", _v2(lambda c: c["data"].update(tags={"a": 1})), None, "'tags'"),
    ("tag wrong type", _v2(lambda c: c["data"].update(tags=[1])), None, "'tags'"),
    (
        "huge field",
        _v2(lambda c: c["data"].update(description=SECRET * 20_000)),
        None,
        "longer than 100000",
    ),
    (
        "too many greetings",
        _v2(lambda c: c["data"].update(alternate_greetings=["hi"] * 200)),
        None,
        "more than 128 items",
    ),
    ("extensions not object", _v2(lambda c: c["data"].update(extensions=[])), None, "extensions"),
    # lorebook
    ("book not object", _v2(lambda c: c["data"].update(character_book=[])), None, "character_book"),
    (
        "entries not list",
        _v2(lambda c: c["data"]["character_book"].update(entries={})),
        None,
        "entries' must be a list",
    ),
    (
        "too many entries",
        _v2(lambda c: c["data"]["character_book"].update(entries=[cardkit.entry()] * 1001)),
        None,
        "more than 1000 entries",
    ),
    (
        "entry not object",
        _v2(lambda c: c["data"]["character_book"].update(entries=[1])),
        None,
        "entry",
    ),
    ("order not int", _entry(lambda e: e.update(insertion_order="1")), None, "insertion_order"),
    ("order fraction", _entry(lambda e: e.update(insertion_order=1.5)), None, "insertion_order"),
    ("order bool", _entry(lambda e: e.update(priority=True)), None, "priority"),
    ("order huge", _entry(lambda e: e.update(priority=2**40)), None, "out of range"),
    ("flag not bool", _entry(lambda e: e.update(enabled="yes")), None, "true or false"),
    (
        "scan depth negative",
        _v2(lambda c: c["data"]["character_book"].update(scan_depth=-1)),
        None,
        "scan_depth",
    ),
    (
        "recursive not bool",
        _v2(lambda c: c["data"]["character_book"].update(recursive_scanning="no")),
        None,
        "recursive_scanning",
    ),
    # V3 fields
    ("assets not list", _v2(lambda c: c["data"].update(assets={"uri": "x"})), None, "assets"),
    (
        "asset missing uri",
        _v2(lambda c: c["data"].update(assets=[{"type": "icon"}])),
        None,
        "asset",
    ),
    (
        "multilingual not text",
        _v2(lambda c: c["data"].update(creator_notes_multilingual={"en": 1})),
        None,
        "language codes",
    ),
    ("source not list", _v2(lambda c: c["data"].update(source="x")), None, "'source'"),
    ("date not number", _v2(lambda c: c["data"].update(creation_date="x")), None, "creation_date"),
    # PNG
    ("png type, gif bytes", b"GIF89a" + SECRET.encode(), "image/png", "not a PNG"),
    ("unknown bytes", b"\x00\x01" + SECRET.encode(), None, "not a PNG or JSON"),
    ("unsupported type", b"{}", "text/html", "unsupported card media type"),
    ("truncated png", cardkit.png_image()[:30], None, "truncated"),
    ("no iend", cardkit.split_iend(cardkit.png_image())[0], None, "truncated"),
    ("bad crc", _corrupt_crc(cardkit.png_with(("chara", b"AAAA"))), None, "checksum"),
    (
        "no ihdr first",
        cardkit.SIGNATURE + cardkit.chunk(b"IEND", b""),
        None,
        "image header",
    ),
    (
        "bad chunk type",
        cardkit.SIGNATURE + _ihdr(1, 1) + cardkit.chunk(b"t3Xt", b"") + cardkit.chunk(b"IEND", b""),
        None,
        "chunk type",
    ),
    (
        "lying length",
        cardkit.SIGNATURE + _ihdr(1, 1) + struct.pack(">I", 2**31 + 5) + b"tEXt" + b"x" * 16,
        None,
        "truncated",
    ),
    ("png bomb", _bomb_png(), None, "larger than 4096x4096"),
    (
        "empty image",
        cardkit.SIGNATURE + _ihdr(0, 5) + cardkit.chunk(b"IEND", b""),
        None,
        "empty image",
    ),
    ("no card chunk", cardkit.png_image(), "image/png", "no character card"),
    ("bad base64", cardkit.png_with(("chara", b"@@not-base64@@")), None, "not valid base64"),
    (
        "chunk not json",
        cardkit.png_with(("chara", base64.b64encode(SECRET.encode()))),
        None,
        "not valid JSON",
    ),
    (
        "bad ccv3 is not skipped",
        cardkit.png_with(
            ("ccv3", base64.b64encode(b"{")), ("chara", cardkit.b64json(cardkit.v2_card()))
        ),
        None,
        "not valid JSON",
    ),
]


@pytest.mark.parametrize(
    ("label", "data", "content_type", "reason"), CASES, ids=[c[0] for c in CASES]
)
def test_hostile_card_is_refused(
    label: str, data: bytes, content_type: str | None, reason: str
) -> None:
    with pytest.raises(InvalidCard) as caught:
        cards.parse(data, content_type)
    assert reason in caught.value.detail
    assert SECRET not in caught.value.detail


SMALL = CardLimits(
    max_json_bytes=4096,
    max_png_bytes=8192,
    max_png_chunks=8,
    max_total_chars=2000,
    max_nodes=200,
    max_image_side=64,
)


@pytest.mark.parametrize(
    ("label", "data", "reason"),
    [
        ("json too big", b"{" + b" " * 5000 + b"}", "larger than 4096 bytes"),
        ("png too big", cardkit.png_image() + b"\x00" * 9000, "larger than 8192 bytes"),
        (
            "too many chunks",
            cardkit.png_with(*[("x", b"y")] * 10),
            "more than 8 chunks",
        ),
        ("too much text", _v2(lambda c: c["data"].update(description="d" * 1990)), "characters"),
        (
            "extras count toward the total",
            _v2(lambda c: c.update(extra_top=["e" * 500] * 4)),
            "characters",
        ),
        (
            "too many nodes",
            _v2(lambda c: c["data"]["extensions"].update(n=list(range(300)))),
            "JSON values",
        ),
        (
            "chunk over limit",
            cardkit.png_with(("chara", b"A" * 7000)),
            "larger than the card size limit",
        ),
        (
            "image over side",
            cardkit.png_with(("chara", b"AAAA"), image=cardkit.png_image(65, 2)),
            "64x64",
        ),
    ],
)
def test_limits_are_configurable(label: str, data: bytes, reason: str) -> None:
    with pytest.raises(InvalidCard) as caught:
        cards.parse(data, limits=SMALL)
    assert reason in caught.value.detail


def test_refused_card_can_be_fixed_and_retried() -> None:
    card = cardkit.v2_card()
    broken = copy.deepcopy(card)
    broken["data"]["description"] = 5
    with pytest.raises(InvalidCard):
        cards.parse(_json(broken))
    assert cards.parse(_json(card)).persona.name == "Mira Example"


@pytest.mark.parametrize(
    ("label", "avatar", "reason"),
    [
        ("not an image", b"hello " + SECRET.encode(), "avatar must be"),
        ("oversized file", b"\xff\xd8" + b"\x00" * 9000, "avatar is larger"),
    ],
)
def test_bad_avatar_is_refused(label: str, avatar: bytes, reason: str) -> None:
    with pytest.raises(InvalidCard) as caught:
        cards.to_png(Persona(name="X"), avatar, limits=SMALL)
    assert reason in caught.value.detail


def test_oversized_jpeg_avatar_is_refused_before_decoding() -> None:
    out = io.BytesIO()
    Image.new("RGB", (80, 10)).save(out, format="JPEG")
    with pytest.raises(InvalidCard, match="64x64"):
        cards.to_png(Persona(name="X"), out.getvalue(), limits=SMALL)


def _jpeg_claiming(width: int, height: int) -> bytes:
    """A tiny JPEG whose frame header (SOF0) claims ``width`` x ``height``."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, format="JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


@pytest.mark.parametrize(
    ("width", "height", "reason"),
    [
        (5000, 100, "larger than 4096x4096"),  # our own cap, from the header
        (12_000, 12_000, "too large"),  # Pillow's bomb warning, turned into a refusal
        (30_000, 30_000, "avatar must be"),  # Pillow's bomb error
    ],
)
def test_jpeg_avatar_bombs_are_refused_on_their_header(
    width: int, height: int, reason: str
) -> None:
    with pytest.raises(InvalidCard) as caught:
        cards.to_png(Persona(name="X"), _jpeg_claiming(width, height))
    assert reason in caught.value.detail
