"""`veil retention run`: one retention pass with a progress bar; prints counts only."""

from __future__ import annotations

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from veil.cli import context
from veil.cli.errors import guarded


@guarded
def run() -> None:
    """Delete what has outlived its retention (idempotent, batched, resumable)."""
    runtime = context.runtime()
    try:
        runtime.system.ensure_schema(auto_migrate=False)
        runtime.keys.ensure_key()
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed:,} rows"),
            TimeElapsedColumn(),
        )
        with Progress(*columns, transient=True) as progress:
            tasks: dict[str, object] = {}

            def advance(table: str, rows: int) -> None:
                if table not in tasks:
                    tasks[table] = progress.add_task(table, total=None)
                progress.advance(tasks[table], rows)  # type: ignore[arg-type]

            report = runtime.retention.run(progress=advance)
    finally:
        runtime.close()
    for table, count in sorted(report.deleted.items()):
        typer.echo(f"{table}: {count} row(s) deleted")
    for name, count in sorted(report.swept.items()):
        typer.echo(f"{name}: {count} removed")
    typer.echo(
        f"retention pass done: {report.total} row(s) in {report.batches} batch(es), "
        f"{report.erased_accounts} inactive account(s) erased"
    )


def build_app() -> typer.Typer:
    app = typer.Typer(help="Retention enforcement.", no_args_is_help=True)
    app.command("run")(run)
    return app
