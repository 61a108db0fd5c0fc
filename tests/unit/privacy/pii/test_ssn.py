from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("my ssn is 123-45-6789", "123-45-6789"),
    ("ssn 219 09 9999", "219 09 9999"),
    ("social security number 078051121", "078051121"),
    ("it's 536-22-1234 ok", "536-22-1234"),
]
NEGATIVE = [
    "000-12-3456",
    "666-12-3456",
    "900-12-3456",
    "123-00-4567",
    "123-45-0000",
    "219 09 9999",  # spaces and no context: too weak
    "order 123456789",  # bare digits without context
    "call 555-12-3456-7",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_ssns(text: str, expected: str) -> None:
    assert of_type(text, EntityType.US_SSN) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_ssns(text: str) -> None:
    assert of_type(text, EntityType.US_SSN) == []
