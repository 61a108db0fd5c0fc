"""Character Card V1/V2/V3 objects (decoded JSON) to and from ``Persona``.

Reading is strict about types and sizes and lenient about shape, as real front ends write it:
V1 fields duplicated at the top level, pure V1 cards, ``null`` for empty text, V2-shaped data
under a V3 ``spec``. Everything Veil does not model is kept in ``Persona.card_extras``
(``top``: unknown top-level keys; ``data``: unknown and V3-only data keys; ``book``: the
lorebook's own settings; ``mirror_v1``: the card repeated V1 fields at the top level) and in
``LoreEntry.extras``, so writing the card back reproduces it. Remote asset URIs are data only.

Writing is canonical: every modelled field is written (absent optional fields come back with
their defaults), then the kept extras. Specs:
https://github.com/malfoyslastname/character-card-spec-v2/blob/main/spec_v2.md and
https://github.com/kwaroran/character-card-spec-v3/blob/main/SPEC_V3.md
"""

from __future__ import annotations

import copy
from enum import StrEnum
from typing import Any

from veil.chat.cards_limits import CardLimits
from veil.chat.cards_read import CardReader
from veil.domain.chat import LoreEntry, Persona
from veil.domain.errors import InvalidCard


class CardSpec(StrEnum):
    V1 = "chara_card_v1"  # read only: a bare V1 object has no ``spec``
    V2 = "chara_card_v2"
    V3 = "chara_card_v3"


SPEC_VERSION = {CardSpec.V2: "2.0", CardSpec.V3: "3.0"}
V1_FIELDS = ("name", "description", "personality", "scenario", "first_mes", "mes_example")
# card key -> Persona attribute, for the plain text fields
TEXT_FIELDS = {
    "description": "description",
    "personality": "personality",
    "scenario": "scenario",
    "first_mes": "first_message",
    "mes_example": "example_dialogue",
    "creator_notes": "creator_notes",
    "system_prompt": "system_prompt",
    "post_history_instructions": "post_history_instructions",
    "creator": "creator",
    "character_version": "character_version",
}
LIST_FIELDS = {"alternate_greetings": "alternate_greetings", "tags": "tags"}
V3_ONLY = (
    "assets",
    "nickname",
    "creator_notes_multilingual",
    "source",
    "group_only_greetings",
    "creation_date",
    "modification_date",
)
MODELLED_DATA = {"name", "character_book", "extensions", "nickname", *TEXT_FIELDS, *LIST_FIELDS}
ENVELOPE = ("spec", "spec_version", "data")
ENTRY_MODELLED = (
    "keys",
    "content",
    "extensions",
    "enabled",
    "insertion_order",
    "case_sensitive",
    "constant",
    "name",
    "priority",
    "secondary_keys",
    "selective",
    "use_regex",
)


def spec_of(card: dict[str, Any]) -> CardSpec:
    """Which spec a decoded card follows; a card without ``spec`` is read as V1."""
    spec = card.get("spec")
    if spec is None:
        if isinstance(card.get("data"), dict):
            return CardSpec.V2  # V2 written without its envelope fields; seen in the wild
        return CardSpec.V1
    if spec == CardSpec.V2:
        return CardSpec.V2
    if spec == CardSpec.V3:
        return CardSpec.V3
    raise InvalidCard("unsupported card spec (expected chara_card_v2 or chara_card_v3)")


def persona_from_card(card: dict[str, Any], limits: CardLimits) -> tuple[Persona, CardSpec]:
    """Read a decoded card object into a ``Persona``; raise ``InvalidCard`` if it is unfit."""
    spec = spec_of(card)
    if spec is CardSpec.V1:
        data = card
        top = {k: v for k, v in card.items() if k not in V1_FIELDS}
        unknown: dict[str, Any] = {}
        mirror = False
    else:
        envelope_data = card.get("data")
        if not isinstance(envelope_data, dict):
            raise InvalidCard("card 'data' must be an object")
        data = envelope_data
        top = {k: v for k, v in card.items() if k not in ENVELOPE and k not in V1_FIELDS}
        unknown = {k: v for k, v in data.items() if k not in MODELLED_DATA}
        mirror = any(k in card for k in V1_FIELDS)
    reader = CardReader(limits)
    reader.account_extras(top)
    reader.account_extras(unknown)
    reader.check_v3_fields(unknown)
    lorebook, book = _read_book(reader, data.get("character_book"))
    extras: dict[str, Any] = {}
    for key, value in (("top", top), ("data", unknown), ("book", book)):
        if value is not None and (value or key == "book"):
            extras[key] = value
    if mirror:
        extras["mirror_v1"] = True
    fields: dict[str, Any] = {
        attr: reader.text(data.get(key), key) for key, attr in TEXT_FIELDS.items()
    }
    fields.update({attr: reader.strings(data.get(k), k) for k, attr in LIST_FIELDS.items()})
    persona = Persona(
        name=reader.name(data.get("name")),
        lorebook=lorebook,
        extensions=reader.mapping(data.get("extensions"), "extensions"),
        nickname=reader.text(data.get("nickname"), "nickname"),
        card_extras=extras,
        **fields,
    )
    return persona, spec


