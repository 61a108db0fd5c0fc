"""Blind indexes: keyed HMAC-SHA256 digests for looking up encrypted fields by value.

The index key is separate from every data key, so an index reveals equality only to someone
who holds it. Each use names a ``domain`` ("username", "subject"...) so a digest computed for
one field can never match another field's digest of the same text.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections.abc import Callable

from veil.crypto.secret import SecretBytes

DIGEST_SIZE = 32
Normaliser = Callable[[str], str]


def exact(value: str) -> str:
    return value


def normalise_username(value: str) -> str:
    """NFKC + casefold (then NFKC again, as casefolding can denormalise), trimmed."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold()).strip()


class BlindIndex:
    """HMAC-SHA256 under the index key. Holds the key; never prints it.

    ``BlindIndex.deferred(source)`` takes the key from ``source()`` on first use, so the
    runtime can build it before the key provider is opened.
    """

    def __init__(self, key: SecretBytes) -> None:
        self._key: SecretBytes | None = _checked(key)
        self._source: Callable[[], SecretBytes] = lambda: key

    @classmethod
    def deferred(cls, source: Callable[[], SecretBytes]) -> BlindIndex:
        index = cls.__new__(cls)
        index._key, index._source = None, source
        return index

    def digest(self, domain: str, value: str, normalise: Normaliser = exact) -> bytes:
        """The index of ``value`` in ``domain`` (e.g. "username"), after ``normalise``."""
        return self.digest_bytes(domain, normalise(value).encode("utf-8"))

    def digest_bytes(self, domain: str, value: bytes) -> bytes:
        message = domain.encode("utf-8") + b"\x00" + value
        return hmac.new(self._resolve().reveal(), message, hashlib.sha256).digest()

    def _resolve(self) -> SecretBytes:
        if self._key is None:
            self._key = _checked(self._source())
        return self._key

    def __repr__(self) -> str:
        return "BlindIndex(key=**********)"


def _checked(key: SecretBytes) -> SecretBytes:
    if len(key) < 32:
        raise ValueError("the index key must be at least 32 bytes")
    return key
