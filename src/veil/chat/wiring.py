"""Builds the chat services from their parts; called by ``runtime.build`` only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from veil.chat.adaptation import AdaptationService
from veil.chat.incognito import IncognitoLimits, IncognitoStore
from veil.chat.personas_service import PersonaService
from veil.chat.ports import ChatStorage, ReplyBackend
from veil.chat.service import ChatService
from veil.chat.turns import ChatLimits
from veil.domain.conversation import PersonaRecord


@dataclass(frozen=True, slots=True)
class ChatServices:
    personas: PersonaService
    adaptation: AdaptationService
    chat: ChatService
    incognito: IncognitoStore


def build_chat(
    storage: ChatStorage,
    backend: ReplyBackend,
    builtins: Sequence[PersonaRecord],
    *,
    limits: ChatLimits | None = None,
    incognito: IncognitoLimits | None = None,
) -> ChatServices:
    store = IncognitoStore(incognito)
    personas = PersonaService(storage, builtins)
    adaptation = AdaptationService(storage)
    chat = ChatService(storage, personas, adaptation, backend, store, limits=limits)
    return ChatServices(personas, adaptation, chat, store)
