from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("i live at 42 oak street", None, "42 oak street"),
    ("come over, 25 Cedar Road, ring twice", None, "25 Cedar Road"),
    ("I live at 42 Oak Street, apt 4.", None, "42 Oak Street, apt 4"),
    ("ich wohne Hauptstraße 5", "de", "Hauptstraße 5"),
    ("ich wohne Berliner Straße 12a", "de", "Berliner Straße 12a"),
    ("j'habite au 12 rue de la Paix et toi", "fr", "12 rue de la Paix"),
    ("vivo en calle Mayor 3", "es", "calle Mayor 3"),
    ("vivo en plaza Real 114", "es", "plaza Real 114"),
    ("abito in via Roma 12", "it", "via Roma 12"),
]
NEGATIVE = [
    "i ran 5 miles down main street",
    "i'm 2 blocks from the street",
    "via email 2 is fine",
    "we walked 3 km on the road",
    "go 2 way streets",
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_addresses(text: str, language: str | None, expected: str) -> None:
    assert of_type(text, EntityType.ADDRESS, language) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_addresses(text: str) -> None:
    assert of_type(text, EntityType.ADDRESS) == []
