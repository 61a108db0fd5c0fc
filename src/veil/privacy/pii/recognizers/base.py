"""What every recognizer reads and implements: the :class:`TextView` and the Protocol."""

from __future__ import annotations

import re
import re._constants as sre_constants  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, runtime_checkable

from veil.domain.pii import Entity, EntityType

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class TextView:
    """One message as every recognizer sees it; the analyzer builds it once per message."""

    text: str
    lower: str
    language: str
    has_digit: bool
    # How many digits: cards, social security and phone numbers need many, and most chat
    # holds none or a time or a price, so those recognizers skip such a message at once.
    digits: int
    # Whether any letter is a capital: most chat is typed in lower case, and the recognizers
    # that read capitals (names, places, organisations) skip such a message at once.
    has_upper: bool

    @classmethod
    def of(cls, text: str, language: str, lower: str | None = None) -> TextView:
        lower = lowered(text) if lower is None else lower
        digits = len(_DIGIT.findall(text))
        return cls(text, lower, language, digits > 0, digits, text != lower)


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets into it are offsets into ``text``."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def near(lower: str, start: int, end: int, words: re.Pattern[str], window: int = 40) -> bool:
    """Whether a context word occurs within ``window`` characters around ``[start, end)``."""
    return words.search(lower, max(0, start - window), min(len(lower), end + window)) is not None


def word_start(pattern: str) -> str:
    """``pattern`` behind a look-ahead on the characters its matches can open with.

    Python's regex engine tries every alternative at every position when a pattern opens with
    ``\\b`` and a long alternation; a look-ahead on a character class skips most positions at
    once (2-3x faster on chat text). The set is read from the parsed pattern; when it cannot
    be read exactly (a class, an optional first part), the pattern is returned unchanged.
    """
    first = opening_chars(pattern)
    if not first:
        return pattern
    return rf"(?=[{re.escape(''.join(sorted(first)))}])" + pattern


def opening_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can open with; None when not known exactly."""
    parsed = sre_parse.parse(pattern)
    return None if parsed.state.flags & re.IGNORECASE else _first_chars(parsed)


def _first_chars(items: Any) -> set[str] | None:
    """Characters a match of ``items`` opens with; None when not known exactly."""
    for op, av in items:
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue  # consumes nothing
        if op is sre_constants.LITERAL:
            return {chr(av)}
        if op is sre_constants.SUBPATTERN:
            # (?i:…) matches other cases than the literals show
            return None if av[1] & re.IGNORECASE else _first_chars(av[3])
        if op is sre_constants.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                chars = _first_chars(branch)
                if chars is None:
                    return None
                found |= chars
            return found
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] > 0:
            return _first_chars(av[2])
        return None
    return None


@runtime_checkable
class Recognizer(Protocol):
    """Finds one family of entities. Must be pure: no I/O, no network, no shared mutable state."""

    name: ClassVar[str]
    entity_types: ClassVar[frozenset[EntityType]]

    def analyze(self, view: TextView) -> list[Entity]: ...
