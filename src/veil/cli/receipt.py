"""`veil receipt verify FILE` and `veil receipt public-key`: deletion receipts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from veil.cli import context
from veil.cli.errors import fail, guarded
from veil.domain.errors import InputError
from veil.rights import receipts


def _instance_key() -> bytes:
    runtime = context.runtime()
    try:
        runtime.system.ensure_schema(auto_migrate=False)
        runtime.keys.ensure_key()
        return runtime.rights.receipts.public_key()
    finally:
        runtime.close()


@guarded
def public_key() -> None:
    """Print this installation's receipt-signing public key (base64, Ed25519)."""
    typer.echo(receipts.encode_key(_instance_key()))


@guarded
def verify(
    file: Annotated[Path, typer.Argument(help="the receipt (JSON)")],
    key: str | None = typer.Option(
        None, "--public-key", help="the published key (base64); default: this installation's"
    ),
) -> None:
    """Check a deletion receipt's signature; exit 0 only if it is valid."""
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise InputError("cannot read the receipt file") from exc
    document = receipts.parse(raw)
    public = receipts.decode_key(key) if key else _instance_key()
    result = receipts.verify(document, public)
    if not result.valid:
        fail(InputError(f"invalid receipt: {result.reason}"))
    body = result.receipt
    typer.echo(
        f"valid: receipt {body.get('receipt_id')}: {body.get('rows')} row(s) in "
        f"{len(body.get('tables') or {})} table(s) erased, completed {body.get('completed_at')}"
    )


def build_app() -> typer.Typer:
    app = typer.Typer(help="Deletion receipts.", no_args_is_help=True)
    app.command("verify")(verify)
    app.command("public-key")(public_key)
    return app
