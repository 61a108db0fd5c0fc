"""`word_start` puts a look-ahead on a pattern's first characters: the matches must not change."""

from __future__ import annotations

import re

import pytest

from veil.privacy.pii.recognizers.base import word_start

TEXTS = [
    "i told nadia everything, then called Mom",
    "ich arbeite bei Globex und spiele beim FC Musterstadt",
    "(?<!is )called: my cat is called Miso",
    "Élodie é à école",
    "",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:told|(?<!is )called|asked)\s+(\w+)",
        r"\b(?:arbeite bei|spiele beim)\s+([A-Z]\w+)",
        r"\b(?:é|école|élodie)\b",
    ],
)
def test_same_matches(pattern: str) -> None:
    fast = re.compile(word_start(pattern))
    assert fast.pattern.startswith("(?=[")
    for text in TEXTS:
        plain = [m.span() for m in re.finditer(pattern, text.lower())]
        assert [m.span() for m in fast.finditer(text.lower())] == plain


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i:told|asked)\s+\w+",  # other cases than the literals show
        r"\b(?:[a-z]+|told)",  # a class: first characters not read exactly
        r"\b(?:x)?told",  # an optional first part
    ],
)
def test_left_alone_when_the_first_characters_are_not_known(pattern: str) -> None:
    assert word_start(pattern) == pattern
