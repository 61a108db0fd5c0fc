from __future__ import annotations

import random
import re

import pytest

from veil.privacy.pii.recognizers import address, handle, location, person_cues
from veil.privacy.pii.recognizers.word_gate import finite_strings, passes, required_words, words_of


def _sets(pattern: str) -> list[list[str]]:
    return sorted(sorted(words) for words in required_words(pattern))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:call|text) me\b", [["call", "text"], ["me"]]),
        # the parser folds "says|said" into "sa(?:ys|id)": still read as two words
        (r"\s+(?:says|said)\b", [["said", "says"]]),
        (r"\bhi(?:ya)?\b", [["hi", "hiya"]]),
        (r"\b(?:x{1,2}|xo)\b", [["x", "xo", "xx"]]),
        # a look-behind that shuts out letters is a boundary too
        (r"(?<![\w@])at\s+(?=[A-Z])", [["at"]]),
    ],
)
def test_words_are_read_off_the_pattern(pattern: str, expected: list[list[str]]) -> None:
    assert _sets(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"work\w*",  # a word that may go on: no set of words holds it
        r"(?i)\bcall me\b",  # other cases than the literals show
        r"\bœil\b",  # a letter the split does not keep in a word
        r"\b(?:call me|\d+)",  # one alternative holds no word
        r"\bcall\B",  # no boundary after the word
        r"\b(?:my )?name\b",  # an optional group before the word: not followed, so no gate
        r"[a-z]+ing\b",
        r"(?:\s?)+call\b",  # blanks that may be none: a letter may stand before "call"
    ],
)
def test_no_gate_where_the_reading_is_not_exact(pattern: str) -> None:
    assert required_words(pattern) == ()
    assert passes(frozenset(), required_words(pattern))


def test_words_of_a_message() -> None:
    words = words_of("hi, i'm zoë—call me at 5 l'été ça x2")
    assert words == {"hi", "i", "m", "zoë", "call", "me", "at", "l", "été", "ça", "x"}


def test_a_gate_passes_only_a_message_with_a_word_of_each_set() -> None:
    gate = required_words(r"\b(?:call|text) me\b")
    assert passes(words_of("pls call me later"), gate)
    assert not passes(words_of("call him later"), gate)
    assert not passes(words_of("recall meanwhile"), gate)


_GATED = [
    person_cues.LEADING,
    person_cues.SUBJECT,
    person_cues.SUBJECT_SOCIAL,
    person_cues.SUBJECT_SOCIAL_CUED,
    handle._PLATFORM,
    handle._TRAILING,
    address._FR,
    address._ES_IT,
    location._WEAK,
]


@pytest.mark.parametrize("pattern", _GATED, ids=lambda p: p.pattern[:30])
def test_the_recognizers_gates_never_shut_out_a_match(pattern: re.Pattern[str]) -> None:
    gate = required_words(pattern)
    assert gate  # the speed-up is there
    vocabulary = sorted({word for words in gate for word in words})
    # the gate's words, other words, and phrases the patterns take (so that they match often)
    pieces = [*vocabulary, "sarah", "Sarah", "ok", "12", "rue", "via", "x", "'", "’", "-"]
    pieces += [
        "kane and i",
        "pickering is my married name",
        "tessa just texted me",
        "do u think niall likes me",
        "add me on insta jen_x",
        "my snap is jen.x",
        "12 rue de la paix",
        "via roma 3",
        "calle mayor 5",
        "i live near leeds",
    ]
    blanks = [" ", " ", ", ", ". ", "\n", "", "'", "-", "/", "_", "2"]
    rng = random.Random(len(pattern.pattern))
    matched = 0
    for _ in range(1500):
        text = "".join(rng.choice(pieces) + rng.choice(blanks) for _ in range(rng.randint(1, 8)))
        if pattern.search(text) is not None:
            matched += 1
            assert passes(words_of(text), gate), text
    assert matched  # the texts did reach the pattern


def test_finite_strings_lists_every_string_a_pattern_matches() -> None:
    strings = finite_strings(r"\b(?:dix|vingt)(?:[- ](?:un|deux))?\b")
    assert strings == {
        "dix", "dix-un", "dix un", "dix-deux", "dix deux",
        "vingt", "vingt-un", "vingt un", "vingt-deux", "vingt deux",
    }  # fmt: skip


@pytest.mark.parametrize("pattern", [r"\w+", r"a{1,9}", r"[a-z]", r"(?i)abc"])
def test_finite_strings_refuses_what_it_cannot_list(pattern: str) -> None:
    with pytest.raises(ValueError, match="cannot be listed"):
        finite_strings(pattern)
