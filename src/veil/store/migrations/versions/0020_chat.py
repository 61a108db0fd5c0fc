"""chat: personas, conversations, messages, memory facts, style profiles, chat preferences

Revision ID: 0020
Revises: 0010
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veil.store.base import UTCDateTime

revision = "0020"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "personas",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("card", sa.LargeBinary(), nullable=False),
        sa.Column("avatar", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personas")),
    )
    op.create_index(op.f("ix_personas_owner_id"), "personas", ["owner_id"], unique=False)
    op.create_table(
        "conversations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("persona", sa.LargeBinary(), nullable=False),
        sa.Column("title", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
    )
    op.create_index(
        op.f("ix_conversations_subject_id"), "conversations", ["subject_id"], unique=False
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("turn", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("edited_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_messages_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    op.create_index(
        "ix_messages_conversation_turn", "messages", ["conversation_id", "turn"], unique=False
    )
    op.create_index(op.f("ix_messages_subject_id"), "messages", ["subject_id"], unique=False)
    op.create_table(
        "memory_facts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("fact", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memory_facts")),
    )
    op.create_index(
        op.f("ix_memory_facts_subject_id"), "memory_facts", ["subject_id"], unique=False
    )
    op.create_table(
        "style_profiles",
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("profile", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("subject_id", name=op.f("pk_style_profiles")),
    )
    op.create_table(
        "chat_preferences",
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("preferences", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("subject_id", name=op.f("pk_chat_preferences")),
    )


def downgrade() -> None:
    op.drop_table("chat_preferences")
    op.drop_table("style_profiles")
    op.drop_index(op.f("ix_memory_facts_subject_id"), table_name="memory_facts")
    op.drop_table("memory_facts")
    op.drop_index(op.f("ix_messages_subject_id"), table_name="messages")
    op.drop_index("ix_messages_conversation_turn", table_name="messages")
    op.drop_table("messages")
    op.drop_index(op.f("ix_conversations_subject_id"), table_name="conversations")
    op.drop_table("conversations")
    op.drop_index(op.f("ix_personas_owner_id"), table_name="personas")
    op.drop_table("personas")
