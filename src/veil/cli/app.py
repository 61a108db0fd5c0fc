"""The `veil` command: ``build_cli()`` assembles the groups; ``main()`` runs it."""

from __future__ import annotations

import typer

from veil import __version__
from veil.cli import (
    admin,
    audit,
    backup,
    config_cmd,
    db,
    keys,
    pii,
    receipt,
    retention,
    rights,
    serve,
)


def version() -> None:
    """Print Veil's version."""
    typer.echo(f"veil {__version__}")


def build_cli() -> typer.Typer:
    app = typer.Typer(
        name="veil",
        help="Veil: privacy-first AI companion chat.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    app.command("version")(version)
    app.command("serve")(serve.serve)
    app.add_typer(db.build_app(), name="db")
    app.add_typer(config_cmd.build_app(), name="config")
    app.add_typer(rights.build_app(), name="rights")
    app.add_typer(receipt.build_app(), name="receipt")
    app.add_typer(retention.build_app(), name="retention")
    app.add_typer(pii.build_app(), name="pii")
    app.add_typer(keys.build_app(), name="keys")
    app.add_typer(audit.build_app(), name="audit")
    app.add_typer(backup.build_app(), name="backup")
    app.add_typer(admin.build_app(), name="admin")
    return app


def main() -> None:
    build_cli()()
