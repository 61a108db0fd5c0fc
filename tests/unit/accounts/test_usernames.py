from __future__ import annotations

import re

import pytest

from veil.accounts import usernames
from veil.accounts.wordlists import ADJECTIVES, NOUNS
from veil.domain.errors import InputError


@pytest.mark.parametrize(
    ("raw", "display", "canonical"),
    [
        ("Velvet_Otter", "Velvet_Otter", "velvet_otter"),
        ("  quiet.owl  ", "quiet.owl", "quiet.owl"),
        ("ＶＥＬＶＥＴ", "VELVET", "velvet"),  # fullwidth folds to ASCII (NFKC)
        ("Straße42", "Straße42", "strasse42"),  # casefold, not lower
        ("ﬁnch-9", "finch-9", "finch-9"),  # the ligature decomposes
        ("Ωμέγα", "Ωμέγα", "ωμέγα"),
        ("さくら", "さくら", "さくら"),
        ("東京タワー", "東京タワー", "東京タワー"),
    ],
)
def test_normalise(raw: str, display: str, canonical: str) -> None:
    name = usernames.normalise(raw)
    assert (name.display, name.canonical) == (display, canonical)
    assert usernames.canonical(raw) == canonical


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("ab", "3 to 32"),
        ("a" * 33, "3 to 32"),
        ("velvet otter", "letters, digits"),
        ("velvet@otter", "letters, digits"),
        ("velvet\u200botter", "letters, digits"),  # zero-width space
        ("_velvet", "starts and ends"),
        ("velvet.", "starts and ends"),
        ("velvet..otter", "no two separators"),
        ("velvet_-otter", "no two separators"),
        ("pаypal", "one script"),  # Cyrillic а among Latin letters
    ],
)
def test_rules(raw: str, rule: str) -> None:
    with pytest.raises(InputError, match=rule):
        usernames.normalise(raw)


def test_error_messages_never_quote_the_input() -> None:
    with pytest.raises(InputError) as caught:
        usernames.normalise("secret name!")
    assert "secret" not in caught.value.detail


def test_suggestions_are_valid_distinct_and_random() -> None:
    first = usernames.suggest(5)
    assert len(set(first)) == 5
    for name in first:
        assert re.fullmatch(r"[a-z]+_[a-z]+_\d{4}", name)
        assert usernames.normalise(name).canonical == name
    assert first != usernames.suggest(5)


COMMON_GIVEN_NAMES = {
    "rose", "robin", "hazel", "ruby", "ivy", "jasper", "willow", "hunter", "grace", "olive",
    "iris", "daisy", "lily", "violet", "holly", "heather", "jade", "amber", "pearl", "dawn",
    "autumn", "summer", "river", "sky", "sage", "rowan", "aspen", "faith", "hope", "joy",
    "sunny", "misty", "sterling", "raven", "wren", "jay", "birch", "coral", "honey", "star",
}  # fmt: skip


def test_word_lists_hold_no_given_names_and_fit_the_rules() -> None:
    words = set(ADJECTIVES) | set(NOUNS)
    assert not words & COMMON_GIVEN_NAMES
    assert len(ADJECTIVES) >= 100
    assert len(NOUNS) >= 100
    assert all(re.fullmatch(r"[a-z]+", word) for word in words)
    assert len(set(ADJECTIVES)) == len(ADJECTIVES)
    assert len(set(NOUNS)) == len(NOUNS)
