"""Reading the OpenAI chat-completions stream: Server-Sent Events whose ``data`` fields hold
``chat.completion.chunk`` JSON objects, ended by ``data: [DONE]``.

Events follow the SSE rules (WHATWG HTML, "event stream interpretation"): ``data`` lines are
joined with newlines until a blank line dispatches the event; comment lines (``:``) and other
fields (``event``, ``id``, ``retry``) are ignored. Error messages never quote the payload.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterable
from dataclasses import dataclass
from typing import Any

from veil.domain.errors import BackendError

DONE = "[DONE]"


@dataclass(frozen=True, slots=True)
class ChunkDelta:
    content: str
    finish_reason: str | None


async def sse_data(lines: AsyncIterable[str]) -> AsyncGenerator[str, None]:
    """The ``data`` payload of each event, in order."""
    buffer: list[str] = []
    async for line in lines:
        if not line:
            if buffer:
                yield "\n".join(buffer)
                buffer = []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        if field == "data":
            buffer.append(value[1:] if value.startswith(" ") else value)
    if buffer:
        yield "\n".join(buffer)


def parse_chunk(data: str) -> ChunkDelta:
    """The first choice's text delta and finish reason from one chunk."""
    try:
        chunk = json.loads(data)
    except json.JSONDecodeError as exc:
        raise BackendError("model server sent a stream chunk that is not JSON") from exc
    if not isinstance(chunk, dict):
        raise BackendError("model server sent a stream chunk that is not an object")
    if "error" in chunk:
        raise BackendError(f"model server reported an error mid-stream{error_code(chunk)}")
    choices = chunk.get("choices")
    if not isinstance(choices, list):
        raise BackendError("model server sent a stream chunk without choices")
    if not choices:  # e.g. the usage-only chunk of stream_options.include_usage
        return ChunkDelta("", None)
    first = choices[0] if isinstance(choices[0], dict) else {}
    delta = first.get("delta") or {}
    content = delta.get("content") if isinstance(delta, dict) else None
    reason = first.get("finish_reason")
    return ChunkDelta(
        content if isinstance(content, str) else "",
        reason if isinstance(reason, str) else None,
    )


def error_code(body: Any) -> str:
    """A safe suffix naming the upstream error code (``context_length_exceeded``), if any.

    Only short identifier-like codes are echoed: upstream messages may quote the prompt.
    """
    error = body.get("error") if isinstance(body, dict) else None
    code = error.get("code") or error.get("type") if isinstance(error, dict) else None
    if isinstance(code, str) and 0 < len(code) <= 64 and code.replace("_", "").isalnum():
        return f" ({code})"
    return ""
