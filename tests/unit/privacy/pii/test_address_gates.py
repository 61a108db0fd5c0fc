"""The address recognizer's word gates hold for every match of the pattern they guard: on the
tests' examples mutated at random, a pattern that matches always passes its gate."""

from __future__ import annotations

import random

import pytest

from tests.unit.privacy.pii.helpers import example_strings
from veil.privacy.pii.recognizers import address
from veil.privacy.pii.recognizers.base import lowered
from veil.privacy.pii.recognizers.word_gate import passes, words_of

_PIECES = [
    *("12", "5a", "185", "1st", "34th", "3rd", "st", "st.", "street", "road", "rd", "way", "dr"),
    *("straße", "strasse", "str.", "str", "weg", "platz", "ring", "hauptstraße", "goethe-"),
    *("am", "in der", "oak", "main", ",", ".", "-", "  ", "\n", "apt", "flat", "#"),
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    examples = example_strings("test_address.py")
    texts = []
    for _ in range(count):
        words = rng.choice(examples).split(" ")
        for _ in range(rng.randint(0, 3)):
            at = rng.randrange(len(words) + 1)
            if rng.random() < 0.5:
                words.insert(at, rng.choice(_PIECES))
            elif at < len(words) - 1:
                words[at : at + 2] = [words[at] + rng.choice(["", ".", "-"]) + words[at + 1]]
        texts.append(" ".join(words))
        texts.append(" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8))))
    return [lowered(text) for text in texts]


@pytest.mark.parametrize("seed", range(3))
def test_a_street_pattern_that_matches_passes_its_gate(seed: int) -> None:
    for lower in _texts(seed, 4000):
        words = words_of(lower)
        if address._EN.search(lower) is not None:
            assert passes(words, address._EN_WORDS), lower
        if address._DE.search(lower) is not None:
            assert any(word.endswith(address._DE_ENDINGS) for word in words), lower
