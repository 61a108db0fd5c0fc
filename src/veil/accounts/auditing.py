"""Audit events of the accounts services (purpose ``account``; ids and codes only)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from veil.audit.log import AuditLog
from veil.domain.audit import Actor, ActorKind, AuditEvent, DetailValue, Outcome
from veil.domain.purposes import OperationalPurpose
from veil.store.session import UnitOfWork


def subject_actor(account_id: uuid.UUID | None) -> Actor:
    return Actor(ActorKind.SUBJECT, None if account_id is None else str(account_id))


def record(
    audit: AuditLog,
    session: UnitOfWork,
    action: str,
    *,
    actor: Actor,
    subject: uuid.UUID | None,
    details: Mapping[str, DetailValue] | None = None,
    resource: str = "",
    outcome: Outcome = Outcome.SUCCESS,
) -> None:
    """Append one ``account``-purpose event in the caller's unit of work."""
    event = AuditEvent(
        action, actor, subject, OperationalPurpose.ACCOUNT, resource, outcome, dict(details or {})
    )
    audit.append(session, event)
