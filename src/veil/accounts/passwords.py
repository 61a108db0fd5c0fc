"""Passphrases: Argon2id hashing, constant-cost verification and a strength check.

Parameters (``ARGON2ID``): Argon2id, t=2 passes over m=46 MiB (47,104 KiB), p=1 lane,
a 16-byte random salt and a 32-byte tag. This is OWASP's "m=46 MiB" profile with one extra
pass; on the reference machine (2 cores, ``python-svc``) one verification costs about 80 ms
when idle (``bench/accounts_api.py`` measures it; the figures are in ``bench/RESULTS.md``).
19 MiB with t=3 cost only ~35 ms there; more memory rather than more passes, because memory
is what makes GPU guessing expensive. The parameters are constants in code, not settings: a
stored hash carries its own parameters, and ``needs_rehash`` upgrades old hashes at the next
sign-in.

Verification costs the same whether the account exists or not: ``verify(None, …)`` checks the
passphrase against a dummy hash made with the same parameters, so response time does not
reveal which usernames exist.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass

import zxcvbn
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from veil.domain.errors import WeakPassphrase

MIN_SCORE = 3
MIN_LENGTH = 10
MAX_LENGTH = 256
# zxcvbn refuses inputs over 72 characters (its matching is super-linear in the length);
# only that prefix is scored, and a passphrase that long is rarely weak in its tail alone.
_ZXCVBN_PREFIX = 72
# zxcvbn warnings that name a password list: such a passphrase is refused whatever its score.
_COMMON_MARKERS = ("common password", "commonly used password", "top-10", "top-100")
# Famous passphrases zxcvbn scores highly because its lists hold words, not sentences.
# Compared on letters and digits only, case-folded.
_COMMON_PASSPHRASES = frozenset(
    {
        "correcthorsebatterystaple",
        "thequickbrownfoxjumpsoverthelazydog",
        "maytheforcebewithyou",
        "allyourbasearebelongtous",
        "tobeornottobethatisthequestion",
        "tobeornottobe",
        "onceuponatime",
        "opensesame",
        "iloveyoumorethananything",
        "letmeinplease",
        "passwordpassword",
        "thisismypassword",
        "thisismypassphrase",
        "mypasswordissecure",
        "winteriscoming",
        "helloworldhelloworld",
        "nevergonnagiveyouup",
        "supercalifragilisticexpialidocious",
    }
)
_COMMON_REASON = "This is a well-known passphrase."


@dataclass(frozen=True, slots=True)
class Argon2Params:
    time_cost: int
    memory_cost_kib: int
    parallelism: int
    hash_len: int = 32
    salt_len: int = 16


ARGON2ID = Argon2Params(time_cost=2, memory_cost_kib=47_104, parallelism=1)


class PassphraseHasher:
    """Argon2id hashing and verification with a fixed cost for unknown accounts."""

    def __init__(self, params: Argon2Params = ARGON2ID) -> None:
        self.params = params
        self._hasher = PasswordHasher(
            time_cost=params.time_cost,
            memory_cost=params.memory_cost_kib,
            parallelism=params.parallelism,
            hash_len=params.hash_len,
            salt_len=params.salt_len,
            type=Type.ID,
        )
        self._dummy: str | None = None  # made on first use, so building a runtime stays cheap

    def hash(self, passphrase: str) -> str:
        """Return an encoded Argon2id hash (PHC string, carrying its salt and parameters)."""
        return self._hasher.hash(passphrase)

    def verify(self, stored: str | None, passphrase: str) -> bool:
        """True when ``passphrase`` matches ``stored``.

        With ``stored=None`` (no such account) the dummy hash is checked instead, so the
        call takes as long as a real mismatch, and the answer is always False. Argon2's tag
        comparison is constant-time.
        """
        if stored is None and self._dummy is None:
            self._dummy = self._hasher.hash(secrets.token_urlsafe(24))
        target = stored if stored is not None else self._dummy
        assert target is not None  # noqa: S101  (set just above)
        try:
            matched = self._hasher.verify(target, passphrase)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        return matched and stored is not None

    def needs_rehash(self, stored: str) -> bool:
        """True when ``stored`` was made with other parameters than the current ones."""
        try:
            return self._hasher.check_needs_rehash(stored)
        except InvalidHashError:
            return True


def check_strength(passphrase: str, context: Sequence[str] = ()) -> None:
    """Refuse a weak passphrase with zxcvbn's reasons.

    ``context`` holds words that make a passphrase guessable for this person (the
    username), which zxcvbn penalises. Raises ``WeakPassphrase`` whose ``reasons`` list is
    safe to show: it never quotes the passphrase.
    """
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase([f"Use at least {MIN_LENGTH} characters."])
    if len(passphrase) > MAX_LENGTH:
        raise WeakPassphrase([f"Use at most {MAX_LENGTH} characters."])
    if _squeezed(passphrase) in _COMMON_PASSPHRASES:
        raise WeakPassphrase(
            [_COMMON_REASON, "Add another word or two. Uncommon words are better."]
        )
    result = zxcvbn.zxcvbn(passphrase[:_ZXCVBN_PREFIX], user_inputs=list(context))
    feedback = result.get("feedback") or {}
    warning = str(feedback.get("warning") or "")
    suggestions = [str(item) for item in feedback.get("suggestions") or []]
    common = any(marker in warning.lower() for marker in _COMMON_MARKERS)
    if int(result["score"]) >= MIN_SCORE and not common:
        return
    reasons = [warning] if warning else []
    reasons.extend(suggestions)
    if not reasons:
        reasons.append("Add another word or two. Uncommon words are better.")
    raise WeakPassphrase(reasons)


def _squeezed(passphrase: str) -> str:
    return "".join(ch for ch in passphrase.casefold() if ch.isalnum())
