from __future__ import annotations

from typing import Any

import pytest

from veil.chat.memory import (
    Fact,
    FactKind,
    Pace,
    Preferences,
    Tone,
    extract_facts,
    is_safeword,
    mentions_limit,
)
from veil.domain.errors import InputError

EXP, INF = FactKind.EXPLICIT, FactKind.INFERRED


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Remember that my birthday is in May.", [("my birthday is in May", EXP)]),
        ("please remember I'm allergic to cats", [("I'm allergic to cats", EXP)]),
        ("Don't forget: I hate olives", [("I hate olives", EXP)]),
        ("Keep in mind that I work nights", [("I work nights", EXP)]),
        ("Merk dir, dass ich Katzen mag.", [("ich Katzen mag", EXP)]),
        ("Vergiss nicht, dass ich Jazz mag", [("ich Jazz mag", EXP)]),
        ("n'oublie pas que j'adore le jazz", [("j'adore le jazz", EXP)]),
        ("Souviens-toi que je suis végétarienne", [("je suis végétarienne", EXP)]),
        ("recuerda que me encanta el mar", [("me encanta el mar", EXP)]),
        ("No olvides que trabajo de noche", [("trabajo de noche", EXP)]),
        ("ricordati che lavoro come medico", [("lavoro come medico", EXP)]),
        ("Non dimenticare che odio il freddo", [("odio il freddo", EXP)]),
        ("My favourite colour is green!", [("My favourite colour is green", INF)]),
        (
            "my favorite band is The Example Lights",
            [("my favorite band is The Example Lights", INF)],
        ),
        ("I love hiking.", [("I love hiking", INF)]),
        ("I really hate Mondays", [("I really hate Mondays", INF)]),
        ("I work as a nurse", [("I work as a nurse", INF)]),
        ("I have a dog named Biscuit", [("I have a dog named Biscuit", INF)]),
        ("you can call me Sam", []),  # not at the start of a sentence
        ("Call me Sam.", [("Call me Sam", INF)]),
        ("my pronouns are they/them", [("my pronouns are they/them", INF)]),
        ("Ich liebe Pizza", [("Ich liebe Pizza", INF)]),
        ("J'adore le cinéma", [("J'adore le cinéma", INF)]),
        ("Me encanta bailar", [("Me encanta bailar", INF)]),
        ("Adoro il mare", [("Adoro il mare", INF)]),
        ("Remember that I love hiking. I love hiking.", [("I love hiking", EXP)]),
        (
            "hi, my name is Ana, remember that i love hiking",
            [("i love hiking", EXP), ("my name is Ana", INF)],
        ),
        ("ok and remember I start work at 7", [("I start work at 7", EXP)]),
        ("Hey, call me Sam", [("call me Sam", INF)]),
        ("My name's Jo.", [("My name's Jo", INF)]),
        ("salut, je m'appelle Léa", [("je m'appelle Léa", INF)]),
        (
            "Ich heiße Jonas. Und ich liebe Jazz",
            [("Ich heiße Jonas", INF), ("ich liebe Jazz", INF)],
        ),
    ],
)
def test_extracts_facts(message: str, expected: list[tuple[str, FactKind]]) -> None:
    facts = extract_facts(message)
    assert [(f.text, f.kind) for f in facts] == expected


@pytest.mark.parametrize(
    "message",
    [
        "do you remember that night?",
        "I love you",
        "I love it when you whisper",
        "I like your voice",
        "Do you love hiking?",
        "I remember that day fondly",
        "remember that night we met",
        "haha, remember when we got lost",
        "I don't remember that",
        "how was your day",
        "Ich liebe dich",
        "J'adore toi",
    ],
)
def test_near_misses_are_not_facts(message: str) -> None:
    assert extract_facts(message) == ()


def test_facts_carry_the_source_message_id_and_hide_their_text() -> None:
    (fact,) = extract_facts("Remember that I take the night train.", message_id="m-1")
    assert fact.source_message_id == "m-1"
    assert "train" not in repr(fact)
    assert fact == Fact("I take the night train", FactKind.EXPLICIT, "m-1")


def test_long_facts_are_capped() -> None:
    (fact,) = extract_facts("Remember that " + "very " * 100 + "long")
    assert len(fact.text) <= 200


@pytest.mark.parametrize(
    ("message", "safeword", "expected"),
    [
        ("pineapple", "pineapple", True),
        ("PINEAPPLE!!", "pineapple", True),
        ("ok, pineapple, please stop", "Pineapple", True),
        ("pineapples are great", "pineapple", False),
        ("red", None, True),
        ("Red!", "", True),
        ("safeword", "pineapple", True),
        ("stop", None, True),
        ("my red dress", None, False),
        ("don't stop", None, False),
        ("hello", "pineapple", False),
        ("", "pineapple", False),
    ],
)
def test_is_safeword(message: str, safeword: str | None, expected: bool) -> None:
    assert is_safeword(message, safeword) is expected


@pytest.mark.parametrize(
    ("text", "limits", "expected"),
    [
        ("she started choking him", ["choking"], True),
        ("I'll choke you", ["choking"], True),
        ("there was blood everywhere", ["blood"], True),
        ("a bloody mess", ["blood"], True),
        ("he was cheating on her", ["cheating"], True),
        ("a painting on the wall", ["pain"], False),
        ("no pain no gain", ["pain"], True),
        ("let's try age play", ["age play"], True),
        ("a nice evening", ["blood", "choking"], False),
        ("anything", ["  "], False),
        ("c h o k i n g", ["choking"], True),
    ],
)
def test_mentions_limit(text: str, limits: list[str], expected: bool) -> None:
    assert mentions_limit(text, limits) is expected


def test_preferences_round_trip_and_repr() -> None:
    prefs = Preferences(
        tone=Tone.PLAYFUL, pace=Pace.SLOW, topics=("music",), limits=("blood",), safeword="kiwi"
    )
    assert Preferences.from_dict(prefs.to_dict()) == prefs
    assert "blood" not in repr(prefs)
    assert Preferences.from_dict({}) == Preferences()


def test_preferences_accept_strings_and_normalise_spacing() -> None:
    prefs = Preferences.from_dict(
        {"tone": "gentle", "pace": "fast", "topics": ["  slow   dancing "]}
    )
    assert prefs.tone is Tone.GENTLE
    assert prefs.pace is Pace.FAST
    assert prefs.topics == ("slow dancing",)


@pytest.mark.parametrize(
    "data",
    [
        {"tone": "angry"},
        {"pace": "warp"},
        {"topics": "music"},
        {"limits": ["x" * 61]},
        {"limits": [""]},
        {"topics": ["t"] * 31},
        {"safeword": "two words"},
        {"safeword": "x"},
        {"safeword": "abc123"},
    ],
)
def test_invalid_preferences_are_rejected(data: dict[str, Any]) -> None:
    with pytest.raises(InputError):
        Preferences.from_dict(data)
