from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from veil.audit.log import GENESIS_HASH, AuditLog, record_hash
from veil.config import Settings
from veil.domain.audit import Actor, ActorKind, AuditEvent, Outcome
from veil.domain.purposes import Purpose
from veil.runtime import Runtime, build
from veil.store.models import AuditCheckpoint, AuditRecord

DPO = Actor(ActorKind.STAFF, "staff-7")


def event(n: int = 0) -> AuditEvent:
    return AuditEvent(
        "chat.read",
        DPO,
        subject=uuid.UUID(int=n + 1),
        purpose=Purpose.SERVICE,
        resource=f"conversation:{uuid.UUID(int=n)}",
        outcome=Outcome.SUCCESS,
        details={"messages": n, "reason": "ticket-12"},
    )


def run_concurrently(work: list[Callable[[], None]]) -> list[BaseException]:
    """Run each callable in its own thread; what they raised."""
    failures: list[BaseException] = []

    def guarded(job: Callable[[], None]) -> None:
        try:
            job()
        except BaseException as exc:  # surfaced by the caller
            failures.append(exc)

    threads = [threading.Thread(target=guarded, args=(job,)) for job in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


def records(runtime: Runtime) -> list[AuditRecord]:
    with runtime.database.read() as session:
        rows = list(session.scalars(select(AuditRecord).order_by(AuditRecord.seq)))
        session.expunge_all()  # keep the loaded values after the read rolls back
        return rows


def assert_chain(rows: list[AuditRecord]) -> None:
    prev = GENESIS_HASH
    for expected_seq, row in enumerate(rows, start=1):
        assert row.seq == expected_seq
        assert row.prev_hash == prev
        assert row.hash == record_hash(row)
        prev = row.hash


def test_appends_form_a_hash_chain(runtime: Runtime) -> None:
    for n in range(3):
        with runtime.database.unit_of_work() as session:
            appended = runtime.audit.append(session, event(n))
    rows = records(runtime)
    assert_chain(rows)
    assert rows[-1].hash == appended.hash and appended.seq == len(rows)
    last = rows[-1]
    assert (last.action, last.actor_kind, last.actor_id, last.purpose) == (
        "chat.read", "staff", "staff-7", "service",
    )  # fmt: skip
    assert json.loads(last.details) == {"messages": 2, "reason": "ticket-12"}


def test_the_hash_covers_every_field(runtime: Runtime) -> None:
    with runtime.database.unit_of_work() as session:
        runtime.audit.append(session, event())
    row = records(runtime)[-1]
    original = record_hash(row)
    row.resource = "conversation:other"
    assert record_hash(row) != original


def test_append_rolls_back_with_the_callers_unit_of_work(runtime: Runtime) -> None:
    before = len(records(runtime))
    with pytest.raises(RuntimeError), runtime.database.unit_of_work() as session:
        runtime.audit.append(session, event())
        raise RuntimeError("the business operation failed")
    assert len(records(runtime)) == before


def test_clock_is_injectable_and_time_round_trips(runtime: Runtime) -> None:
    fixed = datetime(2026, 11, 23, 9, 0, 0, 123456, tzinfo=UTC)
    with runtime.database.unit_of_work() as session:
        AuditLog(clock=lambda: fixed).append(session, event())
    row = records(runtime)[-1]
    assert row.at == fixed
    assert row.hash == record_hash(row)


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_log SET outcome = 'denied'", "DELETE FROM audit_log"]
)
def test_the_database_refuses_update_and_delete(runtime: Runtime, statement: str) -> None:
    with runtime.database.unit_of_work() as session:
        runtime.audit.append(session, event())
    with pytest.raises(DBAPIError, match="append-only"), runtime.database.unit_of_work() as s:
        s.execute(text(statement))
    assert_chain(records(runtime))


def test_details_must_be_short_scalars() -> None:
    with pytest.raises(ValueError, match="scalar"):
        AuditEvent("x", DPO, details={"text": ["a", "list"]})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="too long"):
        AuditEvent("x", DPO, details={"text": "x" * 200})


def test_concurrent_writers_neither_fork_nor_gap(
    settings_factory: Callable[..., Settings],
) -> None:
    built = build(settings_factory())
    built.keys.ensure_key()
    writers, per_writer = 6, 15

    def write() -> None:
        for n in range(per_writer):
            with built.database.unit_of_work() as session:
                built.audit.append(session, event(n))

    failures = run_concurrently([write] * writers)
    try:
        assert failures == []
        rows = records(built)
        assert_chain(rows)
        assert len(rows) == 1 + writers * per_writer  # + keys.initialise
    finally:
        built.close()


