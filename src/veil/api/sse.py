"""Server-sent events: render a stream of chat events as ``text/event-stream``.

Events: ``delta`` (``{"text": …}``) for each piece of the reply, then ``done`` (the stored
turn: message ids, how it ended). An error after the stream started (the model backend
failed mid-reply; nothing was stored) is sent as an ``error`` event holding a problem
document, and the stream ends. Comment lines (``: …``) are never sent with content.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import aclosing
from typing import Any, TypeVar

from starlette.responses import StreamingResponse

from veil.api.problems import STATUS_BY_CODE, TYPE_PREFIX
from veil.domain.errors import VeilError

T = TypeVar("T")

EVENT_STREAM = "text/event-stream"
STREAM_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def wants_stream(accept: str | None) -> bool:
    """True when the client asked for an event stream (``Accept: text/event-stream``)."""
    return accept is not None and EVENT_STREAM in accept.lower()


def encode(event: str | None, data: Any) -> bytes:
    """One SSE message; ``data`` is JSON (one line, so no ``data:`` continuation needed)."""
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {payload}\n\n".encode()


def problem_of(exc: VeilError) -> dict[str, Any]:
    return {
        "type": TYPE_PREFIX + exc.code,
        "title": exc.title,
        "status": STATUS_BY_CODE.get(exc.code, 500),
        "detail": exc.detail,
    }


async def prime(events: AsyncGenerator[T, None]) -> tuple[T, AsyncGenerator[T, None]]:
    """Wait for the first event, so a failure before any output is an ordinary error
    response (502/503 problem+json) rather than an event in a 200 stream."""
    try:
        first = await anext(events)
    except BaseException:
        await events.aclose()
        raise
    return first, events


def event_response(
    first: T,
    rest: AsyncGenerator[T, None],
    render: Callable[[T], bytes],
    on_error: Callable[[VeilError], bytes],
    tail: bytes = b"",
) -> StreamingResponse:
    """A streaming response: ``first`` and then ``rest``, each rendered to SSE bytes."""

    async def body() -> AsyncIterator[bytes]:
        async with aclosing(rest) as events:
            yield render(first)
            try:
                async for event in events:
                    yield render(event)
            except VeilError as exc:
                yield on_error(exc)
                return
        if tail:
            yield tail

    return StreamingResponse(body(), media_type=EVENT_STREAM, headers=STREAM_HEADERS)
