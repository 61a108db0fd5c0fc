"""Data-subject rights requests: kinds, statuses, the transition table and due dates.

A request moves only through ``TRANSITIONS`` (``next_status``); the rights service has
exactly one function that applies a transition and writes its audit event.

::

    received ──start──► in_progress ──complete──► completed
       │  │                │  │   └────fail────► failed ──retry──► in_progress
       │  └──extend──┐     │  └──extend──► extended ──complete──► completed
       │             ▼     └──reject──► rejected        (extended: start, fail, reject too)
       └──reject──► rejected        (received ──complete──► completed: self-service, at once)

Due dates follow the jurisdiction: GDPR Art. 12(3) gives one calendar month from receipt,
extendable by two further months; CCPA §1798.130 gives 45 days, extendable once by 45 more.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from veil.domain.errors import Conflict
from veil.domain.purposes import Purpose


class RequestKind(StrEnum):
    ACCESS = "access"  # Art. 15: a copy of the data (export)
    PORTABILITY = "portability"  # Art. 20: machine-readable export
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18: freeze processing
    OBJECTION = "objection"  # Art. 21: object to a purpose (model training)


class RequestStatus(StrEnum):
    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    EXTENDED = "extended"  # deadline extended (complex or numerous requests)
    COMPLETED = "completed"
    REJECTED = "rejected"  # manifestly unfounded, unverifiable, or withdrawn
    FAILED = "failed"  # an attempt failed; may be retried

    @property
    def open(self) -> bool:
        return self not in CLOSED


CLOSED = frozenset({RequestStatus.COMPLETED, RequestStatus.REJECTED})


class RequestEvent(StrEnum):
    START = "start"
    EXTEND = "extend"
    COMPLETE = "complete"
    REJECT = "reject"
    FAIL = "fail"
    RETRY = "retry"


class Channel(StrEnum):
    SELF_SERVICE = "self_service"  # the user, through the API or web UI
    STAFF = "staff"  # filed by support on the user's behalf
    AUTOMATIC = "automatic"  # started by Veil itself (retention: inactive-account expiry)


_S, _E = RequestStatus, RequestEvent

TRANSITIONS: dict[tuple[RequestStatus, RequestEvent], RequestStatus] = {
    (_S.RECEIVED, _E.START): _S.IN_PROGRESS,
    (_S.RECEIVED, _E.COMPLETE): _S.COMPLETED,
    (_S.RECEIVED, _E.EXTEND): _S.EXTENDED,
    (_S.RECEIVED, _E.REJECT): _S.REJECTED,
    (_S.RECEIVED, _E.FAIL): _S.FAILED,
    (_S.IN_PROGRESS, _E.COMPLETE): _S.COMPLETED,
    (_S.IN_PROGRESS, _E.EXTEND): _S.EXTENDED,
    (_S.IN_PROGRESS, _E.REJECT): _S.REJECTED,
    (_S.IN_PROGRESS, _E.FAIL): _S.FAILED,
    (_S.EXTENDED, _E.START): _S.IN_PROGRESS,
    (_S.EXTENDED, _E.COMPLETE): _S.COMPLETED,
    (_S.EXTENDED, _E.REJECT): _S.REJECTED,
    (_S.EXTENDED, _E.FAIL): _S.FAILED,
    (_S.FAILED, _E.RETRY): _S.IN_PROGRESS,
    (_S.FAILED, _E.REJECT): _S.REJECTED,
}


def next_status(current: RequestStatus, event: RequestEvent) -> RequestStatus:
    """The status after ``event``; ``Conflict`` if the table has no such transition."""
    found = TRANSITIONS.get((current, event))
    if found is None:
        raise Conflict(f"a {current.value} request cannot {event.value}")
    return found


class Jurisdiction(StrEnum):
    GDPR = "gdpr"
    CCPA = "ccpa"


@dataclass(frozen=True, slots=True)
class Deadline:
    months: int = 0
    days: int = 0


# (initial period, extension) per jurisdiction
DEADLINES: dict[Jurisdiction, tuple[Deadline, Deadline]] = {
    Jurisdiction.GDPR: (Deadline(months=1), Deadline(months=2)),
    Jurisdiction.CCPA: (Deadline(days=45), Deadline(days=45)),
}


def add_months(start: datetime, months: int) -> datetime:
    """Same day ``months`` later; a day the month lacks becomes its last day (31 Jan + 1
    month = 28/29 Feb), as EU Regulation 1182/71 Art. 3(2)(c) counts periods."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return start.replace(year=year, month=month, day=min(start.day, _days_in(year, month)))


def _days_in(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _after(start: datetime, period: Deadline) -> datetime:
    return add_months(start, period.months) + timedelta(days=period.days)


def due_at(
    received_at: datetime, jurisdiction: Jurisdiction, *, extended: bool = False
) -> datetime:
    """When a request received at ``received_at`` must be answered."""
    initial, extension = DEADLINES[jurisdiction]
    due = _after(received_at, initial)
    return _after(due, extension) if extended else due


def is_overdue(status: RequestStatus, due: datetime, now: datetime) -> bool:
    """An open request past its due date."""
    return status.open and now > due


class ExportStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    READY = "ready"
    FAILED = "failed"
    EXPIRED = "expired"  # file deleted after its time limit (or the subject was erased)


_X = ExportStatus

EXPORT_TRANSITIONS: dict[ExportStatus, frozenset[ExportStatus]] = {
    _X.PENDING: frozenset({_X.RUNNING, _X.FAILED, _X.EXPIRED}),
    _X.RUNNING: frozenset({_X.READY, _X.FAILED, _X.EXPIRED}),
    _X.READY: frozenset({_X.EXPIRED}),
    _X.FAILED: frozenset({_X.EXPIRED}),
    _X.EXPIRED: frozenset(),
}


def next_export_status(current: ExportStatus, target: ExportStatus) -> ExportStatus:
    """``target`` if the export table allows it, else ``Conflict``."""
    if target not in EXPORT_TRANSITIONS[current]:
        raise Conflict(f"an export cannot go from {current.value} to {target.value}")
    return target


@dataclass(frozen=True, slots=True)
class RightsRequest:
    """A register entry: metadata only (staff never see content through it)."""

    id: uuid.UUID
    subject: uuid.UUID
    kind: RequestKind
    status: RequestStatus
    channel: Channel
    jurisdiction: Jurisdiction
    received_at: datetime
    due_at: datetime
    extended: bool
    completed_at: datetime | None
    evidence: str | None

    def overdue(self, now: datetime) -> bool:
        return is_overdue(self.status, self.due_at, now)


@dataclass(frozen=True, slots=True)
class ExportJob:
    id: uuid.UUID
    subject: uuid.UUID
    request_id: uuid.UUID | None
    status: ExportStatus
    progress_done: int
    progress_total: int
    size_bytes: int | None
    created_at: datetime
    finished_at: datetime | None
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class Restrictions:
    """Art. 18 restriction (processing frozen) and Art. 21 objection to model training."""

    restricted: bool = False
    training_objection: bool = False


def processing_allowed(restrictions: Restrictions, purpose: Purpose) -> bool:
    """Whether ``purpose`` may process the subject's data under their restrictions.

    A restricted account is stored only: no purpose may process it (reading it back to
    the subject, exporting it and erasing it are rights, not purposes). An objection to
    training blocks ``model_training`` alone.
    """
    if restrictions.restricted:
        return False
    return not (restrictions.training_objection and purpose is Purpose.MODEL_TRAINING)
