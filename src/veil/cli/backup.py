"""`veil backup create|restore`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from veil.cli import context
from veil.cli.errors import guarded
from veil.domain.audit import Actor, ActorKind

OPERATOR = Actor(ActorKind.STAFF, "cli")


@guarded
def create() -> None:
    """Take a consistent online snapshot of the database and key material.

    The backup's path is the last line printed.
    """
    runtime = context.runtime()
    try:
        runtime.keys.ensure_key()
        path = runtime.backups.create(actor=OPERATOR)
    finally:
        runtime.close()
    typer.echo(str(path))


@guarded
def restore(
    path: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="a backup directory")],
) -> None:
    """Restore a backup and replay the erasure journal (stop `veil serve` first)."""
    runtime = context.runtime()
    try:
        result = runtime.backups.restore(path, actor=OPERATOR)
    finally:
        runtime.close()
    typer.echo(f"restored {result.backup}; {result.replayed} erased subjects re-erased")


def build_app() -> typer.Typer:
    app = typer.Typer(help="Backups and restores.", no_args_is_help=True)
    app.command("create")(create)
    app.command("restore")(restore)
    return app
