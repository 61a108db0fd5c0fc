"""`veil serve`: check the schema, then run the API under uvicorn."""

from __future__ import annotations

import logging

import typer
import uvicorn

from veil.api.app import create_app
from veil.cli import context
from veil.cli.errors import guarded
from veil.domain.audit import Actor
from veil.retention.scheduler import RetentionScheduler
from veil.runtime import Runtime

log = logging.getLogger("veil.serve")


@guarded
def serve(
    host: str = typer.Option(None, help="interface to bind (default: server.host)"),
    port: int = typer.Option(None, help="port to bind (default: server.port)"),
) -> None:
    """Start the HTTP server (API and web UI)."""
    runtime = context.runtime()
    server = runtime.settings.server
    runtime.system.ensure_schema(auto_migrate=runtime.settings.database.auto_migrate)
    runtime.backups.ensure_no_pending_restore()
    runtime.keys.ensure_key()
    app = create_app(runtime)
    bind_host, bind_port = host or server.host, port or server.port
    scheduler = retention_scheduler(runtime)
    log.info("serving on %s:%s", bind_host, bind_port)
    try:
        if scheduler is not None:
            scheduler.start()
        uvicorn.run(app, host=bind_host, port=bind_port, log_config=None, access_log=False)
        runtime.audit_admin.checkpoint(actor=Actor.system("serve"))  # sign the head at shutdown
    finally:
        if scheduler is not None:
            scheduler.stop()
        runtime.close()


def retention_scheduler(runtime: Runtime) -> RetentionScheduler | None:
    """Retention passes in a background thread, unless disabled (and never in tests)."""
    section = runtime.settings.retention
    if not section.scheduler or runtime.settings.environment == "test":
        return None
    return RetentionScheduler(runtime.retention.run, section.interval_seconds)
