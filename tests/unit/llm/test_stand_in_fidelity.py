"""The stand-in is faithful: the official ``openai`` SDK reads it as it reads the real API."""

from __future__ import annotations

import openai
import pytest

from tests.fakes.openai_server import FakeOpenAIServer


def _client(server: FakeOpenAIServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="sk-stand-in", max_retries=0)


def test_models_list(stand_in: FakeOpenAIServer) -> None:
    with _client(stand_in) as client:
        assert [model.id for model in client.models.list()] == ["stand-in-model"]


def test_streamed_chunks_parse_with_the_sdk(stand_in: FakeOpenAIServer) -> None:
    with _client(stand_in) as client:
        stream = client.chat.completions.create(
            model="stand-in-model",
            messages=[{"role": "user", "content": "hello"}],
            stream=True,
            stream_options={"include_usage": True},
        )
        chunks = list(stream)
    assert all(chunk.object == "chat.completion.chunk" for chunk in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == stand_in.behaviour.reply
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert len({chunk.id for chunk in chunks}) == 1


def test_completion_and_errors_parse_with_the_sdk(stand_in: FakeOpenAIServer) -> None:
    with _client(stand_in) as client:
        completion = client.chat.completions.create(
            model="stand-in-model", messages=[{"role": "user", "content": "hello"}], max_tokens=2
        )
        assert completion.object == "chat.completion"
        assert completion.choices[0].message.content == "Hello there, "
        assert completion.choices[0].finish_reason == "length"
        stand_in.behaviour.fail_first, stand_in.behaviour.fail_status = 1, 429
        with pytest.raises(openai.RateLimitError):
            client.chat.completions.create(
                model="stand-in-model", messages=[{"role": "user", "content": "hello"}]
            )
