"""The runtime's chat services: built-in personas and the built-in engine, end to end; the
PII shield for a backend that is not on this machine."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence

import pytest

from tests.fakes.chat import ARIA, FakeConsent, ScriptedBackend
from tests.unit.chat.test_shield import Broken, Names
from veil.chat.builtin_personas import builtin_personas
from veil.chat.ports import ChatStorage, NoConsent
from veil.chat.wiring import build_chat
from veil.config import ChatSettings
from veil.domain.errors import ConsentRequired, PIIError
from veil.domain.purposes import Purpose
from veil.runtime import Runtime


def test_runtime_chat_uses_the_builtin_personas_and_engine(runtime: Runtime) -> None:
    assert runtime.chat is not None
    personas = runtime.chat.personas.available(uuid.uuid4())
    assert [p.id for p in personas] == [b.id for b in builtin_personas()]
    subject = uuid.uuid4()
    info = runtime.chat.chat.start(subject, personas[0].id)
    assert info.incognito  # no consent service wired: privacy by default
    done = asyncio.run(runtime.chat.chat.send(subject, info.id, "Hi! How was your day?"))
    assert done.reply.content and done.incognito


def test_no_consent_refuses_everything(runtime: Runtime) -> None:
    with runtime.database.read() as session:
        assert not any(NoConsent().live_in(session, uuid.uuid4()).values())
    with pytest.raises(ConsentRequired):
        NoConsent().require_purpose(uuid.uuid4(), Purpose.SERVICE)


def test_remote_backend_sees_placeholders_and_the_user_sees_names(runtime: Runtime) -> None:
    consent, backend = FakeConsent(), ScriptedBackend(is_local=False)
    backend.reply = "Of course, <PERSON_1>, I will write to <EMAIL_1> tomorrow morning, promise."
    storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, consent)
    chat = build_chat(storage, backend, (ARIA,), detector=Names())
    subject = uuid.uuid4()
    consent.grant(subject, Purpose.SERVICE)
    info = chat.chat.start(subject, ARIA.id)
    done = asyncio.run(chat.chat.send(subject, info.id, "I'm Dana, mail me at dana@example.com"))
    sent: Sequence[str] = [m.content for m in backend.requests[-1].messages]
    assert not any("Dana" in m or "dana@example.com" in m for m in sent)
    assert "I'm <PERSON_1>, mail me at <EMAIL_1>" in sent
    assert done.reply.content == (
        "Of course, Dana, I will write to dana@example.com tomorrow morning, promise."
    )


@pytest.mark.parametrize("mode", ["auto", "on"])
def test_a_failing_detector_fails_closed(runtime: Runtime, mode: str) -> None:
    consent, backend = FakeConsent(), ScriptedBackend(is_local=mode == "on")
    storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, consent)
    settings = ChatSettings.model_validate({"pii_shield": mode})
    chat = build_chat(storage, backend, (ARIA,), settings=settings, detector=Broken())
    subject = uuid.uuid4()
    info = chat.chat.start(subject, ARIA.id)
    with pytest.raises(PIIError):
        asyncio.run(chat.chat.send(subject, info.id, "hello"))
    assert backend.requests == []


def test_the_real_analyzer_shields_a_remote_backend(runtime: Runtime) -> None:
    consent, backend = FakeConsent(), ScriptedBackend(is_local=False)
    backend.reply = "Lovely to meet you, <PERSON_1>! I will write to <EMAIL_1> very soon, promise."
    storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, consent)
    chat = build_chat(storage, backend, (ARIA,))  # auto: on for a remote backend
    subject = uuid.uuid4()
    info = chat.chat.start(subject, ARIA.id)
    text = "Hi, my name is Jennifer, mail me at jennifer.doe@example.com"
    done = asyncio.run(chat.chat.send(subject, info.id, text))
    sent = "\n".join(m.content for m in backend.requests[-1].messages)
    assert "Jennifer" not in sent and "jennifer.doe@example.com" not in sent
    assert done.reply.content == (
        "Lovely to meet you, Jennifer! I will write to jennifer.doe@example.com very soon, promise."
    )


def test_shield_off_sends_as_is(runtime: Runtime) -> None:
    consent, backend = FakeConsent(), ScriptedBackend(is_local=False)
    storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, consent)
    settings = ChatSettings.model_validate({"pii_shield": "off"})
    chat = build_chat(storage, backend, (ARIA,), settings=settings)
    subject = uuid.uuid4()
    info = chat.chat.start(subject, ARIA.id)
    asyncio.run(chat.chat.send(subject, info.id, "I'm Dana"))
    assert backend.requests[-1].messages[-1].content == "I'm Dana"
