from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.cli.helpers import SRC, veil
from veil.cli import pii
from veil.domain.errors import PIIError

LINES: list[dict[str, object]] = [
    {"id": 1, "text": "hey im sarah, call +1 201-555-0123"},
    {"id": "b", "text": "see you at 10:30"},
    {"id": 3, "text": "ich wohne in münchen", "language": "de"},
]


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    """In-process run of `veil pii …` (the subprocess tests cover the real command)."""
    result = CliRunner().invoke(pii.build_app(), list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def _stdin(records: list[dict[str, object]], extra: str = "") -> str:
    return "".join(json.dumps(r) + "\n" for r in records) + extra


def test_detect_writes_one_line_per_input_line() -> None:
    result = veil("pii", "detect", stdin=_stdin(LINES))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "b", 3]
    assert out[0]["entities"] == [
        {"start": 7, "end": 12, "type": "PERSON", "score": 0.7},
        {"start": 19, "end": 34, "type": "PHONE", "score": 0.9},
    ]
    assert out[1]["entities"] == []
    assert out[2]["entities"][0]["type"] == "LOCATION"


def test_redact_with_workers_keeps_input_order() -> None:
    records: list[dict[str, object]] = [{"id": i, "text": f"im sarah, msg {i}"} for i in range(40)]
    result = veil("pii", "redact", "--workers", "2", stdin=_stdin(records))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == list(range(40))
    assert out[7] == {"id": 7, "text": "im <PERSON_1>, msg 7"}


def test_workers_detect_what_one_worker_detects() -> None:
    # more lines than one worker's batch, so several batches of several chunks are analyzed
    texts = [
        "hey im sarah, call +1 201-555-0123",
        "see you at 10:30",
        "Tessa just texted me from her new job at Deloitte",
        "mon iban: FR14 2004 1010 0505 0001 3M02 606",
        "",
    ]
    records: list[dict[str, object]] = [
        {"id": i, "text": texts[i % len(texts)] + f" #{i}" * (i % 3)} for i in range(700)
    ]
    records[5]["language"] = "fr"
    alone = veil("pii", "detect", stdin=_stdin(records))
    pooled = veil("pii", "detect", "--workers", "2", stdin=_stdin(records))
    assert alone.returncode == pooled.returncode == 0, pooled.stderr
    assert pooled.stdout == alone.stdout
    assert sum(bool(json.loads(line)["entities"]) for line in alone.stdout.splitlines()) > 300


def test_malformed_lines_are_reported_and_skipped() -> None:
    bad = 'not json\n[1, 2]\n{"id": 9}\n{"id": 1, "text": "x", "language": "pt"}\n\n'
    code, stdout, stderr = run("redact", stdin=bad + _stdin(LINES[:1]))
    assert code == 0
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == [1]
    errors = stderr.splitlines()
    assert [e.split(":")[1].strip() for e in errors] == ["line 1", "line 2", "line 3", "line 4"]


def test_strict_makes_a_malformed_line_fatal() -> None:
    code, stdout, stderr = run("detect", "--strict", stdin=_stdin(LINES[:1], "oops\n"))
    assert code == 65
    assert len(stdout.splitlines()) == 1
    assert "line 2" in stderr


def test_hmac_operator_reads_its_key_from_a_file(tmp_path: Path) -> None:
    key = tmp_path / "key"
    key.write_bytes(b"0123456789abcdef0123456789abcdef\n")
    code, stdout, stderr = run(
        "redact", "--operator", "hmac", "--key-file", str(key), stdin=_stdin(LINES[:1])
    )
    assert code == 0, stderr
    assert "<PERSON:" in json.loads(stdout)["text"]
    code, _, stderr = run("redact", "--operator", "hmac")
    assert code == 65
    assert stderr.count("\n") == 1
    code, _, _ = run("redact", "--operator", "hmac", "--key-file", str(tmp_path / "no"))
    assert code == 65


def test_answers_each_line_as_soon_as_it_is_read() -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VEIL_")}
    environment["PYTHONPATH"] = SRC
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "veil", "pii", "detect"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        for record in LINES[:2]:
            process.stdin.write(json.dumps(record) + "\n")
            process.stdin.flush()
            ready, _, _ = select.select([process.stdout], [], [], 30)
            assert ready, "no answer while stdin is still open"
            assert json.loads(process.stdout.readline())["id"] == record["id"]
    finally:
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()
        if process.stderr is not None:
            process.stderr.close()
    assert process.returncode == 0


@pytest.mark.parametrize("operator", ["placeholder", "redact", "mask", "surrogate"])
def test_every_operator_runs(operator: str) -> None:
    code, stdout, stderr = run("redact", "--operator", operator, stdin=_stdin(LINES[:1]))
    assert code == 0, stderr
    assert "sarah" not in stdout


def test_a_detector_failure_is_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: pii.Handler, item: object) -> str:
        raise PIIError("PII recognizer 'x' failed")

    monkeypatch.setattr(pii.Handler, "__call__", broken)
    code, stdout, stderr = run("detect", stdin=_stdin(LINES[:1]))
    assert code == 1
    assert stdout == ""
    assert "pii_error" in stderr