def _read_book(reader: CardReader, book: object) -> tuple[tuple[LoreEntry, ...], Any]:
    if book is None:
        return (), None
    if not isinstance(book, dict):
        raise InvalidCard("'character_book' must be an object")
    entries = book.get("entries", [])
    if not isinstance(entries, list):
        raise InvalidCard("'character_book.entries' must be a list")
    if len(entries) > reader.limits.max_lore_entries:
        raise InvalidCard(f"lorebook has more than {reader.limits.max_lore_entries} entries")
    settings = {k: v for k, v in book.items() if k != "entries"}
    reader.book_settings(settings)
    settings["extensions"] = reader.mapping(settings.get("extensions"), "character_book")
    return tuple(_read_entry(reader, entry) for entry in entries), settings


def _read_entry(reader: CardReader, entry: object) -> LoreEntry:
    if not isinstance(entry, dict):
        raise InvalidCard("each lorebook entry must be an object")
    extras = {k: v for k, v in entry.items() if k not in ENTRY_MODELLED}
    reader.account_extras(extras)
    return LoreEntry(
        keys=reader.strings(entry.get("keys"), "lorebook keys"),
        content=reader.text(entry.get("content"), "lorebook content"),
        enabled=reader.flag(entry.get("enabled"), default=True),
        insertion_order=reader.integer(entry.get("insertion_order"), 100, "insertion_order"),
        case_sensitive=reader.flag(entry.get("case_sensitive"), default=False),
        constant=reader.flag(entry.get("constant"), default=False),
        name=reader.text(entry.get("name"), "lorebook entry name"),
        priority=reader.integer(entry.get("priority"), 10, "priority"),
        secondary_keys=reader.strings(entry.get("secondary_keys"), "secondary_keys"),
        selective=reader.flag(entry.get("selective"), default=False),
        extensions=reader.mapping(entry.get("extensions"), "lorebook entry"),
        use_regex=reader.flag(entry.get("use_regex"), default=False),
        extras=extras,
    )


def card_from_persona(persona: Persona, spec: CardSpec) -> dict[str, Any]:
    """The card object for ``persona`` in ``spec`` (V2 or V3), as plain JSON-ready data."""
    if spec not in SPEC_VERSION:
        raise ValueError("cards are written as V2 or V3")
    extras = copy.deepcopy(persona.card_extras)
    data: dict[str, Any] = {
        k: v for k, v in dict(extras.get("data", {})).items() if k not in MODELLED_DATA
    }
    data["name"] = persona.name
    for key, attr in TEXT_FIELDS.items():
        data[key] = getattr(persona, attr)
    for key, attr in LIST_FIELDS.items():
        data[key] = list(getattr(persona, attr))
    data["extensions"] = copy.deepcopy(persona.extensions)
    book = extras.get("book")
    if persona.lorebook or isinstance(book, dict):
        settings = book if isinstance(book, dict) else {}
        data["character_book"] = _write_book(persona, settings, spec)
    if persona.nickname:
        data["nickname"] = persona.nickname
    if spec is CardSpec.V3:
        data.setdefault("group_only_greetings", [])
    card: dict[str, Any] = {
        k: v for k, v in dict(extras.get("top", {})).items() if k not in (*ENVELOPE, *V1_FIELDS)
    }
    if spec is CardSpec.V2 or extras.get("mirror_v1"):
        card.update({key: data[key] for key in V1_FIELDS})
    card.update(spec=spec.value, spec_version=SPEC_VERSION[spec], data=data)
    return card


def _write_book(persona: Persona, settings: dict[str, Any], spec: CardSpec) -> dict[str, Any]:
    book = {k: v for k, v in settings.items() if k != "entries"}
    book.setdefault("extensions", {})
    book["entries"] = [_write_entry(entry, spec) for entry in persona.lorebook]
    return book


def _write_entry(entry: LoreEntry, spec: CardSpec) -> dict[str, Any]:
    out = {k: v for k, v in copy.deepcopy(entry.extras).items() if k not in ENTRY_MODELLED}
    out.update(
        keys=list(entry.keys),
        content=entry.content,
        extensions=copy.deepcopy(entry.extensions),
        enabled=entry.enabled,
        insertion_order=entry.insertion_order,
        case_sensitive=entry.case_sensitive,
        constant=entry.constant,
        name=entry.name,
        priority=entry.priority,
        secondary_keys=list(entry.secondary_keys),
        selective=entry.selective,
    )
    if spec is CardSpec.V3 or entry.use_regex:  # required in V3; V2 has no such field
        out["use_regex"] = entry.use_regex
    return out
