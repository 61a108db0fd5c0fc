"""A local stand-in for an OpenAI-compatible model server, speaking real HTTP.

It serves ``GET /v1/models`` and ``POST /v1/chat/completions`` (streamed as SSE
``chat.completion.chunk`` events ended by ``data: [DONE]``, or as one ``chat.completion``
object), in the wire format of the OpenAI API. ``Behaviour`` scripts failures: a number of
error answers before success (500, 429 with ``Retry-After`` ...), a slow first token, a
dropped connection mid-stream, a stream without ``[DONE]``. The server records each request
body and whether a stream was abandoned by the client.

Run it in a thread with ``with FakeOpenAIServer() as server: server.base_url``.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

_PIECE = re.compile(r"\S+\s*")


class _Disconnect(Exception):
    """Raised inside a streaming body: uvicorn drops the connection mid-message."""


@dataclass
class Behaviour:
    reply: str = "Hello there, I am the stand-in model."
    model: str = "stand-in-model"
    fail_first: int = 0  # answer this many requests with fail_status, then succeed
    fail_status: int = 500
    retry_after: str | None = None
    error_code: str | None = None
    first_token_delay: float = 0.0  # seconds before the first content chunk
    token_delay: float = 0.0  # seconds between content chunks
    disconnect_after: int | None = None  # drop the connection after N content chunks
    omit_done: bool = False  # end the stream without finish_reason or [DONE]
    api_key: str | None = None  # require "Authorization: Bearer <api_key>"


@dataclass
class Record:
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    client_ports: list[int] = field(default_factory=list)  # one per TCP connection reused
    abandoned: int = 0  # streams the client stopped reading before the end
    completed: int = 0


class FakeOpenAIServer:
    def __init__(self) -> None:
        self.behaviour = Behaviour()
        self.record = Record()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def reset(self) -> None:
        self.behaviour = Behaviour()
        self.record = Record()

    # -- lifecycle -----------------------------------------------------------------------

    def __enter__(self) -> FakeOpenAIServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app(), log_level="critical", access_log=False, log_config=None, lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("stand-in server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/models", self._models, methods=["GET"]),
                Route("/v1/chat/completions", self._completions, methods=["POST"]),
            ]
        )

    # -- endpoints -----------------------------------------------------------------------

    async def _models(self, request: Request) -> Response:
        return JSONResponse(
            {
                "object": "list",
                "data": [
                    {
                        "id": self.behaviour.model,
                        "object": "model",
                        "created": 1_700_000_000,
                        "owned_by": "veil-tests",
                    }
                ],
            }
        )

    async def _completions(self, request: Request) -> Response:
        behaviour = self.behaviour
        body = await request.json()
        with self._lock:
            self.record.requests.append(body)
            self.record.headers.append(dict(request.headers))
            self.record.client_ports.append(request.client.port if request.client else 0)
            failing = behaviour.fail_first > 0
            if failing:
                behaviour.fail_first -= 1
        if behaviour.api_key and request.headers.get("authorization") != (
            f"Bearer {behaviour.api_key}"
        ):
            return _error(401, "invalid_api_key", "Incorrect API key provided.")
        if failing:
            headers = {"Retry-After": behaviour.retry_after} if behaviour.retry_after else {}
            return _error(behaviour.fail_status, behaviour.error_code, "scripted failure", headers)
        pieces = _PIECE.findall(behaviour.reply)
        finish = "stop"
        max_tokens = body.get("max_tokens")
        if isinstance(max_tokens, int) and len(pieces) > max_tokens:
            pieces, finish = pieces[:max_tokens], "length"
        if body.get("stream"):
            stream = self._chunks(body, pieces, finish)
            return StreamingResponse(stream, media_type="text/event-stream")
        await asyncio.sleep(behaviour.first_token_delay)
        return JSONResponse(_completion(behaviour.model, "".join(pieces), finish, body))

    async def _chunks(
        self, body: dict[str, Any], pieces: list[str], finish: str
    ) -> AsyncIterator[bytes]:
        behaviour = self.behaviour
        base = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": behaviour.model,
            "system_fingerprint": "fp_stand_in",
        }

        def event(delta: dict[str, Any], reason: str | None) -> bytes:
            choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": reason}
            return f"data: {json.dumps({**base, 'choices': [choice]})}\n\n".encode()

        done = False
        try:
            yield event({"role": "assistant", "content": ""}, None)
            await asyncio.sleep(behaviour.first_token_delay)
            for index, piece in enumerate(pieces):
                if behaviour.disconnect_after is not None and index >= behaviour.disconnect_after:
                    raise _Disconnect
                if index:
                    await asyncio.sleep(behaviour.token_delay)
                yield event({"content": piece}, None)
            if behaviour.omit_done:
                done = True
                return
            yield event({}, finish)
            if (body.get("stream_options") or {}).get("include_usage"):
                usage = _usage(body, "".join(pieces))
                yield f"data: {json.dumps({**base, 'choices': [], 'usage': usage})}\n\n".encode()
            yield b"data: [DONE]\n\n"
            done = True
        finally:
            with self._lock:
                if done:
                    self.record.completed += 1
                else:
                    self.record.abandoned += 1


def _error(
    status: int, code: str | None, message: str, headers: dict[str, str] | None = None
) -> Response:
    kind = (
        "rate_limit_error"
        if status == 429
        else "server_error"
        if status >= 500
        else ("invalid_request_error")
    )
    body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)


def _usage(body: dict[str, Any], text: str) -> dict[str, int]:
    prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    completion = len(text.split())
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _completion(model: str, text: str, finish: str, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_stand_in",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text, "refusal": None},
                "logprobs": None,
                "finish_reason": finish,
            }
        ],
        "usage": _usage(body, text),
    }


def main() -> None:  # pragma: no cover - used by bench/llm_ttfb.py
    """Serve the stand-in in the foreground: ``python -m tests.fakes.openai_server PORT``."""
    import sys  # noqa: PLC0415

    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = FakeOpenAIServer()
    config = uvicorn.Config(
        server.app(), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )
    uvicorn.Server(config).run()


if __name__ == "__main__":  # pragma: no cover
    main()
