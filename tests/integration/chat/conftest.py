"""Chat services on a real database, with a fake consent port and a scripted backend."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest

from tests.fakes.chat import ARIA, FakeConsent, ScriptedBackend
from veil.chat.adaptation import AdaptationService
from veil.chat.incognito import IncognitoStore
from veil.chat.personas_service import PersonaService
from veil.chat.ports import ChatStorage
from veil.chat.service import ChatService
from veil.domain.conversation import PersonaRecord
from veil.domain.purposes import Purpose
from veil.runtime import Runtime


@dataclass
class Chat:
    runtime: Runtime
    consent: FakeConsent
    backend: ScriptedBackend
    incognito: IncognitoStore
    personas: PersonaService
    adaptation: AdaptationService
    service: ChatService


def make_chat(runtime: Runtime, builtins: tuple[PersonaRecord, ...] = (ARIA,)) -> Chat:
    consent, backend, incognito = FakeConsent(), ScriptedBackend(), IncognitoStore()
    storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, consent)
    personas = PersonaService(storage, builtins)
    adaptation = AdaptationService(storage)
    service = ChatService(storage, personas, adaptation, backend, incognito)
    return Chat(runtime, consent, backend, incognito, personas, adaptation, service)


@pytest.fixture
def chat(runtime: Runtime) -> Chat:
    return make_chat(runtime)


@pytest.fixture
def alice(chat: Chat) -> uuid.UUID:
    subject = uuid.uuid4()
    chat.consent.grant(subject, Purpose.SERVICE)
    return subject
