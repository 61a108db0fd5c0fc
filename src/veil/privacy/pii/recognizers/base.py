"""What every recognizer reads and implements: the :class:`TextView` and the Protocol."""

from __future__ import annotations

import re
import re._constants as sre_constants  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, TypeVar, runtime_checkable

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.recognizers.alternation import factored
from veil.privacy.pii.recognizers.word_gate import words_of

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
    # The message's words, split once: a pattern that cannot match without one of a few
    # words is tried only on a message that holds one (:mod:`.word_gate`).
    words: frozenset[str]

    @classmethod
    def of(cls, text: str, language: str, lower: str | None = None) -> TextView:
        lower = lowered(text) if lower is None else lower
        digits = len(_DIGIT.findall(text))
        return cls(text, lower, language, digits > 0, digits, text != lower, words_of(lower))


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
    """``pattern`` behind look-aheads on the characters its matches can open with.

    Python's regex engine tries every alternative at every position when a pattern opens with
    ``\\b`` and a long alternation; a look-ahead on a character class skips most positions at
    once (2-3x faster on chat text), and one on the first few characters
    (:func:`opening_gate`) most of the rest. Both are read from one parse of the pattern, and
    only when they can be read exactly (not for a class of ranges or categories, nor for a
    case-insensitive part). The pattern's long alternations are grouped by first character
    (:func:`~.alternation.factored`), so the engine walks fewer alternatives where it does
    try it. The matches are the pattern's own.
    """
    found = pattern_openings(pattern, GATE_LENGTH)
    if found is None or not all(prefix for prefix, _ in found):
        return factored(pattern)  # a match may open with anything
    first = "".join(sorted({prefix[0] for prefix, _ in found}))
    return rf"(?=[{re.escape(first)}])" + _gate(found, GATE_LENGTH) + factored(pattern)


# What ``\s`` matches in a str pattern: the characters str.isspace() calls blank, all below
# U+3001 (a no-break space typed on a phone is one).
_SPACES = "".join(char for char in map(chr, range(0x3001)) if char.isspace())
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
# How many opening characters a gate reads: four split a few hundred cue words finely.
GATE_LENGTH = 4
_Openings = set[tuple[str, bool]]
_Trie = dict[str, "_Trie | None"]


def opening_gate(pattern: str, length: int = GATE_LENGTH) -> str:
    """A look-ahead on the first ``length`` characters a match of ``pattern`` can open with,
    as a trie ("" when a match may open with anything, or the first character is all that can
    be told). Same matches, fewer positions where the pattern itself is tried."""
    return _gate(pattern_openings(pattern, length), length)


def pattern_openings(pattern: str, length: int) -> _Openings | None:
    """:func:`_openings` of ``pattern``; None when it is case-insensitive as a whole (other
    cases than the literals show)."""
    parsed = sre_parse.parse(pattern)
    return None if parsed.state.flags & re.IGNORECASE else _openings(parsed, length)


def _gate(found: _Openings | None, length: int) -> str:
    """The look-ahead trie of :func:`opening_gate` over prefixes already read."""
    if (
        not found
        or any(not prefix for prefix, _ in found)
        or all(len(prefix) < 2 for prefix, _ in found)
    ):
        return ""
    trie: _Trie = {}
    # shorter prefixes first: any character may follow them, and longer ones add nothing
    for prefix, _ in sorted(found, key=lambda item: len(item[0])):
        node: _Trie | None = trie
        for index, char in enumerate(prefix):
            if node is None:
                break  # a shorter prefix already lets anything through here
            if index == len(prefix) - 1 and len(prefix) < length:
                node[char] = None
            else:
                node = node.setdefault(char, {})
    return "(?=" + _trie_pattern(trie) + ")"


def _openings(items: Any, length: int) -> _Openings:
    """The first ``length`` characters a match of the parsed ``items`` opens with, as pairs of
    a prefix and whether any character may follow it (a prefix shorter than ``length``)."""
    partial: _Openings = {("", False)}
    for op, av in items:
        grown: _Openings = set()
        for prefix, more in partial:
            if more or len(prefix) == length:
                grown.add((prefix, more))
            else:
                grown |= _grown(prefix, op, av, length - len(prefix))
        partial = grown
    return partial


