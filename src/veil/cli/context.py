"""Settings and runtime for a command, built lazily so `veil version` needs neither."""

from __future__ import annotations

from veil.config import Settings, load_settings
from veil.logs import setup_logging
from veil.runtime import Runtime, build


def settings() -> Settings:
    return load_settings()


def runtime(configured: Settings | None = None) -> Runtime:
    current = configured or settings()
    setup_logging(current.log.level, current.log.json_format)
    return build(current)
