"""Fictional card fixtures and a minimal, independent PNG writer for the card tests."""

from __future__ import annotations

import base64
import copy
import io
import json
import struct
import zlib
from typing import Any

from PIL import Image

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_image(width: int = 4, height: int = 4) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 20, 30)).save(out, format="PNG")
    return out.getvalue()


def split_iend(png: bytes) -> tuple[bytes, bytes]:
    index = png.rindex(b"IEND") - 4
    return png[:index], png[index:]


def text_chunk(keyword: str, text: bytes) -> bytes:
    return chunk(b"tEXt", keyword.encode("latin-1") + b"\x00" + text)


def b64json(card: dict[str, Any]) -> bytes:
    return base64.b64encode(json.dumps(card).encode("utf-8"))


def png_with(*texts: tuple[str, bytes], image: bytes | None = None) -> bytes:
    head, tail = split_iend(image or png_image())
    return head + b"".join(text_chunk(k, t) for k, t in texts) + tail


def entry(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "keys": ["harbour"],
        "content": "The harbour is busy at dawn.",
        "extensions": {},
        "enabled": True,
        "insertion_order": 10,
    }
    base.update(over)
    return base


V2_DATA: dict[str, Any] = {
    "name": "Mira Example",
    "description": "{{char}} is a 30-year-old sailor from a fictional port town.",
    "personality": "warm, curious",
    "scenario": "{{user}} meets {{char}} at the harbour.",
    "first_mes": "Ahoy, {{user}}!",
    "mes_example": "<START>\n{{user}}: Hi\n{{char}}: Hello there.",
    "creator_notes": "Test card; fictional.",
    "system_prompt": "",
    "post_history_instructions": "",
    "alternate_greetings": ["Good evening."],
    "tags": ["test", "sea"],
    "creator": "tester@example.com",
    "character_version": "1.2",
    "extensions": {
        "talkativeness": "0.5",
        "fav": False,
        "world": "Example World",
        "depth_prompt": {"prompt": "Stay nautical.", "depth": 4, "role": "system"},
    },
    "character_book": {
        "name": "Port lore",
        "scan_depth": 3,
        "token_budget": 300,
        "recursive_scanning": False,
        "extensions": {"example/flag": True},
        "entries": [
            {
                "keys": ["harbour", "dock"],
                "content": "The harbour is busy at dawn.",
                "extensions": {"position": 1, "depth": 4},
                "enabled": True,
                "insertion_order": 10,
                "case_sensitive": False,
                "name": "Harbour",
                "priority": 5,
                "id": 0,
                "comment": "place",
                "selective": True,
                "secondary_keys": ["morning"],
                "constant": False,
                "position": "before_char",
            }
        ],
    },
}


def v2_card() -> dict[str, Any]:
    """A V2 card as SillyTavern writes it: V1 fields duplicated at the top, extra keys."""
    data = copy.deepcopy(V2_DATA)
    top = {k: data[k] for k in ("name", "description", "personality", "scenario")}
    top.update(first_mes=data["first_mes"], mes_example=data["mes_example"])
    return {
        **top,
        "creatorcomment": "Test card; fictional.",
        "avatar": "none",
        "talkativeness": "0.5",
        "fav": False,
        "tags": ["test", "sea"],
        "create_date": "2026-1-1 @10h 00m 00s 000ms",
        "spec": "chara_card_v2",
        "spec_version": "2.0",
        "data": data,
    }


def v3_card() -> dict[str, Any]:
    data = copy.deepcopy(V2_DATA)
    data["character_book"]["entries"][0]["use_regex"] = False
    data["character_book"]["entries"].append(
        entry(keys=["^sail(s|ing)?$"], use_regex=True, content="Regex lore.", id="r1")
    )
    data.update(
        nickname="Mimi",
        assets=[
            {"type": "icon", "uri": "ccdefault:", "name": "main", "ext": "png"},
            {
                "type": "background",
                "uri": "https://example.com/bg.png",
                "name": "sea",
                "ext": "png",
            },
        ],
        creator_notes_multilingual={"en": "Fictional.", "fr": "Fictif."},
        source=["https://example.org/cards/1"],
        group_only_greetings=["Hello, everyone."],
        creation_date=1_700_000_000,
        modification_date=1_700_000_100,
        x_unknown_data_key={"kept": [1, 2, 3]},
    )
    return {"spec": "chara_card_v3", "spec_version": "3.0", "data": data, "x_top": "kept"}


def v1_card() -> dict[str, Any]:
    return {
        "name": "Old Timer",
        "description": "A fictional V1 card.",
        "personality": "gruff",
        "scenario": "",
        "first_mes": "What do you want?",
        "mes_example": "",
        "talkativeness": "0.3",
        "chat": "Old Timer - 2026-1-1",
    }
