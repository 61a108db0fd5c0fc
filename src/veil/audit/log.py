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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session, SessionTransaction

from veil.audit.checkpoints import Checkpointer
from veil.domain.audit import AuditEvent
from veil.store.base import utcnow
from veil.store.models import AuditRecord

GENESIS_HASH = "0" * 64
CHAIN_LOCK_ID = 0x7665696C  # "veil": the advisory lock serialising appends on PostgreSQL


@dataclass(frozen=True, slots=True)
class Appended:
    seq: int
    hash: str


_HASHED = ("seq", "at", "actor_kind", "actor_id", "action", "subject_id", "purpose", "resource",
           "outcome", "details", "prev_hash")  # fmt: skip


def canonical(record: AuditRecord | Mapping[str, Any]) -> bytes:
    """The bytes a record's hash covers (also used by ``veil audit verify``): canonical JSON
    of every field but ``hash``, ``at`` in ISO 8601 with microseconds, ids as strings."""
    get = record.get if isinstance(record, Mapping) else partial(getattr, record)
    fields = {name: get(name) for name in _HASHED}
    at = cast(datetime, fields["at"])
    fields["at"] = at.isoformat(timespec="microseconds")
    if fields["subject_id"] is not None:
        fields["subject_id"] = str(fields["subject_id"])
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def record_hash(record: AuditRecord | Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(record)).hexdigest()


class AuditLog:
    """Writes audit events. Verification lives beside it (``verify.py``)."""

    def __init__(
        self, clock: Callable[[], datetime] = utcnow, checkpointer: Checkpointer | None = None
    ) -> None:
        self._clock = clock
        self.checkpointer = checkpointer

    def append(self, session: Session, event: AuditEvent) -> Appended:
        """Append ``event`` in ``session``'s transaction; it commits or rolls back with it.

        The chain head is read once per transaction (under the lock) and then remembered for
        later appends of the same transaction or savepoint; a savepoint that ends drops the
        memo, so a rolled-back append is never built upon.
        """
        return self.append_many(session, [event])[0]

    def append_many(self, session: Session, events: Sequence[AuditEvent]) -> list[Appended]:
        """Append ``events`` in order with one multi-row insert (a batch job's many events);
        same chain and transaction semantics as ``append``."""
        head = self._head(session)
        seq, prev = (0, GENESIS_HASH) if head is None else head
        rows, appended = [], []
        for event in events:
            seq += 1
            values = self._values(event, seq, prev)
            prev = values["hash"]
            rows.append(values)
            appended.append(Appended(seq, prev))
        if not rows:
            return appended
        # a Core insert on the session's connection: no ORM unit-of-work flush per record
        session.connection().execute(_INSERT, rows)
        session.info[_HEAD] = (_current(session), seq, prev)
        if self.checkpointer is not None:
            for done in appended:
                if self.checkpointer.due(done.seq):
                    self.checkpointer.sign(session, done.seq, done.hash)
        return appended

    def _values(self, event: AuditEvent, seq: int, prev: str) -> dict[str, Any]:
        values: dict[str, Any] = {
            "seq": seq,
            "at": self._clock(),
            "actor_kind": event.actor.kind.value,
            "actor_id": event.actor.id,
            "action": event.action,
            "subject_id": event.subject,
            "purpose": None if event.purpose is None else event.purpose.value,
            "resource": event.resource,
            "outcome": event.outcome.value,
            "details": json.dumps(dict(event.details), sort_keys=True, separators=(",", ":")),
            "prev_hash": prev,
        }
        values["hash"] = record_hash(values)
        return values

    @staticmethod
    def _head(session: Session) -> tuple[int, str] | None:
        memo = session.info.get(_HEAD)
        current = _current(session)
        if memo is not None and current is not None and memo[0] is current and current.is_active:
            return memo[1], memo[2]
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": CHAIN_LOCK_ID})
        row = session.connection().execute(_HEAD_QUERY).first()
        return None if row is None else (row.seq, row.hash)


_HEAD = "veil.audit.head"
_INSERT = insert(cast(Table, AuditRecord.__table__))
_HEAD_QUERY = select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)


def _current(session: Session) -> SessionTransaction | None:
    return session.get_nested_transaction() or session.get_transaction()
