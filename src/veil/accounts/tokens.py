"""Secrets handed to people (session and API tokens, recovery codes) and their keyed hashes.

Tokens are 256-bit random strings with a readable prefix (``veil_s_`` sessions, ``veil_t_``
API tokens) so secret scanners can spot a leaked one. Recovery codes are 100-bit random
strings in Crockford base32 (no I, L, O, U), written as four groups of five. Both are stored
only as HMAC-SHA256 under the index key: high-entropy secrets need no slow hash, and a
database dump without the key cannot even confirm a guess. The CSRF token of a cookie
session is derived from its session token the same way, so it needs no storage.
"""

from __future__ import annotations

import hmac
import secrets
import uuid

from veil.crypto.blind_index import BlindIndex
from veil.domain.accounts import TokenKind

PREFIX: dict[TokenKind, str] = {TokenKind.SESSION: "veil_s_", TokenKind.API: "veil_t_"}
RECOVERY_CODES_PER_ACCOUNT = 10
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS, _GROUP_LENGTH = 4, 5
_LOOKALIKES = str.maketrans("OIL", "011")


def new_token(kind: TokenKind) -> str:
    return PREFIX[kind] + secrets.token_urlsafe(32)


def looks_like_token(value: str) -> bool:
    return value.startswith(tuple(PREFIX.values())) and 20 <= len(value) <= 128


def new_recovery_code() -> str:
    groups = (
        "".join(secrets.choice(_CROCKFORD) for _ in range(_GROUP_LENGTH))
        for _ in range(_CODE_GROUPS)
    )
    return "-".join(groups)


def normalise_recovery_code(raw: str) -> str:
    """Upper-case, drop separators and spaces, read the look-alikes as Crockford does."""
    cleaned = "".join(ch for ch in raw.upper() if ch not in "- \t")
    return cleaned.translate(_LOOKALIKES)


class SecretHasher:
    """Keyed hashes of tokens, recovery codes and CSRF tokens (one domain each)."""

    def __init__(self, index: BlindIndex) -> None:
        self._index = index

    def token(self, secret: str) -> bytes:
        return self._index.digest("auth-token", secret)

    def recovery_code(self, account_id: uuid.UUID, code: str) -> bytes:
        value = account_id.bytes + normalise_recovery_code(code).encode("ascii", "replace")
        return self._index.digest_bytes("recovery-code", value)

    def csrf(self, session_secret: str) -> str:
        return self._index.digest("csrf", session_secret).hex()

    def csrf_matches(self, session_secret: str, candidate: str) -> bool:
        return hmac.compare_digest(self.csrf(session_secret), candidate)

    def username(self, canonical: str) -> bytes:
        return self._index.digest("username", canonical)
