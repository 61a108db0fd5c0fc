from __future__ import annotations

import random

import pytest

from veil.privacy.pii.recognizers.base import LiteralGates

# Prefixes of one another, overlapping, sharing first letters, with blanks and punctuation.
_GATES = {
    0: ("an", "ans", "anni"),
    1: ("ann",),
    2: ("nni", "i'm", "i’m"),
    3: ("a", "(", "u r"),
    4: ("m n", "im"),
    5: ("x.y",),
}


def _searched(text: str) -> set[int]:
    """What one search per gate finds."""
    return {key for key, literals in _GATES.items() if any(lit in text for lit in literals)}


@pytest.mark.parametrize(
    "text",
    ["", "anni", "ann", "i'm u r", "xy", "x.y", "im nni", "(", "tanne", "m n ans", "bonjour"],
)
def test_the_gates_passed_are_those_one_search_each_finds(text: str) -> None:
    assert LiteralGates(_GATES).passed(text) == _searched(text)


def test_the_same_on_random_text_built_from_the_literals() -> None:
    scan = LiteralGates(_GATES)
    pieces = ["a", "n", "i", "'", "’", "m", " ", "u", "r", "(", "x", ".", "y", "s", "t"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert scan.passed(text) == _searched(text), text


def test_an_empty_literal_is_refused() -> None:
    with pytest.raises(ValueError, match="literals"):
        LiteralGates({0: ("ok", "")})
    with pytest.raises(ValueError, match="literals"):
        LiteralGates({})
