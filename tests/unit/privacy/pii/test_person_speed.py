"""The person recognizer's speed-only shortcuts find what the plain forms find: the cue scan
from the character before a word, the gates on view.words, and the cheap refusals first."""

from __future__ import annotations

import random
import re

import pytest

from veil.privacy.pii import dictionary
from veil.privacy.pii.dictionary import is_unlisted
from veil.privacy.pii.language import SUPPORTED
from veil.privacy.pii.recognizers import base, person_cues
from veil.privacy.pii.recognizers.base import TextView, lowered
from veil.privacy.pii.recognizers.name_shapes import NameShapes
from veil.privacy.pii.recognizers.names import (
    NameLexicon,
    mixed_case,
    sentence_starts,
)
from veil.privacy.pii.recognizers.person import PersonRecognizer

# Words and marks to build adversarial messages of: cues at the start and after punctuation,
# look-behinds ("is called", "s called"), names, possessives with and without an apostrophe,
# letters beyond view.words' class ("yeşim", "œ"), underscores and digits beside words.
_PIECES = (
    "my name is", "call me", "im", "i'm", "its", "hi", "hey", "this is", "with", "and", "n",
    "w/", "tell", "saw", "is called", "s called", "was called", "called", "she's called",
    "my sister", "mi prima", "la mia coinquilina", "mit", "avec", "con", "je suis", "soy",
    "sono", "ich bin", "qui è", "un tal", "cc", "told", "sarah", "Sarah", "yeşim", "Yeşim",
    "kyles", "angelas", "marks", "hopes", "rose", "will", "ottilie", "wilhelmina", "œil",
    "jean-marc", "x-ray", "_hi", "2my", "sam_", "the", "place", "bday", "a", "is", "me",
    "here", "hier", "ici", "again", "there", "heres", "?!", "...",
    ",", ".", "!", "?", "-", "'s", "’s", "(27)", "xx", "😊", "\n", "Ünal", "ÇAĞLA", "İpek",
)  # fmt: skip


def _messages(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(count)
    ] + [
        "my name is sarah",
        "called bob yesterday",
        "s called bob",
        "she is called fenella",
        "was called kyle",
        "hi im yeşim",
        "kyles place was fun",
        "told ottilie about u",
    ]


def _view(text: str) -> TextView:
    return TextView.of(text, "en", lowered(text))


@pytest.fixture(scope="module")
def recognizer() -> PersonRecognizer:
    return PersonRecognizer()


def test_every_cue_opens_with_a_word_character() -> None:
    """The cue scan starts from the character before a word, which holds only for cues that
    open with a word character (a "\\b" before them is then a non-word character before)."""
    joined = "|".join(rf"(?:{cues})\s" for _, cues in person_cues._CUE_FAMILIES)
    openings = base.pattern_openings(joined, 1)
    assert openings
    assert all(re.fullmatch(r"\w", prefix[:1]) for prefix, _ in openings)


def test_cue_scan_finds_what_the_word_boundary_scan_finds() -> None:
    reference = re.compile(r"\b" + person_cues._FAMILIES)
    for text in _messages(3000, 1):
        lower = lowered(text)
        expected = []
        for match in reference.finditer(lower):
            first = person_cues._FAMILY_INDEX[match.lastgroup or ""]
            for pattern, _ in person_cues._CUE_FAMILIES[first:]:
                own = pattern.match(lower, match.start())
                if own is not None:
                    expected.append((pattern, own.span(), own.span("name")))
        found = [
            (pattern, match.span(), match.span("name"))
            for pattern, match in person_cues._cue_matches(lower)
        ]
        assert found == expected, text


def test_unmistakable_candidates_hold_every_first_name_of_the_message(
    recognizer: PersonRecognizer,
) -> None:
    slot = recognizer._slot
    for text in _messages(2000, 2):
        view = _view(text)
        expected = slot.intersection(re.findall(r"[^\W\d_]{3,}", view.lower))
        assert expected <= recognizer._candidates(view), text


def test_unmistakable_names_outside_view_words_class(recognizer: PersonRecognizer) -> None:
    view = _view("told yeşim and ottilie about u")
    assert "yeşim" in recognizer._candidates(view)


def test_bare_possessive_gate_lets_every_match_through() -> None:
    shapes = NameShapes(NameLexicon())
    for text in _messages(2000, 3):
        view = _view(text)
        # every first name with an "s" as the message's words: the gate lets it through
        ungated = TextView(view.text, view.lower, "en", False, 0, True, shapes._bare_forms)
        assert shapes.bare_possessives(view) == shapes.bare_possessives(ungated), text


def _is_unlisted_reference(word: str, language: str) -> bool:
    """is_unlisted with its refusals in their first order: the forms, then the lists."""
    d = dictionary
    if d._TRIPLED.search(word) or d._with_clitic(word, "es") or d._with_clitic(word, "it"):
        return False
    shortened = d._ELONGATED.sub(r"\1", word)
    if shortened != word and any(d._ranked(shortened, other) for other in SUPPORTED):
        return False
    if d._german_verb_stem(word, d._ranked):
        return False
    for other in SUPPORTED:
        limit = d.RARE_RANK if other in (language, "en") else d.FREQUENT_RANK
        if d.is_frequent(word, other, limit) or word in d.small_words(other):
            return False
    return not any(d._inflected(word, other, d._ranked) for other in {language, "en"})


def test_is_unlisted_with_the_lists_first_answers_as_before() -> None:
    rng = random.Random(4)
    lexicon = NameLexicon()
    sample = rng.sample(sorted(lexicon.slot), 400) + rng.sample(sorted(lexicon.last), 400)
    sample += ["caspian", "ptolemy", "the", "escríbeme", "arrabbiarmi", "holaa", "schreib"]
    for word in sample:
        for language in SUPPORTED:
            expected = _is_unlisted_reference(word, language)
            assert is_unlisted(word, language) == expected, (word, language)


def _mixed_case_reference(word: str) -> bool:
    if "-" not in word:
        return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    inner = any(c.isupper() for part in word.split("-") for c in part[1:])
    return inner and any(c.islower() for c in word)


@pytest.mark.parametrize(
    "word", ["OpenBao", "spaCy", "DEKs", "Soo-Jin", "jean-Marc", "sarah", "aİb", "ß", "Ünal"]
)
def test_mixed_case_fast_path(word: str) -> None:
    assert mixed_case(word) == _mixed_case_reference(word)


def test_here_gate_lets_every_match_through() -> None:
    texts = [*_messages(3000, 5), "hi there, tessa here", "its dan here again", "ole hier!"]
    for text in texts:
        view = _view(text)
        if view.words.isdisjoint(person_cues._HERE_WORDS):
            assert person_cues.HERE.match(view.lower) is None, text
    assert person_cues.HERE.match("its dan here again")


def test_sentence_starts_without_a_stop() -> None:
    for text in _messages(2000, 6):
        lower = lowered(text)
        expected = [0, *(m.end() for m in re.finditer(r"[.!?]\s+", lower))]
        assert sentence_starts(lower) == expected, text
