"""Incognito conversations: held in this process's memory only, never written anywhere.

Without ``service`` consent a conversation lives here. It is bounded (subjects, conversations
per subject, messages per conversation: the oldest go first), and it is gone when the
subject logs out (``forget``), after ``ttl_seconds`` without activity, or when the process
stops. Nothing here is logged or persisted; ``repr`` shows counts only.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from veil.domain.chat import Role
from veil.domain.conversation import ConversationInfo, StoredMessage


@dataclass(frozen=True, slots=True)
class IncognitoLimits:
    max_subjects: int = 10_000
    max_conversations: int = 20  # per subject
    max_messages: int = 400  # per conversation
    ttl_seconds: float = 3600.0  # idle time before a subject's conversations are dropped


@dataclass
class _Conversation:
    info: ConversationInfo
    messages: list[StoredMessage] = field(default_factory=list)


@dataclass
class _Subject:
    touched: float
    conversations: OrderedDict[uuid.UUID, _Conversation] = field(default_factory=OrderedDict)


class IncognitoStore:
    """Thread-safe, bounded, expiring store of incognito conversations."""

    def __init__(
        self,
        limits: IncognitoLimits | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limits = limits or IncognitoLimits()
        self._now = monotonic
        self._lock = threading.Lock()
        self._subjects: OrderedDict[uuid.UUID, _Subject] = OrderedDict()

    def __repr__(self) -> str:
        return f"IncognitoStore(subjects={len(self._subjects)})"

    # conversations ---------------------------------------------------------------------------
    def create(self, subject: uuid.UUID, info: ConversationInfo) -> None:
        with self._lock:
            held = self._subject(subject) or self._add_subject(subject)
            held.conversations[info.id] = _Conversation(info)
            while len(held.conversations) > self._limits.max_conversations:
                held.conversations.popitem(last=False)

    def get(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> ConversationInfo | None:
        with self._lock:
            found = self._conversation(subject, conversation_id)
            return None if found is None else found.info

    def conversations(self, subject: uuid.UUID) -> list[ConversationInfo]:
        with self._lock:
            held = self._subject(subject)
            if held is None:
                return []
            infos = [c.info for c in held.conversations.values()]
        return sorted(infos, key=lambda info: (info.updated_at, info.id), reverse=True)

    def rename(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, title: str, now: datetime
    ) -> ConversationInfo | None:
        with self._lock:
            found = self._conversation(subject, conversation_id)
            if found is None:
                return None
            found.info = replace(found.info, title=title, updated_at=now)
            return found.info

    def delete(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> int:
        """Drop a conversation; the number of messages it held, or -1 if there was none."""
        with self._lock:
            held = self._subject(subject)
            if held is None or conversation_id not in held.conversations:
                return -1
            return len(held.conversations.pop(conversation_id).messages)

    def forget(self, subject: uuid.UUID) -> int:
        """Drop everything of ``subject`` (logout); the number of conversations dropped."""
        with self._lock:
            held = self._subjects.pop(subject, None)
            return 0 if held is None else len(held.conversations)

    def sweep(self) -> int:
        """Drop subjects idle longer than the TTL; the number dropped."""
        with self._lock:
            return self._expire()

    # messages --------------------------------------------------------------------------------
    def messages(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> list[StoredMessage]:
        with self._lock:
            found = self._conversation(subject, conversation_id)
            return [] if found is None else list(found.messages)

    def add_messages(
        self,
        subject: uuid.UUID,
        conversation_id: uuid.UUID,
        messages: Iterable[StoredMessage],
        now: datetime,
        *,
        deactivate_turn: int | None = None,
    ) -> bool:
        """Append ``messages`` (after marking ``deactivate_turn``'s replies inactive)."""
        with self._lock:
            found = self._conversation(subject, conversation_id)
            if found is None:
                return False
            if deactivate_turn is not None:
                found.messages = [
                    replace(m, active=False)
                    if m.turn == deactivate_turn and m.role is Role.ASSISTANT
                    else m
                    for m in found.messages
                ]
            found.messages.extend(messages)
            del found.messages[: max(0, len(found.messages) - self._limits.max_messages)]
            found.info = replace(found.info, updated_at=now)
            return True

    def edit(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, message_id: uuid.UUID, text: str,
        now: datetime,
    ) -> bool:  # fmt: skip
        with self._lock:
            found = self._conversation(subject, conversation_id)
            if found is None:
                return False
            found.messages = [
                replace(m, content=text, edited_at=now) if m.id == message_id else m
                for m in found.messages
            ]
            return True

    def delete_messages(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, ids: Iterable[uuid.UUID]
    ) -> int:
        gone = set(ids)
        with self._lock:
            found = self._conversation(subject, conversation_id)
            if found is None:
                return 0
            before = len(found.messages)
            found.messages = [m for m in found.messages if m.id not in gone]
            return before - len(found.messages)

    # internals (hold the lock) ---------------------------------------------------------------
    def _subject(self, subject: uuid.UUID) -> _Subject | None:
        self._expire()
        held = self._subjects.get(subject)
        if held is not None:
            held.touched = self._now()
            self._subjects.move_to_end(subject)
        return held

    def _add_subject(self, subject: uuid.UUID) -> _Subject:
        held = self._subjects[subject] = _Subject(self._now())
        while len(self._subjects) > self._limits.max_subjects:
            self._subjects.popitem(last=False)
        return held

    def _conversation(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> _Conversation | None:
        held = self._subject(subject)
        return None if held is None else held.conversations.get(conversation_id)

    def _expire(self) -> int:
        cutoff = self._now() - self._limits.ttl_seconds
        dropped = 0
        while self._subjects:
            oldest = next(iter(self._subjects.values()))
            if oldest.touched > cutoff:
                break
            self._subjects.popitem(last=False)
            dropped += 1
        return dropped
