"""Encrypted insert + audit append throughput, as a ratio to plain inserts of the same rows.

Rows go into the scratch table ``scratch_notes`` (two sealed columns of 256 and 32 bytes, an
owner id, a label) with its parent ``scratch_accounts``. The same pre-generated rows are
written twice in the same run, interleaved per round:

- plain: the plaintext bytes inserted as is, ``--batch`` rows per transaction;
- sealed: each row's two fields sealed by the sealer (the subject's wrapped key read once per
  unit of work, DEK from the cache), inserted, plus one audit append per row, ``--batch``
  rows per transaction.

Subjects rotate over ``--subjects`` ids, so each transaction touches several subjects, as a
batch job or a busy server would. SQLite file by default; ``--pg URL`` for PostgreSQL.

Both sides write into the same growing tables, so the order is fair by construction: one
untimed warm-up round of each side, then the side that goes first alternates per round. On
SQLite each side's time ends with a WAL checkpoint of what it wrote: otherwise a side pays for
checkpointing the other's pages whenever it happens to cross the auto-checkpoint threshold
(single rounds' ratios then swung from 0.16 to 0.81).

Each round writes ``--rows`` rows per side, and at least 50 transactions' worth (5 000 rows at
100 per transaction: 20 commits were too few to average out one slow fsync).

Usage: .venv/bin/python bench/sealed_insert.py [--rows 2000] [--batch 1 10 100] [--rounds 4]
       [--subjects 100] [--pg URL]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from sqlalchemy import insert  # noqa: E402
from tests.scratch import SCRATCH_REGISTRY, ScratchAccount, ScratchBase, ScratchNote  # noqa: E402

from _vault_setup import bench_runtime  # noqa: E402
from veil.domain.audit import Actor, ActorKind, AuditEvent  # noqa: E402
from veil.runtime import Runtime  # noqa: E402
from veil.store.sealed import SealerFactory  # noqa: E402

Row = tuple[uuid.UUID, uuid.UUID, bytes, bytes]


def make_rows(subjects: list[uuid.UUID], count: int) -> list[Row]:
    return [(uuid.uuid4(), subjects[i % len(subjects)], os.urandom(128).hex().encode(),
             os.urandom(16).hex().encode()) for i in range(count)]  # fmt: skip


def settle(runtime: Runtime) -> None:
    """Checkpoint SQLite's WAL, so that the side just timed pays for its own pages."""
    if runtime.database.dialect == "sqlite":
        raw = runtime.database.engine.raw_connection()  # outside a transaction, as it must be
        try:
            busy, _, _ = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            assert busy == 0, "another connection held the WAL: the checkpoint did not run"
        finally:
            raw.close()


def plain(runtime: Runtime, rows: list[Row], batch: int) -> float:
    start = time.perf_counter()
    for i in range(0, len(rows), batch):
        with runtime.database.unit_of_work() as session:
            session.execute(insert(ScratchNote), [
                {"id": r[0], "subject_id": r[1], "body": r[2], "title": r[3], "label": "n"}
                for r in rows[i : i + batch]
            ])  # fmt: skip
    settle(runtime)
    return len(rows) / (time.perf_counter() - start)


def sealed(runtime: Runtime, sealers: SealerFactory, rows: list[Row], batch: int) -> float:
    actor = Actor(ActorKind.JOB, "bench")
    start = time.perf_counter()
    for i in range(0, len(rows), batch):
        with runtime.database.unit_of_work() as session:
            sealer = sealers(session)
            chunk = rows[i : i + batch]
            if len(chunk) > 1:  # a batch preloads its subjects' wrapped keys in one query
                sealer.preload(list({r[1] for r in chunk}))
            values, events = [], []
            for note, subject, body, title in chunk:
                values.append({
                    "id": note, "subject_id": subject, "label": "n",
                    "body": sealer.seal(subject, ScratchNote.body, note, body),
                    "title": sealer.seal(subject, ScratchNote.title, note, title),
                })  # fmt: skip
                events.append(
                    AuditEvent(
                        "chat.write", actor, subject=subject, resource=f"note:{note}"
                    ),  # fmt: skip
                )
            runtime.audit.append_many(session, events)  # two statements per batch
            session.execute(insert(ScratchNote), values)
    settle(runtime)
    return len(rows) / (time.perf_counter() - start)


def measure(runtime: Runtime, args: argparse.Namespace) -> None:
    ScratchBase.metadata.create_all(runtime.database.engine)
    sealers = SealerFactory(runtime.envelope, runtime.blind_index, SCRATCH_REGISTRY)
    subjects = [uuid.uuid4() for _ in range(args.subjects)]
    with runtime.database.unit_of_work() as session:
        sealer = sealers(session)
        session.execute(insert(ScratchAccount), [
            {"id": s, "name": sealer.seal(s, ScratchAccount.name, s, b"n")} for s in subjects
        ])  # fmt: skip
    settle(runtime)
    count = max(args.rows, 50 * args.batch)
    plain(runtime, make_rows(subjects, count), args.batch)  # warm-up, untimed
    sealed(runtime, sealers, make_rows(subjects, count), args.batch)
    ratios, plain_rates, sealed_rates = [], [], []
    for round_ in range(args.rounds):
        p_rows, s_rows = make_rows(subjects, count), make_rows(subjects, count)
        if round_ % 2:
            s = sealed(runtime, sealers, s_rows, args.batch)
            p = plain(runtime, p_rows, args.batch)
        else:
            p = plain(runtime, p_rows, args.batch)
            s = sealed(runtime, sealers, s_rows, args.batch)
        plain_rates.append(p)
        sealed_rates.append(s)
        ratios.append(s / p)
    print(f"{runtime.database.dialect:10s} batch {args.batch:3d}: plain "
          f"{statistics.median(plain_rates):7.0f} rows/s, sealed+audit "
          f"{statistics.median(sealed_rates):7.0f} rows/s, ratio "
          f"{statistics.median(ratios):.2f} (rounds {' / '.join(f'{r:.2f}' for r in ratios)}, "
          f"target >= 0.5)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--batch", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--subjects", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--pg", default=None)
    args = parser.parse_args()
    batches: list[int] = args.batch
    for target in [None, args.pg] if args.pg else [None]:
        for batch in batches:
            args.batch = batch
            with bench_runtime(target) as runtime:
                measure(runtime, args)


if __name__ == "__main__":
    main()
