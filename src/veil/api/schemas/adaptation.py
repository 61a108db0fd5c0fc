"""Request and response models of ``/api/v1/me/style``, ``/me/memory``, ``/me/preferences``."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat

from veil.chat.memory import Pace, Preferences, Tone
from veil.chat.style import MAX_AVG_CHARS
from veil.domain.conversation import AdaptationSnapshot, MemoryFact

MAX_ITEMS = 30


class StyleOut(BaseModel):
    enabled: bool  # personalization consent is live (the profile learns only then)
    profile: dict[str, Any]
    instructions: list[str]

    @classmethod
    def of(cls, snapshot: AdaptationSnapshot) -> StyleOut:
        return cls(
            enabled=snapshot.enabled,
            profile=snapshot.style,
            instructions=list(snapshot.instructions),
        )


class StylePatch(BaseModel):
    """Corrections of the style profile: each value is pinned over learning; ``null``
    releases a pin. Fields left out are unchanged."""

    model_config = ConfigDict(extra="forbid")
    avg_chars: StrictFloat | None = Field(default=None, ge=0, le=MAX_AVG_CHARS)
    emoji_rate: StrictFloat | None = Field(default=None, ge=0, le=1)
    lowercase_rate: StrictFloat | None = Field(default=None, ge=0, le=1)
    shouting_rate: StrictFloat | None = Field(default=None, ge=0, le=1)
    exclaim_rate: StrictFloat | None = Field(default=None, ge=0, le=1)
    ellipsis_rate: StrictFloat | None = Field(default=None, ge=0, le=1)
    no_period_rate: StrictFloat | None = Field(default=None, ge=0, le=1)
    informal_rate: StrictFloat | None = Field(default=None, ge=0, le=1)
    formal_rate: StrictFloat | None = Field(default=None, ge=0, le=1)
    language: Literal["en", "de", "fr", "es", "it"] | None = None

    def changes(self) -> dict[str, object]:
        return self.model_dump(exclude_unset=True)


class FactIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=300)


class FactOut(BaseModel):
    id: uuid.UUID
    text: str
    source: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, fact: MemoryFact) -> FactOut:
        return cls(
            id=fact.id,
            text=fact.text,
            source=fact.source.value,
            created_at=fact.created_at,
            updated_at=fact.updated_at,
        )


class MemoryOut(BaseModel):
    facts: list[FactOut]


class PreferencesDoc(BaseModel):
    """Tone, pace, topics enjoyed, hard limits never to be raised, and a safeword."""

    model_config = ConfigDict(extra="forbid")
    tone: Tone = Tone.UNSET
    pace: Pace = Pace.UNSET
    topics: list[str] = Field(default_factory=list, max_length=MAX_ITEMS)
    limits: list[str] = Field(default_factory=list, max_length=MAX_ITEMS)
    safeword: str = Field(default="", max_length=32)

    @classmethod
    def of(cls, preferences: Preferences) -> PreferencesDoc:
        return cls.model_validate(preferences.to_dict())

    def domain(self) -> Preferences:
        return Preferences.from_dict(self.model_dump())


class PreferencesPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tone: Tone | None = None
    pace: Pace | None = None
    topics: list[str] | None = Field(default=None, max_length=MAX_ITEMS)
    limits: list[str] | None = Field(default=None, max_length=MAX_ITEMS)
    safeword: str | None = Field(default=None, max_length=32)

    def applied(self, current: Preferences) -> Preferences:
        changes = self.model_dump(exclude_none=True)
        return Preferences.from_dict({**current.to_dict(), **changes})
