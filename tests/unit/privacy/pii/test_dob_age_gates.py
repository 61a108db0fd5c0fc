"""The cheap gates of the dob_age recognizer hold for every match of the pattern they guard:
on random text built from the patterns' own words, digits and punctuation, a pattern that
matches always passes its gate (a gate can make the recognizer faster, never blind)."""

from __future__ import annotations

import random
import re

import pytest

from tests.unit.privacy.pii.helpers import example_strings
from veil.privacy.pii.recognizers import dob_age
from veil.privacy.pii.recognizers.base import lowered
from veil.privacy.pii.recognizers.word_gate import finite_strings, passes, words_of

_PIECES = [
    *(" ", " ", " ", "  ", ",", ", ", ".", ". ", "!", "?", "(", ")", "/", "-", "'", "’", "\n"),
    *("24", "31", "19", "7", "123", "1998", "'98", "f", "m", "w", "nb", "h", "ftm", "x"),
    *("i'm", "im", "i", "ich bin", "bin", "j'ai", "jai", "tengo", "ho", "sono", "soy", "je suis"),
    *("ans", "años", "anni", "years", "year", "yrs", "old", "yo", "jahre", "alt", "enne"),
    *("and", "und", "et", "y", "e", "&", "single", "living", "wohne", "vivo", "just", "moved"),
    *("already", "schon", "bereits", "déjà", "ya", "già", "is", "ist", "a", "ha", "tiene", "'s"),
    *("the", "der", "le", "el", "il", "guy", "girl", "typ", "mec", "chica", "ragazza", "mann"),
    *("from", "aus", "de", "di", "of", "del", "born", "in", "geboren", "nata", "nel", "née"),
    *("jahrgang", "baujahr", "baby", "twenty", "four", "twenty-four", "vingt", "cinq", "dix"),
    *("sept", "dreißig", "dreizehn", "veinticinco", "quince", "trenta", "ventidue", "treinta"),
    *("asl", "turning", "turned", "my", "brother", "she's", "he is", "age", "bday", "birthday"),
    *("mes", "meine", "here", "hier", "(24)", "(f, 23)", "how old", "?", "too", "bio", "says"),
    *("hit", "mine", "tacos", "details", ":", "only", "wbu", "now", "tho", "btw", "lol"),
]


def _texts(seed: int, count: int) -> list[str]:
    """The tests' examples mutated (a piece put in, a word dropped or replaced, two examples
    run together, blanks removed), and pieces strung together at random."""
    rng = random.Random(seed)
    examples = example_strings("test_dob_age*.py")
    texts = []
    for _ in range(count):
        words = rng.choice(examples).split(" ")
        for _ in range(rng.randint(0, 3)):
            at = rng.randrange(len(words) + 1)
            kind = rng.randrange(5)
            if kind == 0:
                words.insert(at, rng.choice(_PIECES))
            elif kind == 1 and at < len(words):
                words[at] = rng.choice(_PIECES)
            elif kind == 2 and at < len(words):
                del words[at]
            elif kind == 3:
                words += rng.choice(examples).split(" ")
            elif at < len(words) - 1:
                words[at : at + 2] = [words[at] + words[at + 1]]
        texts.append(" ".join(words))
        texts.append(" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 10))))
    return [lowered(text) for text in texts]


def _number_word_texts() -> list[str]:
    """Every number word the pattern knows, in an age statement and glued to other words."""
    strings = finite_strings(dob_age._NUMBER_WORD)
    forms = ("i'm {} years old", "{}-year-old", "ho {} anni", "x{} yo", "{}x yo", "(i'm {}!)")
    return [form.format(string) for string in sorted(strings) for form in forms]


@pytest.mark.parametrize("seed", range(4))
def test_a_pattern_that_matches_passes_its_gates(seed: int) -> None:
    for lower in _texts(seed, 5000):
        words = words_of(lower)
        by_words = dob_age._word_gates_passed(words)
        for index, pattern in enumerate(dob_age._AGE_PATTERNS):
            if pattern.search(lower) is None:
                continue
            assert index not in dob_age._AGE_WORDS or index in by_words, (index, lower)
            precheck = dob_age._PRECHECKS.get(index)
            assert precheck is None or precheck.search(lower) is not None, (index, lower)
        for pattern, gate in dob_age._MAN_PATTERNS:
            assert pattern.search(lower) is None or not words.isdisjoint(gate), lower
        if dob_age._ALREADY.search(lower) is not None:
            assert not words.isdisjoint(dob_age._ALREADY_WORDS), lower
        if dob_age._BORN_YEAR.search(lower) is not None:
            assert passes(words, dob_age._BORN_YEAR_WORDS), lower


@pytest.mark.parametrize("seed", range(2))
def test_an_age_in_words_passes_the_number_word_gate(seed: int) -> None:
    for lower in [*_texts(seed, 5000), *(_number_word_texts() if seed == 0 else [])]:
        if any(pattern.search(lower) for pattern in dob_age._WORD_AGES):
            assert not words_of(lower).isdisjoint(dob_age._NUMBER_WORD_HEADS), lower


def test_the_two_digit_test_is_the_plain_one() -> None:
    plain = re.compile(r"(?<!\d)\d{2}(?!\d)")
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice("0123456789 a-٣") for _ in range(rng.randint(0, 9)))
        assert (dob_age._TWO_DIGITS.search(text) is None) == (plain.search(text) is None), text
