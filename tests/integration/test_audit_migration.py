"""Migrations 0045 (no unique index on ``audit_log.hash``) and 0050 (``seq`` is SQLite's
rowid) keep the records, their order, the append-only triggers and the subject index, both
ways."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.runtime import Runtime
from veil.store import schema

JOB = Actor(ActorKind.JOB, "migration-test")


def hash_is_unique(runtime: Runtime) -> bool:
    inspector = inspect(runtime.database.engine)
    uniques = inspector.get_unique_constraints("audit_log")
    indexes = inspector.get_indexes("audit_log")
    assert [i["column_names"] for i in indexes if not i.get("unique")] == [["subject_id"]]
    return any(c["column_names"] == ["hash"] for c in uniques)


def seq_has_its_own_index(runtime: Runtime) -> bool:
    """On SQLite: a primary key that is not the rowid gets an index of its own."""
    with runtime.database.engine.connect() as conn:
        found = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'")
        )
        return any(name.startswith("sqlite_autoindex") for (name,) in found)


def assert_append_only(runtime: Runtime) -> None:
    for statement in ("UPDATE audit_log SET outcome = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), runtime.database.unit_of_work() as s:
            s.execute(text(statement))


@pytest.mark.parametrize(
    ("before_it", "undone", "sqlite_only"),
    [("0040", hash_is_unique, False), ("0045", seq_has_its_own_index, True)],
    ids=["0045", "0050"],
)
def test_the_rebuild_keeps_the_chain_and_its_guards(
    runtime: Runtime, before_it: str, undone: Callable[[Runtime], bool], sqlite_only: bool
) -> None:
    if sqlite_only and runtime.database.dialect != "sqlite":
        pytest.skip("this migration changes nothing on PostgreSQL")
    with runtime.database.unit_of_work() as session:
        runtime.audit.append_many(session, [AuditEvent(f"a.{n}", JOB) for n in range(5)])
    runtime.audit_admin.checkpoint(actor=JOB)
    before = runtime.audit_admin.verify()
    assert before.ok and not undone(runtime)

    engine = runtime.database.engine
    schema.downgrade(engine, before_it)
    engine.dispose()
    assert undone(runtime)
    assert runtime.audit_admin.verify() == before
    assert_append_only(runtime)

    schema.upgrade(engine)
    engine.dispose()
    assert not undone(runtime)
    assert runtime.audit_admin.verify() == before
    assert_append_only(runtime)
    with runtime.database.unit_of_work() as session:
        runtime.audit.append(session, AuditEvent("a.after", JOB))
    runtime.audit.append_alone(runtime.database, AuditEvent("a.alone", JOB))
    after = runtime.audit_admin.verify()
    assert after.ok and after.records == before.records + 2
