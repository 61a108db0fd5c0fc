"""Builds the chat services from their parts; called by ``runtime.build`` only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from veil.chat.adaptation import AdaptationService
from veil.chat.context import ContextBudget
from veil.chat.incognito import IncognitoLimits, IncognitoStore
from veil.chat.personas_service import PersonaService, builtin_records
from veil.chat.ports import ChatStorage, ReplyBackend
from veil.chat.service import ChatService
from veil.chat.shield import PiiDetector, PiiShield
from veil.chat.turns import ChatLimits, RestrictionGate
from veil.config import ChatSettings
from veil.domain.conversation import PersonaRecord
from veil.privacy.pii import build_analyzer


@dataclass(frozen=True, slots=True)
class ChatServices:
    personas: PersonaService
    adaptation: AdaptationService
    chat: ChatService
    incognito: IncognitoStore


def build_chat(
    storage: ChatStorage,
    backend: ReplyBackend,
    builtins: Sequence[PersonaRecord] | None = None,
    *,
    settings: ChatSettings | None = None,
    detector: PiiDetector | None = None,
    restrictions: RestrictionGate | None = None,
) -> ChatServices:
    """The chat services; ``builtins`` default to the shipped companions. The PII shield
    uses ``detector`` or, when it is on, the built-in analyzer (``veil.privacy.pii``).
    ``restrictions``: the consent service's (cached) restriction check; without it each turn
    reads the restriction in its own transaction."""
    settings = settings or ChatSettings()
    store = IncognitoStore(
        IncognitoLimits(
            max_subjects=settings.incognito_max_subjects,
            max_conversations=settings.incognito_max_conversations,
            max_messages=settings.incognito_max_messages,
            ttl_seconds=settings.incognito_ttl_seconds,
        )
    )
    limits = ChatLimits(
        max_message_chars=settings.max_message_chars,
        history_turns=settings.history_turns,
        budget=ContextBudget(
            context_tokens=settings.context_tokens, reply_tokens=settings.reply_tokens
        ),
    )
    mode = settings.pii_shield
    enabled = mode == "on" or (mode == "auto" and not backend.is_local)
    if enabled and detector is None:
        detector = build_analyzer()  # loaded only when a request can leave this machine
    shield = PiiShield(detector, enabled=enabled)
    personas = PersonaService(storage, builtin_records() if builtins is None else builtins)
    adaptation = AdaptationService(storage)
    chat = ChatService(
        storage,
        personas,
        adaptation,
        backend,
        store,
        limits=limits,
        shield=shield,
        restrictions=restrictions,
    )
    return ChatServices(personas, adaptation, chat, store)
