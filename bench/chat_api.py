"""Chat API figures (issue 6).

1. API round trip excluding model time: ``POST /api/v1/conversations/{id}/messages`` (JSON
   reply) in process through httpx's ASGI transport, with the built-in engine and SQLite;
   every turn is stored sealed (consent granted). The time spent inside the model backend is
   measured by a wrapper around it and subtracted per request.
   1s. The same against a real server: Veil (``bench/chat_server.py --timed``) in its own
   process under uvicorn, an httpx keep-alive client here; the server reports the time it
   waited on the model backend per request (``x-bench-model-ms``), subtracted per request.
2. Time to first byte added on top of a stand-in upstream: the OpenAI-compatible stand-in
   and Veil (``openai`` backend pointed at the stand-in) each run in their own process; each
   round times the first content chunk straight from the stand-in and the first ``delta``
   event through Veil's SSE endpoint, interleaved; added = through - direct, paired.
3. 200 concurrent SSE streams against Veil (own process, built-in engine): errors, time to
   first delta and total stream time.

Usage: .venv/bin/python bench/chat_api.py [--turns 1000] [--rounds 300] [--streams 200]
       [--only 1|1s|2|3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncGenerator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from bench.chat_server import PASSPHRASE, sign_up, veil_runtime  # noqa: E402
from veil.api.app import create_app  # noqa: E402
from veil.chat.ports import ChatStorage  # noqa: E402
from veil.chat.wiring import build_chat  # noqa: E402
from veil.domain.chat import GenerationRequest  # noqa: E402
from veil.llm.base import ChatBackend  # noqa: E402

MESSAGES = [
    "hi! how was your day?",
    "I had a rough day at work, my boss was awful",
    "what music do you like?",
    "tell me something sweet before I sleep",
]
ARIA = "1d667cb4-ec92-4f62-8074-97b1c3625693"


# The stand-in's first chunk carries the role and empty content: the first *content* chunk is
# the first one whose content is not empty (what Veil's first delta is compared with).
EMPTY_CONTENT = '"content": ""'


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000


def summary(samples: list[float]) -> str:
    return (
        f"p50 {statistics.median(samples) * 1000:.2f} ms, p99 {pct(samples, 0.99):.2f} ms, "
        f"max {max(samples) * 1000:.2f} ms (n={len(samples)})"
    )


class TimedBackend:
    """Wraps a backend and adds up the time spent waiting on it."""

    def __init__(self, inner: ChatBackend) -> None:
        self.inner = inner
        self.spent = 0.0

    @property
    def is_local(self) -> bool:
        return self.inner.is_local

    async def stream(self, request: GenerationRequest) -> AsyncGenerator[str, None]:
        deltas = self.inner.stream(request)
        while True:
            started = time.perf_counter()
            try:
                delta = await anext(deltas)
            except StopAsyncIteration:
                self.spent += time.perf_counter() - started
                return
            self.spent += time.perf_counter() - started
            yield delta


async def round_trip(turns: int, per_conversation: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        runtime = veil_runtime(Path(tmp), None, 0.0)
        timed = TimedBackend(runtime.llm)
        storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, runtime.consent)
        runtime.chat = build_chat(  # wired as runtime.build does, around the timed backend
            storage,
            timed,
            settings=runtime.settings.chat,
            restrictions=runtime.consent.ensure_may_process,
        )
        app = create_app(runtime)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://veil") as client:
            headers = await async_sign_up(client, "benchuser")
            totals, models, overhead = [], [], []
            url = ""
            for n in range(turns + 50):
                if n % per_conversation == 0:
                    created = await client.post(
                        "/api/v1/conversations", json={"persona_id": ARIA}, headers=headers
                    )
                    url = f"/api/v1/conversations/{created.json()['id']}/messages"
                timed.spent = 0.0
                started = time.perf_counter()
                response = await client.post(
                    url, json={"content": MESSAGES[n % len(MESSAGES)]}, headers=headers
                )
                elapsed = time.perf_counter() - started
                if response.status_code != 201:
                    raise SystemExit(f"turn failed: {response.status_code} {response.text}")
                if n >= 50:  # warm-up
                    totals.append(elapsed)
                    models.append(timed.spent)
                    overhead.append(elapsed - timed.spent)
        runtime.close()
    print(
        f"1. JSON turn, built-in engine, SQLite, stored sealed, {per_conversation} turns per "
        "conversation (in process, ASGI)"
    )
    print(f"   whole request:            {summary(totals)}")
    print(f"   inside the model backend: {summary(models)}")
    print(f"   API round trip excl. model time: {summary(overhead)}")


async def round_trip_server(turns: int, per_conversation: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        veil, base = spawn("veil", tmp, "--timed")
        try:
            async with httpx.AsyncClient(base_url=base, trust_env=False, timeout=30) as client:
                totals, models, overhead = await _server_turns(client, turns, per_conversation)
        finally:
            veil.terminate()
            veil.wait(timeout=10)
    print(
        f"1s. JSON turn, built-in engine, SQLite, stored sealed, {per_conversation} turns per "
        "conversation (uvicorn in its own process, httpx keep-alive client)"
    )
    print(f"   whole request:            {summary(totals)}")
    print(f"   inside the model backend: {summary(models)}")
    print(f"   API round trip excl. model time: {summary(overhead)}")


async def _server_turns(
    client: httpx.AsyncClient, turns: int, per_conversation: int
) -> tuple[list[float], list[float], list[float]]:
    headers = await async_sign_up(client, "benchuser")
    totals, models, overhead = [], [], []
    url = ""
    for n in range(turns + 50):
        if n % per_conversation == 0:
            created = await client.post(
                "/api/v1/conversations", json={"persona_id": ARIA}, headers=headers
            )
            url = f"/api/v1/conversations/{created.json()['id']}/messages"
        started = time.perf_counter()
        response = await client.post(
            url, json={"content": MESSAGES[n % len(MESSAGES)]}, headers=headers
        )
        elapsed = time.perf_counter() - started
        if response.status_code != 201:
            raise SystemExit(f"turn failed: {response.status_code} {response.text}")
        model = float(response.headers["x-bench-model-ms"]) / 1000
        if n >= 50:  # warm-up
            totals.append(elapsed)
            models.append(model)
            overhead.append(elapsed - model)
    return totals, models, overhead


async def async_sign_up(client: httpx.AsyncClient, name: str) -> dict[str, str]:
    consents = {"service": True, "personalization": True, "analytics": False,
                "model_training": False}  # fmt: skip
    body = {"username": name, "passphrase": PASSPHRASE, "adult": True, "consents": consents}
    (await client.post("/api/v1/accounts", json=body)).raise_for_status()
    login = await client.post("/api/v1/sessions", json={"username": name, "passphrase": PASSPHRASE})
    login.raise_for_status()
    return {"Authorization": f"Bearer {login.json()['token']}"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def spawn(*args: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'src'}"}
    command = [sys.executable, str(ROOT / "bench" / "chat_server.py"), args[0], str(port)]
    process = subprocess.Popen([*command, *args[1:]], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/v1/models", timeout=0.5)
            return process, base
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{args[0]} did not start")


async def first_sse(client: httpx.AsyncClient, url: str, body: dict[str, object],
                    marker: str, headers: dict[str, str]) -> float:  # fmt: skip
    started = time.perf_counter()
    first = 0.0
    async with client.stream("POST", url, json=body, headers=headers) as response:
        async for line in response.aiter_lines():
            if not first and marker in line and EMPTY_CONTENT not in line:
                first = time.perf_counter() - started
    if first:
        return first
    raise RuntimeError(f"no first event from {url}")


async def ttfb(rounds: int, token_delay: float, shield: str) -> None:
    stand_in, upstream = spawn("stand-in", "--token-delay", str(token_delay))
    with tempfile.TemporaryDirectory() as tmp:
        veil, base = spawn("veil", tmp, "--upstream", upstream + "/v1", "--shield", shield)
        try:
            print(f"   (PII shield {shield})")
            await _ttfb_rounds(rounds, upstream, base, token_delay)
        finally:
            veil.terminate()
            veil.wait(timeout=10)
            stand_in.terminate()
            stand_in.wait(timeout=10)


async def _ttfb_rounds(rounds: int, upstream: str, base: str, token_delay: float) -> None:
    async with httpx.AsyncClient(trust_env=False, timeout=30) as client:
        with httpx.Client(base_url=base, trust_env=False, timeout=30) as web:
            me = {**sign_up(web, "ttfbuser"), "Accept": "text/event-stream"}
        created = await client.post(
            f"{base}/api/v1/conversations", json={"persona_id": ARIA}, headers=me
        )
        url = f"{base}/api/v1/conversations/{created.json()['id']}/messages"
        direct, through, added = [], [], []
        for n in range(rounds + 30):
            payload = {
                "model": "stand-in",
                "stream": True,
                "messages": [{"role": "user", "content": MESSAGES[n % len(MESSAGES)]}],
            }
            first = await first_sse(
                client, upstream + "/v1/chat/completions", payload, '"content": "', {}
            )
            second = await first_sse(
                client, url, {"content": MESSAGES[n % len(MESSAGES)]}, "event: delta", me
            )
            if n >= 30:
                direct.append(first)
                through.append(second)
                added.append(second - first)
    print(f"2. TTFB over the stand-in upstream (token delay {token_delay * 1000:.0f} ms)")
    print(f"   stand-in directly:        {summary(direct)}")
    print(f"   through Veil (SSE delta): {summary(through)}")
    print(f"   added by Veil (paired):   {summary(added)}")


async def one_stream(
    client: httpx.AsyncClient, base: str, me: dict[str, str]
) -> tuple[float, float]:
    created = await client.post(
        f"{base}/api/v1/conversations", json={"persona_id": ARIA}, headers=me
    )
    created.raise_for_status()
    url = f"{base}/api/v1/conversations/{created.json()['id']}/messages"
    started = time.perf_counter()
    first = 0.0
    done = False
    headers = {**me, "Accept": "text/event-stream"}
    async with client.stream("POST", url, json={"content": "tell me about your day"},
                             headers=headers) as response:  # fmt: skip
        response.raise_for_status()
        async for line in response.aiter_lines():
            if line.startswith("event: delta") and not first:
                first = time.perf_counter() - started
            if line.startswith("event: error"):
                raise RuntimeError("error event")
            done = done or line.startswith("event: done")
    if not done:
        raise RuntimeError("stream ended without done")
    return first, time.perf_counter() - started


async def concurrent(streams: int, word_delay: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        veil, base = spawn("veil", tmp, "--word-delay", str(word_delay))
        try:
            limits = httpx.Limits(max_connections=streams + 10)
            async with httpx.AsyncClient(trust_env=False, timeout=120, limits=limits) as client:
                with httpx.Client(base_url=base, trust_env=False, timeout=30) as web:
                    me = sign_up(web, "streamuser")
                await one_stream(client, base, me)  # warm-up
                started = time.perf_counter()
                results = await asyncio.gather(
                    *(one_stream(client, base, me) for _ in range(streams)),
                    return_exceptions=True,
                )
                wall = time.perf_counter() - started
        finally:
            veil.terminate()
            veil.wait(timeout=10)
    ok = [r for r in results if isinstance(r, tuple)]
    errors = [r for r in results if not isinstance(r, tuple)]
    print(f"3. {streams} concurrent SSE streams, built-in engine ({word_delay * 1000:.0f} ms/word)")
    print(f"   errors: {len(errors)} {sorted({type(e).__name__ for e in errors})}")
    for error in errors[:3]:
        print(f"   error: {error!r} (cause: {error.__cause__!r})")
    if ok:
        print(f"   time to first delta: {summary([r[0] for r in ok])}")
        print(f"   whole stream:        {summary([r[1] for r in ok])}")
    print(f"   wall time for all: {wall:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--streams", type=int, default=200)
    parser.add_argument("--only", choices=["1", "1s", "2", "3"])
    args = parser.parse_args()
    if args.only in (None, "1"):
        asyncio.run(round_trip(args.turns, 10))
        asyncio.run(round_trip(args.turns, args.turns + 50))
    if args.only in (None, "1s"):
        asyncio.run(round_trip_server(args.turns, 10))
    if args.only in (None, "2"):
        asyncio.run(ttfb(args.rounds, 0.0, "off"))
        asyncio.run(ttfb(args.rounds, 0.0, "auto"))
        asyncio.run(ttfb(args.rounds // 3, 0.02, "off"))
    if args.only in (None, "3"):
        asyncio.run(concurrent(args.streams, 0.01))


if __name__ == "__main__":
    main()
