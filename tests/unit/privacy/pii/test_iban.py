from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType
from veil.privacy.pii.recognizers.iban import iban_valid

POSITIVE = [
    ("send it to DE89 3704 0044 0532 0130 00 thanks", "DE89 3704 0044 0532 0130 00"),
    ("iban: GB82WEST12345698765432", "GB82WEST12345698765432"),
    ("mon iban: FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606"),
    ("de89370400440532013000", "de89370400440532013000"),
]
NEGATIVE = [
    "DE89 3704 0044 0532 0130 01",  # checksum
    "XX89 3704 0044 0532 0130 00",  # no such country
    "GB82WEST1234569876543",  # too short for GB
    "my code is AB12 CDEF GHIJ KLMN",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_ibans(text: str, expected: str) -> None:
    assert of_type(text, EntityType.IBAN) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_invalid_ibans(text: str) -> None:
    assert of_type(text, EntityType.IBAN) == []


def test_mod97() -> None:
    assert iban_valid("DE89370400440532013000")
    assert not iban_valid("DE89370400440532013001")
    assert not iban_valid("DE8937040044053201300")
