"""What every recognizer reads and implements: the :class:`TextView` and the Protocol."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

from veil.domain.pii import Entity, EntityType

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class TextView:
    """One message as every recognizer sees it; the analyzer builds it once per message."""

    text: str
    lower: str
    language: str
    has_digit: bool

    @classmethod
    def of(cls, text: str, language: str) -> TextView:
        return cls(text, lowered(text), language, _DIGIT.search(text) is not None)


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets into it are offsets into ``text``."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def near(lower: str, start: int, end: int, words: re.Pattern[str], window: int = 40) -> bool:
    """Whether a context word occurs within ``window`` characters around ``[start, end)``."""
    return words.search(lower, max(0, start - window), min(len(lower), end + window)) is not None


@runtime_checkable
class Recognizer(Protocol):
    """Finds one family of entities. Must be pure: no I/O, no network, no shared mutable state."""

    name: ClassVar[str]
    entity_types: ClassVar[frozenset[EntityType]]

    def analyze(self, view: TextView) -> list[Entity]: ...
