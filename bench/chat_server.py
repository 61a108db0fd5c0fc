"""A Veil API server (or the OpenAI stand-in) in its own process, for bench/chat_api.py.

    python bench/chat_server.py veil PORT DATA_DIR [--upstream URL] [--word-delay S]
                                [--shield auto|on|off] [--timed]
    python bench/chat_server.py stand-in PORT [--token-delay S]

``veil`` runs the real app (SQLite in DATA_DIR, the built-in engine, or the ``openai``
backend when ``--upstream`` is given), with real accounts, sessions and consent: clients sign
up (``sign_up``) with `service` and `personalization` consent, so every turn is stored sealed
and learnt from, and every request pays for token authentication and the consent read.
``--timed`` wraps the model backend in a timer and reports the time a request spent waiting
on it in the ``x-bench-model-ms`` response header (for the round trip excluding model time).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.fakes.openai_server import FakeOpenAIServer  # noqa: E402

from veil.api.app import create_app  # noqa: E402
from veil.chat.ports import ChatStorage  # noqa: E402
from veil.chat.wiring import build_chat  # noqa: E402
from veil.config import Settings  # noqa: E402
from veil.domain.chat import GenerationRequest  # noqa: E402
from veil.llm.base import ChatBackend  # noqa: E402
from veil.runtime import Runtime, build  # noqa: E402
from veil.store import schema  # noqa: E402


def sign_up(client: httpx.Client, name: str) -> dict[str, str]:
    """A new account with `service` and `personalization` consent; its Bearer header."""
    consents = {"service": True, "personalization": True, "analytics": False,
                "model_training": False}  # fmt: skip
    body = {"username": name, "passphrase": PASSPHRASE, "adult": True, "consents": consents}
    client.post("/api/v1/accounts", json=body).raise_for_status()
    login = client.post("/api/v1/sessions", json={"username": name, "passphrase": PASSPHRASE})
    login.raise_for_status()
    return {"Authorization": f"Bearer {login.json()['token']}"}


PASSPHRASE = "velvet otter sings at dawn"


def veil_runtime(
    data_dir: Path, upstream: str | None, word_delay: float, shield: str = "off"
) -> Runtime:
    llm: dict[str, object] = {"backend": "builtin", "builtin": {"delay_seconds": word_delay}}
    if upstream:
        llm = {"backend": "openai", "openai": {"base_url": upstream, "model": "stand-in"}}
    settings = Settings(
        data_dir=data_dir,
        environment="production",
        database={"url": f"sqlite:///{data_dir / 'veil.db'}"},
        llm=llm,
        chat={"pii_shield": shield},
    )
    runtime = build(settings)
    schema.upgrade(runtime.database.engine)
    runtime.keys.ensure_key()
    return runtime


_spent: ContextVar[list[float]] = ContextVar("bench_model_time")
Message = MutableMapping[str, Any]
ASGI = Callable[[Message, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
                Awaitable[None]]  # fmt: skip


class TimedBackend:
    """Wraps a backend and adds the time spent waiting on it to the request's counter."""

    def __init__(self, inner: ChatBackend) -> None:
        self.inner = inner

    @property
    def is_local(self) -> bool:
        return self.inner.is_local

    async def stream(self, request: GenerationRequest) -> AsyncGenerator[str, None]:
        deltas = self.inner.stream(request)
        spent = _spent.get([0.0])
        while True:
            started = time.perf_counter()
            try:
                delta = await anext(deltas)
            except StopAsyncIteration:
                spent[0] += time.perf_counter() - started
                return
            spent[0] += time.perf_counter() - started
            yield delta


def model_time_header(app: ASGI) -> ASGI:
    """Outermost ASGI wrapper: a fresh counter per request, reported as a header."""

    async def wrapped(scope: Message, receive: Any, send: Any) -> None:
        spent = [0.0]
        _spent.set(spent)

        async def send_with_time(message: Message) -> None:
            if message["type"] == "http.response.start":
                header = (b"x-bench-model-ms", f"{spent[0] * 1000:.3f}".encode())
                message["headers"] = [*message.get("headers", []), header]
            await send(message)

        await app(scope, receive, send_with_time)

    return wrapped


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["veil", "stand-in"])
    parser.add_argument("port", type=int)
    parser.add_argument("data_dir", nargs="?", type=Path)
    parser.add_argument("--upstream")
    parser.add_argument("--word-delay", type=float, default=0.0)
    parser.add_argument("--token-delay", type=float, default=0.0)
    parser.add_argument("--shield", choices=["auto", "on", "off"], default="off")
    parser.add_argument("--timed", action="store_true")
    args = parser.parse_args()
    app: Any
    if args.what == "stand-in":
        server = FakeOpenAIServer()
        server.behaviour.token_delay = args.token_delay
        server.behaviour.reply = (
            "Hello there, I am the stand-in model, and this reply is long enough to stream "
            "in a good number of small pieces, the way a real model would send it."
        )
        app = server.app()
    else:
        runtime = veil_runtime(args.data_dir, args.upstream, args.word_delay, args.shield)
        if args.timed:
            storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, runtime.consent)
            runtime.chat = build_chat(  # wired as runtime.build does
                storage,
                TimedBackend(runtime.llm),
                settings=runtime.settings.chat,
                restrictions=runtime.consent.ensure_may_process,
            )
            app = model_time_header(create_app(runtime))
        else:
            app = create_app(runtime)
    # keep-alive longer than a run: a pooled client connection reused just as the server's
    # 5 s idle timeout closes it fails with ReadError (a benchmark artefact, not Veil's)
    uvicorn.run(
        app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False,
        timeout_keep_alive=60,
    )  # fmt: skip


if __name__ == "__main__":
    main()
