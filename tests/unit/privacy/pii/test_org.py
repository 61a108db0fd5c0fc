from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("i work at google and i love it", None, "google"),
    ("i work at Acme Logistics", None, "Acme Logistics"),
    ("i study at University of Michigan", None, "University of Michigan"),
    ("i go to Riverside High School", None, "Riverside High School"),
    ("ich arbeite bei Deutsche Bahn", "de", "Deutsche Bahn"),
    ("je travaille chez Renault", "fr", "Renault"),
    ("trabajo en Mercadona", "es", "Mercadona"),
    ("lavoro presso Barilla", "it", "Barilla"),
    ("she's at Initech Inc. now", None, "Initech Inc."),
    # employment events, not only "i work at"
    ("i got fired from Initrode today", None, "Initrode"),
    ("started a new job at Globex", None, "Globex"),
    ("ich hab bei Globex angefangen", "de", "Globex"),
    ("j'ai commencé chez Globex", "fr", "Globex"),
    ("empecé a trabajar en Globex", "es", "Globex"),
    ("ho iniziato a lavorare da Globex", "it", "Globex"),
    # round 4: the general form (a word of working, studying or playing, up to three words,
    # a preposition of affiliation) in five languages
    ("im a barista at Vandelay Coffee", None, "Vandelay Coffee"),
    ("night shift at Globex again", None, "Globex"),
    ("my manager at Initech hates me", None, "Initech"),
    ("been interning for Umbrella Labs", None, "Umbrella Labs"),
    ("i'm a sophomore at Westbrook College", None, "Westbrook College"),
    ("i play for Eastside Eagles", None, "Eastside Eagles"),
    ("i attend Lakeview Academy", None, "Lakeview Academy"),
    ("i work at initrode lol", None, "initrode"),
    ("mein chef bei Globex nervt", "de", "Globex"),
    ("hab bei Initech gekündigt", "de", "Initech"),
    ("spiele beim SV Musterstadt", "de", "SV Musterstadt"),
    ("ich mache ein praktikum bei Globex", "de", "Globex"),
    ("je suis en alternance chez Globex", "fr", "Globex"),
    ("mon patron chez Initech est relou", "fr", "Initech"),
    ("je joue au FC Exemple", "fr", "FC Exemple"),
    ("curro en Globex", "es", "Globex"),
    ("mi jefa en Initech es un amor", "es", "Initech"),
    ("voy a la Politécnica", "es", "Politécnica"),
    ("faccio il tirocinio in Globex", "it", "Globex"),
    ("frequento il liceo Fermi", "it", "liceo Fermi"),
    # round 4: the shapes of names, anywhere
    ("she works for Northgate Logistics now", None, "Northgate Logistics"),
    ("Kessler Bau sucht Leute", "de", "Kessler Bau"),
    ("Brightwater Dental called me back", None, "Brightwater Dental"),
    ("i'm at uni Bremen", None, "uni Bremen"),
    ("IES Cervantes es un desastre", "es", "IES Cervantes"),
    ("FC Musterstadt hat verloren", "de", "FC Musterstadt"),
    ("AS Exemple a gagné", "fr", "AS Exemple"),
    ("Grupo Alsa me contrató", "es", "Grupo Alsa"),
]
NEGATIVE = [
    "i work from home",
    "i work at home mostly",
    "i work at a bar",
    "i work at the hospital",
    "i go to bed early",
    "i work at night",
    "i got fired from my job",
    "empecé a trabajar en casa",
    # round 4: everyday words, numbers and places after the general form
    "i work for myself",
    "studying at the library till 9",
    "work for 3 hours",
    "i'm a student at heart",
    "played for hours",
    "shift at 6 tomorrow",
    "i study in the evening",
    "voy a la playa",
    "frequento la palestra",
    "lavoro in ufficio",
    "oggi lavoro da casa",
    "je travaille chez moi",
    "staff see and change an account's status",
    "Die Klinik war voll",
    "Meine Versicherung zahlt nicht",
    "US citizens abroad",
    # a word and a preposition of different languages
    "currently in Norwich visiting family",
    "bin grad in Kassel",
    "she has a degree in Economics",
    "ok The Group is fine",
]


@pytest.mark.parametrize(
    ("text", "place"), [("je travaille à Lyon", "Lyon"), ("trabajo en Madrid", "Madrid")]
)
def test_a_place_after_a_work_cue_is_a_location(text: str, place: str) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == []
    assert of_type(text, EntityType.LOCATION) == [place]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_organisations(text: str, language: str | None, expected: str) -> None:
    assert of_type(text, EntityType.ORGANIZATION, language) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_organisations(text: str) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == []
