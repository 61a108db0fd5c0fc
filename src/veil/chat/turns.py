"""Preparing a turn: load what the reply may use, check the message, build the request.

``TurnBuilder.prepare`` runs before anything streams, so every refusal (consent, not found,
blocked content) is an ordinary error the adapter renders as problem+json. It returns a
``PendingTurn``: either a ``GenerationRequest`` for the backend, or a canned reply (a calm
check-in after the safeword, crisis resources after self-harm signals).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from veil.chat.adaptation import Adaptation, AdaptationService
from veil.chat.context import ContextBudget, UserContext, build_context, expand_macros
from veil.chat.memory import is_safeword
from veil.chat.personas_service import PersonaService
from veil.chat.ports import ChatStorage
from veil.chat.safety_gate import SafetyGate
from veil.chat.safety_replies import check_in_reply, support_reply
from veil.chat.shield import PiiShield
from veil.chat.style import StyleProfile
from veil.domain.chat import ChatMessage, GenerationRequest, Persona, Role
from veil.domain.conversation import (
    ConversationInfo,
    ConversationView,
    PersonaRecord,
    StoredMessage,
    TurnCompleted,
    TurnEnd,
)
from veil.domain.errors import Conflict, ConsentRequired, InputError, NotFound
from veil.domain.ids import uuid7
from veil.domain.purposes import Purpose
from veil.domain.safety import Action, Verdict, check_input
from veil.privacy.pii import Anonymizer
from veil.store.repos.chat import ConversationRepository
from veil.store.repos.rights import ensure_may_process


@dataclass(frozen=True, slots=True)
class ChatLimits:
    max_message_chars: int = 8000
    max_title_chars: int = 200
    history_turns: int = 20  # turns read for the context (the builder trims to the budget)
    max_import_messages: int = 200  # earlier messages a client may hand in at start
    budget: ContextBudget = ContextBudget()


def conversation_resource(conversation_id: uuid.UUID, *, incognito: bool) -> str:
    """How audit events name a conversation (an incognito conversation's id is never kept)."""
    return "conversation:incognito" if incognito else f"conversation:{conversation_id}"


def clean_text(text: str | None, limit: int) -> str:
    """Refuse empty or oversized text; the message itself is kept as written."""
    if text is None or not text.strip():
        raise InputError("the text must not be empty")
    if len(text) > limit:
        raise InputError(f"the text is longer than {limit} characters")
    if "\x00" in text:
        raise InputError("the text contains a NUL character")
    return text


@dataclass(frozen=True, slots=True)
class PendingTurn:
    """A checked turn, ready to stream. ``user_message`` is set when regenerating."""

    subject: uuid.UUID
    conversation_id: uuid.UUID
    incognito: bool
    text: str
    request: GenerationRequest | None = None
    canned: str | None = None
    end: TurnEnd = TurnEnd.STOP
    learn: bool = False  # update the style profile / memory from this message
    style: StyleProfile | None = None  # the profile as read for this turn (learning updates it)
    user_message: StoredMessage | None = None
    user_id: uuid.UUID | None = None
    pseudonyms: Anonymizer | None = None  # the PII shield's placeholders, to restore
    limits: tuple[str, ...] = ()  # the user's hard limits: a reply raising one is cut
    refused: Verdict | None = None  # the message was blocked: audit and refuse, never stream
    language: str = "en"  # the user's language, for a refusal's wording

    def __repr__(self) -> str:
        return f"PendingTurn(conversation={self.conversation_id}, incognito={self.incognito})"

    @property
    def resource(self) -> str:
        return conversation_resource(self.conversation_id, incognito=self.incognito)

    @property
    def regenerating(self) -> bool:
        return self.user_message is not None

    @property
    def deactivate(self) -> int | None:
        return None if self.user_message is None else self.user_message.turn

    def stored_pair(
        self, latest: Sequence[MessageRef], reply: str, now: datetime
    ) -> tuple[StoredMessage, StoredMessage]:
        """The user message and the reply to store; ``latest``: (id, turn, parent id) of
        the messages of the last turn as stored now."""
        cid = self.conversation_id
        if self.user_message is not None:
            user = self.user_message
            if all(ref[0] != user.id for ref in latest):
                raise Conflict("the conversation moved on; regenerate the latest reply only")
        else:
            turn = max((ref[1] for ref in latest), default=0) + 1
            user = StoredMessage(self.user_id or uuid7(), cid, turn, Role.USER, self.text, now)
        answer = StoredMessage(uuid7(), cid, user.turn, Role.ASSISTANT, reply, now, user.id)
        return user, answer

    def completed(
        self, user: StoredMessage, answer: StoredMessage, latest: Sequence[MessageRef]
    ) -> TurnCompleted:
        earlier = sum(1 for ref in latest if ref[2] == user.id)
        return TurnCompleted(
            self.conversation_id, user, answer, self.end, self.incognito, earlier + 1
        )


MessageRef = tuple[uuid.UUID, int, uuid.UUID | None]  # id, turn, parent id


def refs(messages: Sequence[StoredMessage]) -> list[MessageRef]:
    """The latest turn's messages as references."""
    last = max((m.turn for m in messages), default=0)
    return [(m.id, m.turn, m.parent_id) for m in messages if m.turn == last]


@dataclass(frozen=True, slots=True)
class _Loaded:
    conversation_id: uuid.UUID
    messages: list[StoredMessage]
    persona: PersonaRecord
    adaptation: Adaptation
    personalization: bool


RestrictionGate = Callable[[uuid.UUID, Purpose], None]
"""Raises ``ProcessingRestricted`` while a subject has restricted processing for a purpose:
``ConsentService.ensure_may_process`` (cached in process; wired by ``runtime.build``)."""


class TurnBuilder:
    def __init__(
        self,
        storage: ChatStorage,
        personas: PersonaService,
        adaptation: AdaptationService,
        limits: ChatLimits,
        shield: PiiShield,
        *,
        restrictions: RestrictionGate | None = None,
    ) -> None:
        self._restrictions = restrictions
        self._database = storage.database
        self._sealer = storage.sealer
        self._consent = storage.consent
        self._allowed = storage.allowed
        self._gate = SafetyGate(storage)
        self._shield = shield
        self._personas = personas
        self._adaptation = adaptation
        self._limits = limits

    def prepare(
        self,
        subject: uuid.UUID,
        conversation_id: uuid.UUID,
        text: str,
        incognito: ConversationView | None,
    ) -> PendingTurn:
        loaded = self._load(subject, conversation_id, incognito)
        base = PendingTurn(
            subject,
            loaded.conversation_id,
            incognito is not None,
            text,
            user_id=uuid7(),
            limits=loaded.adaptation.preferences.limits,
        )
        language = loaded.adaptation.language
        if is_safeword(text, loaded.adaptation.preferences.safeword or None):
            return replace(base, canned=check_in_reply(language), end=TurnEnd.CHECK_IN)
        verdict = check_input(text)
        if verdict.blocked:  # audited and refused by the service, outside this read
            return replace(base, refused=verdict, language=language)
        if verdict.action is Action.SUPPORT:
            return replace(base, canned=support_reply(language), end=TurnEnd.SUPPORT)
        history = [_chat(m) for m in loaded.messages if m.active]
        history.append(ChatMessage(Role.USER, text))
        request, pseudonyms = self._request(loaded, history)
        learn = loaded.personalization and incognito is None
        return replace(
            base, request=request, pseudonyms=pseudonyms, learn=learn,
            style=loaded.adaptation.style,
        )  # fmt: skip

    def prepare_regenerate(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, incognito: ConversationView | None
    ) -> PendingTurn:
        loaded = self._load(subject, conversation_id, incognito)
        active = [m for m in loaded.messages if m.active]
        users = [m for m in active if m.role is Role.USER]
        if not users:
            raise InputError("there is no reply to regenerate yet")
        last = users[-1]
        history = [_chat(m) for m in active if m.turn < last.turn or m.id == last.id]
        request, pseudonyms = self._request(loaded, history)
        seed = sum(1 for m in loaded.messages if m.parent_id == last.id)
        return PendingTurn(
            subject,
            loaded.conversation_id,
            incognito is not None,
            last.content,
            request=replace(request, seed=seed),
            user_message=last,
            pseudonyms=pseudonyms,
            limits=loaded.adaptation.preferences.limits,
        )

    def greeting(
        self, info: ConversationInfo, persona: Persona, now: datetime
    ) -> list[StoredMessage]:
        """The persona's first message, as turn 0 of a new conversation."""
        if not persona.first_message.strip():
            return []
        text = expand_macros(persona.first_message, persona.nickname or persona.name, USER_NAME)
        return [StoredMessage(uuid7(), info.id, 0, Role.ASSISTANT, text, now)]

    def imported(
        self,
        subject: uuid.UUID,
        info: ConversationInfo,
        history: Sequence[ChatMessage],
        now: datetime,
    ) -> list[StoredMessage]:
        """Turns from a client's history: a user message opens a turn, replies follow it.
        Every message passes the safety policy first (nothing unsafe is stored)."""
        if len(history) > self._limits.max_import_messages:
            raise InputError(f"at most {self._limits.max_import_messages} earlier messages")
        stored: list[StoredMessage] = []
        turn, parent = 0, None
        for message in history:
            text = clean_text(message.content, self._limits.max_message_chars)
            if message.role not in (Role.USER, Role.ASSISTANT):
                raise InputError("earlier messages must be from the user or the assistant")
            output = message.role is Role.ASSISTANT
            self._gate.screen(subject, text, stage="history", resource="conversation:new",
                              output=output)  # fmt: skip
            if output:
                stored.append(
                    StoredMessage(uuid7(), info.id, turn, Role.ASSISTANT, text, now, parent)
                )
            else:
                turn, parent = turn + 1, uuid7()
                stored.append(StoredMessage(parent, info.id, turn, Role.USER, text, now))
        return stored

    # internals -------------------------------------------------------------------------------
    def _load(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, incognito: ConversationView | None
    ) -> _Loaded:
        # A restricted account is stored only: no new turn, stored or incognito.
        if self._restrictions is not None:
            self._restrictions(subject, Purpose.SERVICE)
        with self._database.read() as session:
            if self._restrictions is None:
                ensure_may_process(session, subject, Purpose.SERVICE)
            live = self._consent.live_in(session, subject)  # same transaction, or cached
            own = live.get(Purpose.SERVICE, False)
            personal = live.get(Purpose.PERSONALIZATION, False)
            if incognito is None and not own:
                raise ConsentRequired("stored conversations need consent to 'service'")
            if incognito is None:
                repo = ConversationRepository(session, self._sealer(session))
                persona_id = repo.persona_of(subject, conversation_id)
                if persona_id is None:
                    raise NotFound("no such conversation")
                messages = repo.messages(
                    subject, conversation_id, last_turns=self._limits.history_turns
                )
            else:
                persona_id, messages = incognito.info.persona_id, list(incognito.messages)
            persona = self._personas.get_in(session, subject, persona_id, own=own)
            adaptation = self._adaptation.context_in(session, subject, allowed=personal)
        if persona is None:
            raise Conflict("this conversation's persona was deleted")
        return _Loaded(conversation_id, messages, persona, adaptation, personal)

    def _request(
        self, loaded: _Loaded, history: list[ChatMessage]
    ) -> tuple[GenerationRequest, Anonymizer | None]:
        adaptation = loaded.adaptation
        preferences = adaptation.preferences
        user = UserContext(
            name=USER_NAME,
            tone=preferences.tone.value,
            pace=preferences.pace.value,
            enjoys=preferences.topics,
            hard_limits=preferences.limits,
            memory_facts=adaptation.facts,
            style_instructions=adaptation.instructions,
            language=adaptation.language,
        )
        request = build_context(loaded.persona.persona, history, user, budget=self._limits.budget)
        persona = loaded.persona.persona
        # the analyzer detects each message's language; the persona's name is not user data
        return self._shield.protect(request, keep=(persona.name, persona.nickname, USER_NAME))


USER_NAME = "User"  # accounts are pseudonymous: the companion learns a name only if told


def _chat(message: StoredMessage) -> ChatMessage:
    return ChatMessage(message.role, message.content)
