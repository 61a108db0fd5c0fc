from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("hey im sarah btw", None, "sarah"),
    ("call me dan ;)", None, "dan"),
    ("my name's Tamsin", None, "Tamsin"),
    ("my name is Will", None, "Will"),
    ("Hi, I am Grace", None, "Grace"),
    ("tell Declan i miss her", None, "Declan"),
    ("my friend Saoirse says hi", None, "Saoirse"),
    ("Sarah Miller is my ex", None, "Sarah Miller"),
    ("becca Brooks is my ex", None, "becca Brooks"),
    ("ich heiße lukas", "de", "lukas"),
    ("nenn mich Malte", "de", "Malte"),
    ("je m'appelle camille", "fr", "camille"),
    ("salut, je suis Léa", "fr", "Léa"),
    ("me llamo lucía", "es", "lucía"),
    ("hola, soy Diego", "es", "Diego"),
    ("mi chiamo giulia", "it", "giulia"),
    ("ciao, sono Matteo", "it", "Matteo"),
    ("I went out with Olivia yesterday", None, "Olivia"),
    ("ethan and i broke up", None, "ethan"),
]
# Names that are words, and cues followed by ordinary words.
NEGATIVE = [
    "i will call you later",
    "may i ask you something?",
    "i hope you sleep well",
    "grace under pressure, that's you",
    "summer can't come soon enough",
    "april showers lol",
    "mark my words",
    "gotta pay the bill first",
    "you're a rose among thorns",
    "Will you stay with me?",
    "May I come over?",
    "I'm so tired today",
    "im happy",
    "call me later ok?",
    "call me back",
    "I'm Italian",
    "ich bin müde",
    "je suis fatiguée",
    "soy feliz",
    "sono stanca",
    "my friend is here",
    "I live in Berlin",
    "it's hope that keeps me going",
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_names(text: str, language: str | None, expected: str) -> None:
    assert of_type(text, EntityType.PERSON, language) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_words_that_are_not_names(text: str) -> None:
    assert of_type(text, EntityType.PERSON) == []
