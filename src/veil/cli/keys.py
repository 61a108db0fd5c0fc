"""`veil keys …`: KEK rotation with resumable re-wrap, per-subject DEK rotation, status."""

from __future__ import annotations

import uuid
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from veil.cli import context
from veil.cli.errors import guarded
from veil.domain.audit import Actor, ActorKind
from veil.domain.errors import InputError

OPERATOR = Actor(ActorKind.STAFF, "cli")


@guarded
def rotate(
    batch_size: int = typer.Option(500, min=1, max=100_000, help="DEKs re-wrapped per transaction"),
    progress: bool = typer.Option(True, help="show a progress bar"),
) -> None:
    """Rotate the KEK, then re-wrap every DEK under the new version (resumable).

    If an earlier run stopped with DEKs still under an older version, this resumes it
    instead of creating yet another version. The server may keep serving meanwhile.
    """
    runtime = context.runtime()
    try:
        runtime.keys.ensure_key()
        status = runtime.keys.status()
        if status.pending_rewrap:
            typer.echo(f"resuming re-wrap to KEK version {status.kek_version}", err=True)
            version = status.kek_version
        else:
            version = runtime.keys.rotate_kek(actor=OPERATOR)
            typer.echo(f"KEK rotated to version {version}", err=True)
        total = runtime.keys.status().pending_rewrap
        done = 0
        with Progress(
            TextColumn("re-wrapping DEKs"), BarColumn(), MofNCompleteColumn(),
            TimeRemainingColumn(), disable=not progress, transient=False,
        ) as bar:  # fmt: skip
            task = bar.add_task("rewrap", total=total)
            while count := runtime.keys.rewrap_batch(actor=OPERATOR, batch_size=batch_size):
                done += count
                bar.update(task, advance=count, total=max(total, done))
    finally:
        runtime.close()
    typer.echo(f"{done} data keys re-wrapped under KEK version {version}")


@guarded
def rotate_subject(subject: Annotated[str, typer.Argument(help="the subject's id (UUID)")]) -> None:
    """Give one subject a new DEK and re-encrypt their data under it."""
    try:
        subject_id = uuid.UUID(subject)
    except ValueError as exc:
        raise InputError("subject must be a UUID") from exc
    runtime = context.runtime()
    try:
        runtime.keys.ensure_key()
        result = runtime.keys.rotate_subject(subject_id, actor=OPERATOR)
    finally:
        runtime.close()
    typer.echo(f"data key rotated to version {result.dek_version}; "
               f"{result.values_resealed} values re-encrypted")  # fmt: skip


@guarded
def status() -> None:
    """Show the key provider, the current KEK version and DEKs per KEK version."""
    runtime = context.runtime()
    try:
        runtime.keys.ensure_key()
        current = runtime.keys.status()
    finally:
        runtime.close()
    versions = ", ".join(f"v{v}: {n}" for v, n in sorted(current.deks_by_kek_version.items()))
    typer.echo(f"provider: {current.provider}")
    typer.echo(f"KEK version: {current.kek_version}")
    typer.echo(f"data keys: {current.total} ({versions or 'none'})")
    typer.echo(f"pending re-wrap: {current.pending_rewrap}")


def build_app() -> typer.Typer:
    app = typer.Typer(help="Key management: rotation and status.", no_args_is_help=True)
    app.command("rotate")(rotate)
    app.command("rotate-subject")(rotate_subject)
    app.command("status")(status)
    return app
