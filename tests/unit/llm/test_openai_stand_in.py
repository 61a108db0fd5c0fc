"""The OpenAI-compatible backend over real HTTP against the local stand-in server:
retries, timeouts, a dropped connection and a consumer that walks away."""

from __future__ import annotations

import asyncio
import time
from contextlib import aclosing

import pytest

from tests.fakes.openai_server import FakeOpenAIServer
from veil.domain.chat import ChatMessage, GenerationRequest, Role
from veil.domain.errors import BackendTimeout, BackendUnavailable
from veil.llm.openai_http import OpenAIBackend, OpenAIConfig

pytestmark = pytest.mark.anyio

REQUEST = GenerationRequest(messages=(ChatMessage(Role.USER, "canary-55e1 hello"),))


def _backend(server: FakeOpenAIServer, **config: object) -> OpenAIBackend:
    values: dict[str, object] = {
        "base_url": server.base_url,
        "backoff_seconds": 0.01,
        "read_timeout_seconds": 2.0,
    }
    values.update(config)
    return OpenAIBackend(OpenAIConfig.model_validate(values))


async def test_429_then_success_is_retried(stand_in: FakeOpenAIServer) -> None:
    stand_in.behaviour.fail_first, stand_in.behaviour.fail_status = 2, 429
    stand_in.behaviour.retry_after = "0"
    backend = _backend(stand_in)
    text = "".join([delta async for delta in backend.stream(REQUEST)])
    assert text == stand_in.behaviour.reply
    assert len(stand_in.record.requests) == 3
    await backend.aclose()


async def test_500s_exhaust_the_retries(stand_in: FakeOpenAIServer) -> None:
    stand_in.behaviour.fail_first = 10
    backend = _backend(stand_in, max_retries=1)
    with pytest.raises(BackendUnavailable, match=r"\(500\)"):
        await backend.generate(REQUEST)
    assert len(stand_in.record.requests) == 2
    await backend.aclose()


async def test_api_key_is_sent(stand_in: FakeOpenAIServer) -> None:
    stand_in.behaviour.api_key = "sk-stand-in"
    backend = _backend(stand_in, api_key="sk-stand-in")
    assert (await backend.generate(REQUEST)).text == stand_in.behaviour.reply
    wrong = _backend(stand_in, api_key="sk-wrong")
    with pytest.raises(Exception, match="API key"):
        await wrong.generate(REQUEST)
    await backend.aclose()
    await wrong.aclose()


async def test_slow_first_token_times_out_without_retry(stand_in: FakeOpenAIServer) -> None:
    stand_in.behaviour.first_token_delay = 1.0
    backend = _backend(stand_in, read_timeout_seconds=0.2)
    started = time.monotonic()
    with pytest.raises(BackendTimeout):
        await backend.generate(REQUEST)  # non-streamed: the body waits for the whole reply
    with pytest.raises(BackendTimeout):
        async for _ in backend.stream(REQUEST):
            pass
    assert time.monotonic() - started < 1.5
    assert len(stand_in.record.requests) == 2
    await backend.aclose()


async def test_disconnect_mid_stream_raises_and_never_duplicates(
    stand_in: FakeOpenAIServer,
) -> None:
    stand_in.behaviour.disconnect_after = 3
    backend = _backend(stand_in, max_retries=3)
    received: list[str] = []
    with pytest.raises(BackendUnavailable, match="closed the connection"):
        async for delta in backend.stream(REQUEST):
            received.append(delta)
    assert received == ["Hello ", "there, ", "I "]
    assert len(stand_in.record.requests) == 1
    await backend.aclose()


async def test_disconnect_before_the_first_token_is_retried(stand_in: FakeOpenAIServer) -> None:
    stand_in.behaviour.disconnect_after = 0
    backend = _backend(stand_in, max_retries=2)
    with pytest.raises(BackendUnavailable):
        async for _ in backend.stream(REQUEST):
            pass
    assert len(stand_in.record.requests) == 3
    await backend.aclose()


async def test_stream_without_done_is_reported(stand_in: FakeOpenAIServer) -> None:
    stand_in.behaviour.omit_done = True
    backend = _backend(stand_in, max_retries=0)
    with pytest.raises(BackendUnavailable, match="ended the stream early"):
        async for _ in backend.stream(REQUEST):
            pass
    await backend.aclose()


async def test_consumer_leaving_closes_the_upstream_request(stand_in: FakeOpenAIServer) -> None:
    stand_in.behaviour.reply = "word " * 200
    stand_in.behaviour.token_delay = 0.02
    backend = _backend(stand_in)
    async with aclosing(backend.stream(REQUEST)) as deltas:
        async for _ in deltas:
            break
    deadline = time.monotonic() + 3
    while stand_in.record.abandoned == 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert stand_in.record.abandoned == 1 and stand_in.record.completed == 0
    await backend.aclose()


async def test_finished_streams_reuse_one_connection(stand_in: FakeOpenAIServer) -> None:
    # a stream read past [DONE] to its end gives its connection back to the pool: no new
    # TCP (or TLS) handshake before each turn's first token
    backend = _backend(stand_in)
    for _ in range(3):
        assert "".join([d async for d in backend.stream(REQUEST)]) == stand_in.behaviour.reply
    assert len(set(stand_in.record.client_ports)) == 1
    assert stand_in.record.completed == 3
    await backend.aclose()


async def test_a_stream_left_early_does_not_go_back_to_the_pool(
    stand_in: FakeOpenAIServer,
) -> None:
    stand_in.behaviour.reply = "word " * 50
    backend = _backend(stand_in)
    async with aclosing(backend.stream(REQUEST)) as deltas:
        async for _ in deltas:
            break  # the connection is closed, so the server stops generating
    assert "".join([d async for d in backend.stream(REQUEST)]) == stand_in.behaviour.reply
    assert len(set(stand_in.record.client_ports)) == 2
    await backend.aclose()


async def test_unreachable_server_is_unavailable() -> None:
    backend = OpenAIBackend(
        OpenAIConfig(base_url="http://127.0.0.1:9/v1", max_retries=1, backoff_seconds=0.0)
    )
    with pytest.raises(BackendUnavailable, match="unreachable"):
        await backend.generate(REQUEST)
    await backend.aclose()


async def test_cancelling_the_consumer_task_closes_the_upstream_request(
    stand_in: FakeOpenAIServer,
) -> None:
    stand_in.behaviour.reply = "word " * 200
    stand_in.behaviour.token_delay = 0.02
    backend = _backend(stand_in)
    first = asyncio.Event()

    async def consume() -> None:
        async for _ in backend.stream(REQUEST):
            first.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first.wait(), 3)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    deadline = time.monotonic() + 3
    while stand_in.record.abandoned == 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert stand_in.record.abandoned == 1
    await backend.aclose()


def test_one_backend_serves_successive_event_loops(stand_in: FakeOpenAIServer) -> None:
    backend = _backend(stand_in)
    for _ in range(2):
        completion = asyncio.run(backend.generate(REQUEST))
        assert completion.text == stand_in.behaviour.reply
    asyncio.run(backend.aclose())
