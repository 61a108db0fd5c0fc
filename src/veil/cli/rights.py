"""`veil rights list|show`: the request register for staff (metadata only, never content)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from veil.cli import context
from veil.cli.errors import guarded
from veil.domain.errors import InputError
from veil.domain.requests import RequestStatus, RightsRequest


def _when(value: datetime | None) -> str:
    return "-" if value is None else value.strftime("%Y-%m-%d %H:%M")


def _parse_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as exc:
        raise InputError("not a request id") from exc


@guarded
def list_requests(
    all_: bool = typer.Option(False, "--all", help="include completed and rejected requests"),
    status: Annotated[RequestStatus | None, typer.Option(help="only this status")] = None,
    overdue: bool = typer.Option(False, "--overdue", help="only overdue requests"),
    limit: int = typer.Option(100, min=1, max=10_000),
) -> None:
    """List rights requests, soonest due first; overdue ones are flagged."""
    runtime = context.runtime()
    try:
        requests = runtime.rights.requests
        found = requests.list(status=status, open_only=not all_ and status is None, limit=limit)
        now = requests.now()
    finally:
        runtime.close()
    rows = [r for r in found if r.overdue(now) or not overdue]
    table = Table("id", "kind", "status", "channel", "received", "due", "", box=None)
    for request in rows:
        flag = "[bold red]OVERDUE[/]" if request.overdue(now) else ""
        table.add_row(
            str(request.id), request.kind.value, request.status.value, request.channel.value,
            _when(request.received_at), _when(request.due_at), flag,
        )  # fmt: skip
    console = Console()
    console.width = max(console.width, 140)  # ids must never be cut
    console.print(table)
    late = sum(r.overdue(now) for r in rows)
    typer.echo(f"{len(rows)} request(s), {late} overdue")


def _describe(request: RightsRequest, now: datetime) -> list[tuple[str, str]]:
    return [
        ("id", str(request.id)),
        ("subject", str(request.subject)),
        ("kind", request.kind.value),
        ("status", request.status.value),
        ("channel", request.channel.value),
        ("jurisdiction", request.jurisdiction.value),
        ("received", _when(request.received_at)),
        ("due", _when(request.due_at) + (" (extended)" if request.extended else "")),
        ("overdue", "yes" if request.overdue(now) else "no"),
        ("completed", _when(request.completed_at)),
        ("evidence", request.evidence or "-"),
    ]


@guarded
def show(request_id: str = typer.Argument(..., help="the request id")) -> None:
    """Show one request's metadata and completion evidence."""
    runtime = context.runtime()
    try:
        requests = runtime.rights.requests
        request = requests.get(_parse_id(request_id))
        now = requests.now()
    finally:
        runtime.close()
    for name, value in _describe(request, now):
        typer.echo(f"{name:<13}{value}")


def build_app() -> typer.Typer:
    app = typer.Typer(help="Data-subject rights requests (staff).", no_args_is_help=True)
    app.command("list")(list_requests)
    app.command("show")(show)
    return app
