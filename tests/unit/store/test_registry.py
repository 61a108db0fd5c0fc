from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, LargeBinary, MetaData, String, Table

from veil.domain.categories import DataCategory
from veil.domain.purposes import OperationalPurpose, Purpose
from veil.domain.retention import Retention
from veil.store import models  # noqa: F401  (registers every table)
from veil.store.base import Base
from veil.store.registry import (
    DataRegistry,
    Protection,
    blind_index,
    operational,
    sealed,
    subject_ref,
    table,
)

SERVICE, KEEP = Purpose.SERVICE, Retention.UNTIL_ERASURE


def notes_metadata(body_type: type = LargeBinary) -> MetaData:
    metadata = MetaData()
    Table("notes", metadata, Column("id", Integer, primary_key=True), Column("body", body_type))
    return metadata


def test_every_real_column_is_declared_and_protected() -> None:
    assert DataRegistry().problems(Base.metadata) == []


def test_an_undeclared_column_fails() -> None:
    registry = DataRegistry((table("notes", SERVICE, KEEP, id=operational()),))
    assert registry.problems(notes_metadata()) == ["notes.body: not declared in store/registry.py"]


def test_a_personal_column_that_is_not_encrypted_fails() -> None:
    plain_personal = operational(DataCategory.SYSTEM_OPERATIONS)
    object.__setattr__(plain_personal, "personal", True)
    registry = DataRegistry((table("notes", SERVICE, KEEP, id=operational(), body=plain_personal),))
    assert registry.problems(notes_metadata()) == ["notes.body: personal column is not encrypted"]


def test_user_data_declared_as_operational_fails() -> None:
    registry = DataRegistry(
        (
            table(
                "notes",
                SERVICE,
                KEEP,
                id=operational(),
                body=operational(DataCategory.USER_BEHAVIOR),
            ),
        )
    )
    assert registry.problems(notes_metadata()) == ["notes.body: a user.* category is personal"]


def test_a_declaration_without_a_column_fails() -> None:
    registry = DataRegistry(
        (table("notes", SERVICE, KEEP, id=operational(),
               body=sealed(DataCategory.USER_CONTENT_PRIVATE),
               title=sealed(DataCategory.USER_CONTENT_PRIVATE)),)
    )  # fmt: skip
    assert registry.problems(notes_metadata()) == ["notes.title: declared but no such column"]


def test_a_sealed_column_must_hold_bytes() -> None:
    registry = DataRegistry(
        (
            table(
                "notes",
                SERVICE,
                KEEP,
                id=operational(),
                body=sealed(DataCategory.USER_CONTENT_PRIVATE),
            ),
        )
    )
    assert registry.problems(notes_metadata(String)) == [
        "notes.body: sealed column must be LargeBinary"
    ]


def test_only_pseudonymous_ids_may_be_plain_ids() -> None:
    ref = subject_ref()
    object.__setattr__(ref, "category", DataCategory.USER_ACCOUNT_USERNAME)
    registry = DataRegistry((table("notes", SERVICE, KEEP, id=operational(), body=ref),))
    assert registry.problems(notes_metadata()) == [
        "notes.body: only pseudonymous ids may be stored as plain ids"
    ]


def test_duplicate_declarations_are_refused() -> None:
    declared = table("notes", SERVICE, KEEP, id=operational())
    with pytest.raises(ValueError, match="twice"):
        DataRegistry((declared, declared))


def test_columns_inherit_the_table_purpose_and_retention_unless_overridden() -> None:
    registry = DataRegistry(
        (table("notes", SERVICE, KEEP, id=operational(),
               body=sealed(DataCategory.USER_CONTENT_SPECIAL, purpose=Purpose.PERSONALIZATION),
               tag=blind_index(DataCategory.USER_ACCOUNT_USERNAME, retention=Retention.SESSION)),)
    )  # fmt: skip
    body = registry.get("notes", "body")
    assert body is not None and body.encrypted and body.personal
    assert body.purpose is Purpose.PERSONALIZATION and body.retention is KEEP
    assert body.category.is_special
    tag = registry.get("notes", "tag")
    assert tag is not None and tag.protection is Protection.KEYED_HASH and not tag.encrypted
    assert tag.purpose is SERVICE and tag.retention is Retention.SESSION
    assert registry.is_sealed("notes", "body") and not registry.is_sealed("notes", "tag")
    assert not registry.is_sealed("notes", "missing")
    assert len(list(registry)) == 3


def test_audit_and_journal_are_declared_as_designed() -> None:
    registry = DataRegistry()
    journal = registry.get("erasure_journal", "subject_tag")
    assert journal is not None and journal.protection is Protection.KEYED_HASH
    assert journal.purpose is OperationalPurpose.LEGAL_OBLIGATION
    subject = registry.get("audit_log", "subject_id")
    assert subject is not None and subject.protection is Protection.PSEUDONYMOUS_ID
