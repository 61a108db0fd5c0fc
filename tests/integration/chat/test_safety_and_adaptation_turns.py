"""Safety, the safeword, hard limits and learning, through whole turns on a real database."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from sqlalchemy import select

from tests.data.safety_cases import ILLEGAL, MINORS, OUTPUT_PROHIBITED, SELF_HARM
from tests.fakes.chat import ARIA_ID
from tests.integration.chat.conftest import Chat
from veil.chat.memory import Preferences
from veil.chat.reply_filter import LIMIT_NOTE
from veil.chat.safety_replies import CRISIS_RESOURCES
from veil.domain.chat import ChatMessage, Role
from veil.domain.conversation import FactSource, ReplyDelta, TurnCompleted, TurnEnd
from veil.domain.errors import ContentBlocked
from veil.domain.purposes import Purpose
from veil.domain.safety import CUT_NOTE
from veil.store.models import AuditRecord, MessageRow


def blocks(chat: Chat) -> list[dict[str, str]]:
    with chat.runtime.database.read() as session:
        rows = session.scalars(select(AuditRecord).where(AuditRecord.action == "chat.block"))
        return [json.loads(row.details) | {"outcome": row.outcome} for row in rows]


def stored_texts(chat: Chat, alice: uuid.UUID, cid: uuid.UUID) -> list[str]:
    return [m.content for m in chat.service.conversation(alice, cid).messages]


def run_turn(chat: Chat, subject: uuid.UUID, cid: uuid.UUID, text: str) -> list[object]:
    async def run() -> list[object]:
        turn = await chat.service.open_turn(subject, cid, text)
        return [event async for event in chat.service.stream(turn)]

    return asyncio.run(run())


@pytest.mark.parametrize("text", [MINORS[0], ILLEGAL[0]])
def test_blocked_input_is_refused_audited_and_not_stored(
    chat: Chat, alice: uuid.UUID, text: str
) -> None:
    info = chat.service.start(alice, ARIA_ID)
    with pytest.raises(ContentBlocked) as refused:
        asyncio.run(chat.service.send(alice, info.id, text))
    assert text not in refused.value.detail
    assert chat.backend.requests == []
    assert len(stored_texts(chat, alice, info.id)) == 1
    (block,) = blocks(chat)
    assert block["stage"] == "input" and block["outcome"] == "denied"
    assert block["category"] in {"minors", "illegal"}
    assert text not in json.dumps(blocks(chat))


def test_blocked_input_in_incognito_is_audited_without_the_conversation(chat: Chat) -> None:
    bob = uuid.uuid4()
    info = chat.service.start(bob, ARIA_ID)
    with pytest.raises(ContentBlocked):
        asyncio.run(chat.service.send(bob, info.id, MINORS[1]))
    with chat.runtime.database.read() as session:
        resources = session.scalars(
            select(AuditRecord.resource).where(AuditRecord.action == "chat.block")
        ).all()
    assert resources == ["conversation:incognito"]


def test_self_harm_gets_support_with_crisis_resources(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    done = asyncio.run(chat.service.send(alice, info.id, SELF_HARM[0]))
    assert done.end is TurnEnd.SUPPORT and chat.backend.requests == []
    assert CRISIS_RESOURCES[0] in done.reply.content
    assert blocks(chat) == []


def test_the_safeword_stops_the_scene_with_a_check_in(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    done = asyncio.run(chat.service.send(alice, info.id, "red"))
    assert done.end is TurnEnd.CHECK_IN and chat.backend.requests == []
    chat.consent.grant(alice, Purpose.PERSONALIZATION)
    chat.adaptation.set_preferences(alice, Preferences(safeword="pineapple"))
    own = asyncio.run(chat.service.send(alice, info.id, "ok PINEAPPLE please"))
    assert own.end is TurnEnd.CHECK_IN and own.reply.content == done.reply.content


@pytest.mark.parametrize("bad", OUTPUT_PROHIBITED)
def test_a_crossing_reply_is_cut_and_nothing_unsafe_is_stored(
    chat: Chat, alice: uuid.UUID, bad: str
) -> None:
    info = chat.service.start(alice, ARIA_ID)
    chat.backend.reply = "That sounds like quite a day, let me tell you something. " + bad
    events = run_turn(chat, alice, info.id, "tell me something")
    shown = "".join(e.text for e in events if isinstance(e, ReplyDelta))
    done = events[-1]
    assert isinstance(done, TurnCompleted) and done.end is TurnEnd.CUT
    assert shown.endswith(CUT_NOTE) and bad not in shown
    assert done.reply.content == shown
    assert not any(bad in text for text in stored_texts(chat, alice, info.id))
    assert [b["stage"] for b in blocks(chat)] == ["output"]


def test_a_reply_raising_a_hard_limit_is_cut(chat: Chat, alice: uuid.UUID) -> None:
    chat.consent.grant(alice, Purpose.PERSONALIZATION)
    chat.adaptation.set_preferences(alice, Preferences(limits=("spiders",)))
    info = chat.service.start(alice, ARIA_ID)
    chat.backend.reply = "Let us walk in the garden tonight, where the spiders weave their webs."
    done = asyncio.run(chat.service.send(alice, info.id, "what shall we do?"))
    assert done.end is TurnEnd.CUT and done.reply.content.endswith(LIMIT_NOTE)
    assert "spiders" not in done.reply.content
    assert blocks(chat) == []  # a personal limit, not a policy block


def test_an_edit_to_blocked_content_is_refused(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    done = asyncio.run(chat.service.send(alice, info.id, "hello"))
    with pytest.raises(ContentBlocked):
        chat.service.edit_message(alice, info.id, done.user_message.id, ILLEGAL[1])
    assert "hello" in stored_texts(chat, alice, info.id)
    assert [b["stage"] for b in blocks(chat)] == ["edit"]


def test_imported_history_passes_the_policy(chat: Chat, alice: uuid.UUID) -> None:
    with pytest.raises(ContentBlocked):
        chat.service.start(alice, ARIA_ID, history=[ChatMessage(Role.USER, MINORS[2])])
    with pytest.raises(ContentBlocked):
        chat.service.start(
            alice, ARIA_ID, history=[ChatMessage(Role.ASSISTANT, OUTPUT_PROHIBITED[0])]
        )
    with chat.runtime.database.read() as session:
        assert session.scalars(select(MessageRow)).all() == []


def test_remember_that_and_extracted_facts_are_kept(chat: Chat, alice: uuid.UUID) -> None:
    chat.consent.grant(alice, Purpose.PERSONALIZATION)
    info = chat.service.start(alice, ARIA_ID)
    asyncio.run(
        chat.service.send(alice, info.id, "Remember that my birthday is in May. I work as a nurse.")
    )
    asyncio.run(chat.service.send(alice, info.id, "remember that my birthday is in May"))
    facts = chat.adaptation.memory(alice)
    assert [(f.text, f.source) for f in facts] == [
        ("my birthday is in May", FactSource.EXPLICIT),
        ("I work as a nurse", FactSource.EXTRACTED),
    ]
    asyncio.run(chat.service.send(alice, info.id, "hi"))
    system = chat.backend.requests[-1].messages[0].content
    assert "my birthday is in May" in system


def test_nothing_is_learnt_without_personalization(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    asyncio.run(chat.service.send(alice, info.id, "Remember that I love jazz."))
    assert chat.adaptation.memory(alice) == []


def test_a_blocked_memory_is_refused(chat: Chat, alice: uuid.UUID) -> None:
    chat.consent.grant(alice, Purpose.PERSONALIZATION)
    with pytest.raises(ContentBlocked):
        chat.adaptation.remember(alice, ILLEGAL[2])
    assert chat.adaptation.memory(alice) == []
