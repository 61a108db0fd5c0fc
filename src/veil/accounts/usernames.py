"""Usernames: normalisation, the rules a username must meet, and random suggestions.

A username has two forms:

- the *display* form: Unicode NFKC of what the person typed, trimmed; stored encrypted;
- the *canonical* form: the display form case-folded and normalised again (Unicode's
  "identifier caseless match", NFKC(casefold(NFKC(s)))); the blind index is computed over it,
  so ``Velvet_Otter`` and ``velvet_otter`` are the same account.

Rules (checked on the canonical form): 3-32 characters; letters, ASCII digits and ``_ . -``;
starts and ends with a letter or digit; no two separators in a row; letters from one script
only (Han, Hiragana and Katakana count as one), so a Cyrillic ``а`` cannot impersonate a
Latin ``a``.

Suggestions are adjective + noun + four digits from the word lists in ``wordlists.py``:
common English words, none of them a personal name.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass

from veil.accounts.wordlists import ADJECTIVES, NOUNS
from veil.domain.errors import InputError

MIN_LENGTH = 3
MAX_LENGTH = 32
SEPARATORS = frozenset("_.-")
_DIGITS = frozenset("0123456789")
_JAPANESE = {"CJK", "HIRAGANA", "KATAKANA"}


@dataclass(frozen=True, slots=True)
class Username:
    display: str
    canonical: str


def normalise(raw: str) -> Username:
    """Return the display and canonical forms, or raise ``InputError`` naming the rule."""
    display = unicodedata.normalize("NFKC", raw).strip()
    canonical = unicodedata.normalize("NFKC", display.casefold())
    _check(canonical)
    return Username(display=display, canonical=canonical)


def canonical(raw: str) -> str:
    """The canonical form of ``raw`` without checking the rules (for sign-in lookups)."""
    display = unicodedata.normalize("NFKC", raw).strip()
    return unicodedata.normalize("NFKC", display.casefold())


def _check(name: str) -> None:
    if not MIN_LENGTH <= len(name) <= MAX_LENGTH:
        raise InputError(f"a username has {MIN_LENGTH} to {MAX_LENGTH} characters")
    if any(not (ch.isalpha() or ch in _DIGITS or ch in SEPARATORS) for ch in name):
        raise InputError("a username may contain letters, digits and _ . - only")
    if name[0] in SEPARATORS or name[-1] in SEPARATORS:
        raise InputError("a username starts and ends with a letter or a digit")
    if any(a in SEPARATORS and b in SEPARATORS for a, b in zip(name, name[1:], strict=False)):
        raise InputError("a username has no two separators in a row")
    if len({_script(ch) for ch in name if ch.isalpha()}) > 1:
        raise InputError("a username uses letters from one script only")


def _script(ch: str) -> str:
    first = unicodedata.name(ch, "UNKNOWN").split(" ")[0].split("-")[0]
    return "CJK" if first in _JAPANESE else first


def suggest(count: int = 5) -> list[str]:
    """Return ``count`` distinct random usernames such as ``velvet_otter_4821``."""
    found: list[str] = []
    while len(found) < count:
        name = (
            f"{secrets.choice(ADJECTIVES)}_{secrets.choice(NOUNS)}_{secrets.randbelow(10_000):04d}"
        )
        if name not in found:
            found.append(name)
    return found
