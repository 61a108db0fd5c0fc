"""audit log: on SQLite, ``seq`` becomes the table's rowid

Revision ID: 0050
Revises: 0045
Create Date: 2026-11-23

A SQLite table whose primary key is declared ``BIGINT`` keeps its rows in a B-tree keyed by a
hidden rowid and the primary key in a second B-tree, so every append wrote both (two sets of
pages at each commit). Declared ``INTEGER``, the single-column primary key *is* the rowid:
one B-tree, still unique (``ON CONFLICT DO NOTHING`` and the no-fork guarantee rest on it),
and ``seq`` is still a 64-bit integer. PostgreSQL keeps ``BIGINT``: its heap has no such key
and nothing changes there.

The table is rebuilt (``migrations/audit_table.py``): records copied in order, the subject
index and the append-only triggers re-created.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veil.store.migrations.audit_table import rebuild_sqlite

revision = "0050"
down_revision = "0045"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        rebuild_sqlite(seq_type=sa.Integer(), unique_hash=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        rebuild_sqlite(seq_type=sa.BigInteger(), unique_hash=False)
