"""Chat tables: user-made personas, conversations, messages and what the companion adapts with.

Every personal field is sealed under its subject's DEK (``store.sealed``); the plain columns
are random ids, roles, counters, flags and times. Which persona a conversation is with says
something about the person, so even that reference is sealed. Incognito conversations are
never written here (``chat.incognito`` holds them in memory).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, false
from sqlalchemy.orm import Mapped, mapped_column

from veil.store.base import Base, utcnow


class PersonaRow(Base):
    """A persona someone made or imported: the whole card, sealed, and its avatar."""

    __tablename__ = "personas"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(index=True)
    card: Mapped[bytes] = mapped_column(LargeBinary)  # sealed JSON
    avatar: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed PNG
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConversationRow(Base):
    __tablename__ = "conversations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(index=True)
    persona: Mapped[bytes] = mapped_column(LargeBinary)  # sealed persona id
    title: Mapped[bytes] = mapped_column(LargeBinary)  # sealed
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class MessageRow(Base):
    """One message. A turn is a user message and its replies (alternatives, one active)."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation_turn", "conversation_id", "turn"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    conversation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE")
    )
    subject_id: Mapped[uuid.UUID] = mapped_column(index=True)
    turn: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[uuid.UUID | None]
    active: Mapped[bool] = mapped_column(default=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)  # sealed
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    edited_at: Mapped[datetime | None]
    # The style profile learned from this (user) message: a deletion rebuilds the profile
    # from the learned messages that remain, so nothing of an erased message stays in it.
    learned: Mapped[bool] = mapped_column(default=False, server_default=false())


class MemoryFactRow(Base):
    __tablename__ = "memory_facts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(index=True)
    fact: Mapped[bytes] = mapped_column(LargeBinary)  # sealed
    source: Mapped[str] = mapped_column(String(16))
    # The message a fact was drawn from: the database deletes the fact with it (message or
    # conversation erasure, retention), so derived memory never outlives its source.
    source_message_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class StyleProfileRow(Base):
    __tablename__ = "style_profiles"

    subject_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    profile: Mapped[bytes] = mapped_column(LargeBinary)  # sealed JSON
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChatPreferencesRow(Base):
    __tablename__ = "chat_preferences"

    subject_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    preferences: Mapped[bytes] = mapped_column(LargeBinary)  # sealed JSON
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
