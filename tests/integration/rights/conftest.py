"""A rights rig over the real database plus test-only tables (own metadata, own registry
entries), proving the machinery is generic: tables it has never heard of are covered."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Column, ForeignKey, LargeBinary, MetaData, Table, Uuid, insert

from veil.accounts.age import AgeClaim
from veil.accounts.passwords import Argon2Params, PassphraseHasher
from veil.accounts.service import SignUpRequest
from veil.audit.log import AuditLog
from veil.config import Settings
from veil.domain.categories import DataCategory
from veil.domain.ids import uuid7
from veil.domain.purposes import Purpose
from veil.domain.retention import Retention, RetentionRule, RuleKind
from veil.retention.jobs import RetentionJob, RetentionPolicy
from veil.rights.erasure import ErasureService
from veil.rights.export import ExportPolicy, ExportService
from veil.rights.files import ExportFiles
from veil.rights.receipts import ReceiptSigner
from veil.rights.restrict import RestrictionService
from veil.rights.service import RequestService
from veil.runtime import Runtime, build
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

NOTES = "test_notes"
TAGS = "test_note_tags"

TEST_DECLARATIONS = (
    table(NOTES, Purpose.SERVICE, Retention.UNTIL_ERASURE,
          id=operational(), subject_id=subject_ref(),
          body=sealed(DataCategory.USER_CONTENT_SPECIAL), created_at=operational()),
    table(TAGS, Purpose.PERSONALIZATION, Retention.UNTIL_ERASURE,
          id=operational(), note_id=operational(), subject_id=subject_ref(),
          tag=sealed(DataCategory.USER_PREFERENCES)),
)  # fmt: skip
TEST_RULES = (RetentionRule(NOTES, "created_at", RuleKind.PER_SUBJECT),)


def rig_metadata() -> MetaData:
    metadata = MetaData()
    for existing in Base.metadata.sorted_tables:
        existing.to_metadata(metadata)
    Table(
        NOTES, metadata,
        Column("id", Uuid, primary_key=True),
        Column("subject_id", Uuid, nullable=False, index=True),
        Column("body", LargeBinary, nullable=False),
        Column("created_at", UTCDateTime(), nullable=False, index=True),
    )  # fmt: skip
    Table(
        TAGS, metadata,
        Column("id", Uuid, primary_key=True),
        Column("note_id", Uuid, ForeignKey(f"{NOTES}.id"), nullable=False),  # no cascade
        Column("subject_id", Uuid, nullable=False, index=True),
        Column("tag", LargeBinary, nullable=False),
    )  # fmt: skip
    return metadata


@dataclass
class Rig:
    runtime: Runtime
    metadata: MetaData
    registry: DataRegistry
    sealers: SealerFactory
    requests: RequestService
    erasure: ErasureService
    exports: ExportService
    restrictions: RestrictionService
    retention: RetentionJob
    files: ExportFiles
    signer: ReceiptSigner
    audit: AuditLog

    def add_notes(
        self,
        subject: uuid.UUID,
        count: int,
        *,
        age: timedelta = timedelta(0),
        tags: bool = True,
        text: str = "note {n} <b>&</b>",
    ) -> list[uuid.UUID]:
        notes, tag_table = self.metadata.tables[NOTES], self.metadata.tables[TAGS]
        ids = []
        created = datetime.now(UTC) - age
        with self.runtime.database.unit_of_work() as session:
            sealer = self.sealers(session)
            note_rows, tag_rows = [], []
            for n in range(count):
                note_id = uuid7()
                ids.append(note_id)
                body = sealer.seal_str(subject, notes.c.body, note_id, text.format(n=n))  # type: ignore[arg-type]
                note_rows.append(
                    {"id": note_id, "subject_id": subject, "body": body, "created_at": created}
                )
                if tags:
                    tag_id = uuid7()
                    tag = sealer.seal_str(subject, tag_table.c.tag, tag_id, f"tag {n}")  # type: ignore[arg-type]
                    tag_rows.append(
                        {"id": tag_id, "note_id": note_id, "subject_id": subject, "tag": tag}
                    )
            if note_rows:
                session.execute(insert(notes), note_rows)
            if tag_rows:
                session.execute(insert(tag_table), tag_rows)
        return ids


def build_rig(runtime: Runtime, tmp_path: Path, **policy: object) -> Rig:
    metadata = rig_metadata()
    metadata.create_all(
        runtime.database.engine, tables=[metadata.tables[NOTES], metadata.tables[TAGS]]
    )
    registry = DataRegistry(DECLARATIONS + TEST_DECLARATIONS, RETENTION_RULES + TEST_RULES)
    sealers = SealerFactory(runtime.envelope, runtime.blind_index, registry)
    audit = runtime.audit
    database = runtime.database
    requests = RequestService(database, audit)
    files = ExportFiles(tmp_path / "exports")
    signer = ReceiptSigner(runtime.key_provider.signing_key)
    erasure = ErasureService(
        database, runtime.keys, requests, audit=audit, registry=registry, signer=signer,
        files=files, metadata=metadata, accounts=runtime.accounts,
    )  # fmt: skip
    exports = ExportService(
        database, sealers, registry=registry, audit=audit, requests=requests, files=files,
        index=runtime.blind_index, policy=ExportPolicy(page_size=7, progress_every=5),
        metadata=metadata,
    )  # fmt: skip
    retention = RetentionJob(
        database, registry, audit, RetentionPolicy(**policy),  # type: ignore[arg-type]
        sweeps={"export_files": exports.sweep_files}, metadata=metadata,
    )  # fmt: skip
    return Rig(
        runtime, metadata, registry, sealers, requests, erasure, exports,
        RestrictionService(database, requests, audit), retention, files, signer, audit,
    )  # fmt: skip


CHEAP = Argon2Params(time_cost=1, memory_cost_kib=1024, parallelism=1)


@pytest.fixture
def runtime(settings: Settings) -> Iterator[Runtime]:
    """The real runtime with cheap Argon2id parameters (accounts are signed up here)."""
    built = build(settings, passphrase_hasher=PassphraseHasher(CHEAP))
    built.keys.ensure_key()
    yield built
    built.close()


def sign_up(
    runtime: Runtime, username: str, passphrase: str = "velvet otter sings at dawn"
) -> uuid.UUID:
    """A user account with every purpose granted, signed in once (a session row)."""
    request = SignUpRequest(
        username=username, passphrase=passphrase, age=AgeClaim(adult=True),
        consents=dict.fromkeys(Purpose, True),
    )  # fmt: skip
    account_id = runtime.accounts.sign_up(request, address=None).account.id
    runtime.sessions.log_in(username, passphrase, address=None)
    return account_id


@pytest.fixture
def rig(runtime: Runtime, tmp_path: Path) -> Iterator[Rig]:
    yield build_rig(runtime, tmp_path, batch_size=4)
