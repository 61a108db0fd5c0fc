"""A scratch schema with sealed columns, for tests of generic registry walks.

Veil's own schema gains sealed columns as the accounts and chat branches land; until then (and
always, to keep these tests independent of them) this schema exercises the same code paths:
a parent table whose primary key is the subject id, and a child owned through a foreign key.
"""

from __future__ import annotations

import dataclasses
import uuid

from sqlalchemy import ForeignKey, LargeBinary, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from veil.domain.categories import DataCategory
from veil.domain.purposes import Purpose
from veil.domain.retention import Retention
from veil.runtime import Runtime
from veil.store.registry import DECLARATIONS, DataRegistry, operational, sealed, subject_ref, table
from veil.store.sealed import SealerFactory
from veil.store.subjects import subject_tables
from veil.system.backup import BackupService
from veil.system.keys import KeyService


class ScratchBase(DeclarativeBase):
    metadata = MetaData()


class ScratchAccount(ScratchBase):
    __tablename__ = "scratch_accounts"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[bytes] = mapped_column(LargeBinary)


class ScratchNote(ScratchBase):
    __tablename__ = "scratch_notes"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("scratch_accounts.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[bytes] = mapped_column(LargeBinary)
    title: Mapped[bytes | None] = mapped_column(LargeBinary)
    label: Mapped[str] = mapped_column(String(10))


SCRATCH_REGISTRY = DataRegistry(
    DECLARATIONS + (
        table("scratch_accounts", Purpose.SERVICE, Retention.UNTIL_ERASURE,
              id=subject_ref(), name=sealed(DataCategory.USER_ACCOUNT_USERNAME)),
        table("scratch_notes", Purpose.SERVICE, Retention.UNTIL_ERASURE,
              id=operational(), subject_id=subject_ref(), label=operational(),
              body=sealed(DataCategory.USER_CONTENT_SPECIAL),
              title=sealed(DataCategory.USER_CONTENT_PRIVATE)),
    )
)  # fmt: skip


def scratch_tables() -> list:  # type: ignore[type-arg]
    return subject_tables(SCRATCH_REGISTRY, ScratchBase.metadata)


def with_scratch(runtime: Runtime) -> Runtime:
    """``runtime`` with the scratch tables created and its services walking them."""
    ScratchBase.metadata.create_all(runtime.database.engine)
    keys = runtime.keys
    scratch_keys = KeyService(
        runtime.database, runtime.key_provider, runtime.envelope, runtime.blind_index,
        runtime.audit, registry=SCRATCH_REGISTRY, journal_file=keys._journal_file,
        tables=scratch_tables,
    )  # fmt: skip
    backups = runtime.backups
    scratch_backups = BackupService(
        runtime.database, paths=backups._paths, provider=runtime.key_provider,
        envelope=runtime.envelope, index=runtime.blind_index, audit=runtime.audit,
        journal=backups._journal, registry=SCRATCH_REGISTRY,
        sync_journal=scratch_keys.sync_journal_file, tables=scratch_tables,
    )  # fmt: skip
    return dataclasses.replace(
        runtime, keys=scratch_keys, backups=scratch_backups, registry=SCRATCH_REGISTRY,
        sealers=SealerFactory(runtime.envelope, runtime.blind_index, SCRATCH_REGISTRY),
    )  # fmt: skip
