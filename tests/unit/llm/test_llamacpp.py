"""The in-process llama.cpp backend: a fake ``Llama`` object stands in for the model; the test
with a real model runs only when llama-cpp-python and ``VEIL_TEST_GGUF`` are present."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from contextlib import aclosing
from pathlib import Path
from typing import Any

import pytest

from veil.domain.chat import ChatMessage, FinishReason, GenerationRequest, Role
from veil.domain.errors import BackendError, ConfigurationError
from veil.llm.llamacpp import INSTALL_HINT, LlamaCppBackend, LlamaCppConfig, load_llama

pytestmark = pytest.mark.anyio

REQUEST = GenerationRequest(messages=(ChatMessage(Role.USER, "hello"),), seed=3)
HAS_LLAMA = importlib.util.find_spec("llama_cpp") is not None


class FakeLlama:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.calls: list[dict[str, Any]] = []
        self.closed = False
        self.stopped = threading.Event()

    def create_chat_completion(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        if self.fail:
            raise RuntimeError("llama_decode returned -1")
        if kwargs["stream"]:
            return self._chunks()
        return {
            "choices": [{"message": {"content": "Hi there"}, "finish_reason": "length"}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2},
        }

    def _chunks(self) -> Iterator[dict[str, Any]]:
        yield {"choices": [{"delta": {"role": "assistant"}}]}
        try:
            for word in ("Hi ", "there", "", " again") * 50:
                yield {"choices": [{"delta": {"content": word}}]}
        finally:
            self.stopped.set()

    def close(self) -> None:
        self.closed = True


async def test_generate_and_stream_through_a_fake_model() -> None:
    llama = FakeLlama()
    backend = LlamaCppBackend(LlamaCppConfig(), llama=llama)
    completion = await backend.generate(REQUEST)
    assert completion.text == "Hi there" and completion.finish_reason is FinishReason.LENGTH
    assert llama.calls[0]["seed"] == 3 and llama.calls[0]["stream"] is False
    deltas = [d async for d in backend.stream(REQUEST)]
    assert deltas[:3] == ["Hi ", "there", " again"] and all(deltas)
    assert backend.is_local
    await backend.aclose()
    assert llama.closed


async def test_stopping_early_releases_the_model() -> None:
    llama = FakeLlama()
    backend = LlamaCppBackend(LlamaCppConfig(), llama=llama)
    async with aclosing(backend.stream(REQUEST)) as deltas:
        async for _ in deltas:
            break
    assert llama.stopped.wait(2)
    assert (await backend.generate(REQUEST)).text == "Hi there"  # the lock was released


async def test_failures_become_backend_errors() -> None:
    backend = LlamaCppBackend(LlamaCppConfig(), llama=FakeLlama(fail=True))
    with pytest.raises(BackendError, match="llama.cpp failed"):
        await backend.generate(REQUEST)
    with pytest.raises(BackendError, match="while streaming"):
        async for _ in backend.stream(REQUEST):
            pass


def test_loading_needs_a_model_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="model_path is required"):
        load_llama(LlamaCppConfig())
    with pytest.raises(ConfigurationError, match="no such file"):
        load_llama(LlamaCppConfig(model_path=str(tmp_path / "missing.gguf")))


@pytest.mark.skipif(HAS_LLAMA, reason="llama-cpp-python is installed")
def test_missing_extra_says_how_to_install(tmp_path: Path) -> None:
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF")
    with pytest.raises(ConfigurationError, match=r"install veil\[llamacpp\]") as caught:
        load_llama(LlamaCppConfig(model_path=str(model)))
    assert str(caught.value) == INSTALL_HINT


@pytest.mark.skipif(not HAS_LLAMA, reason="llama-cpp-python is not installed")
def test_a_broken_model_file_is_a_configuration_error(tmp_path: Path) -> None:  # pragma: no cover
    model = tmp_path / "model.gguf"
    model.write_bytes(b"not a model")
    with pytest.raises(ConfigurationError, match="cannot load"):
        load_llama(LlamaCppConfig(model_path=str(model)))
