from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("check my page https://example.com/u/jen_x.", "https://example.com/u/jen_x"),
    ("www.example.org/jenny is me", "www.example.org/jenny"),
    ("my site: example.net/~dan", "example.net/~dan"),
    ("(http://blog.example.com/me)", "http://blog.example.com/me"),
]
NEGATIVE = [
    "e.g. this one",
    "my photo.jpg is cute",
    "ok.so what now",
    "jane.doe@example.com",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_urls(text: str, expected: str) -> None:
    assert of_type(text, EntityType.URL) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_urls(text: str) -> None:
    assert of_type(text, EntityType.URL) == []
