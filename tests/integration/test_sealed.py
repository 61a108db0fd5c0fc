"""Sealing at the repository boundary, on a real database.

The registry only lets declared-sealed columns be sealed; the only such column in this
branch's schema is none, so the tests declare a scratch table of their own.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from veil.domain.audit import Actor, ActorKind
from veil.domain.categories import DataCategory
from veil.domain.errors import DecryptionFailed, SubjectErased
from veil.domain.purposes import Purpose
from veil.domain.retention import Retention
from veil.runtime import Runtime
from veil.store.registry import DataRegistry, operational, sealed, table
from veil.store.repos.keys import KeyRepository
from veil.store.sealed import Sealer, SealerFactory

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
    assert runtime.envelope.cache.get(subject) is None
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
    dek = runtime.envelope.cache.get(subject)
    assert dek is not None
    runtime.keys.shred(subject, actor=STAFF)
    runtime.envelope.cache.put(subject, dek)  # as if another process still had it cached
    with runtime.database.read() as session, pytest.raises(SubjectErased):
        sealers(session).open_str(subject, Note.body, row, blob)
    assert runtime.envelope.cache.get(subject) is None


def test_the_runtime_factory_makes_sealers(runtime: Runtime) -> None:
    with runtime.database.read() as session:
        assert isinstance(runtime.sealers(session), Sealer)
