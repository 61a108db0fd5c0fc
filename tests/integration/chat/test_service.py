"""The chat service end to end on a real database: stored and incognito conversations,
streaming, regenerate, rectification and erasure, consent, backend failure."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from tests.fakes.chat import ARIA_ID
from tests.integration.chat.conftest import Chat
from veil.domain.chat import Persona, Role
from veil.domain.conversation import ReplyDelta, TurnCompleted, TurnEnd
from veil.domain.errors import (
    BackendUnavailable,
    Conflict,
    ConsentRequired,
    InputError,
    NotFound,
)
from veil.domain.purposes import Purpose
from veil.store.models import AuditRecord, ConversationRow, MessageRow


def audit_actions(chat: Chat) -> list[tuple[str, str]]:
    with chat.runtime.database.read() as session:
        rows = session.execute(select(AuditRecord).order_by(AuditRecord.seq)).scalars()
        return [(row.action, row.details) for row in rows]


def count(chat: Chat, model: type[ConversationRow] | type[MessageRow]) -> int:
    with chat.runtime.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_stored_conversation_starts_with_the_greeting(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    assert not info.incognito and info.title == "Aria"
    view = chat.service.conversation(alice, info.id)
    assert [m.content for m in view.messages] == ["Hi, I'm Aria. How was your day?"]
    assert view.messages[0].role is Role.ASSISTANT and view.messages[0].turn == 0
    assert [c.id for c in chat.service.conversations(alice)] == [info.id]


def test_send_stores_the_turn_sealed(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID, title="Evening")
    done = asyncio.run(chat.service.send(alice, info.id, "I had a long day at work."))
    assert done.reply.content == chat.backend.reply and done.end is TurnEnd.STOP
    assert done.user_message.turn == done.reply.turn == 1
    assert done.reply.parent_id == done.user_message.id
    view = chat.service.conversation(alice, info.id)
    assert [m.role for m in view.messages] == [Role.ASSISTANT, Role.USER, Role.ASSISTANT]
    sent = chat.backend.requests[-1].messages
    assert sent[0].role is Role.SYSTEM and sent[-1].content == "I had a long day at work."
    with chat.runtime.database.read() as session:
        blobs = session.scalars(select(MessageRow.content)).all()
    assert all(b"long day" not in blob for blob in blobs)


def test_stream_yields_deltas_then_the_stored_ids(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    chat.backend.reply = (
        "Hello there, it is lovely to see you again after such a long and busy day."
    )

    async def run() -> list[object]:
        turn = await chat.service.open_turn(alice, info.id, "hello")
        return [event async for event in chat.service.stream(turn)]

    events = asyncio.run(run())
    deltas = [e.text for e in events if isinstance(e, ReplyDelta)]
    assert "".join(deltas) == chat.backend.reply and len(deltas) > 1
    done = events[-1]
    assert isinstance(done, TurnCompleted)
    stored = {m.id for m in chat.service.conversation(alice, info.id).messages}
    assert {done.user_message.id, done.reply.id} <= stored


def test_regenerate_keeps_the_alternatives(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    first = asyncio.run(chat.service.send(alice, info.id, "tell me a story"))
    chat.backend.reply = "Once upon a time."
    second = asyncio.run(chat.service.regenerate(alice, info.id))
    assert second.alternatives == 2 and second.user_message.id == first.user_message.id
    view = chat.service.conversation(alice, info.id)
    replies = [m for m in view.messages if m.parent_id == first.user_message.id]
    assert [(m.content, m.active) for m in replies] == [
        (chat.backend.requests and first.reply.content, False),
        ("Once upon a time.", True),
    ]
    assert [m.content for m in view.active()][-1] == "Once upon a time."
    # the regenerated request does not contain the discarded reply
    assert first.reply.content not in [m.content for m in chat.backend.requests[-1].messages]


def test_regenerate_needs_a_user_message(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    with pytest.raises(InputError):
        asyncio.run(chat.service.regenerate(alice, info.id))


def test_regenerating_an_old_turn_after_a_new_one_conflicts(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    asyncio.run(chat.service.send(alice, info.id, "one"))

    async def race() -> None:
        pending = await chat.service.open_regenerate(alice, info.id)
        await chat.service.send(alice, info.id, "two")
        async for _ in chat.service.stream(pending):
            pass

    with pytest.raises(Conflict):
        asyncio.run(race())


def test_backend_failure_stores_nothing(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    before = count(chat, MessageRow)
    chat.backend.fail_after = 2
    with pytest.raises(BackendUnavailable):
        asyncio.run(chat.service.send(alice, info.id, "are you there?"))
    assert count(chat, MessageRow) == before


def test_abandoned_stream_stores_nothing(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    before = count(chat, MessageRow)

    async def run() -> None:
        turn = await chat.service.open_turn(alice, info.id, "hello")
        stream = chat.service.stream(turn)
        await anext(stream)
        await stream.aclose()  # the client went away

    asyncio.run(run())
    assert count(chat, MessageRow) == before


def test_edit_own_message_is_audited_without_text(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    done = asyncio.run(chat.service.send(alice, info.id, "my cat is called Tom"))
    edited = chat.service.edit_message(alice, info.id, done.user_message.id, "my cat is Jerry")
    assert edited.content == "my cat is Jerry" and edited.edited_at is not None
    view = chat.service.conversation(alice, info.id)
    assert "my cat is Jerry" in [m.content for m in view.messages]
    actions = audit_actions(chat)
    assert ("chat.message.rectify", "{}") in actions
    assert "Jerry" not in json.dumps(actions)


def test_only_user_messages_can_be_edited(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    done = asyncio.run(chat.service.send(alice, info.id, "hi"))
    with pytest.raises(InputError):
        chat.service.edit_message(alice, info.id, done.reply.id, "rewritten")


def test_deleting_a_user_message_takes_its_replies(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    done = asyncio.run(chat.service.send(alice, info.id, "forget this"))
    asyncio.run(chat.service.regenerate(alice, info.id))
    assert chat.service.delete_message(alice, info.id, done.user_message.id) == 3
    view = chat.service.conversation(alice, info.id)
    assert [m.turn for m in view.messages] == [0]
    assert ("chat.message.erase", '{"messages":3}') in audit_actions(chat)


def test_deleting_a_reply_only(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    done = asyncio.run(chat.service.send(alice, info.id, "hi"))
    assert chat.service.delete_message(alice, info.id, done.reply.id) == 1


def test_rename_and_delete_conversation(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    asyncio.run(chat.service.send(alice, info.id, "hi"))
    assert chat.service.rename(alice, info.id, "Renamed").title == "Renamed"
    assert chat.service.conversation(alice, info.id).info.title == "Renamed"
    chat.service.delete(alice, info.id)
    assert count(chat, ConversationRow) == 0 and count(chat, MessageRow) == 0
    assert ("chat.conversation.erase", '{"messages":3}') in audit_actions(chat)
    with pytest.raises(NotFound):
        chat.service.conversation(alice, info.id)


def test_someone_elses_ids_are_not_found(chat: Chat, alice: uuid.UUID) -> None:
    bob = uuid.uuid4()
    chat.consent.grant(bob, Purpose.SERVICE)
    info = chat.service.start(alice, ARIA_ID)
    done = asyncio.run(chat.service.send(alice, info.id, "private"))
    calls: list[Callable[[], object]] = [
        lambda: chat.service.conversation(bob, info.id),
        lambda: chat.service.rename(bob, info.id, "mine"),
        lambda: chat.service.delete(bob, info.id),
        lambda: chat.service.edit_message(bob, info.id, done.user_message.id, "x"),
        lambda: chat.service.delete_message(bob, info.id, done.user_message.id),
        lambda: asyncio.run(chat.service.send(bob, info.id, "hi")),
        lambda: asyncio.run(chat.service.regenerate(bob, info.id)),
    ]
    for call in calls:
        with pytest.raises(NotFound):
            call()
    assert chat.service.conversations(bob) == []
    assert len(chat.service.conversation(alice, info.id).messages) == 3


def test_unknown_persona_is_not_found(chat: Chat, alice: uuid.UUID) -> None:
    with pytest.raises(NotFound):
        chat.service.start(alice, uuid.uuid4())


@pytest.mark.parametrize("text", ["", "   ", "x" * 8001, "a\x00b"])
def test_bad_message_text_is_refused(chat: Chat, alice: uuid.UUID, text: str) -> None:
    info = chat.service.start(alice, ARIA_ID)
    with pytest.raises(InputError):
        asyncio.run(chat.service.send(alice, info.id, text))


def test_withdrawn_service_consent_hides_stored_conversations(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    chat.consent.withdraw(alice, Purpose.SERVICE)
    assert chat.service.conversations(alice) == []
    with pytest.raises(ConsentRequired):
        chat.service.conversation(alice, info.id)
    with pytest.raises(ConsentRequired):
        asyncio.run(chat.service.send(alice, info.id, "hi"))
    chat.service.delete(alice, info.id)  # erasure needs no consent
    assert count(chat, ConversationRow) == 0


def test_consent_withdrawn_during_a_stream_stores_nothing(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    before = count(chat, MessageRow)

    async def run() -> None:
        turn = await chat.service.open_turn(alice, info.id, "hi")
        chat.consent.withdraw(alice, Purpose.SERVICE)
        async for _ in chat.service.stream(turn):
            pass

    with pytest.raises(ConsentRequired):
        asyncio.run(run())
    assert count(chat, MessageRow) == before


def test_a_deleted_persona_keeps_the_conversation_readable(chat: Chat, alice: uuid.UUID) -> None:
    mine = chat.personas.create(alice, Persona(name="Mine", first_message="hey"))
    info = chat.service.start(alice, mine.id)
    chat.personas.delete(alice, mine.id)
    assert len(chat.service.conversation(alice, info.id).messages) == 1
    with pytest.raises(Conflict):
        asyncio.run(chat.service.send(alice, info.id, "hi"))
