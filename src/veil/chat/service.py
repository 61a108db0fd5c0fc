"""The chat service: conversations, turns (streamed), regenerate, rectification and erasure.

Every method is one unit of work. Consent is asked before any session opens (the consent
service reads the database too). Without ``service`` consent a new conversation is
incognito: it lives in ``IncognitoStore`` and nothing of it is written. A turn is prepared
(consent, loading, checks: errors are raised before anything streams), then streamed from
the backend outside any transaction, then stored in one unit of work; when the backend fails
nothing is stored. Audit events carry ids, codes and counts, never text.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncGenerator, Callable, Sequence
from contextlib import aclosing
from dataclasses import replace

from veil.chat.adaptation import AdaptationService
from veil.chat.incognito import IncognitoStore
from veil.chat.personas_service import PersonaService
from veil.chat.ports import ChatStorage, ReplyBackend
from veil.chat.reply_filter import ReplyFilter
from veil.chat.safety_gate import SafetyGate
from veil.chat.shield import PiiShield
from veil.chat.turns import (
    ChatLimits,
    PendingTurn,
    RestrictionGate,
    TurnBuilder,
    clean_text,
    conversation_resource,
    refs,
)
from veil.domain.audit import AuditEvent, DetailValue
from veil.domain.chat import ChatMessage, Role
from veil.domain.conversation import (
    ChatEvent,
    ConversationInfo,
    ConversationView,
    ReplyDelta,
    StoredMessage,
    TurnCompleted,
    TurnEnd,
)
from veil.domain.errors import ConsentRequired, InputError, NotFound
from veil.domain.ids import uuid7
from veil.domain.purposes import Purpose
from veil.domain.safety import Verdict
from veil.store.repos.chat import ConversationRepository
from veil.store.session import UnitOfWork


class ChatService:
    def __init__(
        self,
        storage: ChatStorage,
        personas: PersonaService,
        adaptation: AdaptationService,
        backend: ReplyBackend,
        incognito: IncognitoStore,
        *,
        limits: ChatLimits | None = None,
        shield: PiiShield | None = None,
        restrictions: RestrictionGate | None = None,
    ) -> None:
        self._database = storage.database
        self._sealer = storage.sealer
        self._audit = storage.audit
        self._consent = storage.consent
        self._allowed = storage.allowed
        self._clock = storage.clock
        self._personas = personas
        self._adaptation = adaptation
        self._backend = backend
        self._incognito = incognito
        self._limits = limits or ChatLimits()
        self._gate = SafetyGate(storage)
        shield = shield or PiiShield(None, enabled=not backend.is_local)
        self._turns = TurnBuilder(
            storage, personas, adaptation, self._limits, shield, restrictions=restrictions
        )

    # conversations ---------------------------------------------------------------------------
    def start(
        self,
        subject: uuid.UUID,
        persona_id: uuid.UUID,
        title: str | None = None,
        history: Sequence[ChatMessage] = (),
    ) -> ConversationInfo:
        """Start a conversation; incognito (memory only) without ``service`` consent.

        It opens with the persona's greeting, or with ``history`` (user and assistant
        messages a client already holds, e.g. through the OpenAI-compatible API)."""
        stored = self._allowed(subject, Purpose.SERVICE)
        persona = self._personas.get(subject, persona_id)
        now = self._clock()
        name = clean_text(title, self._limits.max_title_chars) if title else persona.persona.name
        info = ConversationInfo(uuid7(), persona_id, name, now, now, incognito=not stored)
        if history:
            greeting = self._turns.imported(subject, info, history, now)
        else:
            greeting = self._turns.greeting(info, persona.persona, now)
        if not stored:
            self._incognito.create(subject, info)
            self._incognito.add_messages(subject, info.id, greeting, now)
            return info
        with self._database.unit_of_work() as session:
            repo = self._repo(session)
            repo.add(subject, info)
            repo.add_messages(subject, greeting)
        return info

    def conversations(self, subject: uuid.UUID) -> list[ConversationInfo]:
        """Incognito conversations, then stored ones (only while ``service`` consent is live)."""
        found = self._incognito.conversations(subject)
        if self._allowed(subject, Purpose.SERVICE):
            with self._database.read() as session:
                found.extend(self._repo(session).list_for(subject))
        return found

    def conversation(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> ConversationView:
        info = self._incognito.get(subject, conversation_id)
        if info is not None:
            return ConversationView(info, tuple(self._incognito.messages(subject, info.id)))
        self._require_service(subject)
        with self._database.read() as session:
            repo = self._repo(session)
            info = repo.get(subject, conversation_id)
            if info is None:
                raise NotFound("no such conversation")
            return ConversationView(info, tuple(repo.messages(subject, conversation_id)))

    def rename(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, title: str
    ) -> ConversationInfo:
        title = clean_text(title, self._limits.max_title_chars)
        now = self._clock()
        renamed = self._incognito.rename(subject, conversation_id, title, now)
        if renamed is None:
            self._require_service(subject)
            with self._database.unit_of_work() as session:
                renamed = self._repo(session).rename(subject, conversation_id, title, now)
        if renamed is None:
            raise NotFound("no such conversation")
        return renamed

    def delete(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> None:
        """Erase a conversation and its messages (allowed without consent; audited)."""
        if self._incognito.delete(subject, conversation_id) >= 0:
            return
        with self._database.unit_of_work() as session:
            count = self._repo(session).delete(subject, conversation_id)
            if count < 0:
                raise NotFound("no such conversation")
            self._adaptation.after_erasure_in(session, subject)
            self._record(
                session, subject, "chat.conversation.erase", conversation_id, {"messages": count}
            )

    def forget_incognito(self, subject: uuid.UUID) -> int:
        """Drop the subject's incognito conversations (logout); the number dropped."""
        return self._incognito.forget(subject)

    # rectification and erasure of messages ---------------------------------------------------
    def edit_message(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, message_id: uuid.UUID, text: str
    ) -> StoredMessage:
        """Rectify one of the subject's own (user) messages; audited. The new text passes
        the safety policy like a new message."""
        text = clean_text(text, self._limits.max_message_chars)
        now = self._clock()
        incognito = self._incognito.get(subject, conversation_id) is not None
        resource = conversation_resource(conversation_id, incognito=incognito)
        self._gate.screen(subject, text, stage="edit", resource=resource)
        if incognito:
            message = self._find(self._incognito.messages(subject, conversation_id), message_id)
            _editable(message)
            self._incognito.edit(subject, conversation_id, message_id, text, now)
            return replace(message, content=text, edited_at=now)
        self._require_service(subject)
        with self._database.unit_of_work() as session:
            repo = self._repo(session)
            found = repo.message(subject, conversation_id, message_id)
            if found is None:
                raise NotFound("no such message")
            _editable(found)
            repo.edit(subject, message_id, text, now)
            self._adaptation.after_rectification_in(session, subject, message_id, text)
            self._record(session, subject, "chat.message.rectify", conversation_id, {})
        return replace(found, content=text, edited_at=now)

    def delete_message(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, message_id: uuid.UUID
    ) -> int:
        """Erase a message; a user message takes its replies with it. Returns the count."""
        if self._incognito.get(subject, conversation_id) is not None:
            messages = self._incognito.messages(subject, conversation_id)
            doomed = _with_replies(self._find(messages, message_id), messages)
            return self._incognito.delete_messages(subject, conversation_id, doomed)
        with self._database.unit_of_work() as session:
            repo = self._repo(session)
            message = repo.message(subject, conversation_id, message_id)
            if message is None:
                raise NotFound("no such message")
            doomed = _with_replies(message, repo.messages(subject, conversation_id))
            count = repo.delete_messages(subject, doomed)
            self._adaptation.after_erasure_in(session, subject)
            self._record(
                session, subject, "chat.message.erase", conversation_id, {"messages": count}
            )
        return count

    # turns -----------------------------------------------------------------------------------
    async def open_turn(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, text: str
    ) -> PendingTurn:
        """Check and prepare a turn; raises before anything is streamed or stored."""
        text = clean_text(text, self._limits.max_message_chars)
        incognito = self._incognito_view(subject, conversation_id)
        turn = await self._read(self._turns.prepare, subject, conversation_id, text, incognito)
        if turn.refused is not None:
            await asyncio.to_thread(
                self._gate.refuse, subject, turn.refused, stage="input",
                resource=turn.resource, language=turn.language,
            )  # fmt: skip
        return turn

    async def open_regenerate(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> PendingTurn:
        """Prepare another reply to the last user message (earlier replies are kept)."""
        incognito = self._incognito_view(subject, conversation_id)
        return await self._read(self._turns.prepare_regenerate, subject, conversation_id, incognito)

    async def stream(self, turn: PendingTurn) -> AsyncGenerator[ChatEvent, None]:
        """Reply deltas, then one ``TurnCompleted`` once the turn is stored.

        The backend's deltas pass the PII restorer, the safety guard and the user's limits
        (``ReplyFilter``); a reply that crosses them is cut with a note. If the backend
        fails, or the consumer stops early, nothing is stored."""
        if turn.request is None:
            canned = turn.canned or ""
            yield ReplyDelta(canned)
            yield await asyncio.to_thread(self._complete, turn, canned, None)
            return
        reply = ReplyFilter(turn.pseudonyms, turn.limits)
        async with aclosing(self._backend.stream(turn.request)) as deltas:
            async for delta in deltas:
                out = reply.feed(delta)
                if out:
                    yield ReplyDelta(out)
                if reply.cut:
                    break  # closing the iterator cancels the upstream request
        out = reply.close()
        if out:
            yield ReplyDelta(out)
        if reply.cut:
            yield ReplyDelta(reply.note_delta)
            turn = replace(turn, end=TurnEnd.CUT)
        yield await asyncio.to_thread(self._complete, turn, reply.text, reply.blocked)

    async def send(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, text: str
    ) -> TurnCompleted:
        return await self._drain(await self.open_turn(subject, conversation_id, text))

    async def regenerate(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> TurnCompleted:
        return await self._drain(await self.open_regenerate(subject, conversation_id))

    async def _drain(self, turn: PendingTurn) -> TurnCompleted:
        async with aclosing(self.stream(turn)) as events:
            async for event in events:
                if isinstance(event, TurnCompleted):
                    return event
        raise RuntimeError("a turn ended without completing")  # pragma: no cover

    def _complete(self, turn: PendingTurn, reply: str, blocked: Verdict | None) -> TurnCompleted:
        now = self._clock()
        if turn.incognito:
            if blocked is not None:
                self._gate.refuse_quietly(turn.subject, blocked, turn.resource)
            messages = refs(self._incognito.messages(turn.subject, turn.conversation_id))
            user, answer = turn.stored_pair(messages, reply, now)
            new = [answer] if turn.regenerating else [user, answer]
            if not self._incognito.add_messages(
                turn.subject, turn.conversation_id, new, now, deactivate_turn=turn.deactivate
            ):
                raise NotFound("the conversation ended")
            return turn.completed(user, answer, messages)
        with self._database.unit_of_work() as session:
            live = self._consent.live_in(session, turn.subject)  # asked again as it is stored
            if not live.get(Purpose.SERVICE, False):
                raise ConsentRequired("stored conversations need consent to 'service'")
            learn = turn.learn and live.get(Purpose.PERSONALIZATION, False)
            repo = self._repo(session)
            if not repo.touch(turn.subject, turn.conversation_id, now):
                raise NotFound("no such conversation")
            messages = repo.latest_turn(turn.subject, turn.conversation_id)
            user, answer = turn.stored_pair(messages, reply, now)
            if turn.deactivate is not None:
                repo.deactivate_replies(turn.conversation_id, turn.deactivate)
            new = [answer] if turn.regenerating else [user, answer]
            repo.add_messages(turn.subject, new, learned=user.id if learn else None)
            if blocked is not None:
                self._gate.record(
                    session, turn.subject, blocked, stage="output", resource=turn.resource
                )
            if learn:
                self._adaptation.learn_in(
                    session, turn.subject, user.content, turn.style, message_id=user.id
                )
        return turn.completed(user, answer, messages)

    # internals -------------------------------------------------------------------------------
    async def _read(self, work: Callable[..., PendingTurn], *args: object) -> PendingTurn:
        """Run a turn's read-only preparation: on the event loop where the database says its
        reads never wait (SQLite in WAL mode: a worker-thread hop cost more than the reads),
        else in a worker thread."""
        if self._database.reads_never_wait:
            return work(*args)
        return await asyncio.to_thread(work, *args)

    def _incognito_view(
        self, subject: uuid.UUID, conversation_id: uuid.UUID
    ) -> ConversationView | None:
        info = self._incognito.get(subject, conversation_id)
        if info is None:
            return None
        return ConversationView(info, tuple(self._incognito.messages(subject, conversation_id)))

    def _require_service(self, subject: uuid.UUID) -> None:
        if not self._allowed(subject, Purpose.SERVICE):
            raise ConsentRequired("stored conversations need consent to the 'service' purpose")

    def _repo(self, session: UnitOfWork) -> ConversationRepository:
        return ConversationRepository(session, self._sealer(session))

    @staticmethod
    def _find(messages: list[StoredMessage], message_id: uuid.UUID) -> StoredMessage:
        for message in messages:
            if message.id == message_id:
                return message
        raise NotFound("no such message")

    def _record(
        self,
        session: UnitOfWork,
        subject: uuid.UUID,
        action: str,
        conversation_id: uuid.UUID,
        details: dict[str, DetailValue],
    ) -> None:
        resource = conversation_resource(conversation_id, incognito=False)
        event = AuditEvent.by_subject(action, subject, Purpose.SERVICE, resource, details)
        self._audit.append(session, event)


def _editable(message: StoredMessage) -> None:
    if message.role is not Role.USER:
        raise InputError("only your own messages can be edited")


def _with_replies(message: StoredMessage, messages: list[StoredMessage]) -> list[uuid.UUID]:
    if message.role is not Role.USER:
        return [message.id]
    return [message.id, *(m.id for m in messages if m.parent_id == message.id)]
