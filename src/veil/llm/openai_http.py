"""Any OpenAI-compatible chat-completions server (vLLM, llama.cpp server, Ollama, hosted APIs)
over httpx.

* ``POST {base_url}/chat/completions``, streamed (SSE chunks) or not.
* Retries with exponential backoff on connection failures, 429 and 5xx, but only before the
  first text delta has been yielded: a reply is never duplicated or spliced.
* A read timeout (no byte for ``read_timeout_seconds``, including a slow first token) raises
  ``BackendTimeout`` and is not retried.
* A consumer that stops iterating (``aclose()`` on the stream) closes the upstream response,
  so the server sees the disconnect and can stop generating.
* Error messages name the failure and the HTTP status, never prompt or reply text.
* The transport is injectable (``httpx.MockTransport`` in unit tests).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from typing import Any, ClassVar

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from veil.domain.chat import Completion, FinishReason, GenerationRequest
from veil.domain.errors import BackendError, BackendTimeout, BackendUnavailable
from veil.llm.sse import DONE, error_code, parse_chunk, sse_data

Sleep = Callable[[float], Awaitable[None]]


class OpenAIConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base_url: str = Field(default="http://127.0.0.1:8080/v1", description="ends in /v1")
    api_key: SecretStr | None = None
    model: str = "default"
    connect_timeout_seconds: float = Field(default=5.0, gt=0)
    read_timeout_seconds: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    backoff_seconds: float = Field(default=0.25, ge=0)
    backoff_max_seconds: float = Field(default=4.0, ge=0)
    max_connections: int = Field(default=100, ge=1)
    local: bool = Field(
        default=False, description="the server runs on this machine: no PII shield needed"
    )

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value


# What may follow ``[DONE]`` before the body ends; a server sending more is cut off (the
# connection is then closed instead of going back to the pool).
_MAX_EVENTS_AFTER_DONE = 8


async def _drain(events: AsyncGenerator[str, None]) -> None:
    """Read the stream to its end after ``[DONE]``: a response read to the end returns its
    connection to the pool; one closed early takes it down, and every turn paid for a new TCP
    (and, to a hosted API, TLS) connection before its first token."""
    async with aclosing(events):
        for _ in range(_MAX_EVENTS_AFTER_DONE):
            if await anext(events, None) is None:
                return


class _Retryable(Exception):
    """A failure before any text was yielded; ``error`` is what to raise if retries run out."""

    def __init__(self, error: BackendError, retry_after: float | None = None) -> None:
        super().__init__(error.detail)
        self.error = error
        self.retry_after = retry_after


class OpenAIBackend:
    """``ChatBackend`` for an OpenAI-compatible server; see the module docstring."""

    name: ClassVar[str] = "openai"

    def __init__(
        self,
        config: OpenAIConfig,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._config = config
        self._transport = transport
        self._sleep = sleep
        self._client: httpx.AsyncClient | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def is_local(self) -> bool:
        return self._config.local

    async def generate(self, request: GenerationRequest) -> Completion:
        payload = self._payload(request, stream=False)
        for attempt in range(self._config.max_retries + 1):
            try:
                return await self._complete_once(payload)
            except _Retryable as exc:
                await self._backoff_or_raise(attempt, exc)
        raise AssertionError("unreachable")  # pragma: no cover

    async def stream(self, request: GenerationRequest) -> AsyncGenerator[str, None]:
        payload = self._payload(request, stream=True)
        for attempt in range(self._config.max_retries + 1):
            started = False
            try:
                async with aclosing(self._stream_once(payload)) as deltas:
                    async for delta in deltas:
                        started = True
                        yield delta
                return
            except _Retryable as exc:
                if started:
                    raise exc.error from exc
                await self._backoff_or_raise(attempt, exc)

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None and self._loop is asyncio.get_running_loop():
            await client.aclose()  # a pool of an earlier, finished loop is simply dropped

    # -- one attempt ---------------------------------------------------------------------

    async def _complete_once(self, payload: dict[str, Any]) -> Completion:
        with _mapped_errors(self._config):
            response = await self._http().post("/chat/completions", json=payload)
            await response.aread()
        _check_status(response)
        try:
            body = response.json()
            choice = body["choices"][0]
            text = choice["message"]["content"] or ""
            usage = body.get("usage") or {}
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise BackendError("model server sent a malformed completion") from exc
        return Completion(
            text=str(text),
            finish_reason=_finish(choice.get("finish_reason")),
            model=str(body.get("model") or self._config.model),
            prompt_tokens=usage.get("prompt_tokens"),
            completion_tokens=usage.get("completion_tokens"),
        )

    async def _stream_once(self, payload: dict[str, Any]) -> AsyncGenerator[str, None]:
        client = self._http()
        with _mapped_errors(self._config):
            request = client.build_request("POST", "/chat/completions", json=payload)
            response = await client.send(request, stream=True)
        try:
            if response.status_code >= 400:
                with _mapped_errors(self._config):
                    await response.aread()
                _check_status(response)
            finished = False
            with _mapped_errors(self._config):
                events = sse_data(response.aiter_lines())
                async for data in events:
                    if data.strip() == DONE:
                        await _drain(events)
                        return
                    chunk = parse_chunk(data)
                    finished = finished or chunk.finish_reason is not None
                    if chunk.content:
                        yield chunk.content
            if not finished:
                raise _Retryable(BackendUnavailable("model server ended the stream early"))
        finally:
            await response.aclose()

    # -- helpers -------------------------------------------------------------------------

    def _http(self) -> httpx.AsyncClient:
        """The pooled client of the running event loop (pooled connections belong to one loop:
        a runtime reused under another loop, as in tests or CLI commands, gets a fresh pool)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            self._loop = loop
            config = self._config
            headers = {"Accept": "application/json"}
            if config.api_key is not None:
                headers["Authorization"] = f"Bearer {config.api_key.get_secret_value()}"
            self._client = httpx.AsyncClient(
                base_url=config.base_url.rstrip("/"),
                headers=headers,
                timeout=httpx.Timeout(
                    connect=config.connect_timeout_seconds,
                    read=config.read_timeout_seconds,
                    write=config.read_timeout_seconds,
                    pool=config.connect_timeout_seconds,
                ),
                limits=httpx.Limits(max_connections=config.max_connections),
                transport=self._transport,
                trust_env=False,
            )
        return self._client

    def _payload(self, request: GenerationRequest, *, stream: bool) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "model": self._config.model,
            "messages": [{"role": m.role.value, "content": m.content} for m in request.messages],
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "stream": stream,
        }
        if request.seed is not None:
            payload["seed"] = request.seed
        return payload

    async def _backoff_or_raise(self, attempt: int, exc: _Retryable) -> None:
        if attempt >= self._config.max_retries:
            raise exc.error from exc
        delay = min(self._config.backoff_seconds * 2**attempt, self._config.backoff_max_seconds)
        if exc.retry_after is not None:
            delay = min(max(delay, exc.retry_after), self._config.backoff_max_seconds)
        await self._sleep(delay)


