"""Age gate: the ``AgeVerifier`` port, the attestation verifier and the verifier registry.

Veil is for adults. The default verifier, ``attestation``, accepts the person's own statement
that they are 18 or older (the ``adult: true`` field of sign-up) and refuses sign-up without
it. Where a jurisdiction requires real verification, an operator plugs in a provider:

1. implement ``AgeVerifier`` (a class with a ``name`` and ``verify(claim)``), which checks
   ``claim.evidence`` (for example a provider's one-time token) with the provider and
   returns an ``AgeAttestation`` or raises ``AgeAttestationRequired``;
2. expose a factory ``(settings: AccountSettings) -> AgeVerifier`` in the entry-point group
   ``veil.age_verifiers`` of the plug-in's package;
3. set ``VEIL_ACCOUNTS__AGE_VERIFIER=<name>``.

Whatever the verifier, only the attestation event (method and time) is stored: never a date
of birth, a document or the provider's evidence. An unknown or broken verifier stops
start-up (``ConfigurationError``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import entry_points
from typing import ClassVar, Protocol

from veil.config import AccountSettings
from veil.domain.errors import AgeAttestationRequired, ConfigurationError

ENTRY_POINT_GROUP = "veil.age_verifiers"


@dataclass(frozen=True, slots=True)
class AgeClaim:
    """What a sign-up says about age: the 18+ statement and any provider evidence."""

    adult: bool
    evidence: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AgeAttestation:
    """The only age fact Veil keeps: how adulthood was established, and when."""

    method: str
    at: datetime


class AgeVerifier(Protocol):
    """Decides whether a sign-up may proceed as an adult.

    Serves account creation (operational purpose ``account``; needs no consent). Writes no
    audit itself: the accounts service records the returned attestation in the sign-up's
    audit event. Raises ``AgeAttestationRequired`` when adulthood is not established and
    ``ConfigurationError`` or a ``VeilError`` of its own when the provider fails; sign-up
    then refuses (fail closed).
    """

    name: ClassVar[str]

    def verify(self, claim: AgeClaim) -> AgeAttestation: ...


AgeVerifierFactory = Callable[[AccountSettings], AgeVerifier]


class AttestationVerifier:
    """Self-attestation: the person confirms they are 18 or older."""

    name: ClassVar[str] = "attestation"

    def __init__(self, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._clock = clock

    def verify(self, claim: AgeClaim) -> AgeAttestation:
        if claim.adult is not True:
            raise AgeAttestationRequired("sign-up needs the statement that you are 18 or older")
        return AgeAttestation(method=self.name, at=self._clock())


def _attestation(_settings: AccountSettings) -> AgeVerifier:
    return AttestationVerifier()


BUILTIN_AGE_VERIFIERS: dict[str, AgeVerifierFactory] = {"attestation": _attestation}


def available_age_verifiers() -> dict[str, AgeVerifierFactory]:
    """The built-ins plus every factory in the ``veil.age_verifiers`` entry-point group."""
    found = dict(BUILTIN_AGE_VERIFIERS)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(entry.name, entry.load())
    return found


def load_age_verifier(
    settings: AccountSettings, registry: Mapping[str, AgeVerifierFactory] | None = None
) -> AgeVerifier:
    """Build the configured verifier or raise ``ConfigurationError`` (start-up fails)."""
    factories = available_age_verifiers() if registry is None else registry
    factory = factories.get(settings.age_verifier)
    if factory is None:
        known = ", ".join(sorted(factories))
        raise ConfigurationError(
            f"accounts.age_verifier: unknown verifier {settings.age_verifier!r}; known: {known}"
        )
    try:
        return factory(settings)
    except ConfigurationError:
        raise
    except Exception as exc:
        raise ConfigurationError(
            f"accounts.age_verifier: verifier {settings.age_verifier!r} failed to load"
        ) from exc
