"""The ``vault`` key provider: HashiCorp Vault's transit engine through ``hvac`` (extra: vault).

The KEK never leaves Vault. Wrapping a DEK is a transit ``encrypt`` of
``SHA-256(context) || DEK``; the returned ``vault:v<N>:<base64>`` ciphertext is stored as is
and N is the KEK version. ``unwrap`` decrypts and checks the context digest, so a wrapped DEK
copied to another subject's row does not unwrap (``KeyMismatch``), with any transit key type.
``rewrap`` is transit ``rewrap`` (the DEK never reaches Veil), ``rotate`` is transit
``keys/<name>/rotate``.

The index key, the Ed25519 signing seed and the check key are *derived* inside Vault: each is
the transit HMAC-SHA256 of a fixed label under a second transit key, ``<key_name>-root``
(created with the KEK, never rotated, HMAC pinned to its version 1). Nothing secret is stored
on disk or in the database, every node of a scale-out installation derives the same keys, and
rotating or trimming the KEK never changes them. Losing ``<key_name>-root`` loses the blind
indexes and the erasure-journal tags, so back it up with Vault (``exportable`` is not needed:
Vault's own snapshots cover it).

``hvac`` is imported inside ``open`` (and nowhere at module level), so installations without
the extra import this module fine and get a clear "install veil[vault]" error when they
configure it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from typing import Any, ClassVar, Protocol

from pydantic import BaseModel, ConfigDict, SecretStr, ValidationError

from veil.crypto.keys.base import ProviderContext, WrappedKey
from veil.crypto.secret import SecretBytes
from veil.domain.errors import ConfigurationError, KeyMismatch, KeyProviderError

_CIPHERTEXT = re.compile(r"^vault:v([0-9]{1,9}):[A-Za-z0-9+/=]+$")
_DIGEST = 32
ROOT_SUFFIX = "-root"


class VaultKeyConfig(BaseModel):
    model_config = ConfigDict(extra="ignore")

    url: str = "http://127.0.0.1:8200"
    token: SecretStr | None = None
    mount: str = "transit"
    key_name: str = "veil-kek"
    timeout_seconds: float = 5.0


class _Transit(Protocol):
    """The part of ``hvac.api.secrets_engines.Transit`` this provider uses."""

    def create_key(self, name: str, **kwargs: Any) -> Any: ...
    def read_key(self, name: str, **kwargs: Any) -> Any: ...
    def encrypt_data(self, name: str, plaintext: str, **kwargs: Any) -> Any: ...
    def decrypt_data(self, name: str, ciphertext: str, **kwargs: Any) -> Any: ...
    def rewrap_data(self, name: str, ciphertext: str, **kwargs: Any) -> Any: ...
    def rotate_key(self, name: str, **kwargs: Any) -> Any: ...
    def generate_hmac(self, name: str, hash_input: str, **kwargs: Any) -> Any: ...


class VaultKeyProvider:
    """KEK held by Vault transit; see the module docstring."""

    name: ClassVar[str] = "vault"

    def __init__(self, config: VaultKeyConfig) -> None:
        if config.token is None or not config.token.get_secret_value():
            raise ConfigurationError("setting keys.vault.token is required for the vault provider")
        self._config = config
        self._transit: _Transit | None = None
        self._errors: tuple[type[BaseException], ...] = ()
        self._derived: dict[bytes, SecretBytes] = {}

    @classmethod
    def from_context(cls, context: ProviderContext) -> VaultKeyProvider:
        try:
            return cls(VaultKeyConfig.model_validate(dict(context.options)))
        except ValidationError as exc:
            raise ConfigurationError("setting keys.vault is invalid") from exc

    # lifecycle -----------------------------------------------------------------------------
    def open(self, *, create: bool) -> None:
        try:
            import hvac  # optional extra, imported where used (STYLE 16)
        except ImportError as exc:
            raise KeyProviderError(
                "the vault key provider needs hvac: install veil[vault]"
            ) from exc
        client = hvac.Client(
            url=self._config.url,
            token=self._config.token.get_secret_value() if self._config.token else None,
            timeout=self._config.timeout_seconds,
        )
        # hvac raises VaultError subclasses for HTTP errors; its transport (requests) raises
        # OSError subclasses for connection failures and timeouts
        self._errors = (hvac.exceptions.VaultError, OSError)
        transit: _Transit = client.secrets.transit
        self._transit = transit
        for key in (self._config.key_name, self._root_name):
            self._ensure(key, create=create, missing=hvac.exceptions.InvalidPath)

    def _ensure(self, key: str, *, create: bool, missing: type[BaseException]) -> None:
        try:
            self._call("read_key", key)
            return
        except KeyProviderError as exc:
            if not isinstance(exc.__cause__, missing) or not create:
                raise
        self._call("create_key", key, key_type="aes256-gcm96")

    @property
    def _root_name(self) -> str:
        return self._config.key_name + ROOT_SUFFIX

    # KeyProvider -----------------------------------------------------------------------------
    def check_value(self) -> str:
        check = hmac.new(self._derive(b"check").reveal(), b"veil-kek-check", hashlib.sha256)
        return f"{self.name}:{check.hexdigest()[:32]}"

    @property
    def current_version(self) -> int:
        data = self._call("read_key", self._config.key_name)["data"]
        return int(data["latest_version"])

    def wrap(self, key: SecretBytes, context: bytes) -> WrappedKey:
        plaintext = base64.b64encode(_digest(context) + key.reveal()).decode()
        response = self._call("encrypt_data", self._config.key_name, plaintext=plaintext)
        return _wrapped(response["data"]["ciphertext"])

    def unwrap(self, wrapped: WrappedKey, context: bytes) -> SecretBytes:
        ciphertext = _text(wrapped)
        try:
            response = self._call("decrypt_data", self._config.key_name, ciphertext=ciphertext)
        except KeyProviderError as exc:
            if _is_client_error(exc):
                raise KeyMismatch("data key does not unwrap under the configured KEK") from exc
            raise
        plain = base64.b64decode(response["data"]["plaintext"])
        if len(plain) != _DIGEST + 32 or not hmac.compare_digest(plain[:_DIGEST], _digest(context)):
            raise KeyMismatch("data key does not belong to this subject")
        return SecretBytes(plain[_DIGEST:])

    def rewrap(self, wrapped: WrappedKey, context: bytes) -> WrappedKey:
        try:
            response = self._call("rewrap_data", self._config.key_name, ciphertext=_text(wrapped))
        except KeyProviderError as exc:
            if _is_client_error(exc):
                raise KeyMismatch("data key does not unwrap under the configured KEK") from exc
            raise
        return _wrapped(response["data"]["ciphertext"])

    def rotate(self) -> int:
        self._call("rotate_key", self._config.key_name)
        return self.current_version

    def index_key(self) -> SecretBytes:
        return self._derive(b"blind-index")

    def signing_key(self) -> SecretBytes:
        return self._derive(b"ed25519-signing")

    # internals -------------------------------------------------------------------------------
    def _derive(self, label: bytes) -> SecretBytes:
        cached = self._derived.get(label)
        if cached is not None:
            return cached
        response = self._call(
            "generate_hmac",
            self._root_name,
            hash_input=base64.b64encode(b"veil/vault/" + label).decode(),
            key_version=1,
            algorithm="sha2-256",
        )
        mac = str(response["data"]["hmac"]).split(":", 2)[-1]
        derived = SecretBytes(hashlib.sha256(b"veil/vault-derive\x00" + mac.encode()).digest())
        self._derived[label] = derived
        return derived

    def _call(self, method: str, name: str, **kwargs: Any) -> Any:
        if self._transit is None:
            raise KeyProviderError("key provider not opened; start-up must verify the key first")
        try:
            return getattr(self._transit, method)(
                name=name, mount_point=self._config.mount, **kwargs
            )
        except self._errors as exc:
            raise KeyProviderError(f"Vault transit {method} failed ({type(exc).__name__})") from exc

    def __repr__(self) -> str:
        return f"VaultKeyProvider(url={self._config.url!r}, key={self._config.key_name!r})"


def _digest(context: bytes) -> bytes:
    return hashlib.sha256(b"veil/vault-wrap\x00" + context).digest()


def _wrapped(ciphertext: str) -> WrappedKey:
    found = _CIPHERTEXT.match(ciphertext)
    if found is None:
        raise KeyProviderError("Vault returned a malformed transit ciphertext")
    return WrappedKey(ciphertext.encode("ascii"), int(found.group(1)))


def _text(wrapped: WrappedKey) -> str:
    try:
        ciphertext = wrapped.ciphertext.decode("ascii")
    except UnicodeDecodeError as exc:
        raise KeyMismatch("data key was not wrapped by Vault transit") from exc
    found = _CIPHERTEXT.match(ciphertext)
    if found is None or int(found.group(1)) != wrapped.kek_version:
        raise KeyMismatch("data key was not wrapped by Vault transit")
    return ciphertext


def _is_client_error(exc: KeyProviderError) -> bool:
    """Vault answered 400 (e.g. authentication failed): the key is wrong, Vault is fine."""
    return type(exc.__cause__).__name__ == "InvalidRequest"
