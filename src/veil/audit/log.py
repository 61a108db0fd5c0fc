"""Append to the hash-chained audit log inside the caller's unit of work.

Each record's ``hash`` is SHA-256 over a canonical JSON encoding of its fields and the
previous record's hash, so changing, removing or reordering a record breaks the chain.

Concurrent writers never fork or leave a gap, and no lock or head read is needed for that:
the first record of each append is written by one conditional statement, which inserts
record ``n + 1`` only if record ``n`` with the hash it names is visible (committed, or this
transaction's own) and does nothing if ``n + 1`` already exists (``ON CONFLICT DO NOTHING``
on the ``seq`` primary key; on PostgreSQL it waits for a concurrent writer of ``n + 1`` to
commit or roll back first). Records cannot be deleted (triggers in migration 0002), so when it
inserts, ``n`` was the head of the chain. The process remembers the last record it wrote as
the guess for ``n``; when the guess is stale (another process or thread appended, a
transaction rolled back, a backup was restored) the statement inserts nothing and the append
reads the head and tries again. The rest of a batch follows in one ``executemany``: it
chains on the record this transaction just wrote, which nobody else can extend before it
commits.

An event that is the only write of its transaction (a refused sign-in, a KEK rotation, a
backup) goes through ``append_alone``: the same conditional insert and retries, on a pooled
driver connection (``Database.driver_transaction``) instead of an ORM unit of work.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter, itemgetter
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Insert,
    Table,
    and_,
    bindparam,
    exists,
    insert,
    or_,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, SessionTransaction

from veil.audit.checkpoints import Checkpointer
from veil.domain.audit import AuditEvent
from veil.domain.errors import StorageError
from veil.store.base import utcnow
from veil.store.models import AuditRecord
from veil.store.prepared import Prepared
from veil.store.session import INSERTED, Database

GENESIS_HASH = "0" * 64
# a guess that keeps failing means the head moves faster than we can read it: give up loudly
# rather than spin (each failed attempt means someone else's append went in)
MAX_ATTEMPTS = 1000


@dataclass(frozen=True, slots=True)
class Appended:
    seq: int
    hash: str


_HASHED = ("seq", "at", "actor_kind", "actor_id", "action", "subject_id", "purpose", "resource",
           "outcome", "details", "prev_hash")  # fmt: skip
# canonical() writes the fields in sorted key order, as json.dumps(sort_keys=True) would
_SORTED = tuple(sorted(_HASHED))
_FROM_MAPPING, _FROM_RECORD = itemgetter(*_SORTED), attrgetter(*_SORTED)
_AT, _SUBJECT = _SORTED.index("at"), _SORTED.index("subject_id")
_TEMPLATE = "{" + ",".join(f'"{name}":%s' for name in _SORTED) + "}"
_encode_str = json.encoder.encode_basestring_ascii  # the C string encoder json.dumps uses


def _json_value(value: object) -> str:
    """``json.dumps(value, ensure_ascii=True)`` for the types a record holds, without the
    encoder's set-up cost (a test checks they agree on every type and odd strings)."""
    if isinstance(value, str):
        return _encode_str(value)
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=True)


def canonical(record: AuditRecord | Mapping[str, Any]) -> bytes:
    """The bytes a record's hash covers (also used by ``veil audit verify``): canonical JSON
    (sorted keys, no spaces, ASCII) of every field but ``hash``, ``at`` in ISO 8601 with
    microseconds, ids as strings."""
    values = list(_FROM_MAPPING(record) if isinstance(record, Mapping) else _FROM_RECORD(record))
    values[_AT] = cast(datetime, values[_AT]).isoformat(timespec="microseconds")
    if values[_SUBJECT] is not None:
        values[_SUBJECT] = str(values[_SUBJECT])
    return (_TEMPLATE % tuple(map(_json_value, values))).encode("ascii")


def record_hash(record: AuditRecord | Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(record)).hexdigest()


