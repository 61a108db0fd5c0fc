"""The request register: filing requests and moving them through the transition table.

``transition_in`` is the one function that changes a request's status; it writes the audit
event in the same unit of work. Staff views return ``RightsRequest`` metadata only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from veil.audit.log import AuditLog
from veil.domain.audit import Actor, AuditEvent
from veil.domain.ids import uuid7
from veil.domain.purposes import OperationalPurpose
from veil.domain.requests import (
    Channel,
    Jurisdiction,
    RequestEvent,
    RequestKind,
    RequestStatus,
    RightsRequest,
    due_at,
    next_status,
)
from veil.domain.roles import Action, Role, require
from veil.store.base import utcnow
from veil.store.repos.rights import RequestRepository
from veil.store.session import Database, UnitOfWork

_LEGAL = OperationalPurpose.LEGAL_OBLIGATION


class RequestService:
    def __init__(
        self,
        database: Database,
        audit: AuditLog,
        jurisdiction: Jurisdiction = Jurisdiction.GDPR,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._database = database
        self._audit = audit
        self._jurisdiction = jurisdiction
        self._clock = clock

    @property
    def clock(self) -> Callable[[], datetime]:
        return self._clock

    # filing ----------------------------------------------------------------------------------
    def file(
        self, subject: uuid.UUID, kind: RequestKind, *, channel: Channel, actor: Actor
    ) -> RightsRequest:
        with self._database.unit_of_work() as session:
            return self.file_in(session, subject, kind, channel=channel, actor=actor)

    def file_in(
        self,
        session: UnitOfWork,
        subject: uuid.UUID,
        kind: RequestKind,
        *,
        channel: Channel,
        actor: Actor,
    ) -> RightsRequest:
        """Record a request as received, with its due date under the configured law."""
        received = self._clock()
        request = RightsRequest(
            id=uuid7(),
            subject=subject,
            kind=kind,
            status=RequestStatus.RECEIVED,
            channel=channel,
            jurisdiction=self._jurisdiction,
            received_at=received,
            due_at=due_at(received, self._jurisdiction),
            extended=False,
            completed_at=None,
            evidence=None,
        )
        RequestRepository(session).add(request)
        self._audit.append(
            session,
            AuditEvent(
                "rights.request.file",
                actor,
                subject=subject,
                purpose=_LEGAL,
                resource=f"request:{request.id}",
                details={"kind": kind.value, "channel": channel.value},
            ),
        )
        return request

    # transitions -----------------------------------------------------------------------------
    def transition(
        self,
        request_id: uuid.UUID,
        event: RequestEvent,
        *,
        actor: Actor,
        evidence: str | None = None,
    ) -> RightsRequest:
        with self._database.unit_of_work() as session:
            return self.transition_in(session, request_id, event, actor=actor, evidence=evidence)

    def transition_in(
        self,
        session: UnitOfWork,
        request_id: uuid.UUID,
        event: RequestEvent,
        *,
        actor: Actor,
        evidence: str | None = None,
    ) -> RightsRequest:
        """Apply ``event`` (``Conflict`` if the table forbids it) and audit it."""
        repo = RequestRepository(session)
        current = repo.get(request_id, lock=True)
        status = next_status(current.status, event)
        now = self._clock()
        updated = replace(
            current,
            status=status,
            evidence=evidence if evidence is not None else current.evidence,
            completed_at=now if status is RequestStatus.COMPLETED else current.completed_at,
        )
        if event is RequestEvent.EXTEND:
            extended_due = due_at(current.received_at, current.jurisdiction, extended=True)
            updated = replace(updated, extended=True, due_at=extended_due)
        repo.set_status(updated, now)
        self._audit.append(
            session,
            AuditEvent(
                f"rights.request.{event.value}",
                actor,
                subject=current.subject,
                purpose=_LEGAL,
                resource=f"request:{current.id}",
                details={"kind": current.kind.value, "from": current.status, "to": status},
            ),
        )
        return updated

    # staff views (metadata only) -------------------------------------------------------------
    def get(self, request_id: uuid.UUID) -> RightsRequest:
        with self._database.read() as session:
            return RequestRepository(session).get(request_id)

    def list(
        self,
        *,
        status: RequestStatus | None = None,
        subject: uuid.UUID | None = None,
        open_only: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> Sequence[RightsRequest]:
        with self._database.read() as session:
            return RequestRepository(session).list(
                status=status, subject=subject, open_only=open_only, limit=limit, offset=offset
            )

    def staff_list(
        self,
        role: Role,
        *,
        status: RequestStatus | None = None,
        open_only: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[Sequence[RightsRequest], datetime]:
        """The register for staff whose role may view it (``PermissionDenied`` otherwise),
        with the time overdue flags are computed at."""
        require(role, Action.VIEW_RIGHTS_REQUESTS)
        found = self.list(status=status, open_only=open_only, limit=limit, offset=offset)
        return found, self._clock()

    def staff_get(self, role: Role, request_id: uuid.UUID) -> tuple[RightsRequest, datetime]:
        require(role, Action.VIEW_RIGHTS_REQUESTS)
        return self.get(request_id), self._clock()

    def now(self) -> datetime:
        return self._clock()
