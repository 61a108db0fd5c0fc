"""Audit appends per second, on SQLite (temporary file) and PostgreSQL.

Three shapes: one append per transaction, either in a unit of work of its own (what a service
does for a request that writes something else too) or standalone (``AuditLog.append_alone``:
an event that is its transaction's only write, e.g. a refused sign-in); and batched (N appends
in one unit of work: what a batch job does). Checkpoint signing is left at its default (every
1000 records), so its cost is included.

Usage: .venv/bin/python bench/audit_append.py [--count 5000] [--batch 100]
       [--pg postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from _vault_setup import bench_runtime  # noqa: E402
from veil.domain.audit import Actor, ActorKind, AuditEvent  # noqa: E402
from veil.runtime import Runtime  # noqa: E402

EVENT = AuditEvent("chat.read", Actor(ActorKind.STAFF, "support-7"), resource="conversation:x",
                   details={"count": 3})  # fmt: skip


def single(runtime: Runtime, count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        with runtime.database.unit_of_work() as session:
            runtime.audit.append(session, EVENT)
    return count / (time.perf_counter() - start)


def standalone(runtime: Runtime, count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        runtime.audit.append_alone(runtime.database, EVENT)
    return count / (time.perf_counter() - start)


def batched(runtime: Runtime, count: int, batch: int) -> float:
    start = time.perf_counter()
    for _ in range(count // batch):
        with runtime.database.unit_of_work() as session:
            for _ in range(batch):
                runtime.audit.append(session, EVENT)
    return (count // batch * batch) / (time.perf_counter() - start)


def run(label: str, pg: str | None, count: int, batch: int) -> None:
    with bench_runtime(pg) as runtime:
        single(runtime, 200)  # warm-up
        one = single(runtime, count)
        alone = standalone(runtime, count)
        many = batched(runtime, count, batch)
        verified = runtime.audit_admin.verify()
    print(f"{label:10s} 1 append/unit of work: {one:6.0f}/s   standalone: {alone:6.0f}/s   "
          f"{batch} appends/txn: {many:6.0f}/s   ({verified.records} records, "
          f"chain ok={verified.ok})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--pg", default=None, help="PostgreSQL URL (admin DB) to also measure")
    args = parser.parse_args()
    run("sqlite", None, args.count, args.batch)
    if args.pg:
        run("postgresql", args.pg, args.count, args.batch)


if __name__ == "__main__":
    main()
