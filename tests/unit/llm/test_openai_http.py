"""The OpenAI-compatible backend against ``httpx.MockTransport``: payloads, parsing, errors."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import httpx
import pytest

from veil.domain.chat import ChatMessage, FinishReason, GenerationRequest, Role
from veil.domain.errors import BackendError, BackendTimeout, BackendUnavailable
from veil.llm.openai_http import OpenAIBackend, OpenAIConfig

pytestmark = pytest.mark.anyio

PROMPT = "canary-91b2 my secret words"
REQUEST = GenerationRequest(messages=(ChatMessage(Role.USER, PROMPT),), max_tokens=32, seed=7)
Handler = Callable[[httpx.Request], httpx.Response]


def _sse(*events: object, done: bool = True) -> bytes:
    lines = [f"data: {json.dumps(event)}\n\n" for event in events]
    if done:
        lines.append("data: [DONE]\n\n")
    return "".join(lines).encode()


def _chunk(content: str | None = None, finish: str | None = None) -> dict[str, object]:
    delta = {} if content is None else {"content": content}
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


class Recorder:
    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def _backend(handler: Handler, **config: object) -> tuple[OpenAIBackend, list[float]]:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    values: dict[str, object] = {"base_url": "http://model.example.com/v1", "api_key": "sk-test"}
    values.update(config)
    backend = OpenAIBackend(
        OpenAIConfig.model_validate(values), transport=httpx.MockTransport(handler), sleep=sleep
    )
    return backend, slept


async def _drain(backend: OpenAIBackend) -> list[str]:
    return [delta async for delta in backend.stream(REQUEST)]


def _ok_stream() -> httpx.Response:
    body = _sse(
        {**_chunk(), "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]},
        _chunk("Hi "),
        _chunk("there"),
        _chunk(finish="stop"),
    )
    return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})


async def test_stream_sends_the_openai_payload_and_parses_deltas() -> None:
    recorder = Recorder(_ok_stream())
    backend, _ = _backend(recorder, model="llama-3")
    assert await _drain(backend) == ["Hi ", "there"]
    sent = recorder.requests[0]
    assert sent.url == "http://model.example.com/v1/chat/completions"
    assert sent.headers["authorization"] == "Bearer sk-test"
    assert json.loads(sent.content) == {
        "model": "llama-3",
        "messages": [{"role": "user", "content": PROMPT}],
        "max_tokens": 32,
        "temperature": 0.8,
        "stream": True,
        "seed": 7,
    }
    await backend.aclose()


async def test_generate_parses_a_completion() -> None:
    body = {
        "id": "chatcmpl-2",
        "object": "chat.completion",
        "created": 1,
        "model": "served-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hi"},
                "finish_reason": "length",
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6},
    }
    recorder = Recorder(httpx.Response(200, json=body))
    backend, _ = _backend(recorder, api_key=None)
    completion = await backend.generate(REQUEST)
    assert completion.text == "Hi" and completion.finish_reason is FinishReason.LENGTH
    assert (completion.model, completion.prompt_tokens, completion.completion_tokens) == (
        "served-model",
        5,
        1,
    )
    assert "authorization" not in recorder.requests[0].headers
    assert json.loads(recorder.requests[0].content)["stream"] is False


async def test_sse_fields_comments_and_multiline_data_are_handled() -> None:
    body = (
        b": keep-alive\n\nevent: message\nid: 1\ndata:"
        + json.dumps(_chunk("a")).encode()
        + b"\n\nretry: 10\n\n"
        + b"data: "
        + json.dumps({"choices": []}).encode()
        + b"\n\ndata: "
        + json.dumps(_chunk("b", "stop")).encode()
    )
    backend, _ = _backend(Recorder(httpx.Response(200, content=body)))
    assert await _drain(backend) == ["a", "b"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [(500, BackendUnavailable), (503, BackendUnavailable), (429, BackendUnavailable)],
)
async def test_retryable_statuses_back_off_then_give_up(
    status: int, expected: type[BackendError]
) -> None:
    recorder = Recorder(httpx.Response(status, json={"error": {"message": PROMPT}}))
    backend, slept = _backend(recorder, max_retries=3, backoff_seconds=0.1, backoff_max_seconds=0.3)
    with pytest.raises(expected) as caught:
        await _drain(backend)
    assert len(recorder.requests) == 4
    assert slept == [0.1, 0.2, 0.3]
    assert PROMPT not in str(caught.value) and str(status) in str(caught.value)


async def test_retry_after_is_honoured_within_the_cap() -> None:
    limited = httpx.Response(429, headers={"retry-after": "2"})
    recorder = Recorder(limited, _ok_stream())
    backend, slept = _backend(recorder, backoff_seconds=0.1, backoff_max_seconds=3)
    assert await _drain(backend) == ["Hi ", "there"]
    assert slept == [2.0]


async def test_generate_retries_connect_errors() -> None:
    body = {"model": "m", "choices": [{"message": {"content": "ok"}, "finish_reason": "stop"}]}
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json=body))
    backend, slept = _backend(recorder)
    assert (await backend.generate(REQUEST)).text == "ok"
    assert len(slept) == 1


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (httpx.Response(401, json={"error": {"code": "invalid_api_key"}}), "API key (401)"),
        (
            httpx.Response(400, json={"error": {"code": "context_length_exceeded"}}),
            "(400) (context_length_exceeded)",
        ),
        (httpx.Response(404, json={"error": {"code": f"bad {PROMPT}"}}), "request (404)"),
        (httpx.Response(422, content=b"not json"), "request (422)"),
    ],
)
async def test_client_errors_are_not_retried(response: httpx.Response, message: str) -> None:
    recorder = Recorder(response)
    backend, slept = _backend(recorder)
    with pytest.raises(BackendError) as caught:
        await backend.generate(REQUEST)
    assert not isinstance(caught.value, BackendUnavailable)
    assert message in str(caught.value) and PROMPT not in str(caught.value)
    assert len(recorder.requests) == 1 and slept == []


async def test_read_timeout_is_a_timeout_and_not_retried() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    backend, slept = _backend(recorder, read_timeout_seconds=1.5)
    with pytest.raises(BackendTimeout, match="1.5 s"):
        await _drain(backend)
    assert len(recorder.requests) == 1 and slept == []


async def test_other_http_errors_become_backend_errors() -> None:
    backend, _ = _backend(Recorder(httpx.DecodingError("bad gzip")))
    with pytest.raises(BackendError, match="request failed"):
        await backend.generate(REQUEST)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"data: {not json\n\n", "not JSON"),
        (b"data: [1, 2]\n\n", "not an object"),
        (b'data: {"error": {"code": "overloaded"}}\n\n', "mid-stream (overloaded)"),
        (b'data: {"id": "x"}\n\n', "without choices"),
    ],
)
async def test_malformed_streams_raise(body: bytes, message: str) -> None:
    backend, _ = _backend(Recorder(httpx.Response(200, content=body)))
    with pytest.raises(BackendError, match=re.escape(message)):
        await _drain(backend)


async def test_a_stream_without_an_end_is_retried_only_if_nothing_was_yielded() -> None:
    cut = httpx.Response(200, content=_sse(_chunk("partial"), done=False))
    recorder = Recorder(cut)
    backend, slept = _backend(recorder, max_retries=2)
    received: list[str] = []
    with pytest.raises(BackendUnavailable, match="ended the stream early"):
        async for delta in backend.stream(REQUEST):
            received.append(delta)
    assert received == ["partial"]  # never duplicated
    assert len(recorder.requests) == 1 and slept == []

    empty = Recorder(httpx.Response(200, content=b""), _ok_stream())
    backend, slept = _backend(empty)
    assert await _drain(backend) == ["Hi ", "there"]
    assert len(slept) == 1


async def test_malformed_completion_raises() -> None:
    backend, _ = _backend(Recorder(httpx.Response(200, json={"choices": []})))
    with pytest.raises(BackendError, match="malformed completion"):
        await backend.generate(REQUEST)


async def test_status_errors_on_a_stream_are_mapped() -> None:
    backend, _ = _backend(Recorder(httpx.Response(403, text="nope")))
    with pytest.raises(BackendError, match="403"):
        await _drain(backend)


def test_config_is_local_only_when_declared() -> None:
    backend, _ = _backend(Recorder(httpx.Response(200)))
    assert backend.is_local is False
    local, _ = _backend(Recorder(httpx.Response(200)), local=True)
    assert local.is_local is True
    assert "sk-test" not in repr(OpenAIConfig(api_key="sk-test"))
    with pytest.raises(ValueError, match="http"):
        OpenAIConfig(base_url="ftp://model.example.com/v1")
