"""audit log: drop the redundant unique index on ``hash``

Revision ID: 0045
Revises: 0040
Create Date: 2026-11-23

``seq`` is the primary key and every record's ``seq`` is its predecessor's plus one, so two
records chaining on the same predecessor (a fork) already collide on ``seq``; a unique ``hash``
adds nothing to that, and nothing looks records up by hash. Its index, on random 64-character
keys, was the costliest part of an append on SQLite (about a third of the pages a batch of
appends writes). ``veil audit verify`` is unchanged: it checks seq, links and hashes.

SQLite cannot drop a table constraint, so the table is rebuilt (rows copied in order; the
append-only triggers and the subject index are re-created; ``DROP TABLE`` fires no triggers).
The id is "0045" so it cannot collide with migrations other branches add after 0040; the lead
re-chains ``down_revision`` at merge.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veil.store.base import UTCDateTime

revision = "0045"
down_revision = "0040"
branch_labels = None
depends_on = None

_COPY = (
    "INSERT INTO audit_log_rebuilt (seq, at, actor_kind, actor_id, action, subject_id, purpose, "
    "resource, outcome, details, prev_hash, hash) SELECT seq, at, actor_kind, actor_id, action, "
    "subject_id, purpose, resource, outcome, details, prev_hash, hash FROM audit_log ORDER BY seq"
)
_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    for verb in ("UPDATE", "DELETE")
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("uq_audit_log_hash", "audit_log", type_="unique")
    else:
        _rebuild_sqlite(unique_hash=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_unique_constraint("uq_audit_log_hash", "audit_log", ["hash"])
    else:
        _rebuild_sqlite(unique_hash=True)


def _rebuild_sqlite(*, unique_hash: bool) -> None:
    constraints: list[sa.Constraint] = [sa.PrimaryKeyConstraint("seq", name="pk_audit_log")]
    if unique_hash:
        constraints.append(sa.UniqueConstraint("hash", name="uq_audit_log_hash"))
    op.create_table(
        "audit_log_rebuilt",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor_kind", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("purpose", sa.String(length=32), nullable=True),
        sa.Column("resource", sa.String(length=128), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        *constraints,
    )
    op.execute(_COPY)
    op.execute("DROP TABLE audit_log")  # takes its index and triggers with it
    op.execute("ALTER TABLE audit_log_rebuilt RENAME TO audit_log")
    op.create_index("ix_audit_log_subject_id", "audit_log", ["subject_id"], unique=False)
    for statement in _SQLITE_TRIGGERS:
        op.execute(statement)
