"""The audit hash's canonical encoding: the fast writer must produce exactly the bytes of the
original ``json.dumps`` encoding, or every record written before it would stop verifying."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from veil.audit.log import _HASHED, canonical
from veil.store.models import AuditRecord


def reference(record: dict[str, Any]) -> bytes:
    """The encoding as first written (kept here as the specification)."""
    fields = {name: record[name] for name in _HASHED}
    fields["at"] = fields["at"].isoformat(timespec="microseconds")
    if fields["subject_id"] is not None:
        fields["subject_id"] = str(fields["subject_id"])
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def record(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "seq": 1, "at": datetime(2026, 11, 23, 9, 0, tzinfo=UTC), "actor_kind": "staff",
        "actor_id": "staff-7", "action": "chat.read", "subject_id": uuid.uuid4(),
        "purpose": "service", "resource": "conversation:x", "outcome": "success",
        "details": '{"count":3}', "prev_hash": "0" * 64,
    }  # fmt: skip
    values.update(overrides)
    return values


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"actor_id": None, "subject_id": None, "purpose": None},
        {"seq": 2**62, "at": datetime(2026, 1, 1, 0, 0, 0, 7, tzinfo=UTC)},
        {"at": datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))},
        {"resource": 'quote " backslash \\ slash / tab \t newline \n nul \x00 del \x7f'},
        {"details": '{"reason":"caf\\u00e9"}', "actor_id": "café ☕ 𝄞"},
        {"action": "\u2028\u2029", "resource": ""},
    ],
)
def test_canonical_matches_the_reference_encoding(overrides: dict[str, Any]) -> None:
    values = record(**overrides)
    assert canonical(values) == reference(values)
    assert canonical(AuditRecord(**values, hash="x")) == reference(values)  # the ORM row too


def test_an_unexpected_type_still_encodes_as_json_would() -> None:
    values = record(seq=True)  # not a type a record holds: falls back to json.dumps
    assert canonical(values) == reference(values)
