from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pydantic import SecretStr

from veil.crypto import aead
from veil.crypto.keys import BUILTIN, KeyProvider, ProviderContext, load_factory
from veil.crypto.keys.base import WrappedKey
from veil.crypto.keys.local import LocalKeyProvider
from veil.domain.errors import ConfigurationError, KeyMismatch, KeyProviderError


def provider(tmp_path: Path, **options: object) -> LocalKeyProvider:
    return LocalKeyProvider.from_context(ProviderContext(options=options, data_dir=tmp_path))


def test_creates_a_private_32_byte_key_file_on_first_open(tmp_path: Path) -> None:
    local = provider(tmp_path)
    local.open(create=True)
    key_file = tmp_path / "kek.key"
    assert key_file.stat().st_size == 32
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_reopening_gives_the_same_key(tmp_path: Path) -> None:
    first = provider(tmp_path)
    first.open(create=True)
    wrapped = first.wrap(aead.new_key(), b"ctx")
    second = provider(tmp_path)
    second.open(create=False)
    assert second.check_value() == first.check_value()
    assert second.unwrap(wrapped, b"ctx") == first.unwrap(wrapped, b"ctx")


def test_missing_key_file_is_not_created_when_data_exists(tmp_path: Path) -> None:
    with pytest.raises(KeyProviderError, match="missing"):
        provider(tmp_path).open(create=False)
    assert not (tmp_path / "kek.key").exists()


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660])
def test_refuses_a_key_file_others_can_read(tmp_path: Path, mode: int) -> None:
    provider(tmp_path).open(create=True)
    os.chmod(tmp_path / "kek.key", mode)
    with pytest.raises(KeyProviderError, match="chmod 600"):
        provider(tmp_path)


def test_refuses_a_corrupt_key_file(tmp_path: Path) -> None:
    key_file = tmp_path / "kek.key"
    key_file.write_bytes(b"short")
    os.chmod(key_file, 0o600)
    with pytest.raises(KeyProviderError, match="corrupt"):
        provider(tmp_path).open(create=False)


def test_unopened_provider_fails_closed(tmp_path: Path) -> None:
    with pytest.raises(KeyProviderError, match="not opened"):
        provider(tmp_path).wrap(aead.new_key(), b"ctx")


def test_unwrap_with_other_context_or_key_is_a_mismatch(tmp_path: Path) -> None:
    local = provider(tmp_path)
    local.open(create=True)
    wrapped = local.wrap(aead.new_key(), b"subject-a")
    with pytest.raises(KeyMismatch):
        local.unwrap(wrapped, b"subject-b")
    other = provider(tmp_path / "other")
    other.open(create=True)
    assert other.check_value() != local.check_value()
    with pytest.raises(KeyMismatch):
        other.unwrap(wrapped, b"subject-a")
    with pytest.raises(KeyMismatch):
        local.unwrap(WrappedKey(wrapped.ciphertext, 99), b"subject-a")


def test_rewrap_keeps_the_key(tmp_path: Path) -> None:
    local = provider(tmp_path)
    local.open(create=True)
    dek = aead.new_key()
    rewrapped = local.rewrap(local.wrap(dek, b"c"), b"c")
    assert local.unwrap(rewrapped, b"c") == dek
    assert rewrapped.kek_version == local.current_version
    assert local.rotate() == 2
    assert local.rewrap(rewrapped, b"c").kek_version == 2


def test_derived_keys_are_distinct_and_stable(tmp_path: Path) -> None:
    local = provider(tmp_path)
    local.open(create=True)
    assert local.index_key() != local.signing_key()
    assert len(local.index_key()) == 32
    again = provider(tmp_path)
    again.open(create=False)
    assert again.index_key() == local.index_key()


def test_passphrase_mode_writes_only_a_salt(tmp_path: Path) -> None:
    phrase = SecretStr("correct horse battery staple")
    local = provider(tmp_path, passphrase=phrase)
    local.open(create=True)
    assert not (tmp_path / "kek.key").exists()
    assert (tmp_path / "kek.key.salt").stat().st_size == 16
    same = provider(tmp_path, passphrase=phrase)
    same.open(create=False)
    assert same.check_value() == local.check_value()
    wrong = provider(tmp_path, passphrase=SecretStr("another passphrase entirely"))
    wrong.open(create=False)
    assert wrong.check_value() != local.check_value()


def test_bad_configuration(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError):
        provider(tmp_path, passphrase="")
    with pytest.raises(ConfigurationError):
        provider(tmp_path, key_file=["not", "a", "path"])


def test_absolute_key_file_and_repr(tmp_path: Path) -> None:
    local = provider(tmp_path / "data", key_file=str(tmp_path / "elsewhere.key"))
    local.open(create=True)
    assert (tmp_path / "elsewhere.key").exists()
    assert "elsewhere.key" in repr(local)


def test_registry_has_local_and_rejects_unknown_names() -> None:
    assert load_factory("local") is BUILTIN["local"]
    with pytest.raises(ConfigurationError, match="unknown key provider"):
        load_factory("no-such-provider")


def test_local_satisfies_the_protocol(tmp_path: Path) -> None:
    assert isinstance(provider(tmp_path), KeyProvider)
