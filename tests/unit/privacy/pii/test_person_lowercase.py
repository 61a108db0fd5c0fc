"""Lower-case names without a strong cue (issue 5, second round): self-introductions,
sign-offs, greetings, sentence subjects, and the everyday words that share their shape."""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType
from veil.privacy.pii.dictionary import looks_like_word
from veil.privacy.pii.lexicon import extended_first_names, first_names

POSITIVE = [
    # A self-introduction followed by the end or an introduction's continuation; "zarel" and
    # "kessandra" are in no gazetteer, so only the weak cue and the dictionary decide.
    ("i'm zarel btw", None, "zarel"),
    ("this is kessandra from the gym lol", None, "kessandra"),
    ("hi, im zarel, 24", None, "zarel"),
    ("qui è zarela", "it", "zarela"),
    ("hola, soy zarel del trabajo", "es", "zarel"),
    ("ich bin zarel aus köln", "de", "zarel"),
    ("c'est zarel !", "fr", "zarel"),
    # Known names from the extended (all-locales) gazetteer after a weak cue.
    ("i'm aaliyah", None, "aaliyah"),
    ("hey jolie!", None, "jolie"),
    # Sign-offs at the end of a message.
    ("see u tmrw - zarel", None, "zarel"),
    ("night night xx, kessandra", None, "kessandra"),
    ("love u lots, zarel", None, "zarel"),
    ("bisous, zarel", "fr", "zarel"),
    ("besos, kessandra", "es", "kessandra"),
    ("un bacio, zarel", "it", "zarel"),
    ("lg zarel", "de", "zarel"),
    # Greetings and sentence subjects (known names only for subjects).
    ("hi there, zarel here", None, "zarel"),
    ("hey, kessandra hier", "de", "kessandra"),
    ("omg sarah just texted me", None, "sarah"),
    ("ethan says hi", None, "ethan"),
    ("lukas hat mir geschrieben", "de", "lukas"),
    ("camille m'a encore écrit", "fr", "camille"),
    ("pablo no me contesta", "es", "pablo"),
    ("giulia non mi risponde", "it", "giulia"),
]

# Cues followed by ordinary words, and words that are also names, in the new contexts.
NEGATIVE = [
    "i'm tired",
    "im so done",
    "im so done with today",
    "i'm dead lol",
    "i'm starving",
    "i'm shaking rn",
    "this is insane",
    "this is wild lol",
    "i'm new here",
    "i'm down for it",
    "hey stranger!",
    "hey babe",
    "hola guapa",
    "soy nueva aquí",
    "soy muy tímida",
    "sono stanchissima",
    "qui è tutto tranquillo",
    "je suis crevée",
    "c'est trop bien",
    "ich bin gleich zurück",
    "wir waren im kino",
    "love u lots xx",
    "ok night night xx",
    "bisous, à demain",
    "same here",
    "nobody here?",
    "rose says hi",
    "will is a strong word",
    "may is my favourite month",
    "hope says a lot about you",
    "grace period ends friday",
    "summer is almost here",
    "april was rough",
    "mark my words - bill",
    "i'm summer",
    "- hope",
    "xx, grace",
    "hey april!",
    # found by running the engine over every string literal of the code base (PII-free text)
    "I'm thirteen, wanna sext?",
    "je suis végétarienne",
    "j'ai 30 ans et je suis célibataire",
    "Estoy aquí contigo.",
    "Que descanses. Aquí estaré.",
    "Esco un momento dal gioco, e queste linee sono gratuite e riservate",
    "the avatar and its config",
    "- topic-one",
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_lowercase_names(text: str, language: str | None, expected: str) -> None:
    assert of_type(text, EntityType.PERSON, language) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_everyday_words_after_weak_cues_are_not_names(text: str) -> None:
    assert of_type(text, EntityType.PERSON) == []


def test_a_street_word_is_no_surname() -> None:
    # "Willow" alone may still be taken for a name; "Street" never extends it as a surname.
    assert not any("Street" in value for value in of_type("on Willow Street", EntityType.PERSON))
    assert of_type("Olivia Miller says hi", EntityType.PERSON) == ["Olivia Miller"]


def test_capitalised_names_that_are_words_after_a_weak_cue_still_count() -> None:
    assert of_type("I'm Summer btw", EntityType.PERSON) == ["Summer"]
    assert of_type("xx, Grace", EntityType.PERSON) == ["Grace"]


def test_extended_gazetteer_adds_names_but_no_everyday_words() -> None:
    extended, core = extended_first_names(), first_names()
    assert core < extended
    assert len(extended) > len(core) + 3000
    assert "aaliyah" in extended
    for word in ("kino", "dawn", "hope", "bianca", "echo"):
        assert word not in extended - core


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("tired", "en", True),
        ("starving", "en", True),
        ("cansada", "es", True),
        ("stanchissima", "it", True),
        ("fatiguée", "fr", True),
        ("müde", "de", True),
        ("zarel", "en", False),
        ("kessandra", "es", False),
    ],
)
def test_looks_like_word(word: str, language: str, expected: bool) -> None:
    assert looks_like_word(word, language) is expected
