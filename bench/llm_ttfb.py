"""Model-backend latency.

1. Time to first byte that the ``openai`` backend adds on top of an upstream: the stand-in
   OpenAI-compatible server (tests/fakes/openai_server.py) runs in a subprocess; each round
   measures the first content delta through a bare httpx streaming request (the floor) and
   through ``OpenAIBackend.stream`` (same connection pooling, same server), interleaved.
   Added TTFB = backend - bare, paired per round.
2. Built-in engine: ``generate`` latency and ``stream`` time to first delta over varied
   conversations (persona, memory, limits, style), in process.

Usage: .venv/bin/python bench/llm_ttfb.py [--rounds 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from veil.domain.chat import (  # noqa: E402
    ChatMessage,
    CompanionBrief,
    GenerationRequest,
    Role,
    StyleHint,
)
from veil.llm.builtin import BuiltinBackend  # noqa: E402
from veil.llm.openai_http import OpenAIBackend, OpenAIConfig  # noqa: E402

MESSAGES = ["hi!", "I had a rough day at work", "what music do you like?", "good night"]


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {p50 * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms (n={len(ordered)})"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_stand_in(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'src'}"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.openai_server", str(port)], cwd=ROOT, env=env
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=0.5)
            return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("stand-in server did not start")


def request(n: int) -> GenerationRequest:
    return GenerationRequest(
        messages=(
            ChatMessage(Role.SYSTEM, "You are Mara, a warm companion. " * 20),
            ChatMessage(Role.USER, f"{MESSAGES[n % len(MESSAGES)]} ({n})"),
        ),
        brief=CompanionBrief(
            persona_name="Mara",
            temperament=("warm", "playful", "shy", "witty")[n % 4],
            user_facts=("The user's name is Alex", "I love jazz"),
            limits=("work",) if n % 3 == 0 else (),
            style_instructions=(StyleHint.SHORT,) if n % 2 else (StyleHint.LONG,),
        ),
    )


async def bare_ttfb(client: httpx.AsyncClient, payload: dict[str, object]) -> float:
    started = time.perf_counter()
    async with client.stream("POST", "/chat/completions", json=payload) as response:
        async for line in response.aiter_lines():
            if line.startswith("data: ") and '"content": "' in line and '"content": ""' not in line:
                return time.perf_counter() - started
    raise RuntimeError("no content")


async def backend_ttfb(backend: OpenAIBackend, req: GenerationRequest) -> float:
    started = time.perf_counter()
    stream = backend.stream(req)
    await anext(stream)
    elapsed = time.perf_counter() - started
    await stream.aclose()
    return elapsed


async def openai_overhead(rounds: int, port: int) -> None:
    base_url = f"http://127.0.0.1:{port}/v1"
    backend = OpenAIBackend(OpenAIConfig(base_url=base_url, model="stand-in"))
    bare, through, added = [], [], []
    async with httpx.AsyncClient(base_url=base_url, trust_env=False) as client:
        for n in range(rounds + 50):
            req = request(n)
            payload = {
                "model": "stand-in",
                "messages": [{"role": m.role.value, "content": m.content} for m in req.messages],
                "max_tokens": 512,
                "temperature": 0.8,
                "stream": True,
            }
            first = await bare_ttfb(client, payload)
            second = await backend_ttfb(backend, req)
            if n >= 50:  # warm-up
                bare.append(first)
                through.append(second)
                added.append(second - first)
    await backend.aclose()
    print(f"upstream TTFB, bare httpx:      {percentiles(bare)}")
    print(f"upstream TTFB, openai backend:  {percentiles(through)}")
    print(f"added by the backend (paired):  {percentiles(added)}")
    print(json.dumps({"added_p50_ms": round(statistics.median(added) * 1000, 3)}))


async def builtin_latency(rounds: int) -> None:
    backend = BuiltinBackend()
    generate, first = [], []
    for n in range(rounds):
        req = request(n)
        started = time.perf_counter()
        await backend.generate(req)
        generate.append(time.perf_counter() - started)
        started = time.perf_counter()
        stream = backend.stream(req)
        await anext(stream)
        first.append(time.perf_counter() - started)
        await stream.aclose()
    print(f"builtin generate:               {percentiles(generate)}")
    print(f"builtin stream first delta:     {percentiles(first)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    args = parser.parse_args()
    port = free_port()
    process = start_stand_in(port)
    try:
        asyncio.run(openai_overhead(args.rounds, port))
    finally:
        process.terminate()
        process.wait(timeout=10)
    asyncio.run(builtin_latency(args.rounds * 5))


if __name__ == "__main__":
    main()
