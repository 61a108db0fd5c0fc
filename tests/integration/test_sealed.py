"""Sealing at the repository boundary, on a real database.

The registry only lets declared-sealed columns be sealed; the only such column in this
branch's schema is none, so the tests declare a scratch table of their own.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from tests.keyproviders import keys_settings, openbao, provider_name, transit
from veil.config import Settings
from veil.domain.audit import Actor, ActorKind
from veil.domain.categories import DataCategory
from veil.domain.errors import DecryptionFailed, SubjectErased
from veil.domain.purposes import Purpose
from veil.domain.retention import Retention
from veil.runtime import Runtime
from veil.store.registry import DataRegistry, operational, sealed, table
from veil.store.repos.keys import KeyRepository
from veil.store.sealed import Sealer, SealerFactory

__all__ = ["keys_settings", "openbao", "provider_name", "transit"]
STAFF = Actor(ActorKind.STAFF, "dpo-1")


class _Scratch(DeclarativeBase):
    pass


class Note(_Scratch):
    __tablename__ = "scratch_notes"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    title: Mapped[bytes] = mapped_column(LargeBinary)
    label: Mapped[str] = mapped_column(String(10))


REGISTRY = DataRegistry(
    (table("scratch_notes", Purpose.SERVICE, Retention.UNTIL_ERASURE,
           id=operational(), label=operational(),
           body=sealed(DataCategory.USER_CONTENT_SPECIAL),
           title=sealed(DataCategory.USER_CONTENT_PRIVATE)),)
)  # fmt: skip


@pytest.fixture
def settings(settings_factory: Callable[..., Settings], keys_settings: dict[str, Any]) -> Settings:
    """Every test here runs once per key provider (vault: the transit stand-in)."""
    return settings_factory(keys=keys_settings)


@pytest.fixture
def sealers(runtime: Runtime) -> Iterator[SealerFactory]:
    yield SealerFactory(runtime.envelope, runtime.blind_index, REGISTRY)


def seal_body(
    runtime: Runtime, sealers: SealerFactory, subject: uuid.UUID, row: uuid.UUID
) -> bytes:
    with runtime.database.unit_of_work() as session:
        return sealers(session).seal_str(subject, Note.body, row, "a private line")


def test_round_trip_str_bytes_json(runtime: Runtime, sealers: SealerFactory) -> None:
    subject, row = uuid.uuid4(), uuid.uuid4()
    with runtime.database.unit_of_work() as session:
        sealer = sealers(session)
        text = sealer.seal_str(subject, Note.body, row, "héllo")
        raw = sealer.seal(subject, Note.title, row, b"\x00\x01")
        doc = sealer.seal_json(subject, Note.title, row, {"likes": ["tea"], "n": 1})
    assert b"h\xc3\xa9llo" not in text
    with runtime.database.read() as session:
        sealer = sealers(session)
        assert sealer.open_str(subject, Note.body, row, text) == "héllo"
        assert sealer.open(subject, Note.title, row, raw) == b"\x00\x01"
        assert sealer.open_json(subject, Note.title, row, doc) == {"likes": ["tea"], "n": 1}


def test_first_seal_creates_one_wrapped_dek(runtime: Runtime, sealers: SealerFactory) -> None:
    subject = uuid.uuid4()
    seal_body(runtime, sealers, subject, uuid.uuid4())
    seal_body(runtime, sealers, subject, uuid.uuid4())
    with runtime.database.read() as session:
        stored = KeyRepository(session).get(subject)
        assert stored is not None and KeyRepository(session).count() == 1
        wrapped, version = stored
        assert version == 1 and wrapped.kek_version == 1


@pytest.mark.parametrize("move", ["row", "column", "subject"])
def test_a_copied_ciphertext_does_not_open(
    runtime: Runtime, sealers: SealerFactory, move: str
) -> None:
    subject, other_subject, row = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    blob = seal_body(runtime, sealers, subject, row)
    seal_body(runtime, sealers, other_subject, uuid.uuid4())  # the other subject has a key too
    target = {
        "row": (subject, Note.body, uuid.uuid4()),
        "column": (subject, Note.title, row),
        "subject": (other_subject, Note.body, row),
    }[move]
    with runtime.database.read() as session, pytest.raises(DecryptionFailed):
        sealers(session).open(*target, blob)


def test_undeclared_column_cannot_be_sealed(runtime: Runtime, sealers: SealerFactory) -> None:
    with (
        runtime.database.unit_of_work() as session,
        pytest.raises(ValueError, match="not declared"),
    ):
        sealers(session).seal_str(uuid.uuid4(), Note.label, uuid.uuid4(), "x")


def test_reading_after_shred_raises_subject_erased(
    runtime: Runtime, sealers: SealerFactory
) -> None:
    subject, row = uuid.uuid4(), uuid.uuid4()
    blob = seal_body(runtime, sealers, subject, row)
    runtime.keys.shred(subject, actor=STAFF)
    assert subject not in runtime.envelope.cache
    with runtime.database.read() as session, pytest.raises(SubjectErased):
        sealers(session).open_str(subject, Note.body, row, blob)


def test_writing_after_shred_is_refused(runtime: Runtime, sealers: SealerFactory) -> None:
    subject = uuid.uuid4()
    seal_body(runtime, sealers, subject, uuid.uuid4())
    runtime.keys.shred(subject, actor=STAFF)
    with pytest.raises(SubjectErased):
        seal_body(runtime, sealers, subject, uuid.uuid4())


def test_a_stale_cache_in_another_process_is_not_trusted(
    runtime: Runtime, sealers: SealerFactory
) -> None:
    subject, row = uuid.uuid4(), uuid.uuid4()
    blob = seal_body(runtime, sealers, subject, row)
    with runtime.database.read() as session:
        stored = KeyRepository(session).get(subject)
    assert stored is not None
    dek = runtime.envelope.cache.get(subject, stored[0].ciphertext)
    assert dek is not None
    runtime.keys.shred(subject, actor=STAFF)
    # as if another process still had the DEK cached
    runtime.envelope.cache.put(subject, stored[0].ciphertext, dek)
    with runtime.database.read() as session, pytest.raises(SubjectErased):
        sealers(session).open_str(subject, Note.body, row, blob)
    assert subject not in runtime.envelope.cache


def test_the_runtime_factory_makes_sealers(runtime: Runtime) -> None:
    with runtime.database.read() as session:
        assert isinstance(runtime.sealers(session), Sealer)


def test_no_plaintext_reaches_the_sqlite_file_or_wal(
    runtime: Runtime, sealers: SealerFactory
) -> None:
    if runtime.database.dialect != "sqlite":
        pytest.skip("file-level canary is for SQLite; PostgreSQL is covered by pg_dump later")
    _Scratch.metadata.create_all(runtime.database.engine)
    canary = "CANARY-sealed-7f3a9"
    subject, row = uuid.uuid4(), uuid.uuid4()
    with runtime.database.unit_of_work() as session:
        sealer = sealers(session)
        session.add(
            Note(
                id=row,
                label="x",
                body=sealer.seal_str(subject, Note.body, row, canary),
                title=sealer.seal_json(subject, Note.title, row, {"t": canary}),
            )
        )
    files = list(runtime.settings.data_dir.glob("veil.db*"))
    assert any(path.name.endswith("-wal") for path in files)
    for path in files:
        assert canary.encode() not in path.read_bytes(), path.name
    with runtime.database.read() as session:
        stored = session.get(Note, row)
        assert stored is not None
        assert sealers(session).open_str(subject, Note.body, row, stored.body) == canary


def test_a_concurrently_created_dek_wins_over_ours(
    runtime: Runtime, sealers: SealerFactory
) -> None:
    subject, row = uuid.uuid4(), uuid.uuid4()
    with runtime.database.unit_of_work() as session:
        _, theirs = runtime.envelope.create(subject)
        KeyRepository(session).add(subject, theirs)
    runtime.envelope.evict(subject)
    with runtime.database.unit_of_work() as session:
        _, ours = runtime.envelope.create(subject)
        assert KeyRepository(session).add_if_absent(subject, ours) == theirs
    with runtime.database.unit_of_work() as session:
        blob = sealers(session).seal_str(subject, Note.body, row, "x")
    runtime.envelope.evict(subject)
    with runtime.database.read() as session:
        assert sealers(session).open_str(subject, Note.body, row, blob) == "x"


def test_shred_inside_the_same_unit_of_work_stops_later_reads(
    runtime: Runtime, sealers: SealerFactory
) -> None:
    subject, row = uuid.uuid4(), uuid.uuid4()
    with runtime.database.unit_of_work() as session:
        sealer = sealers(session)
        blob = sealer.seal_str(subject, Note.body, row, "x")
        assert sealer.open_str(subject, Note.body, row, blob) == "x"  # served from memo + cache
        runtime.keys.shred_in(session, subject, actor=STAFF)
        with pytest.raises(SubjectErased):
            sealer.open_str(subject, Note.body, row, blob)
