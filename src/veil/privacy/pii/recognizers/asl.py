"""Age/sex/location triplets, the oldest shape of a chat introduction: "25/f/berlin",
"m/31/leeds", "asl? 24 f nottingham".

With slashes the form is unmistakable and the third part is a place whatever it is (a town in no
gazetteer too), unless it is an everyday word ("24/f/bored"). Spaced, only after "asl" or
opening the message, and the third part only when it is a known place or a capitalised word
that is no everyday word ("24 f here" is not a place).
"""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import is_frequent
from veil.privacy.pii.lexicon import is_common, minor_places, places, towns
from veil.privacy.pii.recognizers.base import TextView

_SEX = r"(?i:f|m|w|nb|h|ftm|mtf|female|male)"
_PLACE = r"([^\W\d_][^\W\d_'’.-]*(?:[ -][A-ZÀ-Þ][^\W\d_'’.-]*)?)"
_SLASHED = re.compile(
    rf"(?<![\w/])(?:(\d{{2}})\s*/\s*{_SEX}|{_SEX}\s*/\s*(\d{{2}}))\s*/\s*{_PLACE}(?![\w/])",
)
_SPACED = re.compile(
    rf"(?:\basl\W*|^\W*)(?:(\d{{2}})\s+{_SEX}|{_SEX}\s+(\d{{2}}))[\s,]+{_PLACE}(?!\w)",
)

# Where the spaced form is searched: a digit opening the message, or "asl" as a word in its
# first line. The literal first: "." stops at a line's end, and reading the line back for "asl"
# cost every message with a digit ~1 µs (speed only, the same messages).
_OPENING_DIGIT = re.compile(r"\W*\d")
_ASL_IN_FIRST_LINE = re.compile(r".*\basl\b")


def _spaced_hint(lower: str) -> bool:
    """Whether the spaced form is searched: "\\W*\\d|.*\\basl\\b" matched at the start."""
    return _OPENING_DIGIT.match(lower) is not None or (
        "asl" in lower and _ASL_IN_FIRST_LINE.match(lower) is not None
    )


class AslRecognizer:
    name: ClassVar[str] = "asl"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.AGE, EntityType.LOCATION})

    def analyze(self, view: TextView) -> list[Entity]:
        if not view.has_digit or ("/" not in view.text and not _spaced_hint(view.lower)):
            return []
        found: list[Entity] = []
        for pattern, strict in ((_SLASHED, False), (_SPACED, True)):
            for match in pattern.finditer(view.text):
                age = 1 if match.group(1) else 2
                if not 13 <= int(match.group(age)) <= 99:
                    continue
                found.append(Entity(*match.span(age), EntityType.AGE, 0.8, self.name))
                if self._place(match.group(3), view.language, strict=strict):
                    found.append(Entity(*match.span(3), EntityType.LOCATION, 0.7, self.name))
        return found

    @staticmethod
    def _place(text: str, language: str, *, strict: bool) -> bool:
        word = text.lower()
        if word in places() or word in minor_places() or word in towns():
            return True
        # Word lists hold towns too ("swansea", "nottingham"): an everyday word here is a
        # frequent one ("24/f/bored").
        if is_common(word) or any(is_frequent(word, other) for other in {language, "en"}):
            return False
        return not strict or text[0].isupper()
