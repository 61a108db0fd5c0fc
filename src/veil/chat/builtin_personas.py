"""The built-in companions: six adult characters with different voices, shipped as V3 cards.

The cards live in ``veil/chat/data/<slug>.json`` and are read through the same parser as any
imported card, so they double as a fixture for it. Each has a fixed id that API clients may
rely on across releases. They are loaded on first use, not at import time.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from importlib import resources

from veil.chat import cards
from veil.chat.temperaments import temperament_of
from veil.domain.chat import Persona
from veil.domain.ids import PersonaId
from veil.domain.temperament import Temperament

# id -> card file slug; ids are permanent: never reuse or change one
CATALOGUE: tuple[tuple[PersonaId, str], ...] = (
    (PersonaId(uuid.UUID("1d667cb4-ec92-4f62-8074-97b1c3625693")), "aria"),
    (PersonaId(uuid.UUID("a7a813a9-e112-4497-bb3f-7e08338164ec")), "juno"),
    (PersonaId(uuid.UUID("c110f91e-5de0-41a1-83fb-9d791598ba9e")), "elias"),
    (PersonaId(uuid.UUID("5f6b8c20-428e-4000-9a33-2e70997d5dca")), "sasha"),
    (PersonaId(uuid.UUID("d3de0216-dcc7-4acb-b07d-4afcaa51b9f2")), "noa"),
    (PersonaId(uuid.UUID("1f11cc48-fa46-4f31-9677-e48ae8e9c0d2")), "theo"),
)


@dataclass(frozen=True, slots=True)
class BuiltinPersona:
    id: PersonaId
    slug: str
    persona: Persona

    @property
    def temperament(self) -> Temperament:
        return temperament_of(self.persona)


@functools.cache
def builtin_personas() -> tuple[BuiltinPersona, ...]:
    """All built-in companions, in catalogue order."""
    data = resources.files("veil.chat") / "data"
    return tuple(
        BuiltinPersona(
            persona_id,
            slug,
            cards.parse((data / f"{slug}.json").read_bytes(), "application/json").persona,
        )
        for persona_id, slug in CATALOGUE
    )


def get_builtin(persona_id: uuid.UUID) -> BuiltinPersona | None:
    """The built-in companion with this id, or None."""
    return next((b for b in builtin_personas() if b.id == persona_id), None)
