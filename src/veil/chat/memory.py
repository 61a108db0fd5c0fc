"""What the companion may remember, and the user's preferences and hard limits.

Storage-free: this module finds candidate facts in a message and checks replies against
limits; the chat service decides (under ``personalization`` consent) what is stored, sealed
under the user's key, and shown in ``GET /api/v1/me/memory``.

Facts are of two kinds. *Explicit*: the user asked ("remember that …", "don't forget …",
and the German, French, Spanish and Italian equivalents). *Inferred*: a few conservative
first-person patterns ("my favourite X is Y", "I love …", "I work as …", "I have a dog
named …", "call me …", "my pronouns are …"). Questions are never facts.

Safeword (decision): the user's own safeword stops the scene whenever it appears as a whole
word, in any case or accent; the built-in stop signals ("red", "safeword", "stop", "stopp",
"basta") only when they are the whole message, since "red" or "stop" inside a sentence is
ordinary speech.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from veil.domain.errors import InputError
from veil.domain.safety import normalise

__all__ = [
    "BUILTIN_STOP_SIGNALS",
    "Fact",
    "FactKind",
    "Pace",
    "Preferences",
    "Tone",
    "extract_facts",
    "is_safeword",
    "mentions_limit",
]

MAX_FACT_CHARS = 200
MAX_ITEMS = 30
MAX_ITEM_CHARS = 60
BUILTIN_STOP_SIGNALS = frozenset({"red", "safeword", "stop", "stopp", "basta"})


class FactKind(StrEnum):
    EXPLICIT = "explicit"
    INFERRED = "inferred"


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    kind: FactKind
    source_message_id: str | None = None

    def __repr__(self) -> str:  # personal data: never print the text
        return f"Fact(kind={self.kind.value}, chars={len(self.text)})"


# A fact opens a sentence or a clause: "hi, remember that …", "… and remember that …".
_START = (
    r"(?:^|(?<=[.!?;,\n])|(?<=\band\ )|(?<=\bbut\ )|(?<=\balso\ )|(?<=\bund\ )|(?<=\bet\ )"
    r"|(?<=\by\ )|(?<=\be\ ))\s*"
)
# "remember that night we met" is reminiscing, not a request to remember something.
_NOT_A_FACT = r"(?!(?:that\ )?(?:time|night|day|evening|morning|weekend|summer|moment|when)\b)"
_PLEASE = r"(?:(?:please|pls|plz|bitte|s'il te pla[iî]t|por favor|per favore)[ ,]+)?"
_EXPLICIT = re.compile(
    _START
    + _PLEASE
    + r"""(?:remember|don't\ forget|do\ not\ forget|never\ forget|keep\ in\ mind|note
      |merk\ dir|vergiss\ nicht|denk\ daran|souviens[- ]toi|rappelle[- ]toi|n'oublie\ pas|retiens
      |recuerda|acuérdate\ de|no\ olvides|ricorda(?:ti)?|non\ dimenticare)
      [ ,:]+"""
    + _NOT_A_FACT
    + r"""(?:that\ |dass\ |que\ |qu'|che\ )?
      (?P<fact>[^.!?;\n]+)(?P<end>[.!?;\n]|$)""",
    re.IGNORECASE | re.VERBOSE,
)
_INFERRED = tuple(
    re.compile(_START + pattern + r"(?P<end>[.!?,;\n]|$)", re.IGNORECASE | re.VERBOSE)
    for pattern in (
        r"(?P<fact>my\ favou?rite\ [\w ]{2,30}?\ (?:is|are)\ [^.!?,;\n]{1,60})",
        r"(?P<fact>i\ (?:really\ )?(?:love|like|enjoy|adore|hate|can't\ stand)\ "
        r"(?!you\b|u\b|it\b|this\b|that\b|when\b|how\b|your\b|ya\b|them\b|him\b|her\b"
        r"|the\ way\b)[^.!?,;\n]{2,60})",
        r"(?P<fact>i\ work\ as\ an?\ [^.!?,;\n]{2,60})",
        r"(?P<fact>i\ have\ an?\ [\w ]{2,30}?\ (?:named|called)\ \w+)",
        r"(?P<fact>call\ me\ \w+)",
        r"(?P<fact>my\ name(?:\ is|'s|’s)\ \w+)",
        r"(?P<fact>(?:ich\ hei(?:ß|ss)e|je\ m'appelle|me\ llamo|mi\ chiamo)\ \w+)",
        r"(?P<fact>my\ pronouns\ are\ [\w/]{2,20})",
        r"(?P<fact>(?:mein\ lieblings\w+\ ist|ich\ liebe|ich\ arbeite\ als|nenn\ mich)"
        r"\ (?!dich\b)[^.!?,;\n]{2,60})",
        r"(?P<fact>(?:mon|ma)\ \w+\ pr[ée]f[ée]r[ée]e?\ est\ [^.!?,;\n]{2,60})",
        r"(?P<fact>(?:j'adore|je\ travaille\ comme|appelle[- ]moi)\ (?!toi\b)[^.!?,;\n]{2,60})",
        r"(?P<fact>(?:mi\ \w+\ favorit[oa]\ es|me\ encanta|trabajo\ como|ll[áa]mame)"
        r"\ (?!t[uú]\b)[^.!?,;\n]{2,60})",
        r"(?P<fact>(?:il\ mio|la\ mia)\ \w+\ preferit[oa]\ [èe]\ [^.!?,;\n]{2,60})",
        r"(?P<fact>(?:adoro|lavoro\ come|chiamami)\ (?!te\b)[^.!?,;\n]{2,60})",
    )
)


def _clean(fact: str) -> str:
    return " ".join(fact.split())[:MAX_FACT_CHARS].rstrip(" ,:")


def extract_facts(message: str, *, message_id: str | None = None) -> tuple[Fact, ...]:
    """Candidate facts in one user message, explicit ones first, without duplicates."""
    found: list[Fact] = []
    covered: list[tuple[int, int]] = []
    for match in _EXPLICIT.finditer(message):
        if match.group("end") == "?":
            continue
        covered.append(match.span())
        found.append(Fact(_clean(match.group("fact")), FactKind.EXPLICIT, message_id))
    for pattern in _INFERRED:
        for match in pattern.finditer(message):
            inside = any(a <= match.start("fact") < b for a, b in covered)
            if match.group("end") == "?" or inside:
                continue
            found.append(Fact(_clean(match.group("fact")), FactKind.INFERRED, message_id))
    unique: dict[str, Fact] = {}
    for fact in found:
        if fact.text:
            unique.setdefault(fact.text.casefold(), fact)
    return tuple(unique.values())


# ---------------------------------------------------------------------------------------------
# Preferences and limits
# ---------------------------------------------------------------------------------------------
class Tone(StrEnum):
    UNSET = ""
    GENTLE = "gentle"
    PLAYFUL = "playful"
    ROMANTIC = "romantic"
    TEASING = "teasing"
    PASSIONATE = "passionate"
    CARING = "caring"


class Pace(StrEnum):
    UNSET = ""
    SLOW = "slow"
    MEDIUM = "medium"
    FAST = "fast"


_SAFEWORD = re.compile(r"^[^\W\d_]{2,32}$")


def _items(values: Iterable[str], what: str) -> tuple[str, ...]:
    items = tuple(" ".join(str(v).split()) for v in values)
    if len(items) > MAX_ITEMS or any(not 0 < len(v) <= MAX_ITEM_CHARS for v in items):
        raise InputError(f"invalid {what}")
    return items


@dataclass(frozen=True, slots=True)
class Preferences:
    """Tone, pace, topics the user enjoys, hard limits never to be raised, and a safeword.

    Raises ``InputError`` on construction if a field is out of bounds.
    """

    tone: Tone = Tone.UNSET
    pace: Pace = Pace.UNSET
    topics: tuple[str, ...] = ()
    limits: tuple[str, ...] = ()
    safeword: str = ""

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "tone", Tone(self.tone))
            object.__setattr__(self, "pace", Pace(self.pace))
        except ValueError as exc:
            raise InputError("invalid tone or pace") from exc
        object.__setattr__(self, "topics", _items(self.topics, "topics"))
        object.__setattr__(self, "limits", _items(self.limits, "limits"))
        if self.safeword and not _SAFEWORD.match(self.safeword):
            raise InputError("a safeword is one word of 2-32 letters")

    def __repr__(self) -> str:  # personal data
        return f"Preferences(topics={len(self.topics)}, limits={len(self.limits)})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "tone": self.tone.value,
            "pace": self.pace.value,
            "topics": list(self.topics),
            "limits": list(self.limits),
            "safeword": self.safeword,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Preferences:
        topics, limits = data.get("topics", []), data.get("limits", [])
        if not isinstance(topics, list | tuple) or not isinstance(limits, list | tuple):
            raise InputError("invalid preferences")
        return cls(
            tone=data.get("tone", ""),
            pace=data.get("pace", ""),
            topics=tuple(topics),
            limits=tuple(limits),
            safeword=str(data.get("safeword", "")),
        )


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", normalise(text))


def is_safeword(message: str, safeword: str | None) -> bool:
    """True if the message stops the scene (see the module docstring for the rule)."""
    words = _words(message)
    if len(words) == 1 and words[0] in BUILTIN_STOP_SIGNALS:
        return True
    return bool(safeword) and normalise(safeword or "") in words


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def mentions_limit(text: str, limits: Iterable[str]) -> bool:
    """True if ``text`` raises any hard-limit topic (word or phrase, tolerant of inflection).

    Deliberately eager: a false hit costs one regenerated reply; a miss breaks a promise.
    """
    normalised = normalise(text)
    for limit in limits:
        words = _words(limit)
        if not words:
            continue
        pattern = r"\s+".join(
            rf"{re.escape(_stem(w))}\w*" if len(w) > 4 else re.escape(w) for w in words
        )
        if re.search(rf"\b{pattern}\b", normalised):
            return True
    return False
