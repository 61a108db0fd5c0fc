"""Size limits for character cards and the one guarded JSON decoder they go through.

Everything that reaches the card parser is untrusted: bytes are capped before decoding,
JSON is decoded with duplicate keys and non-finite numbers refused, and the decoded tree is
walked once to cap its depth and node count before any field is read. Error details name
the rule that was broken, never the card's content.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from veil.domain.errors import InvalidCard

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True, slots=True)
class CardLimits:
    """Caps applied to every imported card. Defaults fit the largest real cards seen in use."""

    max_json_bytes: int = 2 * MIB  # a JSON file, or the decoded payload of a PNG text chunk
    max_png_bytes: int = 16 * MIB
    max_png_chunks: int = 4096
    max_image_side: int = 4096  # pixels, per side (IHDR), checked before anything decompresses
    max_image_pixels: int = 16_777_216
    max_name_chars: int = 256
    max_field_chars: int = 100_000  # any one text field
    max_total_chars: int = 1_000_000  # all modelled text of one card together
    max_list_items: int = 128  # greetings, tags, keys of one lore entry, assets
    max_lore_entries: int = 1000
    max_depth: int = 24  # JSON nesting, extensions included
    max_nodes: int = 100_000  # JSON values in the whole card


DEFAULT_LIMITS = CardLimits()


def _reject_constant(name: str) -> Any:
    raise InvalidCard("card JSON contains a non-finite number")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InvalidCard("card JSON repeats a key in one object")
        result[key] = value
    return result


def load_card_json(raw: bytes, limits: CardLimits) -> dict[str, Any]:
    """Decode untrusted card JSON into a dict, or raise ``InvalidCard`` saying why not."""
    if len(raw) > limits.max_json_bytes:
        raise InvalidCard(f"card JSON is larger than {limits.max_json_bytes} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidCard("card JSON is not valid UTF-8") from exc
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise InvalidCard("card JSON is nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError is a ValueError
        raise InvalidCard("card is not valid JSON") from exc
    if not isinstance(value, dict):
        raise InvalidCard("card JSON must be an object")
    check_tree(value, limits)
    return value


def check_tree(value: object, limits: CardLimits) -> None:
    """Refuse a decoded JSON tree that is too deep, too big, or holds a non-finite float."""
    stack: list[tuple[object, int]] = [(value, 1)]
    nodes = 0
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > limits.max_nodes:
            raise InvalidCard(f"card has more than {limits.max_nodes} JSON values")
        if depth > limits.max_depth:
            raise InvalidCard(f"card JSON is nested deeper than {limits.max_depth} levels")
        if isinstance(node, dict):
            stack.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
        elif isinstance(node, float) and not math.isfinite(node):
            raise InvalidCard("card JSON contains a non-finite number")