class _mapped_errors:  # noqa: N801 - used as a context manager, reads like one
    """Turn httpx failures into the Veil error tree (retryable ones wrapped in ``_Retryable``)."""

    def __init__(self, config: OpenAIConfig) -> None:
        self._config = config

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        if exc is None or not isinstance(exc, httpx.HTTPError):
            return
        if isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout):
            seconds = self._config.read_timeout_seconds
            raise BackendTimeout(f"model server sent nothing for {seconds:g} s") from exc
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            raise _Retryable(BackendUnavailable("model server unreachable")) from exc
        if isinstance(exc, httpx.TransportError):
            raise _Retryable(BackendUnavailable("model server closed the connection")) from exc
        raise BackendError("model server request failed") from exc


def _check_status(response: httpx.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    try:
        code = error_code(response.json())
    except (ValueError, json.JSONDecodeError):
        code = ""
    if status == 429:
        retry_after = _retry_after(response.headers.get("retry-after"))
        raise _Retryable(BackendUnavailable("model server is rate limiting (429)"), retry_after)
    if status >= 500:
        raise _Retryable(BackendUnavailable(f"model server error ({status}){code}"))
    if status in {401, 403}:
        raise BackendError(f"model server refused the API key ({status})")
    raise BackendError(f"model server rejected the request ({status}){code}")


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _finish(reason: object) -> FinishReason:
    return FinishReason.LENGTH if reason == "length" else FinishReason.STOP
