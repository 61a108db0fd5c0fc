"""Third parties in chat (issue 5, third round): a name where a name is expected ("went out
with …", "do u think … likes me", "… hat mir geschrieben", "… no me contesta", "j'ai vu …"),
accepted when it is a first name that is not a frequent word of the message's language, or a
word rare in both that language and English; and the words that share those slots."""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType
from veil.privacy.pii.dictionary import is_frequent, is_rare, rank

# "zarel", "kessandra" and "quorvin" are in no gazetteer and no word list: only the context and
# the frequency lists decide.
POSITIVE = [
    ("ayer salí con zarel", "es", "zarel"),
    ("ieri sono uscita con kessandra", "it", "kessandra"),
    ("ich war gestern mit zarel im kino", "de", "zarel"),
    ("j'ai vu kessandra hier soir", "fr", "kessandra"),
    ("j'ai vu Quorvin hier soir", "fr", "Quorvin"),
    ("I saw zarel at the party", None, "zarel"),
    ("went out with quorvin last night", None, "quorvin"),
    ("do u think zarel likes me?", None, "zarel"),
    ("i wonder if kessandra misses me", None, "kessandra"),
    ("zarel keeps ignoring my texts", None, "zarel"),
    ("zarel hat mir geschrieben", "de", "zarel"),
    ("Kessandra m'a encore écrit", "fr", "Kessandra"),
    ("quorvin no me contesta", "es", "quorvin"),
    ("Zarel non mi risponde", "it", "Zarel"),
    ("sorry that was kessandra on my phone", None, "kessandra"),
    # Faker first names that the everyday-word lists hold too ("nate" is a TV word), taken
    # where a name is expected because they are not frequent words.
    ("sorry that was nate on my phone", None, "nate"),
    ("ich war gestern mit bente im kino", "de", "bente"),
    ("names Zarel but everyone calls me kessandra", None, "Zarel|kessandra"),
    # After "its" (possessive as often as not) only a known name: "zarel" would not be.
    ("heyyy its nate from tinder", None, "nate"),
]

# The same slots with everyday words, frequent words that are names elsewhere, inflections of
# known words, products, and rare words after a conjunction or the possessive "its".
NEGATIVE = [
    ("ayer salí con mis amigas", "es"),
    ("ieri sono uscita con gli amici", "it"),
    ("ich war gestern mit freunden im kino", "de"),
    ("ich war mit kollegen essen", "de"),
    ("j'ai vu un film hier soir", "fr"),
    ("j'ai vu ça hier", "fr"),
    ("I saw it coming", None),
    ("went out with friends last night", None),
    ("do u think everyone likes me?", None),
    ("do u think mom likes me?", None),
    ("sorry that was my cat on the keyboard", None),
    ("sorry that was sooo rude", None),
    ("that was fun on the beach", None),
    ("it keeps crashing", None),
    ("ich lasse es", "de"),
    ("das kino hat mir gefallen", "de"),
    ("se fue la luz, no me contesta nadie", "es"),
    ("with backups and restores", None),
    ("Rectification and erasure of facts", None),
    ("the avatar and its config, ok", None),
    ("OpenBao keeps the keys", None),
    ("FastAPI never blocks", None),
    ("son confidenciales", "es"),
    ("elles sont confidentielles", "fr"),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_third_parties(text: str, language: str | None, expected: str) -> None:
    assert "|".join(of_type(text, EntityType.PERSON, language)) == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVE)
def test_everyday_words_in_third_party_slots_are_not_names(text: str, language: str | None) -> None:
    assert of_type(text, EntityType.PERSON, language) == []


def test_frequency_lists_rank_words_and_leave_unknown_names_rare() -> None:
    rank_of_the = rank("the", "en")
    assert rank_of_the is not None
    assert rank_of_the < 10
    assert is_frequent("kino", "de")
    assert not is_frequent("kino", "fr")
    assert not is_rare("kino", "de")
    assert is_rare("zarel", "es")
    # An inflection of a known word, a drawn-out word and an adjective ending are no names.
    assert not is_rare("backups", "en")
    assert not is_rare("sooo", "en")
    assert not is_rare("zarelado", "es")
