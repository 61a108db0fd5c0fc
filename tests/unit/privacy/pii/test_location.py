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
]
NEGATIVE = [
    "i live in hope",
    "i'm from the south",
    "in nice weather we walk",
    "i'm in bed",
    "in May we go",
    "ich komme aus Liebe",
    "born in 1998",
    "i'm from here",
    "from Monday on",
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_places(text: str, language: str | None, expected: str) -> None:
    assert of_type(text, EntityType.LOCATION, language) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_places(text: str) -> None:
    assert of_type(text, EntityType.LOCATION) == []
