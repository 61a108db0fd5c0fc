"""The SQLite rebuild of ``audit_log`` shared by the migrations that change its keys.

SQLite cannot alter a table's constraints or a column's type, so such a migration copies the
records, in order, into a new table and renames it; ``DROP TABLE`` fires no triggers and takes
the table's indexes and triggers with it, so the subject index and the append-only triggers
are created again here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veil.store.base import UTCDateTime

_COPY = (
    "INSERT INTO audit_log_rebuilt (seq, at, actor_kind, actor_id, action, subject_id, purpose, "
    "resource, outcome, details, prev_hash, hash) SELECT seq, at, actor_kind, actor_id, action, "
    "subject_id, purpose, resource, outcome, details, prev_hash, hash FROM audit_log ORDER BY seq"
)
_TRIGGERS = [
    f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    for verb in ("UPDATE", "DELETE")
]


def rebuild_sqlite(*, seq_type: sa.types.TypeEngine[int], unique_hash: bool) -> None:
    """Rebuild ``audit_log`` with ``seq`` of ``seq_type`` (``INTEGER`` makes it the rowid)
    and, if ``unique_hash``, a unique constraint on ``hash``."""
    constraints: list[sa.Constraint] = [sa.PrimaryKeyConstraint("seq", name="pk_audit_log")]
    if unique_hash:
        constraints.append(sa.UniqueConstraint("hash", name="uq_audit_log_hash"))
    op.create_table(
        "audit_log_rebuilt",
        sa.Column("seq", seq_type, autoincrement=False, nullable=False),
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
    op.execute("DROP TABLE audit_log")
    op.execute("ALTER TABLE audit_log_rebuilt RENAME TO audit_log")
    op.create_index("ix_audit_log_subject_id", "audit_log", ["subject_id"], unique=False)
    for statement in _TRIGGERS:
        op.execute(statement)
