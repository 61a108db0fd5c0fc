"""A local GGUF model, in process, through llama-cpp-python (extra: ``veil[llamacpp]``).

The import is guarded and happens when the backend is built, so a Veil without the extra
installs and runs; choosing this backend without it fails start-up with a clear message.
Generation runs in a worker thread (llama.cpp is blocking); one lock serialises calls because
a ``Llama`` object is not safe to share between threads. Stopping the stream early stops
generation at the next token.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Iterator
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

from veil.domain.chat import Completion, FinishReason, GenerationRequest
from veil.domain.errors import BackendError, ConfigurationError

INSTALL_HINT = "the llamacpp backend needs llama-cpp-python: install veil[llamacpp]"


class LlamaCppConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model_path: str | None = Field(default=None, description="path to a .gguf file")
    n_ctx: int = Field(default=4096, ge=256)
    n_threads: int | None = Field(default=None, ge=1)
    n_gpu_layers: int = Field(default=0, ge=-1)
    chat_format: str | None = Field(default=None, description="override the GGUF chat template")


def load_llama(config: LlamaCppConfig) -> Any:
    """Import llama_cpp and load the model, or raise ``ConfigurationError`` saying why not."""
    if not config.model_path:
        raise ConfigurationError("setting llm.llamacpp.model_path is required for llamacpp")
    path = Path(config.model_path).expanduser()
    if not path.is_file():
        raise ConfigurationError(f"llm.llamacpp.model_path: no such file: {path}")
    try:
        import llama_cpp  # noqa: PLC0415 - optional extra, imported where used (STYLE 16)
    except ImportError as exc:
        raise ConfigurationError(INSTALL_HINT) from exc
    try:
        return llama_cpp.Llama(
            model_path=str(path),
            n_ctx=config.n_ctx,
            n_threads=config.n_threads,
            n_gpu_layers=config.n_gpu_layers,
            chat_format=config.chat_format,
            verbose=False,
        )
    except (ValueError, RuntimeError, OSError) as exc:
        raise ConfigurationError(f"llm.llamacpp: cannot load model {path.name}") from exc


class LlamaCppBackend:
    """``ChatBackend`` over an in-process ``llama_cpp.Llama``."""

    name: ClassVar[str] = "llamacpp"

    def __init__(self, config: LlamaCppConfig, *, llama: Any = None) -> None:
        self._config = config
        self._llama = llama if llama is not None else load_llama(config)
        self._lock = threading.Lock()

    @property
    def is_local(self) -> bool:
        return True

    async def generate(self, request: GenerationRequest) -> Completion:
        def run() -> Any:
            with self._lock:
                return self._llama.create_chat_completion(**_arguments(request), stream=False)

        try:
            body = await asyncio.to_thread(run)
            choice = body["choices"][0]
            usage = body.get("usage") or {}
        except (KeyError, IndexError, TypeError, ValueError, RuntimeError) as exc:
            raise BackendError("llama.cpp failed to generate a reply") from exc
        return Completion(
            text=choice["message"].get("content") or "",
            finish_reason=FinishReason.LENGTH
            if choice.get("finish_reason") == "length"
            else FinishReason.STOP,
            model=self.name,
            prompt_tokens=usage.get("prompt_tokens"),
            completion_tokens=usage.get("completion_tokens"),
        )

    async def stream(self, request: GenerationRequest) -> AsyncGenerator[str, None]:
        queue: asyncio.Queue[tuple[str, BaseException | None] | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()
        stop = threading.Event()

        def produce() -> None:
            try:
                with self._lock:
                    for text in _deltas(self._llama, request):
                        if stop.is_set():
                            break
                        loop.call_soon_threadsafe(queue.put_nowait, (text, None))
            except Exception as exc:  # noqa: BLE001 - handed to the consumer, not swallowed
                loop.call_soon_threadsafe(queue.put_nowait, ("", exc))
            loop.call_soon_threadsafe(queue.put_nowait, None)

        worker = loop.run_in_executor(None, produce)
        try:
            while (item := await queue.get()) is not None:
                text, error = item
                if error is not None:
                    raise BackendError("llama.cpp failed while streaming") from error
                yield text
        finally:
            stop.set()
            await asyncio.shield(worker)

    async def aclose(self) -> None:
        close = getattr(self._llama, "close", None)
        if callable(close):
            await asyncio.to_thread(close)


def _arguments(request: GenerationRequest) -> dict[str, Any]:
    arguments: dict[str, Any] = {
        "messages": [{"role": m.role.value, "content": m.content} for m in request.messages],
        "max_tokens": request.max_tokens,
        "temperature": request.temperature,
    }
    if request.seed is not None:
        arguments["seed"] = request.seed
    return arguments


def _deltas(llama: Any, request: GenerationRequest) -> Iterator[str]:
    for chunk in llama.create_chat_completion(**_arguments(request), stream=True):
        choices = chunk.get("choices") or [{}]
        content = (choices[0].get("delta") or {}).get("content")
        if content:
            yield str(content)
