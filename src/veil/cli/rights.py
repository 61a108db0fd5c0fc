"""`veil rights list|show|file|transition|erase`: the request register for staff.

Staff see metadata only (ids, kinds, statuses, dates, evidence ids), never content.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from veil.cli import context
from veil.cli.errors import guarded
from veil.domain.audit import Actor, ActorKind
from veil.domain.errors import InputError
from veil.domain.requests import (
    Channel,
    RequestEvent,
    RequestKind,
    RequestStatus,
    RightsRequest,
)


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


StaffOption = Annotated[str, typer.Option("--staff", help="your staff id (for the audit log)")]


@guarded
def file(
    subject: Annotated[str, typer.Argument(help="the subject's account id")],
    kind: Annotated[RequestKind, typer.Argument(help="the kind of request")],
    staff: StaffOption,
) -> None:
    """Record a request received by support on a user's behalf."""
    runtime = context.runtime()
    try:
        actor = Actor(ActorKind.STAFF, staff)
        request = runtime.rights.requests.file(
            _parse_id(subject), kind, channel=Channel.STAFF, actor=actor
        )
    finally:
        runtime.close()
    typer.echo(f"{request.id} {request.kind.value} received, due {_when(request.due_at)}")


@guarded
def transition(
    request_id: Annotated[str, typer.Argument(help="the request id")],
    event: Annotated[RequestEvent, typer.Argument(help="what happened")],
    staff: StaffOption,
    evidence: Annotated[
        str | None, typer.Option(help="completion evidence (ids, no content)")
    ] = None,
) -> None:
    """Move a request through the register's transition table."""
    runtime = context.runtime()
    try:
        actor = Actor(ActorKind.STAFF, staff)
        request = runtime.rights.requests.transition(
            _parse_id(request_id), event, actor=actor, evidence=evidence
        )
    finally:
        runtime.close()
    typer.echo(f"{request.id} {request.status.value}, due {_when(request.due_at)}")


@guarded
def erase(
    request_id: Annotated[str, typer.Argument(help="an erasure request filed for the subject")],
    staff: StaffOption,
    receipt: Annotated[Path, typer.Option(help="where to write the signed receipt")],
) -> None:
    """Carry out an erasure request: shred, delete, journal, audit; write the receipt."""
    runtime = context.runtime()
    try:
        runtime.keys.ensure_key()
        requests = runtime.rights.requests
        request = requests.get(_parse_id(request_id))
        result = runtime.rights.erasure.erase_account(
            request.subject, actor=Actor(ActorKind.STAFF, staff), channel=Channel.STAFF,
            request_id=request.id,
        )  # fmt: skip
    finally:
        runtime.close()
    receipt.write_text(json.dumps(result.receipt, indent=2) + "\n")
    rows = sum(result.deleted.values())
    typer.echo(f"erased: {rows} row(s) in {len(result.deleted)} table(s); receipt in {receipt}")


def build_app() -> typer.Typer:
    app = typer.Typer(help="Data-subject rights requests (staff).", no_args_is_help=True)
    app.command("list")(list_requests)
    app.command("show")(show)
    app.command("file")(file)
    app.command("transition")(transition)
    app.command("erase")(erase)
    return app
