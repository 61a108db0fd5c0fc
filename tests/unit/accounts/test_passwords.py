from __future__ import annotations

import time

import pytest

from veil.accounts.passwords import (
    ARGON2ID,
    MAX_LENGTH,
    Argon2Params,
    PassphraseHasher,
    check_strength,
)
from veil.domain.errors import WeakPassphrase

# Cheap parameters keep the unit tests fast; the production parameters get one test of their own.
CHEAP = Argon2Params(time_cost=1, memory_cost_kib=1024, parallelism=1)
GOOD = "velvet otter sings at dawn"


@pytest.fixture(scope="module")
def hasher() -> PassphraseHasher:
    return PassphraseHasher(CHEAP)


def test_hash_is_argon2id_with_the_chosen_parameters() -> None:
    encoded = PassphraseHasher(ARGON2ID).hash(GOOD)
    assert encoded.startswith("$argon2id$v=19$m=47104,t=2,p=1$")


def test_hash_is_salted(hasher: PassphraseHasher) -> None:
    assert hasher.hash(GOOD) != hasher.hash(GOOD)


def test_verify_accepts_the_right_passphrase(hasher: PassphraseHasher) -> None:
    assert hasher.verify(hasher.hash(GOOD), GOOD)


def test_verify_refuses_a_wrong_passphrase(hasher: PassphraseHasher) -> None:
    assert not hasher.verify(hasher.hash(GOOD), GOOD + "!")


def test_verify_refuses_a_corrupt_hash(hasher: PassphraseHasher) -> None:
    assert not hasher.verify("$argon2id$not-a-hash", GOOD)


def test_unknown_account_is_always_refused(hasher: PassphraseHasher) -> None:
    assert not hasher.verify(None, GOOD)


def test_unknown_account_costs_about_as_much_as_a_wrong_passphrase() -> None:
    slow = PassphraseHasher(Argon2Params(time_cost=2, memory_cost_kib=8192, parallelism=1))
    stored = slow.hash(GOOD)

    def median(stored_hash: str | None) -> float:
        samples = []
        for _ in range(7):
            started = time.perf_counter()
            slow.verify(stored_hash, "wrong passphrase entirely")
            samples.append(time.perf_counter() - started)
        return sorted(samples)[3]

    known, unknown = median(stored), median(None)
    assert 0.5 < unknown / known < 2.0


def test_needs_rehash_detects_old_parameters(hasher: PassphraseHasher) -> None:
    old = hasher.hash(GOOD)
    stronger = PassphraseHasher(Argon2Params(time_cost=2, memory_cost_kib=1024, parallelism=1))
    assert stronger.needs_rehash(old)
    assert not hasher.needs_rehash(old)


def test_needs_rehash_on_garbage(hasher: PassphraseHasher) -> None:
    assert hasher.needs_rehash("plaintext?")


@pytest.mark.parametrize(
    "passphrase",
    ["correct horse battery staple", "Correct-Horse-Battery-Staple", "velvet otter sings at dawn"],
)
def test_strong_passphrases_pass_unless_famous(passphrase: str) -> None:
    if "horse" in passphrase.lower():
        with pytest.raises(WeakPassphrase) as caught:
            check_strength(passphrase)
        assert "well-known" in caught.value.reasons[0]
    else:
        check_strength(passphrase)


@pytest.mark.parametrize("passphrase", ["password123", "qwertyuiop123", "iloveyou2024!"])
def test_common_passwords_are_refused_with_reasons(passphrase: str) -> None:
    with pytest.raises(WeakPassphrase) as caught:
        check_strength(passphrase)
    reasons = caught.value.reasons
    assert reasons
    assert any("common" in reason for reason in reasons)
    assert all(passphrase not in reason for reason in reasons)
    assert caught.value.extra["reasons"] == reasons


def test_short_passphrase_is_refused() -> None:
    with pytest.raises(WeakPassphrase, match="at least") as caught:
        check_strength("Zq8#vT!")
    assert "at least" in caught.value.reasons[0]


def test_overlong_passphrase_is_refused() -> None:
    with pytest.raises(WeakPassphrase) as caught:
        check_strength("x" * (MAX_LENGTH + 1))
    assert "at most" in caught.value.reasons[0]


def test_long_passphrase_is_scored_on_a_prefix() -> None:
    check_strength("velvet otter sings at dawn " * 9)


def test_repeats_are_refused() -> None:
    with pytest.raises(WeakPassphrase):
        check_strength("abcabcabcabcabc")


def test_the_username_counts_against_the_passphrase() -> None:
    check_strength("velvet_otter_4821!")
    with pytest.raises(WeakPassphrase):
        check_strength("velvet_otter_4821!", context=["velvet_otter_4821"])
