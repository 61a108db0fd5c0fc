"""Key providers: the ``KeyProvider`` Protocol and the registry of implementations.

Built-ins are a dict literal; third parties register a factory under the entry-point group
``veil.key_providers``. Only ``veil.runtime`` calls ``load_factory``. A configured provider
that is unknown or fails to load stops start-up: there is no fallback.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from veil.crypto.keys.base import KeyProvider, KeyProviderFactory, ProviderContext, WrappedKey
from veil.crypto.keys.local import LocalKeyProvider
from veil.crypto.keys.vault import VaultKeyProvider
from veil.domain.errors import ConfigurationError, KeyProviderError

ENTRY_POINT_GROUP = "veil.key_providers"

BUILTIN: dict[str, KeyProviderFactory] = {
    LocalKeyProvider.name: LocalKeyProvider.from_context,
    VaultKeyProvider.name: VaultKeyProvider.from_context,
}

__all__ = [
    "BUILTIN",
    "ENTRY_POINT_GROUP",
    "KeyProvider",
    "KeyProviderFactory",
    "ProviderContext",
    "WrappedKey",
    "load_factory",
]


def load_factory(name: str) -> KeyProviderFactory:
    """The factory registered under ``name``: a built-in first, then an entry point."""
    if name in BUILTIN:
        return BUILTIN[name]
    found = entry_points(group=ENTRY_POINT_GROUP, name=name)
    if not found:
        known = ", ".join(
            sorted({*BUILTIN, *(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))})
        )
        raise ConfigurationError(f"setting keys.provider: unknown key provider (known: {known})")
    try:
        factory: KeyProviderFactory = next(iter(found)).load()
    except Exception as exc:  # any import failure of a plug-in must stop start-up
        raise KeyProviderError(f"key provider '{name}' could not be loaded") from exc
    return factory
