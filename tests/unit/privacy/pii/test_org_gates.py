"""The gates in front of the organisation and location patterns (speed only) never shut out a
match: random texts of the patterns' own phrases, and each match's message passes its gate."""

from __future__ import annotations

import random
import re

import pytest

from veil.privacy.pii.recognizers import location, org, org_shapes
from veil.privacy.pii.recognizers.base import TextView, opening_gates
from veil.privacy.pii.recognizers.org_shapes import first_words

_BLANKS = [" ", " ", ", ", ". ", "\n", "", "'", "-", "/", "_", "2", ":"]


def _texts(pieces: list[str], seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces) + rng.choice(_BLANKS) for _ in range(rng.randint(1, 8)))
        for _ in range(count)
    ]


# Phrases the gated patterns take, and words near them, so that the texts match often.
_ORG_PIECES = [
    "i work at", "work", "working", "works at", "job", "shifts", "boss", "hr", "the", "at",
    "for", "in", "a", "second year at", "year", "grade", "anno", "terzo", "deuxième année à",
    "je travaille chez", "ich arbeite bei", "trabajo en", "lavoro presso", "studio a", "uni",
    "fan", "fans", "game", "lost", "won", "tifo", "soy del", "i go to", "runs", "owns",
    "commute from leeds to", "en l3 à", "en master chez", "je suis à", "la", "l'", "le",
    "globex", "acme", "new job!!", "colleagues", "coworker", "stage", "curro", "capo", "jefe",
    "intern", "interning at", "trainee", "barista", "master's", "applied", "x",
]  # fmt: skip


@pytest.mark.parametrize("key", ["cue", "affiliation", "year", "context", "team"])
def test_the_opening_gate_never_shuts_out_a_match(key: str) -> None:
    pattern = {
        "cue": org._CUE,
        "affiliation": org._AFFILIATION,
        "year": org._YEAR_AFFILIATION,
        "context": org._CONTEXT,
        "team": org._TEAM_HINT,
    }[key]
    matched = 0
    for text in _texts(_ORG_PIECES, len(key)):
        if pattern.search(text) is not None:
            matched += 1
            assert key in org._OPENINGS.passed(text), text
    assert matched  # the texts did reach the pattern


def test_opening_gates_pass_every_pattern_an_opening_at_a_word_boundary_starts() -> None:
    gates = opening_gates(
        {"stem": r"\bwork\w*", "phrase": r"\bworking at\b", "other": r"\b(?:fans?|game)\b"},
        length=6,
    )
    assert gates.passed("im working at acme") == {"stem", "phrase"}
    assert gates.passed("nice work") == {"stem"}
    assert gates.passed("big fan") == {"other"}
    assert gates.passed("homework and infants") == set()  # no opening at a word boundary
    assert gates.passed("") == set()


def test_opening_gates_refuse_a_pattern_without_openings() -> None:
    with pytest.raises(ValueError, match="word boundary"):
        opening_gates({"any": r"\b\w+ at"}, length=4)
    with pytest.raises(ValueError, match="word boundary"):
        opening_gates({"unbounded": r"work"}, length=4)


_SHAPE_PIECES = [
    "Initech", "Inc", "Inc.", "LLC", "GmbH", "SA", "Acme", "Northgate", "University", "of",
    "Michigan", "High", "School", "Street", "Kestrel", "Analytics", "Care", "Home", "Swim",
    "Team", "Happy", "Group", "Bau", "Kessler", "uni", "Uni", "Bremen", "liceo", "Fermi", "FC",
    "fc", "tu", "TU", "Wien", "de", "the", "ok", "Universidad", "Complutense", "Università",
    "Bocconi", "banca", "Intesa", "x",
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "gate", "text_of"),
    [
        (org_shapes._SUFFIXED, org_shapes._SUFFIX_WORDS, "text"),
        (org_shapes._TRADE, org_shapes._HEAD_WORDS, "text"),
        (org_shapes._KIND_FIRST, org_shapes._KIND_FIRST_WORDS[0], "lower"),
    ],
    ids=["suffixed", "trade", "kind_first"],
)
def test_the_shape_gates_never_shut_out_a_match(
    pattern: re.Pattern[str], gate: frozenset[str], text_of: str
) -> None:
    assert len(org_shapes._KIND_FIRST_WORDS) == 1  # one set: the gate is all of it
    matched = 0
    for text in _texts(_SHAPE_PIECES, len(pattern.pattern)):
        view = TextView.of(text, "en")
        if pattern.search(getattr(view, text_of)) is not None:
            matched += 1
            assert not view.words.isdisjoint(gate), text
    assert matched


def test_first_words_are_the_words_the_message_holds() -> None:
    assert first_words(["High School", "GmbH", "Università"]) == {"high", "gmbh", "università"}
    with pytest.raises(ValueError, match="one word"):
        first_words(["Coca-Cola"])


_LOCATION_PIECES = [
    "i live in", "i'm from", "im from", "i am from", "grew up in", "moved to", "ich wohne in",
    "ich komme aus", "j'habite à", "j'habite", "je vis à", "vivo en", "soy de", "abito a",
    "sono di", "kommt aus", "zieht nach", "déménagé à", "me mudo a", "è trasferita a",
    "moving back to", "born and raised in", "my hometown is", "je suis de", "née à", "leeds",
    "lyon", "in", "from", "to", "i", "je", "x", "de", "a", "à",
]  # fmt: skip


def test_the_strong_cue_gate_never_shuts_out_a_match() -> None:
    matched = 0
    for text in _texts(_LOCATION_PIECES, 7):
        view = TextView.of(text, "en")
        if location._STRONG.search(view.lower) is not None:
            matched += 1
            assert not view.words.isdisjoint(location._STRONG_WORDS), text
    assert matched
    # the longest-worded set of each cue, not "i" or "in"
    assert {"live", "from", "habite"} <= location._STRONG_WORDS
    assert not {"i", "in", "je"} & location._STRONG_WORDS
