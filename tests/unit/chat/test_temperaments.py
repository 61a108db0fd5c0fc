"""Temperament: declared in the card, inferred from its text, or the default."""

from __future__ import annotations

from typing import Any

import pytest

from veil.chat.temperaments import temperament_of
from veil.domain.chat import Persona
from veil.domain.temperament import DEFAULT_TEMPERAMENT, Temperament, parse_temperament


@pytest.mark.parametrize(
    ("extensions", "personality", "expected"),
    [
        ({"veil": {"temperament": "poetic"}}, "shy shy shy", Temperament.POETIC),
        ({"veil": {"temperament": " WITTY "}}, "", Temperament.WITTY),
        ({"veil": {"temperament": "grumpy"}}, "bold, direct", Temperament.CONFIDENT),
        ({"veil": "playful"}, "teasing and cheeky", Temperament.PLAYFUL),
        ({}, "shy, timid, but witty", Temperament.SHY),
        ({}, "warm and witty", Temperament.WARM),  # a tie goes to the earlier temperament
        ({}, "an accountant", DEFAULT_TEMPERAMENT),
        ({}, "", DEFAULT_TEMPERAMENT),
    ],
)
def test_temperament_of(
    extensions: dict[str, Any], personality: str, expected: Temperament
) -> None:
    persona = Persona(name="P", personality=personality, extensions=extensions)
    assert temperament_of(persona) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("warm", Temperament.WARM), ("Shy", Temperament.SHY), ("nope", None), (3, None)],
)
def test_parse_temperament(value: object, expected: Temperament | None) -> None:
    assert parse_temperament(value) is expected
