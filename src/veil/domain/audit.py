"""Audit events: who did what to whose data, for which purpose, with what outcome.

Events carry pseudonymous ids and codes only. ``details`` holds short scalar facts (counts,
codes, ids), never personal content: no message text, usernames or secrets.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from veil.domain.purposes import OperationalPurpose, Purpose

DetailValue = str | int | bool | None
MAX_DETAIL_TEXT = 128


class ActorKind(StrEnum):
    SUBJECT = "subject"  # the person the data is about
    STAFF = "staff"  # an operator, DPO or support agent
    JOB = "job"  # a scheduled or batch job (retention, export, rotation)
    SYSTEM = "system"  # Veil itself (start-up, migrations)


class Outcome(StrEnum):
    SUCCESS = "success"
    DENIED = "denied"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Actor:
    kind: ActorKind
    id: str | None = None  # an account or staff id, or a job name; never a username

    @classmethod
    def system(cls, name: str = "veil") -> Actor:
        return cls(ActorKind.SYSTEM, name)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    action: str  # dotted code, e.g. "keys.shred", "consent.grant", "chat.read"
    actor: Actor
    subject: uuid.UUID | None = None
    purpose: Purpose | OperationalPurpose | None = None
    resource: str = ""  # e.g. "conversation:<uuid>"; ids only
    outcome: Outcome = Outcome.SUCCESS
    details: Mapping[str, DetailValue] = field(default_factory=dict)

    @classmethod
    def by_subject(
        cls,
        action: str,
        subject: uuid.UUID,
        purpose: Purpose | OperationalPurpose,
        resource: str = "",
        details: Mapping[str, DetailValue] | None = None,
    ) -> AuditEvent:
        """Something the person did to their own data (the actor is the subject)."""
        actor = Actor(ActorKind.SUBJECT, str(subject))
        return cls(action, actor, subject, purpose, resource, details=details or {})

    def __post_init__(self) -> None:
        for key, value in self.details.items():
            if not isinstance(value, str | int | bool | type(None)):
                raise ValueError(f"audit detail {key!r} must be a scalar")
            if isinstance(value, str) and len(value) > MAX_DETAIL_TEXT:
                raise ValueError(f"audit detail {key!r} is too long for a code or id")
