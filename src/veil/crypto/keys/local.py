"""The ``local`` key provider: a 32-byte key file in the data directory, or a passphrase.

Key file: created on first run (``open(create=True)``) with mode 0600 and ``O_EXCL``; refused
if group or others can read it, or if it is not exactly 32 bytes. Passphrase mode: the root
key is scrypt(passphrase, salt), the 16-byte salt stored beside the key file path as
``<key_file>.salt``, so nothing key-like is on disk.

From the root key, HKDF-SHA256 derives independent keys: the KEK (version 1), the blind-index
key and the Ed25519 signing seed. DEKs are wrapped with AES-256-GCM (``crypto.aead``), key id
= KEK version, associated data = the caller's context.

Rotation (``rotate``) adds KEK version N >= 2: a random 32-byte file ``<key_file>.v<N>``
(mode 0600, ``O_EXCL``), and KEK N = HKDF(root, salt = that file, info = "kek/vN"). A copy of
the root key taken before the rotation therefore does not open DEKs wrapped under version N,
and in passphrase mode the version files alone are not key material either. Old versions stay
readable (``unwrap``) until every DEK has been re-wrapped; the index, signing and check keys
derive from the root only, so rotation never changes them. Other processes pick up a new
version on their next ``wrap`` (or on ``unwrap`` of a version they have not seen).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import stat
import threading
from pathlib import Path
from typing import ClassVar

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, SecretStr, ValidationError

from veil.crypto import aead
from veil.crypto.keys.base import ProviderContext, WrappedKey
from veil.crypto.secret import SecretBytes
from veil.domain.errors import ConfigurationError, KeyMismatch, KeyProviderError

ROOT_KEY_SIZE = 32
SALT_SIZE = 16
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # ~32 MiB, as OWASP suggests for scrypt
KEK_VERSION = 1
_WRAP_AAD = b"veil/dek-wrap/v1\x00"


class LocalKeyConfig(BaseModel):
    model_config = ConfigDict(extra="ignore")

    key_file: str = "kek.key"
    passphrase: SecretStr | None = None


class LocalKeyProvider:
    """KEK from a key file (or passphrase) on this machine."""

    name: ClassVar[str] = "local"

    def __init__(self, key_file: Path, passphrase: SecretBytes | None = None) -> None:
        self._key_file = key_file
        self._passphrase = passphrase
        self._root: SecretBytes | None = None
        self._keks: dict[int, SecretBytes] = {}
        self._lock = threading.Lock()
        if key_file.exists() and passphrase is None:
            _check_private(key_file)

    @classmethod
    def from_context(cls, context: ProviderContext) -> LocalKeyProvider:
        try:
            config = LocalKeyConfig.model_validate(dict(context.options))
        except ValidationError as exc:
            raise ConfigurationError("setting keys.local is invalid") from exc
        path = Path(config.key_file)
        if not path.is_absolute():
            path = context.data_dir / path
        secret = config.passphrase
        phrase = SecretBytes(secret.get_secret_value().encode()) if secret is not None else None
        if phrase is not None and not len(phrase):
            raise ConfigurationError("setting keys.local.passphrase is empty")
        return cls(path, phrase)

    def open(self, *, create: bool) -> None:
        if self._passphrase is not None:
            salt = _read_or_create(self._salt_file, SALT_SIZE, create, what="salt file")
            self._root = SecretBytes(
                hashlib.scrypt(
                    self._passphrase.reveal(), salt=salt.reveal(), n=SCRYPT_N, r=SCRYPT_R,
                    p=SCRYPT_P, maxmem=64 * 1024 * 1024, dklen=ROOT_KEY_SIZE,
                )
            )  # fmt: skip
            return
        self._root = _read_or_create(self._key_file, ROOT_KEY_SIZE, create, what="key file")

    @property
    def _salt_file(self) -> Path:
        return self._key_file.with_name(self._key_file.name + ".salt")

    def check_value(self) -> str:
        check = hmac.new(self._derive(b"check").reveal(), b"veil-kek-check", hashlib.sha256)
        return f"{self.name}:{check.hexdigest()[:32]}"

    @property
    def current_version(self) -> int:
        """The newest version on disk (a number, not a secret: readable before ``open``)."""
        return max([KEK_VERSION, *self._version_numbers()])

    def wrap(self, key: SecretBytes, context: bytes) -> WrappedKey:
        keks = self._scan()
        version = max(keks)
        blob = aead.seal(keks[version], key.reveal(), _WRAP_AAD + context, key_id=version)
        return WrappedKey(blob, version)

    def unwrap(self, wrapped: WrappedKey, context: bytes) -> SecretBytes:
        kek = self._keks.get(wrapped.kek_version) or self._scan().get(wrapped.kek_version)
        if kek is None:
            raise KeyMismatch("data key was wrapped under an unknown KEK version")
        try:
            return SecretBytes(aead.unseal(kek, wrapped.ciphertext, _WRAP_AAD + context))
        except Exception as exc:
            raise KeyMismatch("data key does not unwrap under the configured KEK") from exc

    def rewrap(self, wrapped: WrappedKey, context: bytes) -> WrappedKey:
        return self.wrap(self.unwrap(wrapped, context), context)

    def rotate(self) -> int:
        """Create KEK version ``current + 1`` (a new random version file) and return it."""
        version = self.current_version + 1
        _create(self._version_file(version), ROOT_KEY_SIZE)
        return max(self._scan())

    def _version_file(self, version: int) -> Path:
        return self._key_file.with_name(f"{self._key_file.name}.v{version}")

    def _version_numbers(self) -> list[int]:
        pattern = re.compile(re.escape(self._key_file.name) + r"\.v([0-9]{1,9})$")
        found = (
            pattern.match(p.name) for p in self._key_file.parent.glob(self._key_file.name + ".v*")
        )
        return [int(match.group(1)) for match in found if match and int(match.group(1)) > 1]

    def _scan(self) -> dict[int, SecretBytes]:
        """Every KEK version on disk (v1 from the root, N >= 2 from version files)."""
        with self._lock:
            if not self._keks:
                self._keks[KEK_VERSION] = self._derive(b"kek/v%d" % KEK_VERSION)
            for version in self._version_numbers():
                if version not in self._keks:
                    path = self._version_file(version)
                    salt = _read_or_create(path, ROOT_KEY_SIZE, False, what="KEK version file")
                    self._keks[version] = self._derive(b"kek/v%d" % version, salt.reveal())
            return dict(self._keks)

    def index_key(self) -> SecretBytes:
        return self._derive(b"blind-index")

    def signing_key(self) -> SecretBytes:
        return self._derive(b"ed25519-signing")

    def _derive(self, label: bytes, salt: bytes | None = None) -> SecretBytes:
        if self._root is None:
            raise KeyProviderError("key provider not opened; start-up must verify the key first")
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"veil/local/" + label)
        return SecretBytes(hkdf.derive(self._root.reveal()))

    def __repr__(self) -> str:
        return f"LocalKeyProvider(key_file={str(self._key_file)!r})"


def _check_private(path: Path) -> None:
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyProviderError(
            f"key file {path} is accessible by group or others "
            f"(mode {stat.S_IMODE(mode):o}); run: chmod 600 {path}"
        )


def _read_or_create(path: Path, size: int, create: bool, *, what: str) -> SecretBytes:
    if not path.exists():
        if not create:
            raise KeyProviderError(
                f"{what} {path} is missing but this database holds encrypted data; "
                "restore it (a new key would not open the existing data)"
            )
        _create(path, size)
    _check_private(path)
    data = path.read_bytes()
    if len(data) != size:
        raise KeyProviderError(f"{what} {path} is corrupt: expected {size} bytes")
    return SecretBytes(data)


def _create(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process created it first; we read theirs
    with os.fdopen(fd, "wb") as handle:
        handle.write(os.urandom(size))
        handle.flush()
        os.fsync(handle.fileno())
