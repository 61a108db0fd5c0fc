"""Lorebook (``character_book``) activation: which entries enter the context, in what order.

- An entry is considered only if ``enabled`` and its content (decorators trimmed) is not empty.
- ``constant`` entries always match.
- Otherwise a primary key must occur in the last ``scan_depth`` messages, and, when
  ``selective`` and there are ``secondary_keys``, a secondary key too. Keys match as whole
  words (a key "cat" does not fire on "category"), case-insensitively unless
  ``case_sensitive``.
- ``use_regex`` entries never match: Veil does not run regular expressions supplied by a
  card, since one hostile pattern could stall the server (catastrophic backtracking). They are
  still kept and exported.
- Over the token budget, the lowest ``priority`` is dropped first, then the lowest
  ``insertion_order`` (CCv3); what is kept is placed by ascending ``insertion_order``.
- Recursive scanning (entries triggering entries) is not done; CCv3 leaves it optional.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from veil.chat.tokens import TokenCounter
from veil.domain.chat import LoreEntry, Persona

SEPARATOR_TOKENS = 1


@dataclass(frozen=True, slots=True)
class LoreSettings:
    scan_depth: int
    token_budget: int


def settings_for(persona: Persona, scan_depth: int, token_budget: int) -> LoreSettings:
    """The card's own ``scan_depth``/``token_budget``, never above the caller's caps."""
    book = persona.card_extras.get("book")
    depth, budget = scan_depth, token_budget
    if isinstance(book, dict):
        depth = _capped(book.get("scan_depth"), depth)
        budget = _capped(book.get("token_budget"), budget)
    return LoreSettings(depth, budget)


def _capped(value: object, cap: int) -> int:
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return min(int(value), cap)
    return cap


def content_of(entry: LoreEntry) -> str:
    """The entry's content with leading CCv3 ``@@decorator`` lines trimmed."""
    lines = entry.content.splitlines()
    while lines and lines[0].lstrip().startswith("@@"):
        lines.pop(0)
    return "\n".join(lines).strip()


@dataclass(frozen=True, slots=True)
class _Scan:
    text: str
    lowered: str


def _matches(keys: Sequence[str], scan: _Scan, case_sensitive: bool) -> bool:
    haystack = scan.text if case_sensitive else scan.lowered
    for key in keys:
        key = key.strip()
        if not key or (key if case_sensitive else key.lower()) not in haystack:
            continue  # cheap substring test first; the word-boundary check only on a hit
        head = r"(?<!\w)" if key[0].isalnum() or key[0] == "_" else ""
        tail = r"(?!\w)" if key[-1].isalnum() or key[-1] == "_" else ""
        flags = 0 if case_sensitive else re.IGNORECASE
        if re.search(head + re.escape(key) + tail, scan.text, flags):
            return True
    return False


def is_triggered(entry: LoreEntry, text: str) -> bool:
    return _triggered(entry, _Scan(text, text.lower()))


def _triggered(entry: LoreEntry, scan: _Scan) -> bool:
    if not entry.enabled or entry.use_regex or not content_of(entry):
        return False
    if entry.constant:
        return True
    if not _matches(entry.keys, scan, entry.case_sensitive):
        return False
    if entry.selective and entry.secondary_keys:
        return _matches(entry.secondary_keys, scan, entry.case_sensitive)
    return True


def select(
    entries: Sequence[LoreEntry],
    recent: Sequence[str],
    budget: int,
    counter: TokenCounter,
    render: Callable[[LoreEntry], str] | None = None,
) -> list[tuple[LoreEntry, str]]:
    """The triggered entries that fit ``budget`` tokens, in insertion order, each with the
    text it contributes (``render``, default: its content without decorators)."""
    render = render or content_of
    text = "\n".join(recent)
    scan = _Scan(text, text.lower())
    hits = [(i, e) for i, e in enumerate(entries) if _triggered(e, scan)]
    hits.sort(key=lambda pair: (-pair[1].priority, -pair[1].insertion_order, pair[0]))
    kept: list[tuple[int, LoreEntry, str]] = []
    used = 0
    for index, entry in hits:
        text = render(entry)
        cost = counter(text) + SEPARATOR_TOKENS
        if used + cost <= budget:
            kept.append((index, entry, text))
            used += cost
    kept.sort(key=lambda item: (item[1].insertion_order, item[0]))
    return [(entry, text) for _, entry, text in kept]


def is_before_char(entry: LoreEntry) -> bool:
    return entry.extras.get("position") == "before_char"
