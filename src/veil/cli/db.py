"""`veil db …`: schema management."""

from __future__ import annotations

import typer

from veil.cli import context
from veil.cli.errors import guarded


@guarded
def upgrade() -> None:
    """Apply pending database migrations."""
    runtime = context.runtime()
    try:
        before, after = runtime.system.upgrade_schema()
        runtime.keys.ensure_key()
    finally:
        runtime.close()
    if before == after:
        typer.echo(f"schema already current (revision {after})")
    else:
        typer.echo(f"schema upgraded from {before or 'empty'} to {after}")


@guarded
def current() -> None:
    """Print the schema revision of the database."""
    runtime = context.runtime()
    try:
        typer.echo(runtime.system.schema_revision() or "empty")
    finally:
        runtime.close()


def build_app() -> typer.Typer:
    app = typer.Typer(help="Database schema management.", no_args_is_help=True)
    app.command("upgrade")(upgrade)
    app.command("current")(current)
    return app
