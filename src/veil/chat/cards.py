"""Character Card import and export: the one entry point the chat service calls.

``parse`` reads a V1, V2 or V3 card from JSON or PNG bytes; ``to_json`` and ``to_png`` write
one. A PNG export carries two ``tEXt`` chunks: ``chara`` (a V2 rendering, for front ends that
read only V2) and ``ccv3`` (the V3 card). On import ``ccv3`` wins when both are present.
Anything unfit is refused with ``InvalidCard`` and a reason that never quotes the card.
See ``docs/personas.md`` for what is kept, the limits and what is rejected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from veil.chat import cards_png
from veil.chat.cards_json import CardSpec, card_from_persona, persona_from_card
from veil.chat.cards_limits import DEFAULT_LIMITS, CardLimits, load_card_json
from veil.domain.chat import Persona
from veil.domain.errors import InvalidCard

__all__ = [
    "DEFAULT_LIMITS",
    "CardFormat",
    "CardLimits",
    "CardSpec",
    "ParsedCard",
    "parse",
    "to_dict",
    "to_json",
    "to_png",
]

JSON_TYPES = frozenset({"application/json", "text/json", "text/plain"})
PNG_TYPES = frozenset({"image/png", "image/apng"})
SNIFF_TYPES = frozenset({"", "application/octet-stream"})


class CardFormat(StrEnum):
    JSON = "json"
    PNG = "png"


@dataclass(frozen=True, slots=True)
class ParsedCard:
    persona: Persona
    spec: CardSpec  # what the card declared (V1 for a bare V1 object)
    format: CardFormat
    avatar: bytes | None = None  # PNG cards: the image with every text/metadata chunk removed

    def __repr__(self) -> str:
        return f"ParsedCard(spec={self.spec.value}, format={self.format.value})"


def parse(
    data: bytes, content_type: str | None = None, *, limits: CardLimits = DEFAULT_LIMITS
) -> ParsedCard:
    """Read a card from JSON or PNG bytes; ``content_type`` may be None to sniff the bytes."""
    fmt = _format_of(data, content_type)
    if fmt is CardFormat.JSON:
        persona, spec = persona_from_card(load_card_json(data, limits), limits)
        return ParsedCard(persona, spec, fmt)
    chunks = cards_png.read_chunks(data, limits)
    payloads = cards_png.card_payloads(chunks, limits)
    for keyword in cards_png.CARD_KEYWORDS:
        if keyword in payloads:
            card = load_card_json(payloads[keyword], limits)
            persona, spec = persona_from_card(card, limits)
            return ParsedCard(persona, spec, fmt, cards_png.image_only(chunks))
    raise InvalidCard("PNG has no character card (no 'ccv3' or 'chara' text chunk)")


def _format_of(data: bytes, content_type: str | None) -> CardFormat:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media in PNG_TYPES:
        return CardFormat.PNG
    if media in JSON_TYPES or media.endswith("+json"):
        return CardFormat.JSON
    if media not in SNIFF_TYPES:
        raise InvalidCard("unsupported card media type (send PNG or JSON)")
    if data.startswith(cards_png.PNG_SIGNATURE):
        return CardFormat.PNG
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return CardFormat.JSON
    raise InvalidCard("not a PNG or JSON character card")


def to_dict(persona: Persona, spec: CardSpec = CardSpec.V3) -> dict[str, Any]:
    """The card object for ``persona`` (V2 or V3)."""
    return card_from_persona(persona, spec)


def to_json(persona: Persona, spec: CardSpec = CardSpec.V3) -> bytes:
    """The card as UTF-8 JSON bytes (V3 by default: it loses nothing Veil keeps)."""
    return _dump(card_from_persona(persona, spec), indent=2)


def to_png(
    persona: Persona, avatar: bytes | None = None, *, limits: CardLimits = DEFAULT_LIMITS
) -> bytes:
    """A PNG card: ``avatar`` (PNG/JPEG/WebP/GIF) or a generated placeholder, with the
    ``chara`` (V2) and ``ccv3`` (V3) chunks."""
    image = avatar if avatar is not None else cards_png.placeholder(persona.name)
    chunks = cards_png.avatar_png(image, limits)
    payloads = [
        ("chara", _dump(card_from_persona(persona, CardSpec.V2))),
        ("ccv3", _dump(card_from_persona(persona, CardSpec.V3))),
    ]
    return cards_png.with_card_chunks(chunks, payloads)


def _dump(card: dict[str, Any], indent: int | None = None) -> bytes:
    separators = None if indent else (",", ":")
    text = json.dumps(card, ensure_ascii=False, indent=indent, separators=separators)
    return text.encode("utf-8")
