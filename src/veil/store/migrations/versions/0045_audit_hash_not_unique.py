"""audit log: drop the redundant unique index on ``hash``

Revision ID: 0045
Revises: 0040
Create Date: 2026-11-23

``seq`` is the primary key and every record's ``seq`` is its predecessor's plus one, so two
records chaining on the same predecessor (a fork) already collide on ``seq``; a unique ``hash``
adds nothing to that, and nothing looks records up by hash. Its index, on random 64-character
keys, was the costliest part of an append on SQLite (about a third of the pages a batch of
appends writes). ``veil audit verify`` is unchanged: it checks seq, links and hashes.

SQLite cannot drop a table constraint, so the table is rebuilt (``migrations/audit_table.py``).
The id is "0045" so it cannot collide with migrations other branches add after 0040; the lead
re-chains ``down_revision`` at merge.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veil.store.migrations.audit_table import rebuild_sqlite

revision = "0045"
down_revision = "0040"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("uq_audit_log_hash", "audit_log", type_="unique")
    else:
        rebuild_sqlite(seq_type=sa.BigInteger(), unique_hash=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_unique_constraint("uq_audit_log_hash", "audit_log", ["hash"])
    else:
        rebuild_sqlite(seq_type=sa.BigInteger(), unique_hash=True)
