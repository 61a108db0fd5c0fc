"""The analyzer never raises on odd text: random strings of letters, digits, punctuation,
blanks, apostrophes, accents and emoji, in every supported language and detected. A rule that
indexes a word before a blank or past the text's end fails here first (round 6 found one in
the sign-off check with `bench/pii_beyond.py`)."""

from __future__ import annotations

import random

import pytest

from tests.unit.privacy.pii.helpers import analyzer
from veil.privacy.pii import anonymize
from veil.privacy.pii.language import SUPPORTED

_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 "
    "\t\n  .,;:!?'’\"-–—_@#/()[]&%€$ äöüßéèàçñíóúìò 😊🔥 "
)
_PIECES = (
    "my name is ", "i'm ", "call me ", "xx, ", " - ", "at ", " dot ", "@", "snap: ", "born ",
    "ich bin ", "je m'appelle ", "me llamo ", "mi chiamo ", "in ", "aus ", "à ", " 24f ",
    "+49 ", "DE89 ", "4111 ", "flat 3, ", "via ", "rue ", "calle ", "Straße ", ", ", ". ",
)  # fmt: skip


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.4:
                parts.append(rng.choice(_PIECES))
            else:
                parts.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 9))))
        found.append("".join(parts))
    return [*found, "", " ", "\n", "\t\n dan", "'", "-", "x", "xx", ",", "@", "dan\n\n"]


@pytest.mark.parametrize("language", [None, *SUPPORTED])
def test_random_text_gives_valid_spans(language: str | None) -> None:
    for text in _strings(300, seed=len(language or "")):
        entities = analyzer().analyze(text, language)
        for entity in entities:
            assert 0 <= entity.start < entity.end <= len(text)
        assert isinstance(anonymize(text, entities), str)


# Cue-rich messages: every prefix of each is analyzed, so a cue that ends the message ("i study
# at", "i'm Ryan, 51, from ", "soy del ") is read with nothing after it. Each of the five crashes
# that `bench/pii_beyond.py` and a fuzz of the corpus prefixes found in round 8 is among them.
_CUED = (
    "i study at Ridgemont High and love it",
    "i'm Ryan, 51, from Leeds",
    "estudio en Universidad de Sevilla desde 2020",
    "soy del Betis de toda la vida",
    "trabajo de enfermera en el Hospital Clínico",
    "the guy from Harrowgate Vets asked me out",
    "applied to Aramark, Mass General and Domino's",
    "ich arbeite bei Würth seit 2019",
    "je bosse chez La Poste depuis 2019",
    "lavoro presso Esselunga da 3 anni",
    "she supports Arsenal, tifo Spezia",
    "i quit Walmart, been at Globex for 9 months",
    "Subway rejected me again",
    "kat.naps thats my tiktok, hmu",
    "Swansea girl born and raised",
    "my name is Dan, call me at +44 20 7946 0958",
    "im 37 n u? mine is 42 lol",
    "me (31) and my husband (34), Wren (47) norwich",
)


@pytest.mark.parametrize("message", _CUED)
def test_a_cue_that_ends_the_message_is_read_without_error(message: str) -> None:
    for end in range(len(message) + 1):
        for text in (message[:end], message[:end] + " ", message[:end].upper()):
            entities = analyzer().analyze(text)
            assert all(0 <= e.start < e.end <= len(text) for e in entities)
