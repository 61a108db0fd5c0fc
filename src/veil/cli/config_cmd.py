"""`veil config show`: the effective settings, secrets masked."""

from __future__ import annotations

import json

import typer

from veil.cli import context
from veil.cli.errors import guarded
from veil.config import masked


@guarded
def show() -> None:
    """Print the effective settings as JSON, with secrets masked."""
    typer.echo(json.dumps(masked(context.settings()), indent=2, default=str))


def build_app() -> typer.Typer:
    app = typer.Typer(help="Configuration.", no_args_is_help=True)
    app.command("show")(show)
    return app
