"""User-made personas and what the companion adapts with, on a real database."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from sqlalchemy import select

from tests.fakes.chat import ARIA_ID
from tests.integration.chat.conftest import Chat
from veil.chat.memory import Pace, Preferences, Tone
from veil.domain.chat import LoreEntry, Persona
from veil.domain.conversation import FactSource, PersonaKind
from veil.domain.errors import ConsentRequired, InputError, NotFound, PermissionDenied
from veil.domain.purposes import Purpose
from veil.store.models import AuditRecord, PersonaRow

CARD = Persona(
    name="Nova",
    description="A stargazer.",
    tags=("space", "calm"),
    lorebook=(LoreEntry(keys=("comet",), content="Nova once chased a comet."),),
    extensions={"talkativeness": "0.5", "fav": False},
)


def actions(chat: Chat) -> list[str]:
    with chat.runtime.database.read() as session:
        return list(session.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)))


def test_a_user_persona_round_trips_sealed(chat: Chat, alice: uuid.UUID) -> None:
    made = chat.personas.create(alice, CARD, avatar=b"\x89PNG fake")
    assert made.kind is PersonaKind.USER and made.owner == alice
    got = chat.personas.get(alice, made.id)
    assert got.persona == CARD and got.avatar == b"\x89PNG fake"
    assert [p.id for p in chat.personas.available(alice)] == [ARIA_ID, made.id]
    with chat.runtime.database.read() as session:
        card = session.scalars(select(PersonaRow.card)).one()
    assert b"stargazer" not in card and b"comet" not in card


def test_user_personas_need_service_consent(chat: Chat) -> None:
    bob = uuid.uuid4()
    with pytest.raises(ConsentRequired):
        chat.personas.create(bob, CARD)
    assert [p.id for p in chat.personas.available(bob)] == [ARIA_ID]


def test_someone_elses_persona_is_not_found(chat: Chat, alice: uuid.UUID) -> None:
    bob = uuid.uuid4()
    chat.consent.grant(bob, Purpose.SERVICE)
    made = chat.personas.create(alice, CARD)
    with pytest.raises(NotFound):
        chat.personas.get(bob, made.id)
    with pytest.raises(NotFound):
        chat.personas.delete(bob, made.id)
    with pytest.raises(NotFound):
        chat.service.start(bob, made.id)
    chat.personas.delete(alice, made.id)
    assert "chat.persona.erase" in actions(chat)
    with pytest.raises(NotFound):
        chat.personas.get(alice, made.id)


def test_builtins_cannot_be_deleted(chat: Chat, alice: uuid.UUID) -> None:
    with pytest.raises(PermissionDenied):
        chat.personas.delete(alice, ARIA_ID)


def test_memory_needs_personalization_and_is_audited(chat: Chat, alice: uuid.UUID) -> None:
    with pytest.raises(ConsentRequired):
        chat.adaptation.remember(alice, "likes tea")
    chat.consent.grant(alice, Purpose.PERSONALIZATION)
    fact = chat.adaptation.remember(alice, "  likes   green tea ")
    assert fact.text == "likes green tea" and fact.source is FactSource.EXPLICIT
    edited = chat.adaptation.edit_memory(alice, fact.id, "likes jasmine tea")
    assert [f.text for f in chat.adaptation.memory(alice)] == ["likes jasmine tea"]
    assert edited.updated_at >= fact.updated_at
    chat.adaptation.remember(alice, "has a dog")
    assert chat.adaptation.forget(alice, fact.id) == 1
    assert chat.adaptation.forget(alice) == 1
    assert chat.adaptation.memory(alice) == []
    assert actions(chat)[-3:] == ["chat.memory.rectify", "chat.memory.erase", "chat.memory.erase"]
    with pytest.raises(NotFound):
        chat.adaptation.edit_memory(alice, fact.id, "x")
    with pytest.raises(NotFound):
        chat.adaptation.forget(alice, fact.id)
    with pytest.raises(InputError):
        chat.adaptation.remember(alice, "   ")
    with pytest.raises(InputError):
        chat.adaptation.remember(alice, "x" * 301)


def test_memory_and_limits_reach_the_context(chat: Chat, alice: uuid.UUID) -> None:
    chat.consent.grant(alice, Purpose.PERSONALIZATION)
    chat.adaptation.remember(alice, "my name is Sam")
    prefs = Preferences(tone=Tone.GENTLE, pace=Pace.SLOW, limits=("spiders",), safeword="pineapple")
    assert chat.adaptation.set_preferences(alice, prefs) == prefs
    assert chat.adaptation.preferences(alice) == prefs
    info = chat.service.start(alice, ARIA_ID)
    asyncio.run(chat.service.send(alice, info.id, "hi"))
    system = chat.backend.requests[-1].messages[0].content
    assert "my name is Sam" in system and "spiders" in system
    chat.consent.withdraw(alice, Purpose.PERSONALIZATION)
    asyncio.run(chat.service.send(alice, info.id, "hi again"))
    assert "my name is Sam" not in chat.backend.requests[-1].messages[0].content
    assert chat.adaptation.delete_preferences(alice)
    assert chat.adaptation.preferences(alice) == Preferences()


def test_the_style_profile_learns_only_with_consent(chat: Chat, alice: uuid.UUID) -> None:
    info = chat.service.start(alice, ARIA_ID)
    asyncio.run(chat.service.send(alice, info.id, "hey"))
    assert chat.adaptation.style(alice).style == {}
    chat.consent.grant(alice, Purpose.PERSONALIZATION)
    asyncio.run(chat.service.send(alice, info.id, "yo"))
    asyncio.run(chat.service.send(alice, info.id, "lol"))
    asyncio.run(chat.service.send(alice, info.id, "ok u"))
    snapshot = chat.adaptation.style(alice)
    assert snapshot.enabled and snapshot.style["messages"] == 3
    assert "Keep replies short (1-2 sentences)." in snapshot.instructions
    assert chat.adaptation.delete_style(alice)
    assert chat.adaptation.style(alice).style == {}
    assert "chat.style.erase" in actions(chat)
