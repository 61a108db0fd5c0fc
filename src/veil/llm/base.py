"""The model-backend port: one async, streaming interface every backend implements.

A backend turns a ``GenerationRequest`` (messages plus an optional structured
``CompanionBrief``) into text. ``stream`` yields text deltas as they arrive; ``generate``
returns the whole ``Completion``. Backends know nothing of accounts, consent or storage.

Failure contract (shared by every backend, pinned by ``tests/unit/llm/test_contract.py``):

* ``BackendUnavailable``: the backend cannot be reached or refused to serve (retry later).
* ``BackendTimeout``: it did not answer in time.
* ``BackendError``: anything else (bad response, protocol error, model failure).

Error messages never contain prompt or reply text. A stream that fails after it has yielded
text raises; the caller must discard the partial reply (no retry is attempted after the first
delta, so text is never duplicated). A consumer that stops iterating early should call
``aclose()`` on the iterator (or use ``contextlib.aclosing``): backends release the upstream
request at that point.

``is_local`` is true when the prompt never leaves this machine; the chat service applies the
PII shield to every backend where it is false.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from typing import ClassVar, Protocol, runtime_checkable

from veil.domain.chat import Completion, FinishReason, GenerationRequest
from veil.domain.errors import BackendError, BackendTimeout, BackendUnavailable

__all__ = [
    "BackendError",
    "BackendTimeout",
    "BackendUnavailable",
    "ChatBackend",
    "Completion",
    "FinishReason",
    "collect",
]


@runtime_checkable
class ChatBackend(Protocol):
    """What the chat service calls. ``name`` is the registry name of the implementation."""

    name: ClassVar[str]

    @property
    def is_local(self) -> bool:
        """True when prompts are processed on this machine (no PII shield needed)."""
        ...

    async def generate(self, request: GenerationRequest) -> Completion:
        """The whole reply at once."""
        ...

    def stream(self, request: GenerationRequest) -> AsyncGenerator[str, None]:
        """Text deltas, in order; their concatenation is the reply. Non-empty strings only.

        An async generator (an ``AsyncIterator`` with ``aclose``), so a caller that stops
        early can release the upstream request with ``contextlib.aclosing``.
        """
        ...

    async def aclose(self) -> None:
        """Release connections, threads or model memory; idempotent."""
        ...


async def collect(deltas: AsyncIterator[str], *, model: str) -> Completion:
    """Join a stream of deltas into a ``Completion`` (for backends whose ``generate`` streams)."""
    parts = [delta async for delta in deltas]
    return Completion(text="".join(parts), finish_reason=FinishReason.STOP, model=model)
