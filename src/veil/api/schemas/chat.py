"""Request and response models of the chat API (never ORM rows)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from veil.domain.conversation import (
    ConversationInfo,
    ConversationView,
    PersonaRecord,
    StoredMessage,
    TurnCompleted,
)

MAX_TEXT = 8000
MAX_TITLE = 200


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConversationCreate(_In):
    persona_id: uuid.UUID
    title: str | None = Field(default=None, max_length=MAX_TITLE)


class ConversationRename(_In):
    title: str = Field(min_length=1, max_length=MAX_TITLE)


class MessageCreate(_In):
    content: str = Field(min_length=1, max_length=MAX_TEXT)


class MessageEdit(_In):
    content: str = Field(min_length=1, max_length=MAX_TEXT)


class ConversationOut(BaseModel):
    id: uuid.UUID
    persona_id: uuid.UUID
    title: str
    incognito: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, info: ConversationInfo) -> ConversationOut:
        return cls(
            id=info.id,
            persona_id=info.persona_id,
            title=info.title,
            incognito=info.incognito,
            created_at=info.created_at,
            updated_at=info.updated_at,
        )


class ConversationList(BaseModel):
    conversations: list[ConversationOut]


class MessageOut(BaseModel):
    id: uuid.UUID
    turn: int
    role: str
    content: str
    active: bool
    parent_id: uuid.UUID | None
    created_at: datetime
    edited_at: datetime | None

    @classmethod
    def of(cls, message: StoredMessage) -> MessageOut:
        return cls(
            id=message.id,
            turn=message.turn,
            role=message.role.value,
            content=message.content,
            active=message.active,
            parent_id=message.parent_id,
            created_at=message.created_at,
            edited_at=message.edited_at,
        )


class ConversationDetail(ConversationOut):
    messages: list[MessageOut]

    @classmethod
    def of_view(cls, view: ConversationView) -> ConversationDetail:
        base = ConversationOut.of(view.info).model_dump()
        return cls(**base, messages=[MessageOut.of(m) for m in view.messages])


class TurnOut(BaseModel):
    conversation_id: uuid.UUID
    user_message: MessageOut
    reply: MessageOut
    end: str
    incognito: bool
    alternatives: int

    @classmethod
    def of(cls, done: TurnCompleted) -> TurnOut:
        return cls(
            conversation_id=done.conversation_id,
            user_message=MessageOut.of(done.user_message),
            reply=MessageOut.of(done.reply),
            end=done.end.value,
            incognito=done.incognito,
            alternatives=done.alternatives,
        )


class PersonaPatch(BaseModel):
    """Fields of one's own persona to correct; those left out (or null) are unchanged.
    Limits as for imported cards (``chat.cards_limits``)."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, min_length=1, max_length=256)
    nickname: str | None = Field(default=None, max_length=256)
    description: str | None = None
    personality: str | None = None
    scenario: str | None = None
    first_message: str | None = None
    example_dialogue: str | None = None
    system_prompt: str | None = None
    post_history_instructions: str | None = None
    alternate_greetings: list[str] | None = Field(default=None, max_length=128)
    tags: list[str] | None = Field(default=None, max_length=128)
    creator_notes: str | None = None

    def changes(self) -> dict[str, object]:
        return self.model_dump(exclude_none=True)


class PersonaOut(BaseModel):
    id: uuid.UUID
    kind: str
    name: str
    description: str
    personality: str
    scenario: str
    first_message: str
    tags: list[str]
    creator: str
    creator_notes: str
    lorebook_entries: int
    has_avatar: bool

    @classmethod
    def of(cls, record: PersonaRecord) -> PersonaOut:
        persona = record.persona
        return cls(
            id=record.id,
            kind=record.kind.value,
            name=persona.name,
            description=persona.description,
            personality=persona.personality,
            scenario=persona.scenario,
            first_message=persona.first_message,
            tags=list(persona.tags),
            creator=persona.creator,
            creator_notes=persona.creator_notes,
            lorebook_entries=len(persona.lorebook),
            has_avatar=record.avatar is not None,
        )


class PersonaList(BaseModel):
    personas: list[PersonaOut]


def dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json")
