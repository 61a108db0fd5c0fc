"""`veil serve` in a real process answers over real HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.cli.helpers import SRC, veil


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEIL_")}
    env.update({"PYTHONPATH": SRC, "VEIL_DATA_DIR": str(tmp_path / "var")})
    assert veil("db", "upgrade", env={"VEIL_DATA_DIR": str(tmp_path / "var")}).returncode == 0
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "veil", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(base + "/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout:
            process.stdout.close()


@pytest.mark.e2e
def test_health_and_readiness_over_http(server: str) -> None:
    assert httpx.get(server + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(server + "/readyz")
    assert ready.status_code == 200
    assert "x-request-id" in ready.headers
