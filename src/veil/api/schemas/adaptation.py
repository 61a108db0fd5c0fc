"""Request and response models of ``/api/v1/me/style``, ``/me/memory``, ``/me/preferences``."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from veil.domain.conversation import AdaptationSnapshot, ChatPreferences, MemoryFact

MAX_ITEMS = 30
Item = Field(min_length=1, max_length=60)


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
    tone: str = Field(default="", max_length=60)
    pace: str = Field(default="", max_length=60)
    enjoys: list[str] = Field(default_factory=list, max_length=MAX_ITEMS)
    hard_limits: list[str] = Field(default_factory=list, max_length=MAX_ITEMS)
    safeword: str = Field(default="", max_length=40)

    @classmethod
    def of(cls, preferences: ChatPreferences) -> PreferencesDoc:
        return cls.model_validate(preferences.to_dict())

    def domain(self) -> ChatPreferences:
        return ChatPreferences.from_dict(self.model_dump())


class PreferencesPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tone: str | None = Field(default=None, max_length=60)
    pace: str | None = Field(default=None, max_length=60)
    enjoys: list[str] | None = Field(default=None, max_length=MAX_ITEMS)
    hard_limits: list[str] | None = Field(default=None, max_length=MAX_ITEMS)
    safeword: str | None = Field(default=None, max_length=40)

    def applied(self, current: ChatPreferences) -> ChatPreferences:
        changes = self.model_dump(exclude_none=True)
        return ChatPreferences.from_dict({**current.to_dict(), **changes})
