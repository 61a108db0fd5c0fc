from __future__ import annotations

import pytest

from veil.privacy.pii import detect_language

CASES = [
    ("hey what are you doing tonight", "en"),
    ("ich bin so müde und du?", "de"),
    ("je suis fatiguée, et toi?", "fr"),
    ("hola, estoy muy cansada y tú?", "es"),
    ("ciao, sono stanca e tu come stai?", "it"),
    ("ok", "en"),
    ("", "en"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detects_the_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_default_when_unsure() -> None:
    assert detect_language("xyzzy", default="de") == "de"
