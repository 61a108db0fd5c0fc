"""`veil pii detect|redact`: JSON lines on stdin, JSON lines on stdout, in input order.

In: ``{"id", "text"}`` and an optional ``"language"``. Out of ``detect``:
``{"id", "entities": [{"start", "end", "type", "score"}]}`` (Python string offsets); out of
``redact``: ``{"id", "text"}``. With one worker (the default) every line is answered and flushed
as soon as it is read, so the command works as a filter in a pipeline; ``--workers N`` uses a
process pool. A malformed line is reported with its number on stderr and skipped, or is fatal
with ``--strict``. A detector failure is always fatal (fail closed).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn

from veil.cli.errors import guarded
from veil.domain.errors import InputError
from veil.domain.pii import Entity
from veil.privacy.pii import (
    OPERATORS,
    SUPPORTED,
    Analyzer,
    Anonymizer,
    OperatorConfig,
    build_analyzer,
    operator_config,
)

__all__ = ["EXIT_MALFORMED", "Handler", "Job", "build_app", "parse"]

EXIT_MALFORMED = 65
_BATCH_PER_WORKER = 256
# Lines a worker analyzes in one batch: enough to keep each recognizer's patterns in cache
# (see Analyzer.analyze_batch), few enough to keep every worker busy.
_CHUNK = 64

Item = tuple[Any, str, str | None]


@dataclass(frozen=True)
class Job:
    """What a worker needs to rebuild the same engine in its own process."""

    mode: str  # "detect" or "redact"
    threshold: float
    ner_model: str | None
    operator: OperatorConfig | None


class Handler:
    def __init__(self, job: Job) -> None:
        self.job = job
        self.analyzer: Analyzer = build_analyzer(threshold=job.threshold, ner_model=job.ner_model)

    def __call__(self, item: Item) -> str:
        identifier, text, language = item
        return self._line(identifier, text, self.analyzer.analyze(text, language))

    def batch(self, items: list[Item]) -> list[str]:
        """The lines of many items at once (:meth:`~veil.privacy.pii.Analyzer.analyze_batch`:
        the same entities, faster)."""
        found = self.analyzer.analyze_batch(
            [text for _, text, _ in items], [language for _, _, language in items]
        )
        return [
            self._line(identifier, text, entities)
            for (identifier, text, _), entities in zip(items, found, strict=True)
        ]

    def _line(self, identifier: Any, text: str, entities: list[Entity]) -> str:
        if self.job.mode == "detect":
            out: dict[str, Any] = {
                "id": identifier,
                "entities": [
                    {
                        "start": e.start,
                        "end": e.end,
                        "type": e.type.value,
                        "score": round(e.score, 3),
                    }
                    for e in entities
                ],
            }
        else:
            out = {
                "id": identifier,
                "text": Anonymizer(self.job.operator).anonymize(text, entities),
            }
        return json.dumps(out, ensure_ascii=False)


_handler: Handler | None = None


def _init_worker(job: Job) -> None:
    global _handler  # noqa: PLW0603 - one engine per worker process, built at pool start
    _handler = Handler(job)


def _work(items: list[Item]) -> list[str]:
    if _handler is None:  # pragma: no cover - the pool initializer always runs first
        raise RuntimeError("worker not initialised")
    return _handler.batch(items)


class Malformed(Exception):
    pass


def parse(line: str) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise Malformed("not JSON") from exc
    if not isinstance(record, dict):
        raise Malformed("not a JSON object")
    if "id" not in record or not isinstance(record.get("text"), str):
        raise Malformed('needs "id" and a string "text"')
    language = record.get("language")
    if language is not None and language not in SUPPORTED:
        raise Malformed(f'"language" must be one of {", ".join(SUPPORTED)}')
    return record["id"], record["text"], language


class Reader:
    """Numbered, parsed input lines; malformed ones reported (or fatal with ``strict``)."""

    def __init__(self, stream: TextIO, strict: bool, tick: Callable[[], None]) -> None:
        self.stream, self.strict, self.tick = stream, strict, tick
        self.skipped = 0

    def __iter__(self) -> Iterator[Item]:
        for number, line in enumerate(iter(self.stream.readline, ""), start=1):
            self.tick()
            if not line.strip():
                continue
            try:
                yield parse(line)
            except Malformed as exc:
                message = f"veil: line {number}: malformed input: {exc}"
                print(message, file=sys.stderr)  # noqa: T201
                if self.strict:
                    raise typer.Exit(EXIT_MALFORMED) from exc
                self.skipped += 1


def _emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run(job: Job, workers: int, strict: bool) -> None:
    progress = _progress()
    with progress or _null():
        task = progress.add_task("lines", total=None) if progress else None

        def tick() -> None:
            if progress is not None and task is not None:
                progress.advance(task)

        reader = Reader(sys.stdin, strict, tick)
        if workers <= 1:
            handler = Handler(job)
            for item in reader:
                _emit(handler(item))
            return
        items = iter(reader)
        with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(job,)) as pool:
            while batch := list(islice(items, workers * _BATCH_PER_WORKER)):
                chunks = [batch[i : i + _CHUNK] for i in range(0, len(batch), _CHUNK)]
                for lines in pool.map(_work, chunks):
                    for line in lines:
                        _emit(line)


def _progress() -> Progress | None:
    if not sys.stderr.isatty():
        return None
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} lines"),
        console=Console(stderr=True),
        transient=True,
    )


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


_WORKERS = typer.Option(1, "--workers", min=1, help="processes (1: answer each line at once)")
_STRICT = typer.Option(False, "--strict", help="stop at the first malformed line")
_THRESHOLD = typer.Option(0.5, "--threshold", min=0.0, max=1.0, help="minimum score")
_NER = typer.Option(None, "--ner-model", help="add the spaCy NER backend (e.g. en_core_web_sm)")


@guarded
def detect(
    workers: int = _WORKERS,
    strict: bool = _STRICT,
    threshold: float = _THRESHOLD,
    ner_model: str = _NER,
) -> None:
    """Detect PII: one {"id", "entities"} line per input line."""
    run(Job("detect", threshold, ner_model, None), workers, strict)


_OPERATOR = typer.Option("placeholder", "--operator", help=f"one of: {', '.join(OPERATORS)}")
_KEY_FILE = typer.Option(None, "--key-file", help="HMAC key file (operator hmac)")


@guarded
def redact(  # noqa: PLR0917 - Typer options
    operator: str = _OPERATOR,
    key_file: Path = _KEY_FILE,
    workers: int = _WORKERS,
    strict: bool = _STRICT,
    threshold: float = _THRESHOLD,
    ner_model: str = _NER,
) -> None:
    """Redact PII: one {"id", "text"} line per input line."""
    key = _read_key(key_file) if key_file is not None else None
    config = operator_config(operator, key=key)
    run(Job("redact", threshold, ner_model, config), workers, strict)


def _read_key(path: Path) -> bytes:
    try:
        return path.read_bytes().strip()
    except OSError as exc:
        raise InputError("the key file cannot be read") from exc


def build_app() -> typer.Typer:
    app = typer.Typer(help="PII detection and redaction (JSON lines).", no_args_is_help=True)
    app.command("detect")(detect)
    app.command("redact")(redact)
    return app
