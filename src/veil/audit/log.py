"""Append to the hash-chained audit log inside the caller's unit of work.

Each record's ``hash`` is SHA-256 over a canonical JSON encoding of its fields and the
previous record's hash, so changing, removing or reordering a record breaks the chain.
Concurrent writers never fork or leave a gap: on PostgreSQL ``append`` first takes a
transaction-scoped advisory lock; on SQLite every transaction is ``BEGIN IMMEDIATE`` and so
already holds the database's write lock. ``seq`` is the primary key, so a fork could not
commit anyway. The database itself refuses UPDATE and DELETE (triggers in migration 0002).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from veil.domain.audit import AuditEvent
from veil.store.base import utcnow
from veil.store.models import AuditRecord

GENESIS_HASH = "0" * 64
CHAIN_LOCK_ID = 0x7665696C  # "veil": the advisory lock serialising appends on PostgreSQL


@dataclass(frozen=True, slots=True)
class Appended:
    seq: int
    hash: str


def canonical(record: AuditRecord) -> bytes:
    """The bytes a record's hash covers (also used by ``veil audit verify``)."""
    fields = {
        "seq": record.seq,
        "at": record.at.isoformat(timespec="microseconds"),
        "actor_kind": record.actor_kind,
        "actor_id": record.actor_id,
        "action": record.action,
        "subject_id": None if record.subject_id is None else str(record.subject_id),
        "purpose": record.purpose,
        "resource": record.resource,
        "outcome": record.outcome,
        "details": record.details,
        "prev_hash": record.prev_hash,
    }
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def record_hash(record: AuditRecord) -> str:
    return hashlib.sha256(canonical(record)).hexdigest()


class AuditLog:
    """Writes audit events. Reads and verification live beside it (later: ``verify.py``)."""

    def __init__(self, clock: Callable[[], datetime] = utcnow) -> None:
        self._clock = clock

    def append(self, session: Session, event: AuditEvent) -> Appended:
        """Append ``event`` in ``session``'s transaction; it commits or rolls back with it."""
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": CHAIN_LOCK_ID})
        head = session.execute(
            select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
        ).first()
        seq, prev = (1, GENESIS_HASH) if head is None else (head.seq + 1, head.hash)
        record = AuditRecord(
            seq=seq,
            at=self._clock(),
            actor_kind=event.actor.kind.value,
            actor_id=event.actor.id,
            action=event.action,
            subject_id=event.subject,
            purpose=None if event.purpose is None else event.purpose.value,
            resource=event.resource,
            outcome=event.outcome.value,
            details=json.dumps(dict(event.details), sort_keys=True, separators=(",", ":")),
            prev_hash=prev,
        )
        record.hash = record_hash(record)
        session.add(record)
        session.flush()
        return Appended(seq, record.hash)
