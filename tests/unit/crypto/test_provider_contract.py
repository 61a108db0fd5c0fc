"""The KeyProvider contract, run against every built-in provider (vault: the stand-in)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.vault_transit import RunningTransit, vault_options
from tests.keyproviders import keys_settings, openbao, provider_name, transit
from veil.crypto import aead
from veil.crypto.keys import KeyProvider, ProviderContext, load_factory
from veil.crypto.keys.base import WrappedKey
from veil.crypto.keys.vault import _text, _wrapped
from veil.domain.errors import ConfigurationError, KeyMismatch, KeyProviderError

__all__ = ["keys_settings", "openbao", "provider_name", "transit"]


def make(keys: dict[str, Any], data_dir: Path) -> KeyProvider:
    name = keys["provider"]
    return load_factory(name)(ProviderContext(options=keys.get(name, {}), data_dir=data_dir))


@pytest.fixture
def provider(keys_settings: dict[str, Any], tmp_path: Path) -> KeyProvider:
    made = make(keys_settings, tmp_path)
    made.open(create=True)
    return made


def test_wrap_unwrap_round_trip_bound_to_context(provider: KeyProvider) -> None:
    dek = aead.new_key()
    wrapped = provider.wrap(dek, b"subject-a")
    assert dek.reveal() not in wrapped.ciphertext
    assert wrapped.kek_version == provider.current_version == 1
    assert provider.unwrap(wrapped, b"subject-a") == dek
    with pytest.raises(KeyMismatch):
        provider.unwrap(wrapped, b"subject-b")


def test_rotate_adds_a_version_old_ones_still_unwrap(provider: KeyProvider) -> None:
    dek = aead.new_key()
    old = provider.wrap(dek, b"ctx")
    index, signing, check = provider.index_key(), provider.signing_key(), provider.check_value()
    assert provider.rotate() == 2
    assert provider.current_version == 2
    assert provider.unwrap(old, b"ctx") == dek
    new = provider.rewrap(old, b"ctx")
    assert new.kek_version == 2 and new.ciphertext != old.ciphertext
    assert provider.unwrap(new, b"ctx") == dek
    assert provider.wrap(dek, b"ctx").kek_version == 2
    # rotation never changes the index, signing or check keys
    assert provider.index_key() == index and provider.signing_key() == signing
    assert provider.check_value() == check


def test_a_second_instance_sees_the_same_keys_and_new_versions(
    keys_settings: dict[str, Any], tmp_path: Path, provider: KeyProvider
) -> None:
    other = make(keys_settings, tmp_path)
    other.open(create=False)
    assert other.check_value() == provider.check_value()
    assert other.index_key() == provider.index_key()
    dek = aead.new_key()
    provider.rotate()
    wrapped = provider.wrap(dek, b"ctx")
    assert other.unwrap(wrapped, b"ctx") == dek
    assert other.wrap(dek, b"ctx").kek_version == 2


def test_tampered_or_foreign_wrapped_keys_do_not_unwrap(provider: KeyProvider) -> None:
    wrapped = provider.wrap(aead.new_key(), b"ctx")
    flipped = bytearray(wrapped.ciphertext)
    flipped[-3] ^= 0x01
    for bad in (
        WrappedKey(bytes(flipped), wrapped.kek_version),
        WrappedKey(wrapped.ciphertext, 99),
        WrappedKey(b"\xff\xfe garbage", 1),
    ):
        with pytest.raises(KeyMismatch):
            provider.unwrap(bad, b"ctx")


def test_every_method_fails_closed_before_open(
    keys_settings: dict[str, Any], tmp_path: Path
) -> None:
    closed = make(keys_settings, tmp_path)
    with pytest.raises(KeyProviderError):
        closed.wrap(aead.new_key(), b"ctx")
    with pytest.raises(KeyProviderError):
        closed.index_key()


def test_keys_are_32_bytes_and_distinct(provider: KeyProvider) -> None:
    index, signing = provider.index_key(), provider.signing_key()
    assert len(index) == len(signing) == 32
    assert index != signing
    assert provider.check_value().startswith(provider.name + ":")
    assert "*" not in repr(provider) or "Secret" not in repr(provider)


def test_vault_token_and_reachability_are_checked(transit: RunningTransit, tmp_path: Path) -> None:
    options = {"url": transit.url, "key_name": "k-no-token"}
    with pytest.raises(Exception, match="token is required"):
        make({"provider": "vault", "vault": options}, tmp_path)
    bad = make({"provider": "vault", "vault": {**options, "token": "wrong"}}, tmp_path)
    with pytest.raises(KeyProviderError, match="Forbidden"):
        bad.open(create=True)
    down = make(
        {"provider": "vault", "vault": {"url": "http://127.0.0.1:9", "token": "t",
                                        "timeout_seconds": 1}},
        tmp_path,
    )  # fmt: skip
    with pytest.raises(KeyProviderError):
        down.open(create=True)


def test_vault_refuses_a_missing_key_when_not_creating(
    transit: RunningTransit, tmp_path: Path
) -> None:
    vault = make({"provider": "vault", "vault": vault_options(transit, "k-absent")}, tmp_path)
    with pytest.raises(KeyProviderError, match="read_key"):
        vault.open(create=False)
    assert "k-absent" not in transit.state.keys


def test_vault_without_hvac_says_how_to_install(
    transit: RunningTransit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "hvac", None)
    vault = make({"provider": "vault", "vault": vault_options(transit, "k-x")}, tmp_path)
    with pytest.raises(KeyProviderError, match=r"install veil\[vault\]"):
        vault.open(create=True)


def test_vault_rejects_malformed_settings_and_replies(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="keys.vault"):
        make({"provider": "vault", "vault": {"token": "t", "timeout_seconds": "soon"}}, tmp_path)
    with pytest.raises(KeyMismatch):
        _text(WrappedKey(b"vault:v2:AAAA", 1))
    with pytest.raises(KeyProviderError, match="malformed"):
        _wrapped("not-a-vault-ciphertext")
