"""Small text rules for the built-in engine: reading style hints and intent, turning memory
facts into the second person, and keeping hard limits out of a reply. Pure functions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from veil.domain.chat import StyleHint
from veil.llm.phrases import INTENT_KEYWORDS, TOPICS

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_SUFFIXES = ("ings", "ing", "ed", "es", "s")
_STOP = frozenset(
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "about",
        "any", "all", "no", "not", "never", "my", "me", "i", "you", "your", "topic", "topics",
        "talk", "talking", "mention", "mentions", "please", "don't", "do", "dont",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Style:
    length: int  # sentences to aim for
    emoji: bool | None  # True: always one; False: never; None: temperament decides
    lowercase: bool
    formal: bool


def read_style(instructions: Iterable[str]) -> Style:
    """Understand the canonical ``StyleHint`` sentences, and similar prose by keyword."""
    text = " ".join(instructions).lower()
    hints = set(instructions)
    short = StyleHint.SHORT in hints or _has(text, ("short", "brief", "concise", "terse"))
    long = StyleHint.LONG in hints or _has(text, ("longer", "detailed", "elaborate"))
    no_emoji = StyleHint.NO_EMOJI in hints or bool(
        re.search(r"\b(no|not|never|avoid|without|don't)\b[^.]*\bemoji", text)
    )
    emoji = StyleHint.EMOJI in hints or (not no_emoji and "emoji" in text)
    return Style(
        length=2 if short and not long else 5 if long else 3,
        emoji=False if no_emoji else True if emoji else None,
        lowercase=StyleHint.LOWERCASE in hints or _has(text, ("lowercase", "lower case")),
        formal=StyleHint.FORMAL in hints or _has(text, ("formal", "polite")),
    )


def _has(text: str, words: tuple[str, ...]) -> bool:
    """Whole words; keywords longer than three letters also match as a prefix ('thank')."""
    return any(
        re.search(rf"\b{re.escape(word)}" + (r"\b" if len(word) <= 3 else ""), text)
        for word in words
    )


def detect_intent(message: str) -> str | None:
    """The first intent whose keyword appears as whole words in the message."""
    text = " ".join(_WORD.findall(message.lower()))
    for intent, keywords in INTENT_KEYWORDS.items():
        if _has(text, tuple(" ".join(_WORD.findall(k)) for k in keywords)):
            return intent
    return None


def find_topic(message: str) -> str | None:
    for word in _WORD.findall(message.lower()):
        if word in TOPICS:
            return TOPICS[word]
    return None


_THIRD_PERSON = re.compile(r"^(?:the )?user(?:'s)?\b", re.IGNORECASE)
_VERB_FIX = {"is": "are", "was": "were", "has": "have", "does": "do"}
_FIRST_TO_SECOND = {
    "i": "you", "i'm": "you're", "am": "are", "my": "your", "me": "you", "mine": "yours",
    "myself": "yourself", "was": "were",
}  # fmt: skip


def second_person(fact: str) -> str:
    """'The user has a cat named Miso.' / 'I have a cat' -> 'you have a cat ...'."""
    text = fact.strip().rstrip(".!?").strip()
    match = _THIRD_PERSON.match(text)
    if match:
        rest = text[match.end() :].strip()
        if match.group(0).lower().endswith("'s"):
            return f"your {rest}"
        verb, _, tail = rest.partition(" ")
        verb = _VERB_FIX.get(verb.lower(), verb[:-1] if verb.endswith("s") else verb)
        return f"you {verb} {tail}".strip()
    words = text.split(" ")
    if words and words[0].lower() in {"i", "i'm", "my"}:
        swapped = [_FIRST_TO_SECOND.get(w.lower(), w) if i < 3 or w.lower() in {"my", "me"}
                   else w for i, w in enumerate(words)]  # fmt: skip
        return " ".join(swapped)
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


_NAME = re.compile(r"\b(?:name is|called|call me)\s+([A-Z][\w'-]{1,30})")


def user_name(facts: Iterable[str]) -> str | None:
    for fact in facts:
        match = _NAME.search(fact)
        if match:
            return match.group(1)
    return None


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


class LimitGuard:
    """Decides whether a sentence touches any of the user's hard limits.

    Conservative on purpose: a limit matches as a phrase, and each of its content words
    matches any word that shares its stem, so 'choking' also catches 'choke' and 'choked'.
    """

    def __init__(self, limits: Iterable[str]) -> None:
        self._phrases = tuple(limit.lower().strip() for limit in limits if limit.strip())
        self._stems = frozenset(
            _stem(word)
            for phrase in self._phrases
            for word in _WORD.findall(phrase)
            if word not in _STOP and len(word) >= 2
        )

    def allows(self, sentence: str) -> bool:
        lowered = sentence.lower()
        if any(phrase in lowered for phrase in self._phrases):
            return False
        for word in _WORD.findall(lowered):
            stem = _stem(word)
            if stem in self._stems or any(
                len(limit) >= 4 and (stem.startswith(limit) or word.startswith(limit))
                for limit in self._stems
            ):
                return False
        return True