def _grown(prefix: str, op: Any, av: Any, room: int) -> _Openings:
    """The prefixes ``prefix`` grows into through one parsed item (:func:`_openings`)."""
    if op in _ZERO_WIDTH:
        return {(prefix, False)}
    if op is sre_constants.LITERAL:
        return {(prefix + chr(av), False)}
    if op is sre_constants.IN:
        chars = _class_chars(av)
        return {(prefix, True)} if chars is None else {(prefix + c, False) for c in chars}
    if op is sre_constants.SUBPATTERN and not av[1] & re.IGNORECASE:
        return {(prefix + p, more) for p, more in _openings(av[3], room)}
    if op is sre_constants.BRANCH:
        return {(prefix + p, more) for branch in av[1] for p, more in _openings(branch, room)}
    if op in _REPEATS:
        low, high, item = av
        # after an occurrence shorter than the room another may follow: anything goes on
        found = {
            (prefix + p, more or (high > 1 and len(p) < room)) for p, more in _openings(item, room)
        }
        return found | {(prefix, False)} if low == 0 else found
    return {(prefix, True)}


def _class_chars(items: Any) -> str | None:
    """The characters of a character class of literals and blanks; None for any other."""
    chars = ""
    for op, av in items:
        if op is sre_constants.LITERAL:
            chars += chr(av)
        elif op is sre_constants.CATEGORY and av is sre_constants.CATEGORY_SPACE:
            chars += _SPACES
        else:
            return None
    return chars


def _trie_pattern(node: _Trie) -> str:
    """A trie of prefixes as a pattern; a character whose node is None or empty ends one."""
    ends = "".join(sorted(char for char, child in node.items() if not child))
    branches = [f"[{re.escape(ends)}]"] if ends else []
    branches += [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if child
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


KeyT = TypeVar("KeyT", bound=Hashable)


class LiteralGates(Generic[KeyT]):
    """Which of many gates a message passes, each gate a set of literals of which a match of
    its pattern holds one: one scan of the message instead of one search per gate.

    At each position the scan reads the longest literal that occurs there (the literals are
    tried longest first); every other literal occurring at that position is a prefix of it, so
    the gates of all of that literal's prefixes pass too. A gate passes exactly when one of its
    literals occurs in the message, as with a search per gate; with ``at_word_start``, one
    occurring where a word starts (:func:`opening_gates`).
    """

    def __init__(self, gates: Mapping[KeyT, Iterable[str]], *, at_word_start: bool = False) -> None:
        groups = {key: frozenset(group) for key, group in gates.items()}
        literals = sorted(frozenset().union(*groups.values()), key=len, reverse=True)
        if not literals or not all(literals):
            raise ValueError("gates need literals, none of them empty")
        self._passed = {
            longest: frozenset(
                key for key, group in groups.items() if any(map(longest.startswith, group))
            )
            for longest in literals
        }
        first = "".join(sorted({literal[0] for literal in literals}))
        alternatives = factored("|".join(map(re.escape, literals)))
        boundary = r"\b" if at_word_start else ""
        self._scan = re.compile(rf"(?=[{re.escape(first)}]){boundary}(?=({alternatives}))")

    def passed(self, text: str) -> set[KeyT]:
        """The keys of the gates ``text`` passes."""
        passed: set[KeyT] = set()
        for match in self._scan.finditer(text):
            passed |= self._passed[match.group(1)]
        return passed


def opening_gates(patterns: Mapping[str, str], length: int) -> LiteralGates[str]:
    """Which of several patterns may match a lower-cased message, told by one scan for the
    openings of all of them instead of a search per pattern (speed only: most messages match
    none).

    Every pattern opens with a word boundary, and its openings (the first ``length``
    characters a match can open with) are read off the pattern as written, as for
    :func:`opening_gate`. A pattern one of whose matches starts in the message has one of its
    openings where a word starts, so it passes.
    """
    openings: dict[str, frozenset[str]] = {}
    for key, pattern in patterns.items():
        found = pattern_openings(pattern, length)
        if not pattern.startswith(r"\b") or not found or not all(p for p, _ in found):
            raise ValueError(f"{key}: no openings at a word boundary to gate on")
        openings[key] = frozenset(prefix for prefix, _ in found)
    return LiteralGates(openings, at_word_start=True)


@runtime_checkable
class Recognizer(Protocol):
    """Finds one family of entities. Must be pure: no I/O, no network, no shared mutable state."""

    name: ClassVar[str]
    entity_types: ClassVar[frozenset[EntityType]]

    def analyze(self, view: TextView) -> list[Entity]: ...
