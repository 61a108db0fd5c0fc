"""``append_many`` and ``Sealer.preload``: the batch paths keep the chain and the keys right."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.scratch import ScratchNote, with_scratch
from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.domain.errors import StorageError
from veil.runtime import Runtime
from veil.store.base import utcnow
from veil.store.journal_file import ErasureJournalFile, JournalLine
from veil.store.repos.keys import KeyRepository

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


@pytest.mark.parametrize("count", [3, 5, 200])  # an IN list padded; and one in two chunks
def test_preload_reads_many_keys_at_once(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    rt = with_scratch(runtime)
    subjects, row = [uuid.uuid4() for _ in range(count)], uuid.uuid4()
    with rt.database.unit_of_work() as session:
        sealer = rt.sealers(session)
        blobs = [sealer.seal_str(s, ScratchNote.body, row, "x") for s in subjects]
    single_reads: list[uuid.UUID] = []
    read_one = KeyRepository.get

    def counted(self: KeyRepository, subject: uuid.UUID, *, lock: bool = False) -> object:
        single_reads.append(subject)
        return read_one(self, subject, lock=lock)

    monkeypatch.setattr(KeyRepository, "get", counted)
    with rt.database.read() as session:
        sealer = rt.sealers(session)
        sealer.preload([*subjects, uuid.uuid4()], for_write=False)
        assert [
            sealer.open_str(s, ScratchNote.body, row, b)
            for s, b in zip(subjects, blobs, strict=True)
        ] == ["x"] * count
    assert single_reads == []  # no per-subject key query after the preload


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
