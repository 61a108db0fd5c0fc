"""``append_many`` and ``Sealer.preload``: the batch paths keep the chain and the keys right."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import event, text

from tests.scratch import ScratchNote, with_scratch
from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.domain.errors import StorageError
from veil.runtime import Runtime
from veil.store.base import utcnow
from veil.store.journal_file import ErasureJournalFile, JournalLine

JOB = Actor(ActorKind.JOB, "batch")


def test_append_many_chains_and_checkpoints(runtime: Runtime) -> None:
    assert runtime.audit.checkpointer is not None
    runtime.audit.checkpointer.every = 3
    with runtime.database.unit_of_work() as session:
        assert runtime.audit.append_many(session, []) == []
        done = runtime.audit.append_many(session, [AuditEvent("a.b", JOB)] * 5)
        runtime.audit.append(session, AuditEvent("a.c", JOB))
    assert [d.seq for d in done] == [2, 3, 4, 5, 6]
    result = runtime.audit_admin.verify()
    assert result.ok and result.records == 7 and result.checkpoints == 2


def test_a_rolled_back_savepoint_does_not_leave_a_gap(runtime: Runtime) -> None:
    with runtime.database.unit_of_work() as session:
        runtime.audit.append(session, AuditEvent("a.b", JOB))
        nested = session.begin_nested()
        runtime.audit.append(session, AuditEvent("a.c", JOB))
        nested.rollback()
        runtime.audit.append(session, AuditEvent("a.d", JOB))
    assert runtime.audit_admin.verify().ok


def test_preload_reads_many_keys_at_once(runtime: Runtime) -> None:
    rt = with_scratch(runtime)
    subjects, row = [uuid.uuid4() for _ in range(3)], uuid.uuid4()
    with rt.database.unit_of_work() as session:
        blobs = [rt.sealers(session).seal_str(s, ScratchNote.body, row, "x") for s in subjects]
    with rt.database.read() as session:
        sealer = rt.sealers(session)
        sealer.preload([*subjects, uuid.uuid4()], for_write=False)
        statements: list[str] = []
        conn = session.connection()
        event.listen(conn, "before_cursor_execute", lambda *a: statements.append(a[2]))
        assert [
            sealer.open_str(s, ScratchNote.body, row, b)
            for s, b in zip(subjects, blobs, strict=True)
        ] == ["x"] * 3
        assert statements == []  # no per-subject key query after the preload
        assert conn.execute(text("SELECT 1")).scalar() == 1


def test_journal_file_dedupes_and_round_trips(tmp_path: object) -> None:
    journal = ErasureJournalFile(Path(str(tmp_path)) / "j" / "journal.jsonl")
    assert journal.read() == []
    line = JournalLine(uuid.uuid4(), utcnow(), b"\x01" * 32)
    assert journal.append([line, line]) == 1
    assert journal.append([line]) == 0 and journal.append([]) == 0
    assert journal.read() == [line] and journal.tags() == {b"\x01" * 32}
    assert journal.path.stat().st_mode & 0o077 == 0


def test_a_damaged_journal_line_fails_closed(tmp_path: Path) -> None:
    journal = ErasureJournalFile(tmp_path / "journal.jsonl")
    journal.append([JournalLine(uuid.uuid4(), utcnow(), b"\x02" * 32)])
    with journal.path.open("a") as handle:
        handle.write('{"id": "torn\n')
    with pytest.raises(StorageError, match="line 2 is damaged"):
        journal.read()
    with pytest.raises(StorageError):
        journal.append([JournalLine(uuid.uuid4(), utcnow(), b"\x03" * 32)])
