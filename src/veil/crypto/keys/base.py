"""The key-provider port: what every KEK holder (local file, Vault transit...) must do."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, NamedTuple, Protocol, runtime_checkable

from veil.crypto.secret import SecretBytes


class WrappedKey(NamedTuple):
    """A data key encrypted under a KEK version; safe to store."""

    ciphertext: bytes
    kek_version: int


@dataclass(frozen=True, slots=True)
class ProviderContext:
    """What a provider factory receives: its own settings section (as plain data) and the
    data directory (relative paths resolve against it)."""

    options: Mapping[str, Any]
    data_dir: Path


@runtime_checkable
class KeyProvider(Protocol):
    """Holds the key-encryption key (KEK) and the instance's other long-lived keys.

    Lifecycle: the factory validates configuration only; ``open(create=...)`` loads (or, on
    a brand-new installation, creates) the key material. Every other method raises
    ``KeyProviderError`` until ``open`` has succeeded (fail closed).

    ``context`` binds a wrapped key to its owner (e.g. the subject id), so a wrapped DEK
    copied to another subject's row does not unwrap. Unwrapping under a different KEK, or
    with a different context, raises ``KeyMismatch``.
    """

    name: ClassVar[str]

    def open(self, *, create: bool) -> None:
        """Load the key material; create it only if ``create`` and none exists.
        Raises ``KeyProviderError`` if it is missing (and not created) or unusable."""
        ...

    def check_value(self) -> str:
        """A non-secret fingerprint of the key material, stored in the database so that
        start-up detects a different key."""
        ...

    @property
    def current_version(self) -> int:
        """The KEK version ``wrap`` uses now."""
        ...

    def wrap(self, key: SecretBytes, context: bytes) -> WrappedKey: ...

    def unwrap(self, wrapped: WrappedKey, context: bytes) -> SecretBytes: ...

    def rewrap(self, wrapped: WrappedKey, context: bytes) -> WrappedKey:
        """Re-encrypt under the current KEK version without exposing the key to callers."""
        ...

    def rotate(self) -> int:
        """Create a new KEK version and return it; old versions still unwrap."""
        ...

    def index_key(self) -> SecretBytes:
        """The blind-index key (HMAC); independent of every DEK, stable across KEK rotation."""
        ...

    def signing_key(self) -> SecretBytes:
        """The Ed25519 seed used to sign audit checkpoints and receipts."""
        ...


KeyProviderFactory = Callable[[ProviderContext], KeyProvider]
