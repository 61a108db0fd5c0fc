"""The contract every registered model backend keeps, run against each of them."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing

import pytest

from tests.fakes.openai_server import FakeOpenAIServer
from veil.domain.chat import (
    ChatMessage,
    CompanionBrief,
    Completion,
    FinishReason,
    GenerationRequest,
    Role,
)
from veil.llm.base import ChatBackend
from veil.llm.registry import BUILTIN

pytestmark = pytest.mark.anyio

SECRET = "canary-7f3a prompt text"
GGUF = os.environ.get("VEIL_TEST_GGUF", "")

Factory = Callable[[FakeOpenAIServer], ChatBackend]


def _builtin(_: FakeOpenAIServer) -> ChatBackend:
    return BUILTIN["builtin"].create({})


def _openai(server: FakeOpenAIServer) -> ChatBackend:
    server.behaviour.reply = "Hello there, it is lovely to hear from you tonight."
    return BUILTIN["openai"].create({"base_url": server.base_url, "max_retries": 0})


def _llamacpp(_: FakeOpenAIServer) -> ChatBackend:
    if importlib.util.find_spec("llama_cpp") is None or not os.path.isfile(GGUF):
        pytest.skip("llama-cpp-python or a GGUF model (VEIL_TEST_GGUF) is not available")
    return BUILTIN["llamacpp"].create({"model_path": GGUF, "n_ctx": 512})  # pragma: no cover


FACTORIES: dict[str, Factory] = {"builtin": _builtin, "openai": _openai, "llamacpp": _llamacpp}


def test_every_registered_backend_is_under_contract() -> None:
    assert set(FACTORIES) == set(BUILTIN)


@pytest.fixture(params=sorted(FACTORIES))
async def backend(
    request: pytest.FixtureRequest, stand_in: FakeOpenAIServer
) -> AsyncIterator[ChatBackend]:
    made = FACTORIES[request.param](stand_in)
    yield made
    await made.aclose()


def _request(**overrides: object) -> GenerationRequest:
    values: dict[str, object] = {
        "messages": (
            ChatMessage(Role.SYSTEM, "You are Mara, a warm companion."),
            ChatMessage(Role.USER, f"Hello! {SECRET}"),
        ),
        "brief": CompanionBrief(persona_name="Mara", user_facts=("I love jazz",)),
        "max_tokens": 64,
    }
    values.update(overrides)
    return GenerationRequest(**values)  # type: ignore[arg-type]


async def test_satisfies_the_protocol(backend: ChatBackend) -> None:
    assert isinstance(backend, ChatBackend)
    assert BUILTIN[backend.name].build is type(backend)
    assert isinstance(backend.is_local, bool)


async def test_stream_and_generate_agree(backend: ChatBackend) -> None:
    request = _request()
    deltas = [delta async for delta in backend.stream(request)]
    completion = await backend.generate(request)
    assert deltas and all(isinstance(d, str) and d for d in deltas)
    assert isinstance(completion, Completion)
    assert completion.text and completion.finish_reason is FinishReason.STOP
    assert "".join(deltas) == completion.text


async def test_max_tokens_cuts_the_reply(backend: ChatBackend) -> None:
    completion = await backend.generate(_request(max_tokens=2))
    assert completion.finish_reason is FinishReason.LENGTH
    assert 0 < len(completion.text.split()) <= 2


async def test_consumer_may_stop_early(backend: ChatBackend) -> None:
    async with aclosing(backend.stream(_request())) as deltas:
        async for _ in deltas:
            break
    again = await backend.generate(_request())  # still usable afterwards
    assert again.text


async def test_aclose_is_idempotent(backend: ChatBackend) -> None:
    await backend.generate(_request())
    await backend.aclose()
    await backend.aclose()


async def test_reprs_carry_no_text(backend: ChatBackend) -> None:
    request = _request()
    completion = await backend.generate(request)
    for shown in (repr(request), repr(completion), repr(backend)):
        assert SECRET not in shown and "jazz" not in shown
    assert completion.text not in repr(completion)
