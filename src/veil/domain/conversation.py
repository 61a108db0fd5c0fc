"""Conversation value types: what the chat service returns and the adapters render.

Pure data: no I/O. A conversation is a list of turns; a turn is one user message and one or
more assistant replies (alternatives from "regenerate"), exactly one of them active. No
``repr`` here prints message text, titles, facts or preferences: they are personal data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from veil.domain.chat import Persona, Role


class PersonaKind(StrEnum):
    BUILTIN = "builtin"  # shipped with Veil, the same for everyone
    USER = "user"  # made or imported by one person; sealed under their key


@dataclass(frozen=True, slots=True)
class PersonaRecord:
    """A persona as the service hands it out: id, whose it is, and the card fields."""

    id: uuid.UUID
    kind: PersonaKind
    persona: Persona
    owner: uuid.UUID | None = None  # None for built-ins
    created_at: datetime | None = None
    avatar: bytes | None = None  # PNG image for user personas imported from a PNG card

    def __repr__(self) -> str:
        return f"PersonaRecord(id={self.id}, kind={self.kind.value})"


@dataclass(frozen=True, slots=True)
class ConversationInfo:
    id: uuid.UUID
    persona_id: uuid.UUID
    title: str
    created_at: datetime
    updated_at: datetime
    incognito: bool = False  # held in memory only: nothing of it is stored

    def __repr__(self) -> str:
        return f"ConversationInfo(id={self.id}, incognito={self.incognito})"


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """One message of a conversation (stored sealed, or held in memory when incognito)."""

    id: uuid.UUID
    conversation_id: uuid.UUID
    turn: int
    role: Role
    content: str
    created_at: datetime
    parent_id: uuid.UUID | None = None  # an assistant reply's user message
    active: bool = True  # False for a regenerated-away alternative
    edited_at: datetime | None = None

    def __repr__(self) -> str:
        return (
            f"StoredMessage(id={self.id}, turn={self.turn}, role={self.role.value}, "
            f"chars={len(self.content)}, active={self.active})"
        )


@dataclass(frozen=True, slots=True)
class ConversationView:
    """A conversation with its messages, in order (turn, then user before replies)."""

    info: ConversationInfo
    messages: tuple[StoredMessage, ...]

    def active(self) -> tuple[StoredMessage, ...]:
        return tuple(message for message in self.messages if message.active)


class FactSource(StrEnum):
    EXPLICIT = "explicit"  # "remember that …" or added through the API
    EXTRACTED = "extracted"  # noticed in the user's messages


@dataclass(frozen=True, slots=True)
class MemoryFact:
    id: uuid.UUID
    text: str
    source: FactSource
    created_at: datetime
    updated_at: datetime

    def __repr__(self) -> str:
        return f"MemoryFact(id={self.id}, source={self.source.value}, chars={len(self.text)})"


class TurnEnd(StrEnum):
    """How a turn ended; the final streaming event carries it."""

    STOP = "stop"  # the model finished
    LENGTH = "length"  # the model hit its token limit
    CUT = "cut"  # the output crossed the safety policy: the stream was cut with a note
    SUPPORT = "support"  # self-harm signals: a supportive reply with crisis resources
    CHECK_IN = "check_in"  # the safeword: the scene stopped, a calm check-in instead


@dataclass(frozen=True, slots=True)
class ReplyDelta:
    """A piece of the reply, in order; their concatenation is the reply."""

    text: str

    def __repr__(self) -> str:
        return f"ReplyDelta(chars={len(self.text)})"


@dataclass(frozen=True, slots=True)
class TurnCompleted:
    """The last event of a turn: what was stored (or held in memory when incognito)."""

    conversation_id: uuid.UUID
    user_message: StoredMessage
    reply: StoredMessage
    end: TurnEnd = TurnEnd.STOP
    incognito: bool = False
    alternatives: int = 1  # replies of this turn, counting this one


ChatEvent = ReplyDelta | TurnCompleted


@dataclass(frozen=True, slots=True)
class AdaptationSnapshot:
    """Everything the companion adapts with, as the user sees it (GET /me/...)."""

    enabled: bool  # personalization consent is live
    style: dict[str, Any] = field(default_factory=dict)
    instructions: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"AdaptationSnapshot(enabled={self.enabled})"
