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
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_organisations(text: str, language: str | None, expected: str) -> None:
    assert of_type(text, EntityType.ORGANIZATION, language) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_organisations(text: str) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == []
