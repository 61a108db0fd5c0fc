"""`factored` regroups long alternations by first character: every match must stay the same."""

from __future__ import annotations

import re

import pytest

from veil.privacy.pii.recognizers.alternation import factored

TEXTS = [
    "i work at globex, i'm working for initech and my name is jen",
    "ich arbeite bei Globex und spiele beim FC Musterstadt",
    "je travaille chez fnac, j'étudie à lyon",
    "call me dan. called: my cat is called miso. calling callum",
    "workers work working worked; w w w; ab abc abd ac",
    "",
]
PATTERNS = [
    r"\b(?:i work at|i work for|working for|work at|my name is|call me|called|calling)\s+(\w+)",
    r"\b(?:ab|c|abd|abc|ac)\b",  # a shorter word before a longer one of the same letter
    r"\b(?:work\w*|job|w|(?:w|v)ork|worker)\b",  # a group head: a fixed point of the order
    r"\b(?P<cue>arbeite bei|spiele beim|je travaille chez|j'étudie à)\s+(?P<name>\w+)",
    r"(?<!is )(?:called|calling|call me|cat)\b",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_and_groups(pattern: str) -> None:
    fast = re.compile(factored(pattern))
    plain = re.compile(pattern)
    assert fast.groupindex == plain.groupindex
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


def test_long_alternation_is_grouped() -> None:
    assert (
        factored(r"(?:work at|working for|job at|jobs)")
        == r"(?:w(?:ork at|orking for)|j(?:ob at|obs))"
    )


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:(a)b|(a)c|(a)d)",  # capturing groups would be renumbered
        r"(?i:abc|abd|abe)",  # other cases than the literals show
        r"(?<!abc|abd|abe)x",  # a lookbehind keeps its fixed width as written
        r"(?:a?b|a?c|a?d)",  # an optional first character is no head
        r"(?:\x41b|\x41c|\x41d)",  # an escape of more than two characters
    ],
)
def test_left_alone(pattern: str) -> None:
    assert factored(pattern) == pattern


def test_unreadable_pattern_is_returned_as_written() -> None:
    assert factored(r"(?:ab|ac|ad") == r"(?:ab|ac|ad"  # unbalanced: the caller's error
