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
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from veil.chat import style as styles
from veil.chat.memory import FactKind, Preferences, extract_facts
from veil.chat.ports import ChatStorage
from veil.chat.safety_gate import SafetyGate
from veil.domain.audit import AuditEvent
from veil.domain.conversation import AdaptationSnapshot, FactSource, MemoryFact
from veil.domain.errors import InputError, NotFound
from veil.domain.ids import uuid7
from veil.domain.purposes import Purpose
from veil.store.repos.adaptation import AdaptationRepository
from veil.store.repos.chat import ConversationRepository
from veil.store.repos.rights import may_process
from veil.store.session import INSERTED, UnitOfWork, VersionedCache

MAX_FACT_CHARS = 300
MAX_FACTS = 200
# A rebuilt profile replays this many of the newest learned messages: the running rates
# weigh a message that far back at (1 - 1/30)^120, about 2 %.
REPLAY_MESSAGES = 4 * styles.HORIZON
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

    def correct_style(
        self, subject: uuid.UUID, changes: Mapping[str, object]
    ) -> AdaptationSnapshot:
        """Rectify the profile: pin values the person says are wrong (``style.pin``); they
        hold over learning and over rebuilds. Needs ``personalization``; audited with the
        names of the corrected fields."""
        self._consent.require_purpose(subject, Purpose.PERSONALIZATION)
        with self._database.unit_of_work() as session:
            repo = self._repo(session)
            stored = repo.style(subject)
            if stored is None:
                raise NotFound("there is no style profile to correct yet")
            profile = styles.pin(_profile(stored), changes)
            repo.put_style(subject, styles.to_dict(profile), self._clock())
            fields = ",".join(sorted(changes))
            self._record(session, subject, "chat.style.rectify", "style", {"fields": fields})
        return AdaptationSnapshot(True, styles.to_dict(profile), styles.instructions(profile))

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
        *,
        message_id: uuid.UUID | None = None,
    ) -> int:
        """Learn from one user message that passed the safety policy (the caller checked
        consent): update the style profile (``profile``: as read earlier in the turn, saving
        a read), keep new facts, tied to ``message_id`` when the message is stored. Returns
        the number of facts added."""
        repo = self._repo(session)
        current = _profile(repo.style(subject)) if profile is None else profile
        repo.put_style(subject, styles.to_dict(styles.observe(current, text)), self._clock())
        return self._keep_facts(repo, subject, text, message_id)

    # derived data follows its source ---------------------------------------------------------
    # Facts drawn from a message are deleted with it by the database (a foreign key with
    # ON DELETE CASCADE), whoever deletes it: the user, a conversation erasure, retention.
    # The style profile is a blend of many messages, so it is rebuilt instead, from the
    # learned messages that remain.
    def after_erasure_in(self, session: UnitOfWork, subject: uuid.UUID) -> None:
        """Stored messages of ``subject`` were just erased in this unit of work."""
        self._rebuild_style(session, subject)

    def after_rectification_in(
        self, session: UnitOfWork, subject: uuid.UUID, message_id: uuid.UUID, text: str
    ) -> None:
        """A stored user message now reads ``text``: what was drawn from its old words goes;
        if it had been learned from (and still may be), the new words are learned instead."""
        repo = self._repo(session)
        repo.delete_facts_from(subject, message_id)
        learned = ConversationRepository(session, self._sealer(session)).is_learned(
            subject, message_id
        )
        if learned and self._may_learn(session, subject):
            self._keep_facts(repo, subject, text, message_id)
        if learned:
            self._rebuild_style(session, subject)

    def forget_learned_in(self, session: UnitOfWork, subject: uuid.UUID) -> None:
        """``personalization`` was withdrawn: erase every fact and the style profile, and
        forget which messages were learned from. Preferences and limits stay: the person set
        them, nothing was inferred, and the hard limits protect them if they grant again."""
        repo = self._repo(session)
        facts, style = repo.delete_facts(subject), repo.delete_style(subject)
        ConversationRepository(session, self._sealer(session)).unlearn(subject)
        details: dict[str, str | int | bool | None] = {"facts": facts, "style": style}
        self._record(session, subject, "chat.adaptation.erase", "memory", details)

    def _rebuild_style(self, session: UnitOfWork, subject: uuid.UUID) -> None:
        repo = self._repo(session)
        stored = repo.style(subject)
        if stored is None:
            return
        if not self._may_learn(session, subject):
            repo.delete_style(subject)
            return
        texts = ConversationRepository(session, self._sealer(session)).learned_texts(
            subject, REPLAY_MESSAGES
        )
        pinned = _profile(stored).pinned  # the person's corrections stay
        if not texts and not pinned:
            repo.delete_style(subject)
            return
        profile = styles.pin(styles.StyleProfile(), pinned)
        for text in texts:
            profile = styles.observe(profile, text)
        repo.put_style(subject, styles.to_dict(profile), self._clock())

    def _may_learn(self, session: UnitOfWork, subject: uuid.UUID) -> bool:
        # Rebuilding is processing: not without live consent, nor under a restriction (the
        # profile is then dropped rather than recomputed).
        live = self._consent.live_in(session, subject).get(Purpose.PERSONALIZATION, False)
        return live and may_process(session, subject, Purpose.PERSONALIZATION)

    def _keep_facts(
        self,
        repo: AdaptationRepository,
        subject: uuid.UUID,
        text: str,
        message_id: uuid.UUID | None,
    ) -> int:
        found = extract_facts(text)
        if not found:
            return 0
        known = {fact.text.casefold() for fact in repo.facts(subject)}
        added, now = 0, self._clock()
        for fact in found:
            if fact.text.casefold() in known or len(known) >= MAX_FACTS:
                continue
            source = FactSource.EXPLICIT if fact.kind is FactKind.EXPLICIT else FactSource.EXTRACTED
            kept = fact.text[:MAX_FACT_CHARS]
            repo.add_fact(subject, uuid7(), kept, source, now, message_id=message_id)
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
        event = AuditEvent.by_subject(action, subject, Purpose.PERSONALIZATION, resource, details)
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
