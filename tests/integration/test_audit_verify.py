"""Signed checkpoints and ``verify``: every kind of tampering is found, at the right entry.

Tampering bypasses the append-only triggers the way an attacker with database access would:
drop them (SQLite) or disable them (PostgreSQL), then edit rows.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text

from veil.config import Settings
from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.domain.errors import KeyProviderError
from veil.runtime import Runtime, build

STAFF = Actor(ActorKind.STAFF, "dpo-1")


def bypass_triggers(engine: Engine) -> None:
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
            conn.exec_driver_sql("ALTER TABLE audit_checkpoints DISABLE TRIGGER USER")
        else:
            for name in (
                "audit_log_no_update",
                "audit_log_no_delete",
                "audit_checkpoints_no_update",
                "audit_checkpoints_no_delete",
            ):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")  # fmt: skip


def tamper(runtime: Runtime, sql: str, **params: object) -> None:
    bypass_triggers(runtime.database.engine)
    with runtime.database.engine.begin() as conn:
        conn.execute(text(sql), params)


def append(runtime: Runtime, n: int) -> None:
    for i in range(n):
        with runtime.database.unit_of_work() as session:
            runtime.audit.append(session, AuditEvent("test.event", STAFF, details={"i": i}))


@pytest.fixture
def logged(runtime: Runtime) -> Runtime:
    append(runtime, 9)  # seq 1 is keys.initialise, so the log holds 1..10
    runtime.audit_admin.checkpoint(actor=STAFF)  # seq 11, checkpointed
    append(runtime, 3)  # 12..14
    return runtime


def test_an_intact_log_verifies(logged: Runtime) -> None:
    result = logged.audit_admin.verify()
    assert result.ok and result.records == 14 and result.checkpoints == 1
    assert result.line() == "audit log intact: 14 records, 1 signed checkpoints"


def test_changing_one_byte_is_found(logged: Runtime) -> None:
    tamper(logged, "UPDATE audit_log SET details = :d WHERE seq = 5", d='{"i":5}')
    result = logged.audit_admin.verify()
    assert result.broken_seq == 5 and "altered" in result.line()


def test_deleting_a_row_is_found(logged: Runtime) -> None:
    tamper(logged, "DELETE FROM audit_log WHERE seq = 7")
    assert logged.audit_admin.verify().broken_seq == 7


def test_reordering_is_found(logged: Runtime) -> None:
    tamper(logged, "UPDATE audit_log SET seq = -1 WHERE seq = 4")
    tamper(logged, "UPDATE audit_log SET seq = 4 WHERE seq = 5")
    tamper(logged, "UPDATE audit_log SET seq = 5 WHERE seq = -1")
    result = logged.audit_admin.verify()
    assert result.broken_seq == 4 and "link" in result.reason


def test_truncating_the_tail_after_a_checkpoint_is_found(logged: Runtime) -> None:
    tamper(logged, "DELETE FROM audit_log WHERE seq >= 9")
    result = logged.audit_admin.verify()
    assert result.broken_seq == 9 and "truncated" in result.reason
    assert result.line().startswith("audit log broken at seq 9:")


def test_a_rewritten_chain_fails_its_checkpoint(logged: Runtime) -> None:
    # rewrite record 11 consistently (valid hash) is impossible without also matching the
    # signed hash: replace the checkpoint's hash and the signature no longer verifies
    tamper(logged, "UPDATE audit_checkpoints SET hash = :h", h="0" * 64)
    result = logged.audit_admin.verify()
    assert result.broken_seq == 11 and "signature" in result.reason


def test_a_checkpoint_that_disagrees_with_its_record(logged: Runtime) -> None:
    with logged.database.read() as session:
        bad = session.execute(text("SELECT hash FROM audit_log WHERE seq = 3")).scalar_one()
    # a validly signed checkpoint for seq 4 claiming record 3's hash
    with logged.database.unit_of_work() as session:
        assert logged.audit.checkpointer is not None
        logged.audit.checkpointer.sign(session, 4, bad)
    assert logged.audit_admin.verify().broken_seq == 4


def test_forged_or_garbled_signatures_fail(logged: Runtime) -> None:
    tamper(logged, "UPDATE audit_checkpoints SET signature = :s", s="ab" * 64)
    assert "signature" in logged.audit_admin.verify().reason
    tamper(logged, "UPDATE audit_checkpoints SET signature = :s", s="zz")
    assert "signature" in logged.audit_admin.verify().reason


def test_checkpoints_every_n_records(settings_factory: Callable[..., Settings]) -> None:
    runtime = build(settings_factory(audit={"checkpoint_every": 4}))
    runtime.keys.ensure_key()
    try:
        append(runtime, 10)
        with runtime.database.read() as session:
            seqs = session.execute(text("SELECT seq FROM audit_checkpoints ORDER BY seq")).scalars()
            assert list(seqs) == [4, 8]
        assert runtime.audit_admin.verify().checkpoints == 2
    finally:
        runtime.close()


def test_the_public_key_is_the_providers_and_needs_it_open(
    runtime: Runtime, settings: Settings
) -> None:
    assert len(bytes.fromhex(runtime.audit_admin.public_key())) == 32
    closed = build(settings)
    try:
        with pytest.raises(KeyProviderError):
            closed.audit_admin.public_key()
    finally:
        closed.close()


def test_an_empty_log_verifies(settings_factory: Callable[..., Settings]) -> None:
    runtime = build(settings_factory())
    try:
        runtime.key_provider.open(create=True)
        assert runtime.audit_admin.verify().records == 0
    finally:
        runtime.close()
