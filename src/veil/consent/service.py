"""The consent service: the consent ledger, Global Privacy Control, the one enforcement point
``require_purpose``, and privacy settings.

Every grant and withdrawal is an append-only event (subject, purpose, granted, notice version
= SHA-256 of the notice text, method, time), written with its audit event
(``consent.grant``/``consent.withdraw``) in one unit of work. Reading the ledger needs no
consent and writes no audit: it is the person's own record. Privacy settings are sealed under
the person's key; changing them writes ``settings.update`` (names of the changed fields only).

The newest event of each purpose and the settings are cached in this process for at most
``cache_seconds`` (``CACHE_SECONDS``): every consent or settings change made here, and any
erasure, ends the entries at once (``Database.versions``); a change made by another process
is seen here within ``cache_seconds``. A unit of work that appended consent events reads the
ledger itself, so it sees its own writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from veil.audit.log import AuditLog
from veil.config import AccountSettings
from veil.domain.audit import AuditEvent
from veil.domain.consent import (
    ConsentEvent,
    ConsentMethod,
    ConsentState,
    PurposeState,
    consent_audit_event,
    fold,
)
from veil.domain.errors import Conflict, ConsentRequired, NotFound, ProcessingRestricted
from veil.domain.ids import SubjectId
from veil.domain.privacy import (
    PrivacySettings,
    Retention,
    allowed_retention,
    check_retention,
    effective_retention,
)
from veil.domain.purposes import OperationalPurpose, Purpose
from veil.domain.requests import Restrictions, processing_allowed
from veil.store.base import utcnow
from veil.store.repos.accounts import PrivacySettingsRepository
from veil.store.repos.consent import ConsentRepository
from veil.store.repos.rights import RestrictionRepository, ensure_may_process
from veil.store.sealed import SealerFactory
from veil.store.session import INSERTED, Database, UnitOfWork, VersionedCache

CACHE_SECONDS = 2.0  # bound on how late another process's consent change is seen here
_LEDGER_TABLES = ("consent_events", "consent_events" + INSERTED, "accounts")
_RESTRICTION_TABLES = (
    "processing_restrictions",
    "processing_restrictions" + INSERTED,
    "accounts",
)
_SETTINGS_TABLES = ("privacy_settings", "privacy_settings" + INSERTED, "accounts")
_APPENDED = "veil.consent.appended"  # session.info flag: this unit of work changed the ledger

RESTRICTED = "the data subject has restricted this processing"
# Runs inside the withdrawal's unit of work: what was kept for a purpose goes with its consent.
WithdrawalHook = Callable[[UnitOfWork, uuid.UUID], None]

GPC_CONFLICT = (
    "this request carries Global Privacy Control (Sec-GPC: 1), which opts out of analytics; "
    "turn it off in the browser to grant analytics"
)


@dataclass(frozen=True, slots=True)
class Notice:
    """The consent notice shown to people, and its version (hex SHA-256 of the text)."""

    text: str
    version: str


@dataclass(frozen=True, slots=True)
class SettingsView:
    settings: PrivacySettings
    purposes: dict[Purpose, bool]
    allowed_retention: list[Retention]


@dataclass(frozen=True, slots=True)
class SettingsPatch:
    """What to change; ``None`` leaves a field as it is."""

    retention: object = None  # validated against the allowed choices
    incognito: bool | None = None
    purposes: Mapping[Purpose, bool] | None = None


class ConsentService:
    def __init__(
        self,
        database: Database,
        sealers: SealerFactory,
        audit: AuditLog,
        *,
        notice: Notice,
        settings: AccountSettings,
        clock: Callable[[], datetime] = utcnow,
        cache_seconds: float = CACHE_SECONDS,
    ) -> None:
        self._database, self._sealers, self._audit = database, sealers, audit
        self.notice, self._settings, self._clock = notice, settings, clock
        self._latest: VersionedCache[uuid.UUID, dict[Purpose, ConsentEvent]] = VersionedCache(
            database.versions, _LEDGER_TABLES, max_age=cache_seconds
        )
        self._restrictions: VersionedCache[uuid.UUID, Restrictions] = VersionedCache(
            database.versions, _RESTRICTION_TABLES, max_age=cache_seconds
        )
        self._stored: VersionedCache[uuid.UUID, PrivacySettings] = VersionedCache(
            database.versions, _SETTINGS_TABLES, max_age=cache_seconds
        )
        self._on_withdrawal: dict[Purpose, list[WithdrawalHook]] = {}

    def on_withdrawal(self, purpose: Purpose, hook: WithdrawalHook) -> None:
        """Run ``hook(session, subject)`` in the same transaction as every withdrawal of
        ``purpose`` (GDPR Art. 17(1)(b): data kept only on that consent is erased with it).
        Hooks must be idempotent: a withdrawal while withdrawn runs them again."""
        self._on_withdrawal.setdefault(purpose, []).append(hook)

    # the enforcement point ------------------------------------------------------------------
    def require_purpose(self, subject: uuid.UUID, purpose: Purpose) -> None:
        """Raise ``ConsentRequired`` unless ``subject``'s consent to ``purpose`` is live now.

        The one check every service makes before processing personal data for a purpose
        (chat persistence: ``service``; memory and style: ``personalization``; events:
        ``analytics``; training export: ``model_training``, with ``allowed`` for the time
        scope). Fails closed: no ledger, no consent. Reads only; no audit.
        """
        live = self.live(subject)
        if live is None:
            with self._database.read() as session:
                live = self.live_in(session, subject)
        if not live[purpose]:
            raise ConsentRequired(
                f"this needs consent to the {purpose.value} purpose", purpose=purpose.value
            )
        self.ensure_may_process(subject, purpose)

    def require_purpose_in(self, session: UnitOfWork, subject: uuid.UUID, purpose: Purpose) -> None:
        """``require_purpose`` inside the caller's unit of work (same transaction)."""
        latest = ConsentRepository(session).latest_for(subject, purpose)
        if latest is None or not latest.granted:
            raise ConsentRequired(
                f"this needs consent to the {purpose.value} purpose", purpose=purpose.value
            )
        # A restriction (GDPR Art. 18) or an objection freezes processing even under consent.
        ensure_may_process(session, subject, purpose)

    def ensure_may_process(self, subject: uuid.UUID, purpose: Purpose) -> None:
        """Raise ``ProcessingRestricted`` while ``subject`` has restricted processing (Art. 18),
        or objected to training (Art. 21) for ``model_training``: ``store.repos.rights``'s
        ``may_process`` rule, read outside any unit of work or from this process's cache
        (every restriction change made here ends the entry at once). No audit."""
        restrictions = self._restrictions.get(subject)
        if restrictions is None:
            stamp = self._restrictions.stamp()
            with self._database.read() as session:
                restrictions = RestrictionRepository(session).get(subject)
            self._restrictions.put(subject, restrictions, stamp)
        if not processing_allowed(restrictions, purpose):
            raise ProcessingRestricted(RESTRICTED)

    def allowed(self, subject: uuid.UUID, purpose: Purpose, at: datetime) -> bool:
        """True when consent to ``purpose`` was live at ``at`` and the same grant is live
        now (training eligibility of data created at ``at``). Reads only; no audit."""
        return self.state(subject).allowed(purpose, at)

    # the ledger -------------------------------------------------------------------------------
    def state(self, subject: uuid.UUID) -> ConsentState:
        """The folded ledger of ``subject``. Reads only; no audit."""
        with self._database.read() as session:
            return self.state_in(session, subject)

    def state_in(self, session: UnitOfWork, subject: uuid.UUID) -> ConsentState:
        return fold(ConsentRepository(session).events(subject))

    def live_in(self, session: UnitOfWork, subject: uuid.UUID) -> dict[Purpose, bool]:
        """The live answer of every purpose (False when never granted), from the newest
        event of each: an index seek, whatever the ledger's length, or this process's cache
        (current with every commit made here; see the module docstring)."""
        latest = self._latest_in(session, subject)
        return {p: latest[p].granted if p in latest else False for p in Purpose}

    def _latest_in(self, session: UnitOfWork, subject: uuid.UUID) -> dict[Purpose, ConsentEvent]:
        if session.info.get(_APPENDED):
            return ConsentRepository(session).latest(subject)
        cached = self._latest.get(subject)
        if cached is None:
            stamp = self._latest.stamp()
            cached = ConsentRepository(session).latest(subject)
            self._latest.put(subject, cached, stamp)
        return cached

    def current(self, subject: uuid.UUID) -> list[PurposeState]:
        """The live answer for every purpose, with the event that set it."""
        latest = self._latest.get(subject)
        if latest is None:
            with self._database.read() as session:
                latest = self._latest_in(session, subject)
        return [_purpose_state(purpose, latest.get(purpose)) for purpose in Purpose]

    def live(self, subject: uuid.UUID) -> dict[Purpose, bool] | None:
        """``live_in`` from this process's cache only, or None when it must be read."""
        latest = self._latest.get(subject)
        if latest is None:
            return None
        return {p: latest[p].granted if p in latest else False for p in Purpose}

    def history(self, subject: uuid.UUID) -> list[ConsentEvent]:
        """Every consent event of ``subject``, oldest first."""
        with self._database.read() as session:
            return ConsentRepository(session).events(subject)

    def set(
        self,
        subject: uuid.UUID,
        purpose: Purpose,
        granted: bool,
        method: ConsentMethod,
        *,
        gpc: bool = False,
    ) -> PurposeState:
        """Grant or withdraw ``purpose``: one append-only event and its audit event.

        Recorded even when the answer does not change (a re-grant confirms the current
        notice version). Granting ``analytics`` on a request that carries GPC is refused
        (``Conflict``): the browser's signal wins.
        """
        if gpc and granted and purpose is Purpose.ANALYTICS:
            raise Conflict(GPC_CONFLICT)
        with self._database.unit_of_work() as session:
            event = self._append(session, subject, purpose, granted, method)
        return _purpose_state(purpose, event)

    def apply_gpc(self, subject: uuid.UUID) -> bool:
        """Honour ``Sec-GPC: 1``: withdraw ``analytics`` with method ``gpc`` if it is granted.
        Returns True when it withdrew something. Audit: ``consent.withdraw``."""
        live = self.live(subject)
        if live is None:
            with self._database.read() as session:
                live = self.live_in(session, subject)
        if not live[Purpose.ANALYTICS]:
            return False
        with self._database.unit_of_work() as session:
            session.info[_APPENDED] = True  # read the ledger under the write lock: no twin
            if not self.live_in(session, subject)[Purpose.ANALYTICS]:
                return False
            self._append(session, subject, Purpose.ANALYTICS, False, ConsentMethod.GPC)
        return True

    def _append(
        self,
        session: UnitOfWork,
        subject: uuid.UUID,
        purpose: Purpose,
        granted: bool,
        method: ConsentMethod,
    ) -> ConsentEvent:
        event = ConsentEvent(
            subject=SubjectId(subject),
            purpose=purpose,
            granted=granted,
            notice_version=self.notice.version,
            method=method,
            at=self._clock(),
        )
        ConsentRepository(session).append(event)
        session.info[_APPENDED] = True
        self._audit.append(session, consent_audit_event(event))
        if not granted:
            for hook in self._on_withdrawal.get(purpose, ()):
                hook(session, subject)
        return event

    # privacy settings --------------------------------------------------------------------------
    def settings(self, subject: uuid.UUID) -> PrivacySettings:
        """``subject``'s settings with retention capped by the platform maximum. For the chat
        service (incognito) and the retention job. ``NotFound`` for an unknown subject."""
        stored = self._stored.get(subject)
        if stored is not None:
            return self._capped(stored)
        with self._database.read() as session:
            return self._settings_in(session, subject)

    def _settings_in(
        self, session: UnitOfWork, subject: uuid.UUID, *, fresh: bool = False
    ) -> PrivacySettings:
        stored = None if fresh else self._stored.get(subject)
        if stored is None:
            stamp = self._stored.stamp()
            stored = PrivacySettingsRepository(session, self._sealers(session)).get(subject)
            if stored is None:
                raise NotFound("no settings for this account")
            if not fresh:
                self._stored.put(subject, stored, stamp)
        return self._capped(stored)

    def _capped(self, stored: PrivacySettings) -> PrivacySettings:
        cap = self._settings.max_retention_days
        return replace(stored, retention=effective_retention(stored.retention, cap))

    def settings_view(self, subject: uuid.UUID) -> SettingsView:
        """Settings, live purposes and the retention choices on offer."""
        stored, live = self._stored.get(subject), self.live(subject)
        if stored is not None and live is not None:
            allowed = allowed_retention(self._settings.max_retention_days)
            return SettingsView(self._capped(stored), live, allowed)
        with self._database.read() as session:
            return self._view(session, subject)

    def _view(self, session: UnitOfWork, subject: uuid.UUID) -> SettingsView:
        return SettingsView(
            settings=self._settings_in(session, subject),
            purposes=self.live_in(session, subject),
            allowed_retention=allowed_retention(self._settings.max_retention_days),
        )

    def update_settings(
        self,
        subject: uuid.UUID,
        patch: SettingsPatch,
        method: ConsentMethod,
        *,
        gpc: bool = False,
    ) -> SettingsView:
        """Change retention, incognito and purposes in one unit of work.

        Retention must be one of the allowed choices (``InputError`` listing them). A purpose
        whose answer changes gets a consent event; unchanged ones get none. Audit:
        ``settings.update`` (names of the changed fields), plus the consent events. Granting
        ``analytics`` on a request that carries GPC is refused (``Conflict``).
        """
        if gpc and (patch.purposes or {}).get(Purpose.ANALYTICS):
            raise Conflict(GPC_CONFLICT)
        cap = self._settings.max_retention_days
        retention = None if patch.retention is None else check_retention(patch.retention, cap)
        with self._database.unit_of_work() as session:
            current = self._settings_in(session, subject, fresh=True)
            changed = replace(
                current,
                retention=current.retention if retention is None else retention,
                incognito=current.incognito if patch.incognito is None else patch.incognito,
            )
            fields = [
                name for name in ("retention", "incognito") if getattr(patch, name) is not None
            ]
            if fields:
                repo = PrivacySettingsRepository(session, self._sealers(session))
                repo.put(subject, changed, self._clock())
                self._audit.append(session, _settings_event(subject, fields))
            live = dict(self.live_in(session, subject))
            for purpose, granted in (patch.purposes or {}).items():
                if live[purpose] != granted:
                    self._append(session, subject, purpose, granted, method)
                    live[purpose] = granted
        allowed = allowed_retention(cap)
        return SettingsView(settings=changed, purposes=live, allowed_retention=allowed)


def _settings_event(subject: uuid.UUID, fields: list[str]) -> AuditEvent:
    details = {"fields": ",".join(fields)}
    return AuditEvent.by_subject(
        "settings.update", subject, OperationalPurpose.ACCOUNT, "", details
    )


def _purpose_state(purpose: Purpose, event: ConsentEvent | None) -> PurposeState:
    if event is None:
        return PurposeState(purpose, False, None, None, None)
    return PurposeState(purpose, event.granted, event.at, event.notice_version, event.method)
