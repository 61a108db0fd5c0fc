from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("text me +1 201-555-0123 after 9", None, "+1 201-555-0123"),
    ("call me at (201) 555-0123", "en", "201) 555-0123"),
    ("my number is 2015550123", "en", "2015550123"),
    ("ruf mich an: 0151 23456789", "de", "0151 23456789"),
    ("meine nummer ist +4915123456789", "de", "+4915123456789"),
    ("mon numéro: 06 12 34 56 78", "fr", "06 12 34 56 78"),
    ("mi número es 612 34 56 78", "es", "612 34 56 78"),
    ("il mio numero è 312 345 6789", "it", "312 345 6789"),
    ("whatsapp 0044 7400 123456", "en", "+44 7400 123456"),
    # a reserved range the library calls invalid, next to a word of phoning
    ("call me on +44 7700 900123", "en", "+44 7700 900123"),
    ("meine nummer: +44 7700 900456", "de", "+44 7700 900456"),
]
NEGATIVE = [
    "see you at 10:30 tonight",
    "that dress was $1,299.99",
    "i waited 45 minutes",
    "i'm 5'11 and 180 lbs",
    "back in 2019 we met",
    "we need 1234567 more points",
    "the date was 12/05/2019",
    "version 2.3.1 fixed it",
    "score 3-1 then 2-2",
    # the same reserved number without a word of phoning: its validity is all there is to go on
    "+44 7700 900123",
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_phone_numbers(text: str, language: str | None, expected: str) -> None:
    values = of_type(text, EntityType.PHONE, language)
    assert len(values) == 1
    assert values[0].replace("(", "") in {expected, expected.replace("+44", "0044")}


@pytest.mark.parametrize("text", NEGATIVE)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert of_type(text, EntityType.PHONE) == []
