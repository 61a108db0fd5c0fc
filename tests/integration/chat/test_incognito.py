"""Without `service` consent a conversation is incognito: nothing of it reaches the database."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest

from tests.fakes.chat import ARIA_ID
from tests.integration.chat.conftest import Chat
from veil.domain.chat import Role
from veil.domain.errors import ConsentRequired, InputError, NotFound
from veil.domain.purposes import Purpose

CANARY = "canary-zebra-4417-marmalade"


def raw_database_bytes(chat: Chat) -> bytes:
    """The SQLite file and its WAL, as they are on disk."""
    path = Path(chat.runtime.settings.database_url.removeprefix("sqlite:///"))
    parts = [path, path.with_name(path.name + "-wal")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def test_nothing_of_an_incognito_conversation_reaches_the_database(chat: Chat) -> None:
    if chat.runtime.database.dialect != "sqlite":
        pytest.skip("scans the SQLite file")
    bob = uuid.uuid4()
    chat.consent.grant(bob, Purpose.PERSONALIZATION)  # still no `service`: incognito
    info = chat.service.start(bob, ARIA_ID, title=f"title {CANARY}")
    assert info.incognito
    done = asyncio.run(chat.service.send(bob, info.id, f"my secret is {CANARY}"))
    assert done.incognito
    chat.backend.reply = f"I will keep {CANARY} safe"
    asyncio.run(chat.service.regenerate(bob, info.id))
    chat.service.edit_message(bob, info.id, done.user_message.id, f"edited {CANARY}")
    chat.service.rename(bob, info.id, f"renamed {CANARY}")
    view = chat.service.conversation(bob, info.id)
    assert sum(CANARY in m.content for m in view.messages) == 2
    chat.runtime.database.dispose()  # flush everything SQLite holds to the files
    raw = raw_database_bytes(chat)
    assert CANARY.encode() not in raw
    assert info.id.bytes not in raw and str(info.id).encode() not in raw
    assert bob.bytes not in raw and bob.hex.encode() not in raw


def test_incognito_conversations_are_listed_and_gone_at_logout(chat: Chat) -> None:
    bob = uuid.uuid4()
    info = chat.service.start(bob, ARIA_ID)
    asyncio.run(chat.service.send(bob, info.id, "hello"))
    assert [c.id for c in chat.service.conversations(bob)] == [info.id]
    assert chat.service.forget_incognito(bob) == 1
    assert chat.service.conversations(bob) == []
    # without `service` consent nothing is looked up in storage: refused as such
    with pytest.raises(ConsentRequired):
        asyncio.run(chat.service.send(bob, info.id, "still there?"))


def test_incognito_turns_regenerate_and_erase(chat: Chat) -> None:
    bob = uuid.uuid4()
    info = chat.service.start(bob, ARIA_ID)
    first = asyncio.run(chat.service.send(bob, info.id, "one"))
    again = asyncio.run(chat.service.regenerate(bob, info.id))
    assert again.alternatives == 2
    view = chat.service.conversation(bob, info.id)
    assert [m.active for m in view.messages if m.role is Role.ASSISTANT] == [True, False, True]
    with pytest.raises(InputError):
        chat.service.edit_message(bob, info.id, first.reply.id, "x")
    with pytest.raises(NotFound):
        chat.service.edit_message(bob, info.id, uuid.uuid4(), "x")
    assert chat.service.delete_message(bob, info.id, first.user_message.id) == 3
    chat.service.delete(bob, info.id)
    assert chat.service.conversations(bob) == []


def test_someone_else_cannot_reach_an_incognito_conversation(chat: Chat) -> None:
    bob, eve = uuid.uuid4(), uuid.uuid4()
    info = chat.service.start(bob, ARIA_ID)
    chat.consent.grant(eve, Purpose.SERVICE)
    with pytest.raises(NotFound):
        chat.service.conversation(eve, info.id)
    with pytest.raises(NotFound):
        asyncio.run(chat.service.send(eve, info.id, "hi"))


def test_an_ended_incognito_conversation_is_not_stored_after_its_stream(chat: Chat) -> None:
    bob = uuid.uuid4()
    info = chat.service.start(bob, ARIA_ID)

    async def run() -> None:
        turn = await chat.service.open_turn(bob, info.id, "hi")
        chat.service.forget_incognito(bob)  # logout while the reply streams
        async for _ in chat.service.stream(turn):
            pass

    with pytest.raises(NotFound):
        asyncio.run(run())
