from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType
from veil.privacy.pii.recognizers.card import luhn_valid

POSITIVE = [
    "my card is 4111 1111 1111 1111 lol",
    "use 5555-5555-5555-4444 please",
    "amex 378282246310005",
    "card: 6011111111111117",
    "4242424242424242",
]
NEGATIVE = [
    "4111 1111 1111 1112",  # Luhn fails
    "order 1234 5678 9012 3456",
    "0000 0000 0000 0000",
    "call 2015550123",
    "1234567812345678",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_finds_cards(text: str) -> None:
    assert len(of_type(text, EntityType.CREDIT_CARD)) == 1


@pytest.mark.parametrize("text", NEGATIVE)
def test_invalid_numbers_are_not_cards(text: str) -> None:
    assert of_type(text, EntityType.CREDIT_CARD) == []


def test_luhn() -> None:
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")
