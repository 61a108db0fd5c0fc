"""The consent ledger's rules: events, folding them into a state, and time-scoped checks.

A person's consents are an append-only list of ``ConsentEvent``. ``fold`` turns the list into
a ``ConsentState``: for each purpose, the intervals during which consent was live. Purposes
without events are off (privacy by default).

``ConsentState.allowed(purpose, at)`` answers the question training export and analytics must
ask: may data created at time ``at`` be used for ``purpose`` now? Only if consent was live at
``at`` **and that same grant is still live**. A withdrawal ends the interval for good; granting
again later opens a new interval that covers only data created after it. (Re-consenting does
not resurrect data the person withdrew, which is the reading that fails closed.)
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.domain.ids import SubjectId, uuid7
from veil.domain.purposes import DATA_USE, DESCRIPTION, Purpose


class ConsentMethod(StrEnum):
    """How a consent event came about."""

    SIGNUP = "signup"  # the explicit choices on the sign-up form
    WEB = "web"  # the privacy settings page
    API = "api"  # an API client (Bearer token)
    GPC = "gpc"  # a Global Privacy Control signal (Sec-GPC: 1)


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One grant or withdrawal; never changed once written."""

    subject: SubjectId
    purpose: Purpose
    granted: bool
    notice_version: str  # hex SHA-256 of the privacy notice text shown
    method: ConsentMethod
    at: datetime
    id: uuid.UUID = field(default_factory=uuid7)


@dataclass(frozen=True, slots=True)
class Interval:
    """A stretch of live consent; ``end`` is None while it lasts."""

    start: datetime
    end: datetime | None


@dataclass(frozen=True, slots=True)
class PurposeState:
    """The current answer for one purpose and the event that set it."""

    purpose: Purpose
    granted: bool
    changed_at: datetime | None
    notice_version: str | None
    method: ConsentMethod | None


@dataclass(frozen=True, slots=True)
class ConsentState:
    """Everything the ledger says about one subject, derived by ``fold``."""

    intervals: Mapping[Purpose, tuple[Interval, ...]]
    latest: Mapping[Purpose, ConsentEvent]

    def granted(self, purpose: Purpose) -> bool:
        """True when consent for ``purpose`` is live now."""
        spans = self.intervals.get(purpose, ())
        return bool(spans) and spans[-1].end is None

    def allowed(self, purpose: Purpose, at: datetime) -> bool:
        """True when consent was live at ``at`` and that same grant is live now."""
        spans = self.intervals.get(purpose, ())
        return bool(spans) and spans[-1].end is None and spans[-1].start <= at

    def state(self, purpose: Purpose) -> PurposeState:
        event = self.latest.get(purpose)
        if event is None:
            return PurposeState(purpose, False, None, None, None)
        return PurposeState(
            purpose, self.granted(purpose), event.at, event.notice_version, event.method
        )

    def current(self) -> dict[Purpose, bool]:
        """Every purpose with its live answer (False when never granted)."""
        return {purpose: self.granted(purpose) for purpose in Purpose}


def fold(events: Iterable[ConsentEvent]) -> ConsentState:
    """Fold one subject's events, in time order, into a ``ConsentState``.

    Ties in time are broken by event id (UUIDv7, so by creation order). A grant while
    granted keeps the interval open; a withdrawal while withdrawn changes nothing but the
    latest event. Raises ``ValueError`` if the events belong to more than one subject.
    """
    ordered = sorted(events, key=lambda e: (e.at, e.id))
    if len({event.subject for event in ordered}) > 1:
        raise ValueError("consent events of several subjects cannot be folded together")
    open_since: dict[Purpose, datetime] = {}
    closed: dict[Purpose, list[Interval]] = {}
    latest: dict[Purpose, ConsentEvent] = {}
    for event in ordered:
        latest[event.purpose] = event
        if event.granted:
            open_since.setdefault(event.purpose, event.at)
        elif event.purpose in open_since:
            start = open_since.pop(event.purpose)
            closed.setdefault(event.purpose, []).append(Interval(start, event.at))
    intervals: dict[Purpose, tuple[Interval, ...]] = {}
    for purpose in Purpose:
        spans = list(closed.get(purpose, []))
        if purpose in open_since:
            spans.append(Interval(open_since[purpose], None))
        if spans:
            intervals[purpose] = tuple(spans)
    return ConsentState(intervals=intervals, latest=latest)


def notice_version(text: str) -> str:
    """The version of a privacy notice: the hex SHA-256 of its exact text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def consent_notice_text() -> str:
    """The consent part of the privacy notice: what each purpose means, and that all are off
    until the person turns them on. Its hash is recorded with every consent event."""
    lines = [
        "Veil asks before it uses your data for any of these purposes. Each is off until you",
        "turn it on, and you can turn it off again at any time, as easily.",
        "",
    ]
    lines.extend(f"- {p.value} ({DATA_USE[p]}): {DESCRIPTION[p]}" for p in Purpose)
    return "\n".join(lines) + "\n"


def consent_audit_event(event: ConsentEvent) -> AuditEvent:
    """The audit record of a consent event: ``consent.grant`` or ``consent.withdraw``, by
    the subject (a GPC signal is the subject's browser speaking for them)."""
    return AuditEvent(
        "consent.grant" if event.granted else "consent.withdraw",
        Actor(ActorKind.SUBJECT, str(event.subject)),
        subject=event.subject,
        purpose=event.purpose,
        resource=f"consent:{event.id}",
        details={"method": event.method.value, "notice_version": event.notice_version},
    )
