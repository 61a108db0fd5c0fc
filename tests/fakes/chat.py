"""Chat fakes shared by the service and API tests: a consent port, a scripted backend."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field

from veil.chat.personas_service import builtin_record
from veil.domain.chat import GenerationRequest, Persona
from veil.domain.errors import BackendUnavailable, ConsentRequired
from veil.domain.purposes import Purpose

ARIA_ID = uuid.UUID("00000000-0000-7000-8000-00000000a1a1")
ARIA = builtin_record(
    ARIA_ID,
    Persona(
        name="Aria",
        description="A warm, curious companion.",
        first_message="Hi, I'm {{char}}. How was your day?",
    ),
)


class FakeConsent:
    """Consent state in a dict: every purpose off unless granted."""

    def __init__(self) -> None:
        self.granted: dict[uuid.UUID, set[Purpose]] = {}

    def grant(self, subject: uuid.UUID, *purposes: Purpose) -> None:
        self.granted.setdefault(subject, set()).update(purposes)

    def withdraw(self, subject: uuid.UUID, purpose: Purpose) -> None:
        self.granted.setdefault(subject, set()).discard(purpose)

    def allowed(self, subject: uuid.UUID, purpose: Purpose) -> bool:
        return purpose in self.granted.get(subject, set())

    def live_in(self, session: object, subject: uuid.UUID) -> dict[Purpose, bool]:
        return {purpose: self.allowed(subject, purpose) for purpose in Purpose}

    def require_purpose(self, subject: uuid.UUID, purpose: Purpose) -> None:
        if not self.allowed(subject, purpose):
            raise ConsentRequired(f"needs consent to '{purpose.value}'")


@dataclass
class ScriptedBackend:
    """Streams ``reply`` word by word; ``fail_after`` words then raises BackendUnavailable."""

    reply: str = "Hello there, it is lovely to see you again after such a long and busy day."
    fail_after: int | None = None
    requests: list[GenerationRequest] = field(default_factory=list)
    is_local: bool = True
    delay: float = 0.0  # seconds between words
    closed: int = 0  # streams closed before their end (client went away)

    async def stream(self, request: GenerationRequest) -> AsyncGenerator[str, None]:
        self.requests.append(request)
        words = self.reply.split(" ")
        try:
            for index, word in enumerate(words):
                if self.fail_after is not None and index >= self.fail_after:
                    raise BackendUnavailable("the model server is not answering")
                if self.delay:
                    await asyncio.sleep(self.delay)
                yield word if index == 0 else " " + word
        except (GeneratorExit, asyncio.CancelledError):  # closed early, or its task cancelled
            self.closed += 1
            raise
