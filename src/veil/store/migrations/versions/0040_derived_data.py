"""derived data follows its source: memory facts name their message, messages say if learned

Revision ID: 0040
Revises: 0030
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0040"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite cannot add a foreign key to an existing table, so the (small)
    # memory_facts table is rebuilt there; PostgreSQL gets plain ALTERs.
    with op.batch_alter_table("memory_facts") as batch:
        batch.add_column(sa.Column("source_message_id", sa.Uuid(), nullable=True))
        batch.create_index(
            batch.f("ix_memory_facts_source_message_id"), ["source_message_id"], unique=False
        )
        batch.create_foreign_key(
            batch.f("fk_memory_facts_source_message_id_messages"),
            "messages",
            ["source_message_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("messages") as batch:
        batch.add_column(
            sa.Column("learned", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("learned")
    with op.batch_alter_table("memory_facts") as batch:
        batch.drop_constraint(
            batch.f("fk_memory_facts_source_message_id_messages"), type_="foreignkey"
        )
        batch.drop_index(batch.f("ix_memory_facts_source_message_id"))
        batch.drop_column("source_message_id")