class AuditLog:
    """Writes audit events. Verification lives beside it (``verify.py``)."""

    def __init__(
        self, clock: Callable[[], datetime] = utcnow, checkpointer: Checkpointer | None = None
    ) -> None:
        self._clock = clock
        self.checkpointer = checkpointer
        # (seq, hash) of the last record this process wrote: only a guess at the chain head,
        # checked by the insert itself (see the module docstring), so a stale one costs a read
        self._last: tuple[int, str] | None = None

    def append(self, session: Session, event: AuditEvent) -> Appended:
        """Append ``event`` in ``session``'s transaction; it commits or rolls back with it."""
        return self.append_many(session, [event])[0]

    def append_alone(self, database: Database, event: AuditEvent) -> Appended:
        """Append ``event`` in a transaction of its own, for an event that is the only write
        of its transaction (a refused sign-in, a key operation): the same conditional insert
        and retries as ``append``, on a pooled driver connection instead of a unit of work
        (``Database.driver_transaction``; on SQLite ~40 % of the time). A record due for a
        checkpoint is written through a unit of work instead, which signs it."""
        dialect = database.engine.dialect
        first = _conditional_for(dialect.name).compiled(dialect)
        head_query = _HEAD_READ.compiled(dialect)
        due = self.checkpointer.due if self.checkpointer is not None else _never
        with database.driver_transaction([_TABLE.name + INSERTED]) as cursor:

            def insert_first(row: dict[str, Any]) -> bool:
                cursor.execute(first.sql, first.args(row))
                return cursor.rowcount == 1

            def read_head() -> tuple[int, str] | None:
                cursor.execute(head_query.sql, head_query.args({}))
                found = cursor.fetchone()
                return None if found is None else (found[0], found[1])

            rows = self._append_first([event], insert_first, read_head, due)
        if rows is None:  # the record is due for a checkpoint (nothing was written)
            with database.unit_of_work() as session:
                return self.append(session, event)
        self._last = (rows[0]["seq"], rows[0]["hash"])
        return Appended(*self._last)

    def append_many(self, session: Session, events: Sequence[AuditEvent]) -> list[Appended]:
        """Append ``events`` in order (a batch job's many events: one conditional insert and
        one executemany); same chain and transaction semantics as ``append``."""
        if not events:
            return []
        conn = session.connection()
        transaction = _current(session)
        memo = session.info.get(_HEAD)
        if memo is not None and memo[0] is transaction and transaction.is_active:
            # this transaction (or savepoint) wrote the head itself: nobody else can extend
            # a record they cannot see, so the whole batch is one plain insert
            rows = self._rows(events, memo[1], memo[2])
            _PLAIN_INSERT.execute_many(conn, rows)
        else:
            rows = self._append_first_in(conn, events)
            if len(rows) > 1:
                _PLAIN_INSERT.execute_many(conn, rows[1:])
        last = self._last = (rows[-1]["seq"], rows[-1]["hash"])
        session.info[_HEAD] = (transaction, *last)
        appended = [Appended(row["seq"], row["hash"]) for row in rows]
        if self.checkpointer is not None:
            for done in appended:
                if self.checkpointer.due(done.seq):
                    self.checkpointer.sign(session, done.seq, done.hash)
        return appended

    def _append_first_in(
        self, conn: Connection, events: Sequence[AuditEvent]
    ) -> list[dict[str, Any]]:
        """``_append_first`` on a unit of work's connection."""
        first = _conditional_for(conn.dialect.name)

        def insert_first(row: dict[str, Any]) -> bool:
            return first.execute(conn, row).rowcount == 1

        def read_head() -> tuple[int, str] | None:
            row = _HEAD_READ.execute(conn, {}).first()
            return None if row is None else (row[0], row[1])

        rows = self._append_first(events, insert_first, read_head, _never)
        assert rows is not None  # noqa: S101  (never stops for a checkpoint)
        return rows

    def _append_first(
        self,
        events: Sequence[AuditEvent],
        insert_first: Callable[[dict[str, Any]], bool],
        read_head: Callable[[], tuple[int, str] | None],
        stop_at: Callable[[int], bool],
    ) -> list[dict[str, Any]] | None:
        """Build the batch on the guessed head and write its first record conditionally,
        reading the head again until it goes in; returns the batch's rows, or None (nothing
        written) when its first record's ``seq`` would be one ``stop_at`` names."""
        head = self._last
        for _ in range(MAX_ATTEMPTS):
            if head is None:
                head = read_head() or (0, GENESIS_HASH)
            if stop_at(head[0] + 1):
                return None
            rows = self._rows(events, *head)
            if insert_first(rows[0]):
                return rows
            head = None  # the guess was stale: read the head and try again
        raise StorageError("the audit log head kept moving; the append was not written")

    def _rows(self, events: Sequence[AuditEvent], seq: int, prev: str) -> list[dict[str, Any]]:
        rows = []
        for event in events:
            seq += 1
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
                "details": _details(event.details),
                "prev_hash": prev,
            }
            values["hash"] = prev = record_hash(values)
            rows.append(values)
        return rows


def _details(details: Mapping[str, object]) -> str:
    if not details:
        return "{}"
    return json.dumps(dict(details), sort_keys=True, separators=(",", ":"))


_TABLE = cast(Table, AuditRecord.__table__)
# one executemany on the driver cursor (through execute, SQLAlchemy processed and checked
# every row's parameters in Python at about the cost of SQLite inserting it)
_PLAIN_INSERT = Prepared(insert(_TABLE))
_HEAD_QUERY = select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
_HEAD_READ = Prepared(_HEAD_QUERY)  # integers and strings: no result processing needed


def _never(_seq: int) -> bool:
    return False


_HEAD = "veil.audit.head"  # session.info: (transaction, seq, hash) of its last append


def _current(session: Session) -> SessionTransaction | None:
    return session.get_nested_transaction() or session.get_transaction()


def _build_conditional(dialect_insert: Any) -> Insert:
    """INSERT INTO audit_log SELECT :seq, ... WHERE (the record it chains on exists) ON
    CONFLICT DO NOTHING."""
    c = _TABLE.c
    params = {col.name: bindparam(col.name, type_=col.type) for col in c}
    seq, prev_hash = params["seq"], params["prev_hash"]
    links = or_(
        and_(seq == 1, prev_hash == GENESIS_HASH),
        exists().where(c.seq == seq - 1, c.hash == prev_hash),
    )
    values = select(*params.values()).where(links)
    names = list(params)
    return cast(Insert, dialect_insert(_TABLE).from_select(names, values).on_conflict_do_nothing())


_CONDITIONAL = {
    "postgresql": Prepared(_build_conditional(postgresql.insert)),
    "sqlite": Prepared(_build_conditional(sqlite.insert)),
}


def _conditional_for(dialect_name: str) -> Prepared:
    """The conditional insert for the database, compiled once (``store/prepared.py``:
    through ``execute`` the cache-key walk of this statement cost more than running it)."""
    prepared = _CONDITIONAL.get(dialect_name)
    if prepared is None:
        raise StorageError(f"audit appends need SQLite or PostgreSQL, not {dialect_name}")
    return prepared
