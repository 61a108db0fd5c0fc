"""Rights figures: account erasure, export and retention over 100,000 message-like rows.

    .venv/bin/python bench/rights.py                       # SQLite (temporary file)
    .venv/bin/python bench/rights.py --database-url postgresql://postgres@127.0.0.1:5432/postgres

Uses the chat ``messages`` table when the registry has one; otherwise a stand-in table
(``bench_messages``: id, subject_id, conversation_id, role, sealed body, created_at) declared
in this script only, with the same registry-driven services the product uses. Export runs in
a child process so its peak RSS is its own (compared with a 10,000-message export to show
memory stays flat).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import secrets
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import (
    Column,
    LargeBinary,
    MetaData,
    String,
    Table,
    Uuid,
    create_engine,
    insert,
    text,
)
from sqlalchemy.engine import make_url

from veil.config import Settings
from veil.domain.audit import Actor, ActorKind
from veil.domain.categories import DataCategory
from veil.domain.ids import uuid7
from veil.domain.purposes import Purpose
from veil.domain.retention import Retention, RetentionRule, RuleKind
from veil.retention.jobs import RetentionJob, RetentionPolicy
from veil.rights.erasure import ErasureService
from veil.rights.export import ExportPolicy, ExportService
from veil.rights.files import ExportFiles
from veil.rights.receipts import ReceiptSigner
from veil.rights.service import RequestService
from veil.runtime import Runtime, build
from veil.store import schema
from veil.store.base import Base, UTCDateTime
from veil.store.registry import (
    DECLARATIONS,
    RETENTION_RULES,
    DataRegistry,
    operational,
    sealed,
    subject_ref,
    table,
)
from veil.store.sealed import SealerFactory
from veil.store.session import create_db_engine

CHAT_TABLE = "messages"
TABLE = "bench_messages"
ACTOR = Actor(ActorKind.SUBJECT, "bench")
TEXT = "I had the strangest dream last night; tell me what you think it means. " * 2


def stand_in_metadata() -> MetaData:
    metadata = MetaData()
    for existing in Base.metadata.sorted_tables:
        existing.to_metadata(metadata)
    Table(
        TABLE,
        metadata,
        Column("id", Uuid, primary_key=True),
        Column("subject_id", Uuid, nullable=False, index=True),
        Column("conversation_id", Uuid, nullable=False),
        Column("role", String(16), nullable=False),
        Column("body", LargeBinary, nullable=False),
        Column("created_at", UTCDateTime(), nullable=False, index=True),
    )
    return metadata


DECL = table(
    TABLE,
    Purpose.SERVICE,
    Retention.USER_CHOSEN,
    id=operational(),
    subject_id=subject_ref(),
    conversation_id=operational(),
    role=operational(),
    body=sealed(DataCategory.USER_CONTENT_SPECIAL),
    created_at=operational(),
)
RULE = RetentionRule(TABLE, "created_at", RuleKind.PER_SUBJECT)


@dataclass
class Rig:
    runtime: Runtime
    metadata: MetaData
    registry: DataRegistry
    sealers: SealerFactory
    erasure: ErasureService
    exports: ExportService
    requests: RequestService


def chat_present() -> bool:
    """The real chat ``messages`` table exists (then the bench uses it, not the stand-in)."""
    return CHAT_TABLE in Base.metadata.tables


def open_rig(url: str, data_dir: Path, create: bool) -> Rig:
    settings = Settings(data_dir=data_dir, environment="test", database={"url": url})
    runtime = build(settings)
    if create:
        schema.upgrade(runtime.database.engine)
    runtime.keys.ensure_key()
    if chat_present():
        metadata, registry = Base.metadata, DataRegistry()
    else:
        metadata = stand_in_metadata()
        if create:
            metadata.create_all(runtime.database.engine, tables=[metadata.tables[TABLE]])
        registry = DataRegistry(DECLARATIONS + (DECL,), RETENTION_RULES + (RULE,))
    sealers = SealerFactory(runtime.envelope, runtime.blind_index, registry)
    requests = RequestService(runtime.database, runtime.audit)
    files = ExportFiles(data_dir / "exports")
    signer = ReceiptSigner(runtime.key_provider.signing_key)
    erasure = ErasureService(
        runtime.database,
        runtime.keys,
        requests,
        audit=runtime.audit,
        registry=registry,
        signer=signer,
        files=files,
        metadata=metadata,
    )
    exports = ExportService(
        runtime.database,
        sealers,
        registry=registry,
        audit=runtime.audit,
        requests=requests,
        files=files,
        index=runtime.blind_index,
        policy=ExportPolicy(),
        metadata=metadata,
    )
    return Rig(runtime, metadata, registry, sealers, erasure, exports, requests)


def seed_chat(rig: Rig, subject: uuid.UUID, count: int, created: datetime) -> None:
    """Messages in one conversation of the real chat tables (sealed like the chat repository)."""
    conversations, messages = rig.metadata.tables["conversations"], rig.metadata.tables[CHAT_TABLE]
    conversation = uuid7()
    with rig.runtime.database.unit_of_work() as session:
        sealer = rig.sealers(session)
        session.execute(
            insert(conversations),
            [
                {
                    "id": conversation,
                    "subject_id": subject,
                    "created_at": created,
                    "updated_at": created,
                    "persona": sealer.seal_str(
                        subject, conversations.c.persona, conversation, "{}"
                    ),
                    "title": sealer.seal_str(
                        subject, conversations.c.title, conversation, "dreams"
                    ),
                }
            ],
        )
    for start in range(0, count, 10_000):
        with rig.runtime.database.unit_of_work() as session:
            sealer = rig.sealers(session)
            rows = []
            for n in range(start, min(count, start + 10_000)):
                row_id = uuid7()
                content = sealer.seal_str(subject, messages.c.content, row_id, f"{n}: {TEXT}")
                rows.append(
                    {
                        "id": row_id,
                        "conversation_id": conversation,
                        "subject_id": subject,
                        "turn": n // 2,
                        "role": "user" if n % 2 == 0 else "assistant",
                        "parent_id": None,
                        "active": True,
                        "content": content,
                        "created_at": created,
                        "edited_at": None,
                    }
                )
            session.execute(insert(messages), rows)


def seed(rig: Rig, subject: uuid.UUID, count: int, *, age: timedelta = timedelta(0)) -> float:
    if chat_present():
        started = time.perf_counter()
        seed_chat(rig, subject, count, datetime.now(UTC) - age)
        return time.perf_counter() - started
    messages = rig.metadata.tables[TABLE]
    started = time.perf_counter()
    created = datetime.now(UTC) - age
    conversation = uuid7()
    for start in range(0, count, 10_000):
        with rig.runtime.database.unit_of_work() as session:
            sealer = rig.sealers(session)
            rows = []
            for n in range(start, min(count, start + 10_000)):
                row_id = uuid7()
                body = sealer.seal_str(subject, messages.c.body, row_id, f"{n}: {TEXT}")
                rows.append(
                    {
                        "id": row_id,
                        "subject_id": subject,
                        "conversation_id": conversation,
                        "role": "user" if n % 2 else "assistant",
                        "body": body,
                        "created_at": created,
                    }
                )
            session.execute(insert(messages), rows)
    return time.perf_counter() - started


def bench_erasure(rig: Rig, count: int) -> dict[str, float]:
    subject, bystander = uuid7(), uuid7()
    seed(rig, subject, count)
    seed(rig, bystander, 1000)
    started = time.perf_counter()
    request_id, _, _ = rig.erasure.shred(subject, actor=ACTOR)
    shred = time.perf_counter() - started
    result = rig.erasure.erase_account(subject, actor=ACTOR, request_id=request_id)
    total = time.perf_counter() - started
    assert result.deleted[message_table()] == count, result.deleted
    return {"shred_ms": shred * 1000, "all_rows_gone_s": total}


def _export_child(url: str, data_dir: str, subject: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    rig = open_rig(url, Path(data_dir), create=False)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    job = rig.exports.start(uuid.UUID(subject), actor=ACTOR)
    done = rig.exports.run(job.id)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rig.runtime.close()
    out.put(
        {
            "status": done.status.value,
            "seconds": seconds,
            "rss_before_mib": before / 1024,
            "rss_peak_mib": peak / 1024,
            "size_mib": (done.size_bytes or 0) / 2**20,
        }
    )


def bench_export(rig: Rig, url: str, data_dir: Path, count: int) -> dict[str, float]:
    subject = uuid7()
    seed(rig, subject, count)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_export_child, args=(url, str(data_dir), str(subject), queue))
    child.start()
    result = queue.get(timeout=600)
    child.join()
    assert result["status"] == "ready", result
    return result


def bench_retention(rig: Rig, count: int, subjects: int = 100) -> dict[str, float]:
    per = count // subjects
    for _ in range(subjects):
        seed(rig, uuid7(), per, age=timedelta(days=400))
    seed(rig, uuid7(), 1000)  # recent: must stay
    job = RetentionJob(
        rig.runtime.database,
        rig.registry,
        rig.runtime.audit,
        RetentionPolicy(batch_size=5000, platform_max_days=365),
        metadata=rig.metadata,
    )
    started = time.perf_counter()
    report = job.run()
    seconds = time.perf_counter() - started
    purged = report.deleted.get(message_table(), 0)
    assert purged == per * subjects, report.deleted
    return {
        "rows": purged,
        "seconds": seconds,
        "rows_per_s": purged / seconds,
        "batches": report.batches,
    }


def message_table() -> str:
    return CHAT_TABLE if chat_present() else TABLE


def with_database(url: str | None) -> tuple[str, callable]:  # type: ignore[valid-type]
    if url is None or url.startswith("sqlite"):
        return url or "", lambda: None
    name = f"veil_bench_{secrets.token_hex(4)}"
    admin = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(url).set(database=name).render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    for name, phase in (("erasure", "erasure"), ("export", "export"), ("retention", "retention")):
        workdir = Path(tempfile.mkdtemp(prefix="veil-bench-"))
        data_dir = workdir / "var"
        data_dir.mkdir(mode=0o700)
        url, drop = with_database(args.database_url)
        url = url or f"sqlite:///{data_dir / 'veil.db'}"
        try:
            rig = open_rig(url, data_dir, create=True)
            if phase == "erasure":
                figures = bench_erasure(rig, args.messages)
            elif phase == "export":
                small = bench_export(rig, url, data_dir, args.messages // 10)
                figures = bench_export(rig, url, data_dir, args.messages)
                figures["rss_peak_mib_at_10pct"] = small["rss_peak_mib"]
                figures["seconds_at_10pct"] = small["seconds"]
            else:
                figures = bench_retention(rig, args.messages)
            rig.runtime.close()
        finally:
            drop()
            shutil.rmtree(workdir, ignore_errors=True)
        dialect = "postgresql" if url.startswith("postgresql") else "sqlite"
        shown = ", ".join(
            f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()
        )
        print(
            f"[{dialect}, {message_table()}] {name} ({args.messages:,} messages): {shown}",
            flush=True,
        )


if __name__ == "__main__":
    create_db_engine  # noqa: B018  (imported for PostgreSQL URL handling parity)
    main()
