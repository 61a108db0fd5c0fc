from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

import pytest

from veil.accounts.age import (
    BUILTIN_AGE_VERIFIERS,
    AgeAttestation,
    AgeClaim,
    AgeVerifier,
    AttestationVerifier,
    available_age_verifiers,
    load_age_verifier,
)
from veil.config import AccountSettings
from veil.domain.errors import AgeAttestationRequired, ConfigurationError

FIXED = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_attestation_accepts_an_adult() -> None:
    result = AttestationVerifier(clock=lambda: FIXED).verify(AgeClaim(adult=True))
    assert result == AgeAttestation(method="attestation", at=FIXED)


def test_attestation_refuses_without_the_statement() -> None:
    with pytest.raises(AgeAttestationRequired):
        AttestationVerifier().verify(AgeClaim(adult=False))


def test_attestation_keeps_nothing_but_method_and_time() -> None:
    result = AttestationVerifier().verify(AgeClaim(adult=True, evidence={"dob": "2000-01-01"}))
    assert set(AgeAttestation.__slots__) == {"method", "at"}
    assert "2000" not in repr(result)


def test_default_setting_loads_attestation() -> None:
    assert load_age_verifier(AccountSettings()).name == "attestation"
    assert "attestation" in available_age_verifiers()


def test_unknown_verifier_stops_start_up() -> None:
    with pytest.raises(ConfigurationError, match="unknown verifier"):
        load_age_verifier(AccountSettings(age_verifier="nope"))


class _Provider:
    name: ClassVar[str] = "provider"

    def verify(self, claim: AgeClaim) -> AgeAttestation:
        if claim.evidence.get("token") != "ok":
            raise AgeAttestationRequired("the provider did not confirm adulthood")
        return AgeAttestation(method=self.name, at=FIXED)


def _provider(_settings: AccountSettings) -> AgeVerifier:
    return _Provider()


def _broken(_settings: AccountSettings) -> AgeVerifier:
    raise RuntimeError("provider SDK missing")


def _misconfigured(_settings: AccountSettings) -> AgeVerifier:
    raise ConfigurationError("provider token missing")


def test_a_plugged_in_provider_is_used() -> None:
    registry = {**BUILTIN_AGE_VERIFIERS, "provider": _provider}
    verifier = load_age_verifier(AccountSettings(age_verifier="provider"), registry)
    assert verifier.verify(AgeClaim(adult=True, evidence={"token": "ok"})).method == "provider"
    with pytest.raises(AgeAttestationRequired):
        verifier.verify(AgeClaim(adult=True))


def test_a_broken_provider_stops_start_up() -> None:
    with pytest.raises(ConfigurationError, match="failed to load"):
        load_age_verifier(AccountSettings(age_verifier="broken"), {"broken": _broken})
    with pytest.raises(ConfigurationError, match="token missing"):
        load_age_verifier(AccountSettings(age_verifier="bad"), {"bad": _misconfigured})
