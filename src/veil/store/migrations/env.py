"""Alembic environment: runs on the connection that ``veil.store.schema`` hands in."""

from __future__ import annotations

from alembic import context

from veil.store import models  # noqa: F401  (registers every table on Base.metadata)
from veil.store.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `veil db upgrade`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
