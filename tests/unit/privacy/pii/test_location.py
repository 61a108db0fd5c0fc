from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("i live in London", None, "London"),
    ("im from chicago originally", None, "chicago"),
    ("just moved to san diego for work", None, "san diego"),
    ("i'm Zoe, 20, from Springfield", None, "Springfield"),
    ("ich wohne in münchen", "de", "münchen"),
    ("ich komme aus Bad Tölz", "de", "Bad Tölz"),
    ("j'habite à Lyon", "fr", "Lyon"),
    ("vivo en Sevilla", "es", "Sevilla"),
    ("abito a Torino", "it", "Torino"),
    ("I love New York in the fall", None, "New York"),
    # being somewhere now: an unknown place capitalised, or in English no everyday word
    ("i'm in kelthorpe rn", None, "kelthorpe"),
    ("je suis à Annecy en ce moment", "fr", "Annecy"),
    ("sono a Lecce adesso", "it", "Lecce"),
    # Faker's towns and regions right after a place cue, in lower case too
    ("sono a lecce adesso", "it", "lecce"),
    ("ich bin gerade in freiburg", "de", "freiburg"),
    ("abito a pescopennataro", "it", "pescopennataro"),
]
NEGATIVE = [
    # towns of Faker's lists that are also everyday words stay words after a place cue
    "sono in stazione",
    "sono a casa adesso",
    "ich bin gerade in eile",
    "i live in hope",
    "i'm from the south",
    "in nice weather we walk",
    "i'm in bed",
    "in May we go",
    "ich komme aus Liebe",
    "born in 1998",
    "i'm from here",
    "from Monday on",
    "i'm in love",
    "i'm in trouble lol",
    "i'm in shock",
    "sono a casa",
    "je suis en retard",
    "ich bin gerade in Eile",
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_places(text: str, language: str | None, expected: str) -> None:
    assert of_type(text, EntityType.LOCATION, language) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_places(text: str) -> None:
    assert of_type(text, EntityType.LOCATION) == []


AFTER_AGE_AND_ORIGIN = [
    ("25 ans, saumur", "fr", "saumur"),
    ("29 años, de Linares", "es", "Linares"),
    ("27w aus Wismar", "de", "Wismar"),
    ("31, Inverness. hi all", "en", "Inverness"),
    ("24 anni, lodi", "it", "lodi"),
    ("i'm originally from Wichita", "en", "Wichita"),
    ("born and raised in Inverness", "en", "Inverness"),
    ("je suis originaire de Quimperlé", "fr", "Quimperlé"),
    ("ich bin aus Wismar", "de", "Wismar"),
    ("sono nata a Avezzano", "it", "Avezzano"),
    ("nací en Astorga", "es", "Astorga"),
    ("aufgewachsen in Wismar", "de", "Wismar"),
    ("je suis née à Saumur", "fr", "Saumur"),
    ("soy originaria de Linares", "es", "Linares"),
    ("sono cresciuto a Avezzano", "it", "Avezzano"),
]
NOT_PLACES_AFTER_AGE = [
    ("25 ans, célibataire", "fr"),
    ("24, bored at home", "en"),
    ("25, sarah here", "en"),
    ("30 minutes from home", "en"),
    ("22 f, lol", "en"),
    ("14yo nudes", "en"),
    ("25 ans et toujours célibataire", "fr"),
    ("25 años, estudiante", "es"),
    ("born in march", "en"),
    ("ich bin aus dem Häuschen", "de"),
    ("born in 1998", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), AFTER_AGE_AND_ORIGIN)
def test_places_after_an_age_or_an_origin(text: str, language: str, expected: str) -> None:
    assert of_type(text, EntityType.LOCATION, language) == [expected]


@pytest.mark.parametrize(("text", "language"), NOT_PLACES_AFTER_AGE)
def test_words_after_an_age_are_not_places(text: str, language: str) -> None:
    assert of_type(text, EntityType.LOCATION, language) == []


def test_the_number_before_a_place_is_an_age() -> None:
    assert of_type("31, Inverness. hi all", EntityType.AGE, "en") == ["31"]
    assert of_type("25 ans, saumur", EntityType.AGE, "fr") == ["25"]
    assert of_type("25, sarah here", EntityType.AGE, "en") == []
