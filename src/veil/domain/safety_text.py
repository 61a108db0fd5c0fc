"""Text normalisation for the safety policy: fold the tricks people use to slip past word lists.

Pure and standard-library only. ``normalise`` is public (``veil.domain.safety`` re-exports it;
``chat.memory`` uses it to match limits the same way); ``Text`` pairs normalised text with its
token set, computed once per check.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from veil.domain import safety_lexicon as lx


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and char not in "ñÑ":
            table[code] = base.lower()
    table.update(
        {ord(k): v for k, v in {"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d"}.items()}
    )
    # Cyrillic and Greek look-alikes of Latin letters.
    table.update(
        zip(map(ord, "аеёкморсухіјѕԁɡαεικνορτυχ"), "aeekmopcyxijsdgaeikvoptux", strict=True)
    )
    table.update(dict.fromkeys([0xAD, *range(0x200B, 0x2010), *range(0x2060, 0x2065), 0xFEFF]))
    table.update(dict.fromkeys(range(0x300, 0x370)))  # stray combining marks
    table.update({0x2018: "'", 0x2019: "'", 0x02BC: "'", 0x2032: "'"})
    return table


_FOLD = _fold_table()
_SPACED = re.compile(r"(?<!\w)(?:\w[ .\-_*+]{1,2}){2,}\w(?!\w)")
_LEET = re.compile(r"(?<=[a-zñ])[0134579@$!]+(?=[a-zñ])")
_LEET_MAP = str.maketrans("0134579@$!", "oieastgasi")
_REPEAT = re.compile(r"([a-zñ])\1{2,}")
_SPACED_WORDS = lx.SEXUAL_WORDS | lx.MINOR_WORDS | lx.CSAM_WORDS
_TOKEN = re.compile(r"[^\W_]+(?:[-'*][^\W_]+)?")


def _join_spaced(match: re.Match[str]) -> str:
    letters = re.sub(r"[\W_]", "", match.group())
    # "with a t e e n": the article was spaced out along with the word.
    if letters[0] in "ai" and match.group()[1] == " " and letters[1:] in _SPACED_WORDS:
        return f"{letters[0]} {letters[1:]}"
    return letters


def normalise(text: str) -> str:
    """Fold the tricks people use to slip past word lists.

    NFKC, casefold, accents stripped (``ñ`` kept), look-alike letters mapped, invisible
    characters dropped, spaced letters joined ("s e x" → "sex"), leetspeak inside words
    undone ("t33n" → "teen", "und3r" → "under"; "18yo" keeps its digits), long letter runs
    shortened, whitespace collapsed.
    """
    if text.isascii():
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    joined = _SPACED.sub(_join_spaced, folded)
    unleet = _LEET.sub(lambda m: m.group().translate(_LEET_MAP), joined)
    return " ".join(_REPEAT.sub(r"\1\1", unleet).split())


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    tokens: frozenset[str]

    def __repr__(self) -> str:  # message text never reaches a log through a repr
        return f"Text(chars={len(self.text)})"

    @classmethod
    def of(cls, raw: str) -> Text:
        text = normalise(raw)
        return cls(text, frozenset(_TOKEN.findall(text)))

    def has(self, words: frozenset[str]) -> bool:
        return not words.isdisjoint(self.tokens)

    def without(self, pattern: re.Pattern[str]) -> Text:
        cleaned = pattern.sub(" ", self.text)
        return self if cleaned == self.text else Text(cleaned, frozenset(_TOKEN.findall(cleaned)))
