"""Logging setup and the scrubbing filter.

Veil logs ids, counts and codes, never payloads. The scrubbing filter is the second line of
defence: it drops exception tracebacks' local text and any record argument that is not a
number, id or short code, and it replaces anything that looks like a secret. Only the
runtime and adapters call ``setup_logging``.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import sys
import time
import uuid
from typing import Any, TextIO

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

_SAFE_TOKEN = re.compile(r"^[A-Za-z0-9_.:/\-]{0,64}$")
_SECRETISH = re.compile(
    r"(?i)(bearer\s+\S+|passphrase=\S+|password=\S+|token=\S+|authorization:\s*\S+)"
)
_EXTRA_KEYS_ALLOWED = frozenset(
    {"method", "path", "status", "duration_ms", "count", "code", "table", "batch", "seconds"}
)
_STANDARD_KEYS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "taskName",
}


def _safe_value(value: object) -> object:
    if isinstance(value, bool | int | float | uuid.UUID) or value is None:
        return value
    text = str(value)
    return text if _SAFE_TOKEN.match(text) else "[scrubbed]"


class ScrubbingFilter(logging.Filter):
    """Make a record safe to write: safe arguments only, no traceback text, no secrets.

    Exception text can quote user input (a JSON decoder error quotes the document, a
    database error quotes the parameters), so only the exception's class is kept.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(_safe_value(arg) for arg in args)
        if record.exc_info and record.exc_info[0] is not None:
            record.msg = f"{record.msg} [{record.exc_info[0].__name__}]"
            record.exc_info = None
            record.exc_text = None
        record.stack_info = None
        if isinstance(record.msg, str):
            record.msg = _SECRETISH.sub("[scrubbed]", record.msg)
        for key in set(vars(record)) - _STANDARD_KEYS:
            if key not in _EXTRA_KEYS_ALLOWED and key != "request_id":
                delattr(record, key)
            elif key != "request_id":
                setattr(record, key, _safe_value(getattr(record, key)))
        record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        for key in _EXTRA_KEYS_ALLOWED:
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        return json.dumps(entry, default=str)


_TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


class TextFormatter(logging.Formatter):
    """Human-readable lines; the allowed structured fields follow as ``key=value``."""

    def __init__(self) -> None:
        super().__init__(_TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(
            f"{key}={getattr(record, key)}"
            for key in sorted(_EXTRA_KEYS_ALLOWED)
            if hasattr(record, key)
        )
        line = super().format(record)
        return f"{line} {fields}" if fields else line


def setup_logging(
    level: str = "INFO", json_format: bool = False, stream: TextIO | None = None
) -> None:
    """Route every log record (Veil's, uvicorn's, SQLAlchemy's) through the scrubbing filter."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(ScrubbingFilter())
    handler.setFormatter(JsonFormatter() if json_format else TextFormatter())
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "sqlalchemy", "alembic"):
        named = logging.getLogger(name)
        named.handlers = []
        named.propagate = True
    # uvicorn's access log prints the full query string, which may carry personal data;
    # our own middleware logs method, route and status instead.
    logging.getLogger("uvicorn.access").disabled = True
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # httpx logs every URL it requests at INFO; URLs can carry tokens.
    logging.getLogger("httpx").setLevel(logging.WARNING)
