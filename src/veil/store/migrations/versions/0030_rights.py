"""rights: request register, export jobs, processing restrictions

Revision ID: 0030
Revises: 0020
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from veil.store.base import UTCDateTime

revision = "0030"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rights_requests",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("jurisdiction", sa.String(length=8), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("extended", sa.Boolean(), nullable=False),
        sa.Column("completed_at", UTCDateTime(), nullable=True),
        sa.Column("evidence", sa.String(length=128), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rights_requests")),
    )
    op.create_index(
        op.f("ix_rights_requests_subject_id"), "rights_requests", ["subject_id"], unique=False
    )
    op.create_index(op.f("ix_rights_requests_status"), "rights_requests", ["status"], unique=False)
    op.create_table(
        "rights_exports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress_done", sa.Integer(), nullable=False),
        sa.Column("progress_total", sa.Integer(), nullable=False),
        sa.Column("file_key", sa.LargeBinary(), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=True),
        sa.Column("token_expires_at", UTCDateTime(), nullable=True),
        sa.Column("downloaded_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rights_exports")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_rights_exports_token_hash")),
    )
    op.create_index(
        op.f("ix_rights_exports_subject_id"), "rights_exports", ["subject_id"], unique=False
    )
    op.create_index(
        op.f("ix_rights_exports_expires_at"), "rights_exports", ["expires_at"], unique=False
    )
    op.create_table(
        "processing_restrictions",
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("training_objection", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("subject_id", name=op.f("pk_processing_restrictions")),
    )


def downgrade() -> None:
    op.drop_table("processing_restrictions")
    op.drop_index(op.f("ix_rights_exports_expires_at"), table_name="rights_exports")
    op.drop_index(op.f("ix_rights_exports_subject_id"), table_name="rights_exports")
    op.drop_table("rights_exports")
    op.drop_index(op.f("ix_rights_requests_status"), table_name="rights_requests")
    op.drop_index(op.f("ix_rights_requests_subject_id"), table_name="rights_requests")
    op.drop_table("rights_requests")
