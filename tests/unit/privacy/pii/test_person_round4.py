"""Names in any phrasing (issue 5, fourth round): first names that are no word of any supported
language anywhere, in any case; and names after relations and social acts, a closed class per
language ("my cousin …", "ran into …", "grüße an …", "j'ai dit à …", "le conté a …", "mia
cugina …"); and the words that share those places."""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

# "ottilie", "wilhelmina", "jolanda", "nazaret" are Faker first names of the five languages'
# locales that no frequency list ranks among its 20,000 most frequent words.
UNMISTAKABLE = [
    ("wilhelmina keeps texting me lol", "wilhelmina"),
    ("so ottilie was there too??", "ottilie"),
    ("jolanda und ich gehen ins kino", "jolanda"),
    ("c'était trop bien avec wilhelmina", "wilhelmina"),
    ("nazaret no viene hoy", "nazaret"),
    ("stasera esco con Jolanda", "Jolanda"),
]
RELATION = [
    ("i told nadia everything", "nadia"),
    ("ran into Ottilie at the store", "Ottilie"),
    ("my cousin jarrett is visiting", "jarrett"),
    ("grüße an ottilie", "ottilie"),
    ("meine kollegin Nadia ist krank", "Nadia"),
    ("j'ai dit à ottilie de venir", "ottilie"),
    ("ma coloc Nadia est relou", "Nadia"),
    ("le conté a nazaret lo del finde", "nazaret"),
    ("mi prima Nadia viene mañana", "Nadia"),
    ("ho detto a ottilie di venire", "ottilie"),
    ("mia cugina Nadia è simpatica", "Nadia"),
    # addressed and possessive
    ("nadia, are you coming?", "nadia"),
    ("see you tomorrow, nadia", "nadia"),
    ("nadia's party was wild", "nadia"),
]
NOT_NAMES = [
    "told you so",
    "i told him",
    "texting my mom",
    "gonna see a movie",
    "meeting at 5",
    "grüße an alle",
    "j'ai dit à tout le monde",
    "vi a mi madre",
    "ho detto a tutti",
    "reminds me of summer",
    "talking to myself",
    "visiting London next week",
    "my cat is called miso",  # capitalised, a word in no frequency list is a name (docs/pii.md)
    "the meeting is in the annex",
    "ok, fine",
    "today's plan",
    "see you tomorrow, babe",
    "everyone's here",
    "sorry, my bad",
    "Mark's car",
    "my mom's birthday",
]


@pytest.mark.parametrize(("text", "expected"), UNMISTAKABLE + RELATION)
def test_finds_names(text: str, expected: str) -> None:
    assert of_type(text, EntityType.PERSON) == [expected]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_words_in_those_places_are_not_names(text: str) -> None:
    assert of_type(text, EntityType.PERSON) == []
