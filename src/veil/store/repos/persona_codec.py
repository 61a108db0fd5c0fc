"""Persona <-> plain JSON for the sealed ``personas.card`` column.

Generic over the ``Persona`` and ``LoreEntry`` dataclass fields, so a field added to the
domain type is stored without a change here; unknown keys (from a newer version) are ignored
and missing ones take the field default. Lists come back as tuples.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from veil.domain.chat import LoreEntry, Persona


def to_json(persona: Persona) -> dict[str, Any]:
    return dataclasses.asdict(persona)


def from_json(data: dict[str, Any]) -> Persona:
    values = _known(Persona, data)
    values["lorebook"] = tuple(
        LoreEntry(**_known(LoreEntry, entry)) for entry in data.get("lorebook", ())
    )
    return Persona(**values)


def _known(cls: type[Any], data: dict[str, Any]) -> dict[str, Any]:
    names = {field.name for field in dataclasses.fields(cls)}
    return {
        name: tuple(value) if isinstance(value, list) else value
        for name, value in data.items()
        if name in names
    }
