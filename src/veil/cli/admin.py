"""`veil admin …`: staff accounts. The only way support, dpo and admin accounts come to be;
there are no default credentials anywhere."""

from __future__ import annotations

import sys

import typer

from veil.cli import context
from veil.cli.errors import guarded
from veil.domain.roles import STAFF_ROLES, Role

_ROLES = sorted(role.value for role in STAFF_ROLES)


@guarded
def create(
    role: str = typer.Option(..., "--role", help=f"one of: {', '.join(_ROLES)}"),
    username: str = typer.Option(..., "--username", help="the staff member's username"),
    passphrase_stdin: bool = typer.Option(
        False, "--passphrase-stdin", help="read the passphrase from the first line of stdin"
    ),
) -> None:
    """Create a staff account; prompts for its passphrase (never taken as an argument)."""
    if role not in _ROLES:
        raise typer.BadParameter(f"choose one of: {', '.join(_ROLES)}", param_hint="--role")
    if passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\n")
    else:
        passphrase = typer.prompt("Passphrase", hide_input=True, confirmation_prompt=True)
    runtime = context.runtime()
    try:
        runtime.system.ensure_schema(auto_migrate=runtime.settings.database.auto_migrate)
        runtime.keys.ensure_key()
        account = runtime.accounts.create_staff(username, passphrase, Role(role))
    finally:
        runtime.close()
    typer.echo(f"created {account.role.value} account {account.id}")


def build_app() -> typer.Typer:
    app = typer.Typer(help="Staff accounts.", no_args_is_help=True)
    app.command("create")(create)
    return app
