"""The in-memory incognito store: bounded and expiring."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from veil.chat.incognito import IncognitoLimits, IncognitoStore
from veil.domain.chat import Role
from veil.domain.conversation import ConversationInfo, StoredMessage

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def info() -> ConversationInfo:
    return ConversationInfo(uuid.uuid4(), uuid.uuid4(), "t", NOW, NOW, incognito=True)


def message(conversation: uuid.UUID, turn: int) -> StoredMessage:
    return StoredMessage(uuid.uuid4(), conversation, turn, Role.USER, f"m{turn}", NOW)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_conversations_per_subject_are_bounded() -> None:
    store = IncognitoStore(IncognitoLimits(max_conversations=2))
    subject = uuid.uuid4()
    made = [info() for _ in range(3)]
    for conversation in made:
        store.create(subject, conversation)
    assert store.get(subject, made[0].id) is None
    assert {c.id for c in store.conversations(subject)} == {made[1].id, made[2].id}


def test_messages_are_bounded_oldest_first() -> None:
    store = IncognitoStore(IncognitoLimits(max_messages=3))
    subject, conversation = uuid.uuid4(), info()
    store.create(subject, conversation)
    store.add_messages(
        subject, conversation.id, [message(conversation.id, n) for n in range(5)], NOW
    )
    assert [m.turn for m in store.messages(subject, conversation.id)] == [2, 3, 4]


def test_subjects_are_bounded_least_recent_first() -> None:
    store = IncognitoStore(IncognitoLimits(max_subjects=2))
    subjects = [uuid.uuid4() for _ in range(3)]
    for subject in subjects:
        store.create(subject, info())
    assert store.conversations(subjects[0]) == []
    assert len(store.conversations(subjects[2])) == 1


def test_idle_subjects_expire() -> None:
    clock = Clock()
    store = IncognitoStore(IncognitoLimits(ttl_seconds=10), monotonic=clock)
    idle, busy = uuid.uuid4(), uuid.uuid4()
    store.create(idle, info())
    clock.now = 6
    store.create(busy, info())
    clock.now = 12
    assert store.sweep() == 1
    assert store.conversations(idle) == [] and len(store.conversations(busy)) == 1
    assert "subjects=1" in repr(store)


def test_unknown_conversations_are_refused_quietly() -> None:
    store = IncognitoStore()
    subject, missing = uuid.uuid4(), uuid.uuid4()
    assert store.messages(subject, missing) == []
    assert not store.add_messages(subject, missing, [], NOW)
    assert not store.edit(subject, missing, uuid.uuid4(), "x", NOW)
    assert store.delete_messages(subject, missing, [uuid.uuid4()]) == 0
    assert store.rename(subject, missing, "x", NOW) is None
    assert store.delete(subject, missing) == -1
    assert store.forget(subject) == 0
