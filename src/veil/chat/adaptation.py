"""What the companion adapts with: style profile, memory, preferences and limits.

Kept only under ``personalization`` consent, sealed under the subject's key, and fully
visible and controllable by the subject (``/api/v1/me/style``, ``/me/memory``,
``/me/preferences``). Reading is allowed without consent (it shows what is stored, usually
nothing) and so is deleting; adding or learning needs live consent. Rectification and erasure
of facts, and erasure of the profile, are audited (ids and counts only).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from veil.chat.ports import ChatStorage
from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.domain.conversation import AdaptationSnapshot, ChatPreferences, FactSource, MemoryFact
from veil.domain.errors import InputError, NotFound
from veil.domain.ids import uuid7
from veil.domain.purposes import Purpose
from veil.store.repos.adaptation import AdaptationRepository
from veil.store.session import UnitOfWork

MAX_FACT_CHARS = 300
MAX_FACTS = 200


@dataclass(frozen=True, slots=True)
class Adaptation:
    """What one turn's context may use (empty without ``personalization`` consent)."""

    facts: tuple[str, ...] = ()
    style: dict[str, Any] | None = None
    preferences: ChatPreferences = ChatPreferences()

    def __repr__(self) -> str:
        return f"Adaptation(facts={len(self.facts)}, style={self.style is not None})"


class AdaptationService:
    def __init__(
        self,
        storage: ChatStorage,
    ) -> None:
        self._database = storage.database
        self._sealers = storage.sealers
        self._audit = storage.audit
        self._consent = storage.consent
        self._clock = storage.clock

    # style -----------------------------------------------------------------------------------
    def style(self, subject: uuid.UUID) -> AdaptationSnapshot:
        enabled = self._consent.allowed(subject, Purpose.PERSONALIZATION)
        with self._database.read() as session:
            profile = self._repo(session).style(subject) or {}
        return AdaptationSnapshot(enabled, profile, style_instructions(profile))

    def delete_style(self, subject: uuid.UUID) -> bool:
        with self._database.unit_of_work() as session:
            deleted = self._repo(session).delete_style(subject)
            self._record(session, subject, "chat.style.erase", "style", {"deleted": deleted})
        return deleted

    # memory ----------------------------------------------------------------------------------
    def memory(self, subject: uuid.UUID) -> list[MemoryFact]:
        with self._database.read() as session:
            return self._repo(session).facts(subject)

    def remember(self, subject: uuid.UUID, text: str) -> MemoryFact:
        """Store a fact the subject asked the companion to remember."""
        fact = _fact_text(text)
        self._consent.require_purpose(subject, Purpose.PERSONALIZATION)
        with self._database.unit_of_work() as session:
            repo = self._repo(session)
            if len(repo.facts(subject)) >= MAX_FACTS:
                raise InputError(f"the companion remembers at most {MAX_FACTS} facts")
            return repo.add_fact(subject, uuid7(), fact, FactSource.EXPLICIT, self._clock())

    def edit_memory(self, subject: uuid.UUID, fact_id: uuid.UUID, text: str) -> MemoryFact:
        """Rectify a remembered fact (audited)."""
        fact = _fact_text(text)
        self._consent.require_purpose(subject, Purpose.PERSONALIZATION)
        with self._database.unit_of_work() as session:
            edited = self._repo(session).edit_fact(subject, fact_id, fact, self._clock())
            if edited is None:
                raise NotFound("no such memory")
            self._record(session, subject, "chat.memory.rectify", f"memory:{fact_id}", {})
            return edited

    def forget(self, subject: uuid.UUID, fact_id: uuid.UUID | None = None) -> int:
        """Erase one fact, or every fact when ``fact_id`` is None (audited)."""
        with self._database.unit_of_work() as session:
            repo = self._repo(session)
            if fact_id is None:
                count = repo.delete_facts(subject)
                self._record(session, subject, "chat.memory.erase", "memory", {"count": count})
                return count
            if not repo.delete_fact(subject, fact_id):
                raise NotFound("no such memory")
            self._record(session, subject, "chat.memory.erase", f"memory:{fact_id}", {"count": 1})
            return 1

    # preferences and limits ------------------------------------------------------------------
    def preferences(self, subject: uuid.UUID) -> ChatPreferences:
        with self._database.read() as session:
            stored = self._repo(session).preferences(subject)
        return ChatPreferences() if stored is None else ChatPreferences.from_dict(stored)

    def set_preferences(self, subject: uuid.UUID, preferences: ChatPreferences) -> ChatPreferences:
        self._consent.require_purpose(subject, Purpose.PERSONALIZATION)
        with self._database.unit_of_work() as session:
            self._repo(session).put_preferences(subject, preferences.to_dict(), self._clock())
        return preferences

    def delete_preferences(self, subject: uuid.UUID) -> bool:
        with self._database.unit_of_work() as session:
            deleted = self._repo(session).delete_preferences(subject)
            self._record(
                session, subject, "chat.preferences.erase", "preferences", {"deleted": deleted}
            )
        return deleted

    # used by the chat service inside its units of work ---------------------------------------
    def context_in(self, session: UnitOfWork, subject: uuid.UUID, *, allowed: bool) -> Adaptation:
        """What this turn may use; ``allowed``: personalization consent, checked by the caller
        before its session opened."""
        if not allowed:
            return Adaptation()
        repo = self._repo(session)
        stored = repo.preferences(subject)
        return Adaptation(
            facts=tuple(fact.text for fact in repo.facts(subject)),
            style=repo.style(subject),
            preferences=ChatPreferences() if stored is None else ChatPreferences.from_dict(stored),
        )

    def learn_in(self, session: UnitOfWork, subject: uuid.UUID, text: str) -> None:
        """Update the style profile from one user message (caller checked consent)."""
        repo = self._repo(session)
        profile = observe_style(repo.style(subject) or {}, text)
        repo.put_style(subject, profile, self._clock())

    # internals -------------------------------------------------------------------------------
    def _repo(self, session: UnitOfWork) -> AdaptationRepository:
        return AdaptationRepository(session, self._sealers(session))

    def _record(
        self,
        session: UnitOfWork,
        subject: uuid.UUID,
        action: str,
        resource: str,
        details: dict[str, str | int | bool | None],
    ) -> None:
        event = AuditEvent(
            action,
            Actor(ActorKind.SUBJECT, str(subject)),
            subject=subject,
            purpose=Purpose.PERSONALIZATION,
            resource=resource,
            details=details,
        )
        self._audit.append(session, event)


def _fact_text(text: str) -> str:
    fact = " ".join(text.split())
    if not fact:
        raise InputError("a memory must not be empty")
    if len(fact) > MAX_FACT_CHARS:
        raise InputError(f"a memory is at most {MAX_FACT_CHARS} characters")
    return fact


def observe_style(profile: dict[str, Any], text: str) -> dict[str, Any]:
    """Running averages of message length (phase-1 stand-in for ``chat.style``)."""
    count = int(profile.get("messages", 0)) + 1
    average = float(profile.get("avg_chars", 0.0))
    return {**profile, "messages": count, "avg_chars": average + (len(text) - average) / count}


def style_instructions(profile: dict[str, Any]) -> tuple[str, ...]:
    if not profile:
        return ()
    if float(profile.get("avg_chars", 0.0)) < 40:
        return ("Keep replies short: one or two sentences.",)
    return ()
