"""Map Veil errors to one readable line on stderr and a sysexits-style exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn, ParamSpec, TypeVar

import typer

from veil.domain import errors

P = ParamSpec("P")
R = TypeVar("R")

EXIT_CODES: dict[type[errors.VeilError], int] = {
    errors.ConfigurationError: 78,
    errors.DatabaseUnavailable: 69,
    errors.KeyProviderError: 69,
    errors.KeyMismatch: 78,
    errors.BackendUnavailable: 69,
    errors.SchemaOutOfDate: 75,
    errors.InputError: 65,
    errors.NotFound: 66,
    errors.Conflict: 73,
    errors.PermissionDenied: 77,
    errors.AuditChainBroken: 65,  # EX_DATAERR: the log's data is not what was written
    errors.BackupError: 74,  # EX_IOERR
}


def exit_code_for(error: errors.VeilError) -> int:
    for cls in type(error).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return 1


def fail(error: errors.VeilError) -> NoReturn:
    print(f"veil: error: {error.detail} [{error.code}]", file=sys.stderr)  # noqa: T201
    raise typer.Exit(exit_code_for(error))


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Turn any ``VeilError`` raised inside the block into one line and an exit code."""
    try:
        yield
    except errors.VeilError as exc:
        fail(exc)


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Decorator form of ``one_line_errors`` for command functions."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with one_line_errors():
            return func(*args, **kwargs)

    return wrapper
