from __future__ import annotations

import pytest

from veil.crypto.blind_index import BlindIndex, normalise_username
from veil.crypto.secret import SecretBytes

KEY = SecretBytes(b"k" * 32)


def test_same_value_same_digest_and_keyed() -> None:
    index = BlindIndex(KEY)
    assert index.digest("username", "alice") == index.digest("username", "alice")
    assert len(index.digest("username", "alice")) == 32
    assert BlindIndex(SecretBytes(b"j" * 32)).digest("username", "alice") != index.digest(
        "username", "alice"
    )


def test_domains_are_separated() -> None:
    index = BlindIndex(KEY)
    assert index.digest("username", "alice") != index.digest("persona", "alice")


@pytest.mark.parametrize(
    ("a", "b"),
    [("Alice", "alice"), ("ＡＬＩＣＥ", "alice"), ("Straße", "STRASSE"), (" bob ", "bob")],
)
def test_username_normalisation_matches_variants(a: str, b: str) -> None:
    index = BlindIndex(KEY)
    assert index.digest("username", a, normalise_username) == index.digest(
        "username", b, normalise_username
    )


def test_exact_by_default() -> None:
    index = BlindIndex(KEY)
    assert index.digest("username", "Alice") != index.digest("username", "alice")


def test_deferred_key_is_fetched_on_first_use_and_checked() -> None:
    calls: list[int] = []

    def source() -> SecretBytes:
        calls.append(1)
        return KEY

    index = BlindIndex.deferred(source)
    assert calls == []
    assert index.digest("d", "v") == BlindIndex(KEY).digest("d", "v")
    index.digest("d", "w")
    assert calls == [1]
    with pytest.raises(ValueError):
        BlindIndex.deferred(lambda: SecretBytes(b"short")).digest("d", "v")


def test_repr_hides_the_key() -> None:
    assert "k" * 8 not in repr(BlindIndex(KEY))
