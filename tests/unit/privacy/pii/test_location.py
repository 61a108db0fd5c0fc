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
