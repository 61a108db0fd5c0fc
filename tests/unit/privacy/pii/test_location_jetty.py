"""Places, e-mails and phone numbers of the jetty split's forms (seen), written with other
names: a place after the age of a self-introduction, a place one was born and raised in named
before, the French "sur" of where one is, towns named like words after a strong cue, produce
named after its town, a brand's English word in another language, a number read out before an
e-mail's "at", and a phone number grouped like an IP address."""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

PLACES = [
    # a place after the age of a self-introduction
    ("Nora (34) leeds", "leeds"),
    ("gus (29), dundee", "dundee"),
    ("hi im Callum 33 dundee lol", "dundee"),
    ("i'm maeve, 41, from bath, i like dogs", "bath"),
    ("ich bin Jonas 31 aus Kassel", "Kassel"),
    ("je suis Léa, 25 ans, de Lille", "Lille"),
    ("soy Lucía 28 de Cádiz", "Cádiz"),
    ("sono Gaia 30 di Lecce", "Lecce"),
    # a place one was born and raised in, named before or after
    ("leeds girl born and raised", "leeds"),
    ("proud Cardiff lad, born and bred", "Cardiff"),
    ("geboren und aufgewachsen in Kassel", "Kassel"),
    ("né et élevé à Lille", "Lille"),
    ("nacida y criada en Cádiz", "Cádiz"),
    ("nato e cresciuto a Lecce", "Lecce"),
    # the French "sur" of where one is
    ("je suis sur Nantes ce week-end", "Nantes"),
    ("on est sur la rochelle demain", "la rochelle"),
    # a town named like a word after a strong cue, capitalised or ending the clause
    ("she's from reading and hates it", "reading"),
    ("ich bin aus halle lol", "halle"),
    ("bin gerade bei tante in Essen und komm später", "Essen"),
    ("im in reading till friday", "reading"),
    ("32f da siena", "siena"),
    ("we r going to Reading for the weekend", "Reading"),
    # after a strong cue, a town of the gazetteers still
    ("je viens de dijon", "dijon"),
]
NOT_PLACES = [
    "Nora (34) lonely tonight",
    "i'm at 23 queen street",
    "im like 30 minutes away",
    "i'm down 20 pounds since june",
    "city girl born and raised",
    "country boy born and bred",
    "je suis sur Instagram",
    "je suis sur le point de partir",
    "je suis sur mon téléphone",
    "i'm in reading mode",
    "i'm tired from reading all day",
    "wir essen heute in der Halle",
    "yo soy de tarde.",
    "sono di solo, ok",
    "i am from name",
    "moutarde de dijon sur tout",
    "un panino al prosciutto di parma",
    "jamón de Teruel y queso",
    "je vais à Keep Cool ce soir",
    "entreno en Basic-Fit casi todos los días",
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_finds_jetty_places(text: str, expected: str) -> None:
    assert expected in of_type(text, EntityType.LOCATION)


@pytest.mark.parametrize("text", NOT_PLACES)
def test_leaves_non_places(text: str) -> None:
    assert of_type(text, EntityType.LOCATION) == []


def test_nice_girl_names_the_place_after() -> None:
    assert of_type("nice girl born and raised in Leeds", EntityType.LOCATION) == ["Leeds"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("its mattie 2001 at example dot com lol", "mattie 2001 at example dot com"),
        ("my email is 1987 at example dot com", "1987 at example dot com"),
    ],
)
def test_number_read_out_before_the_at(text: str, expected: str) -> None:
    assert of_type(text, EntityType.EMAIL) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("llámame al 655.21.47.80 luego", ["655.21.47.80"]), ("ping 192.168.10.20 now", [])],
)
def test_number_grouped_like_an_ip(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.PHONE) == expected
