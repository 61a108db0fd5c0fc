"""`veil audit …`: verify the chain and its signatures, sign a checkpoint, show the key."""

from __future__ import annotations

import typer

from veil.cli import context
from veil.cli.errors import fail, guarded
from veil.domain.audit import Actor, ActorKind
from veil.domain.errors import AuditChainBroken

OPERATOR = Actor(ActorKind.STAFF, "cli")


@guarded
def verify() -> None:
    """Check the hash chain and every signed checkpoint; report the first broken entry."""
    runtime = context.runtime()
    try:
        runtime.keys.ensure_key()
        result = runtime.audit_admin.verify()
    finally:
        runtime.close()
    if not result.ok:
        fail(AuditChainBroken(result.line()))
    typer.echo(result.line())


@guarded
def checkpoint() -> None:
    """Sign a checkpoint of the log's head now; prints it (ship the line off-box)."""
    runtime = context.runtime()
    try:
        runtime.keys.ensure_key()
        made = runtime.audit_admin.checkpoint(actor=OPERATOR)
    finally:
        runtime.close()
    typer.echo(made.line())


@guarded
def public_key() -> None:
    """Print the Ed25519 key that verifies checkpoints (hex); publish it."""
    runtime = context.runtime()
    try:
        runtime.keys.ensure_key()
        typer.echo(runtime.audit_admin.public_key())
    finally:
        runtime.close()


def build_app() -> typer.Typer:
    app = typer.Typer(help="Tamper-evident audit log.", no_args_is_help=True)
    app.command("verify")(verify)
    app.command("checkpoint")(checkpoint)
    app.command("public-key")(public_key)
    return app
