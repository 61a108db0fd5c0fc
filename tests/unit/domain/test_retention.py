from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from veil.domain.retention import (
    Retention,
    RetentionRule,
    RuleKind,
    expires_at,
    inactivity_cutoff,
    is_expired,
)

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def test_records_that_prove_compliance_survive_erasure() -> None:
    survivors = {r for r in Retention if r.survives_erasure}
    assert survivors == {
        Retention.AUDIT_PERIOD,
        Retention.PERMANENT,
        Retention.INSTALLATION,
        Retention.REQUEST_REGISTER,
    }


def test_expiry_rule_cuts_at_now() -> None:
    assert RetentionRule("t", "expires_at", RuleKind.EXPIRY).cutoff(NOW) == NOW


def test_age_rule_needs_a_period() -> None:
    with pytest.raises(ValueError, match="period"):
        RetentionRule("t", "created_at", RuleKind.AGE)
    rule = RetentionRule("t", "created_at", RuleKind.AGE, timedelta(days=30))
    assert rule.cutoff(NOW) == NOW - timedelta(days=30)


def test_per_subject_rule_takes_the_shorter_of_choice_and_cap() -> None:
    uncapped = RetentionRule("m", "created_at", RuleKind.PER_SUBJECT)
    assert uncapped.cutoff(NOW) is None  # nobody chose, no cap: keep
    assert uncapped.cutoff(NOW, 7) == NOW - timedelta(days=7)
    capped = RetentionRule("m", "created_at", RuleKind.PER_SUBJECT, timedelta(days=90))
    assert capped.cutoff(NOW, 365) == NOW - timedelta(days=90)
    assert capped.cutoff(NOW, 30) == NOW - timedelta(days=30)


def test_expiry_helpers() -> None:
    end = expires_at(NOW, timedelta(hours=1))
    assert not is_expired(end, NOW)
    assert is_expired(end, end)
    assert inactivity_cutoff(NOW, 24) == NOW - timedelta(days=730)
