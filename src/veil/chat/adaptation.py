"""What the companion adapts with: style profile, memory, preferences and limits.

Kept only under ``personalization`` consent, sealed under the subject's key, and fully
visible and controllable by the subject (``/api/v1/me/style``, ``/me/memory``,
``/me/preferences``). Reading is allowed without consent (it shows what is stored, usually
nothing) and so is deleting; adding or learning needs live consent. Rectification and erasure
of facts, and erasure of the profile, are audited (ids and counts only).

Preferences (read on every turn, changed rarely) are cached in this process for at most
``PREFERENCES_CACHE_SECONDS``; any change or erasure made here ends the entry at once
(``Database.versions``), one made by another process is seen within that bound.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from veil.chat import style as styles
from veil.chat.memory import FactKind, Preferences, extract_facts
from veil.chat.ports import ChatStorage
from veil.chat.safety_gate import SafetyGate
from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.domain.conversation import AdaptationSnapshot, FactSource, MemoryFact
from veil.domain.errors import InputError, NotFound
from veil.domain.ids import uuid7
from veil.domain.purposes import Purpose
from veil.store.repos.adaptation import AdaptationRepository
from veil.store.session import INSERTED, UnitOfWork, VersionedCache

MAX_FACT_CHARS = 300
MAX_FACTS = 200
PREFERENCES_CACHE_SECONDS = 2.0
_PREFERENCE_TABLES = ("chat_preferences", "chat_preferences" + INSERTED, "accounts")


@dataclass(frozen=True, slots=True)
class Adaptation:
    """What one turn's context may use (empty without ``personalization`` consent)."""

    facts: tuple[str, ...] = ()
    style: styles.StyleProfile = styles.StyleProfile()
    preferences: Preferences = Preferences()

    def __repr__(self) -> str:
        return f"Adaptation(facts={len(self.facts)}, style={self.style.messages})"

    @property
    def language(self) -> str:
        return styles.language(self.style) or "en"

    @property
    def instructions(self) -> tuple[str, ...]:
        return styles.instructions(self.style)


class AdaptationService:
    def __init__(
        self,
        storage: ChatStorage,
    ) -> None:
        self._database = storage.database
        self._sealer = storage.sealer
        self._audit = storage.audit
        self._consent = storage.consent
        self._allowed = storage.allowed
        self._clock = storage.clock
        self._gate = SafetyGate(storage)
        self._preferences: VersionedCache[uuid.UUID, Preferences] = VersionedCache(
            storage.database.versions, _PREFERENCE_TABLES, max_age=PREFERENCES_CACHE_SECONDS
        )

    # style -----------------------------------------------------------------------------------
    def style(self, subject: uuid.UUID) -> AdaptationSnapshot:
        enabled = self._allowed(subject, Purpose.PERSONALIZATION)
        with self._database.read() as session:
            stored = self._repo(session).style(subject)
        profile = _profile(stored)
        shown = {} if stored is None else styles.to_dict(profile)
        return AdaptationSnapshot(enabled, shown, styles.instructions(profile))

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
        self._gate.screen(subject, fact, stage="memory", resource="memory")
        with self._database.unit_of_work() as session:
            repo = self._repo(session)
            if len(repo.facts(subject)) >= MAX_FACTS:
                raise InputError(f"the companion remembers at most {MAX_FACTS} facts")
            return repo.add_fact(subject, uuid7(), fact, FactSource.EXPLICIT, self._clock())

    def edit_memory(self, subject: uuid.UUID, fact_id: uuid.UUID, text: str) -> MemoryFact:
        """Rectify a remembered fact (audited)."""
        fact = _fact_text(text)
        self._consent.require_purpose(subject, Purpose.PERSONALIZATION)
        self._gate.screen(subject, fact, stage="memory", resource=f"memory:{fact_id}")
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
    def preferences(self, subject: uuid.UUID) -> Preferences:
        with self._database.read() as session:
            stored = self._repo(session).preferences(subject)
        return _preferences(stored)

    def set_preferences(self, subject: uuid.UUID, preferences: Preferences) -> Preferences:
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
        preferences = self._preferences.get(subject)
        if preferences is None:
            stamp = self._preferences.stamp()
            preferences = _preferences(repo.preferences(subject))
            self._preferences.put(subject, preferences, stamp)
        return Adaptation(
            facts=tuple(fact.text for fact in repo.facts(subject)),
            style=_profile(repo.style(subject)),
            preferences=preferences,
        )

    def learn_in(
        self,
        session: UnitOfWork,
        subject: uuid.UUID,
        text: str,
        profile: styles.StyleProfile | None = None,
    ) -> int:
        """Learn from one user message that passed the safety policy (the caller checked
        consent): update the style profile (``profile``: as read earlier in the turn, saving
        a read), keep new facts. Returns the number of facts added."""
        repo = self._repo(session)
        now = self._clock()
        current = _profile(repo.style(subject)) if profile is None else profile
        repo.put_style(subject, styles.to_dict(styles.observe(current, text)), now)
        found = extract_facts(text)
        if not found:
            return 0
        known = {fact.text.casefold() for fact in repo.facts(subject)}
        added = 0
        for fact in found:
            if fact.text.casefold() in known or len(known) >= MAX_FACTS:
                continue
            source = FactSource.EXPLICIT if fact.kind is FactKind.EXPLICIT else FactSource.EXTRACTED
            repo.add_fact(subject, uuid7(), fact.text[:MAX_FACT_CHARS], source, now)
            known.add(fact.text.casefold())
            added += 1
        return added

    # internals -------------------------------------------------------------------------------
    def _repo(self, session: UnitOfWork) -> AdaptationRepository:
        return AdaptationRepository(session, self._sealer(session))

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


def _profile(stored: dict[str, Any] | None) -> styles.StyleProfile:
    return styles.StyleProfile() if stored is None else styles.from_dict(stored)


def _preferences(stored: dict[str, Any] | None) -> Preferences:
    return Preferences() if stored is None else Preferences.from_dict(stored)
