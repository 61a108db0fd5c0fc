"""`word_start` puts a look-ahead on a pattern's first characters: the matches must not change."""

from __future__ import annotations

import re

import pytest

from veil.privacy.pii.recognizers.base import opening_gate, word_start

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
    ],
)
def test_left_alone_when_the_first_characters_are_not_known(pattern: str) -> None:
    assert word_start(pattern) == pattern


GATED = [
    r"\b(?:told|(?<!is )called|asked)\s+(\w+)",
    r"\b(?:i'?m|i am|im|ich bin)\s+(\w+)",
    r"\b(?:my|mein)\s+(?:name|nombre)\s+(?:is|ist)\s+(\w+)",
    r"\b(?:a|an)\s+(\w+)",  # short alternatives: a gate shorter than four characters
    r"\b(?:x+o*|hugs)\b",  # a repeat: anything may follow its first characters
    r"\b(?:x)?told\s+(\w+)",  # an optional first part: gated, with no character class
]
GATE_TEXTS = [
    *TEXTS,
    "i am nadia, im dan, i'm léa, ich bin Ole",
    "my name is jen, mein name ist Ole, my nombre es ana",
    "i\xa0am nadia and my\u202fname\u3000is jen",  # blanks a phone types: no-break, narrow, wide
    "xoxo, xxx, hugs, an owl, a cat",
]


@pytest.mark.parametrize("pattern", GATED)
def test_opening_gate_keeps_every_match(pattern: str) -> None:
    assert opening_gate(pattern).startswith("(?=")
    fast = re.compile(word_start(pattern))
    for text in GATE_TEXTS:
        lower = text.lower()
        plain = [(m.span(), m.groups()) for m in re.finditer(pattern, lower)]
        assert [(m.span(), m.groups()) for m in fast.finditer(lower)] == plain


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:[a-z]+|told)",  # a class
        r"\b(?:a|b)\w",  # one character is all that can be told
        r"(?i)\b(?:told|asked)\s",  # other cases than the literals show
    ],
)
def test_no_gate_when_only_the_first_character_is_known(pattern: str) -> None:
    assert opening_gate(pattern) == ""