def test_writers_in_several_processes_neither_fork_nor_gap(
    settings_factory: Callable[..., Settings],
) -> None:
    """Each runtime stands for a process: its own engine and its own guess at the chain head,
    made stale by the others' appends all the time; unit-of-work, standalone and batch
    appends mixed."""
    processes = [build(settings_factory()) for _ in range(3)]
    processes[0].keys.ensure_key()
    threads_each, per_thread = 2, 10

    def write(process: Runtime) -> None:
        for n in range(per_thread):
            if n % 3 == 1:  # an event that is its transaction's only write
                process.audit.append_alone(process.database, event(n))
                continue
            with process.database.unit_of_work() as session:
                if n % 3 == 2:  # a batch now and then
                    process.audit.append_many(session, [event(n)] * 3)
                else:
                    process.audit.append(session, event(n))

    failures = run_concurrently([partial(write, p) for p in processes for _ in range(threads_each)])
    try:
        assert failures == []
        rows = records(processes[0])
        assert_chain(rows)
        per_writer = sum(3 if n % 3 == 2 else 1 for n in range(per_thread))
        assert len(rows) == 1 + len(processes) * threads_each * per_writer
    finally:
        for process in processes:
            process.close()


def test_a_stale_or_wrong_head_guess_is_caught_by_the_insert(runtime: Runtime) -> None:
    with runtime.database.unit_of_work() as session:
        runtime.audit.append(session, event())
    other = AuditLog()  # another process: it has not seen the log yet
    with runtime.database.unit_of_work() as session:
        other.append(session, event(1))
    with runtime.database.unit_of_work() as session:  # runtime's guess is one behind now
        runtime.audit.append_many(session, [event(2), event(3)])
    with pytest.raises(RuntimeError), runtime.database.unit_of_work() as session:
        runtime.audit.append(session, event(4))
        raise RuntimeError("rolled back: the guess now names a record that never committed")
    with runtime.database.unit_of_work() as session:
        runtime.audit.append(session, event(5))
    runtime.audit._last = (10_000, "f" * 64)  # e.g. a backup restored under a running process
    with runtime.database.unit_of_work() as session:
        runtime.audit.append(session, event(6))
    rows = records(runtime)
    assert_chain(rows)
    assert [r.resource for r in rows[-6:]] == [
        f"conversation:{uuid.UUID(int=n)}" for n in (0, 1, 2, 3, 5, 6)
    ]


def test_a_standalone_append_chains_on_whatever_the_head_is(runtime: Runtime) -> None:
    first = runtime.audit.append_alone(runtime.database, event(0))
    other = AuditLog()  # another process: its guess is empty, then stale
    other.append_alone(runtime.database, event(1))
    with runtime.database.unit_of_work() as session:
        runtime.audit.append(session, event(2))  # runtime's guess was one behind
    last = other.append_alone(runtime.database, event(3))  # other's guess is one behind
    other._last = (10_000, "f" * 64)  # ahead of the head, e.g. a backup restored under it
    ahead = other.append_alone(runtime.database, event(4))
    rows = records(runtime)
    assert_chain(rows)
    assert [r.resource for r in rows[-5:]] == [f"conversation:{uuid.UUID(int=n)}" for n in range(5)]
    assert (rows[-5].seq, rows[-5].hash) == (first.seq, first.hash)
    assert (rows[-2].seq, rows[-2].hash) == (last.seq, last.hash)
    assert (rows[-1].seq, rows[-1].hash) == (ahead.seq, ahead.hash)


def test_a_standalone_append_moves_the_audit_table_version(runtime: Runtime) -> None:
    before = runtime.database.versions.of(["audit_log:insert"])
    runtime.audit.append_alone(runtime.database, event())
    assert runtime.database.versions.of(["audit_log:insert"]) == (before[0] + 1,)


def test_a_standalone_append_due_for_a_checkpoint_is_signed(
    settings_factory: Callable[..., Settings],
) -> None:
    built = build(settings_factory(audit={"checkpoint_every": 3}))
    built.keys.ensure_key()  # record 1: keys.initialise
    try:
        for n in range(4):  # records 2 to 5, the third of them due
            built.audit.append_alone(built.database, event(n))
        with built.database.read() as session:
            signed = session.scalars(select(AuditCheckpoint.seq)).all()
        assert signed == [3]
        verified = built.audit_admin.verify()
        assert verified.ok and verified.records == 5
    finally:
        built.close()
