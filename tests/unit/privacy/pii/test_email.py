from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("my email is jane.doe@example.com", "jane.doe@example.com"),
    ("write to JEN_X93@mail.example.net!", "JEN_X93@mail.example.net"),
    ("jane dot doe at gmail dot com", "jane dot doe at gmail dot com"),
    ("mail me: jane(at)example.com", "jane(at)example.com"),
    ("dan [at] example [dot] com pls", "dan [at] example [dot] com"),
    ("cami88 at gmail dot com", "cami88 at gmail dot com"),
    ("jane.doe (at) example.org", "jane.doe (at) example.org"),
    # the "at" and "dot" words of the other languages, in any message language
    ("escríbeme a lucia.g arroba gmail punto com", "lucia.g arroba gmail punto com"),
    ("mi correo: pepe (arroba) hotmail (punto) es", "pepe (arroba) hotmail (punto) es"),
    ("scrivimi a marco.r chiocciola libero punto it", "marco.r chiocciola libero punto it"),
    ("marco.r chiocciola libero.it", "marco.r chiocciola libero.it"),
    ("écris à jean.d arobase orange point fr", "jean.d arobase orange point fr"),
    ("jean point dupont arobase free point fr", "jean point dupont arobase free point fr"),
    ("schreib an max.m ät web punkt de", "max.m ät web punkt de"),
    ("max.m [ät] gmx [punkt] de", "max.m [ät] gmx [punkt] de"),
    ("JANE AT YAHOO DOT CO DOT UK", "JANE AT YAHOO DOT CO DOT UK"),
    ("dan at icloud.com", "dan at icloud.com"),
    ("jen <at> example <dot> org", "jen <at> example <dot> org"),
]
NEGATIVE = [
    "look at google.com for it",
    "meet me at the cafe",
    "see you at 5 dot com boom",
    "i'm at home, dot",
    "email me later",
    "@ 5pm then",
    "look at me",
    "no sé a qué punto estamos",
    "a che punto sei arrivato",
    "je n'en suis pas à ce point",
    "auf den punkt gebracht",
    "la fête est à quelle heure, point",
    "te lo mando via e-mail",
    "die universität ist spät dran",
    "she's at work punto",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_emails(text: str, expected: str) -> None:
    assert of_type(text, EntityType.EMAIL) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_near_misses_are_not_emails(text: str) -> None:
    assert of_type(text, EntityType.EMAIL) == []


# Round 8 (street split): a name and an initial read out as the local part.
POSITIVE_ROUND8 = [
    ("send it to kayla m at gmail dot com pls", "kayla m at gmail dot com"),
    ("scrivimi a marco r chiocciola libero punto it", "marco r chiocciola libero punto it"),
    ("mail: anna k at gmx dot de", "anna k at gmx dot de"),
    # the word before is an everyday word: the local part is the initial alone
    ("send it to b at example dot com", "b at example dot com"),
    ("email me jo at yahoo dot com", "jo at yahoo dot com"),
]
NEGATIVE_ROUND8 = [
    "plan b at home, dot com bubble stories",
    "she got an a at school",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE_ROUND8)
def test_finds_emails_round8(text: str, expected: str) -> None:
    assert of_type(text, EntityType.EMAIL) == [expected]


@pytest.mark.parametrize("text", NEGATIVE_ROUND8)
def test_not_emails_round8(text: str) -> None:
    assert of_type(text, EntityType.EMAIL) == []


# Round 9 (after the harbor split's first run, so seen): "_" and "-" read out, letters of any
# alphabet in the local part, and a bare " at " between a local part shaped like an address's
# ("." , "_" or a digit) and a typed domain with its dot.
POSITIVE_ROUND9 = [
    (
        "write to tash underscore 89 at yahoo dot co dot uk",
        "tash underscore 89 at yahoo dot co dot uk",
    ),
    ("schreib an lena unterstrich k at gmx dot de", "lena unterstrich k at gmx dot de"),
    ("écris à jean tiret bas p arobase free point fr", "jean tiret bas p arobase free point fr"),
    ("du kannst mir auch an sönke-k [at] t-online.de schreiben", "sönke-k [at] t-online.de"),
    ("scrivimi pure a saro.pittau at alice.it", "saro.pittau at alice.it"),
    ("escríbeme a luis_88 at telefonica.net", "luis_88 at telefonica.net"),
]
NEGATIVE_ROUND9 = [
    "look at google.com for it",
    "meet me at 5 at bar.it",
    "version 2.1 at foo.com",
    "v2.1 at foo.com",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE_ROUND9)
def test_finds_emails_round9(text: str, expected: str) -> None:
    assert of_type(text, EntityType.EMAIL) == [expected]


@pytest.mark.parametrize("text", NEGATIVE_ROUND9)
def test_not_emails_round9(text: str) -> None:
    assert of_type(text, EntityType.EMAIL) == []
