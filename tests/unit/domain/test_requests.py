from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from veil.domain.errors import Conflict
from veil.domain.purposes import Purpose
from veil.domain.requests import (
    TRANSITIONS,
    ExportStatus,
    Jurisdiction,
    RequestEvent,
    RequestStatus,
    Restrictions,
    add_months,
    due_at,
    is_overdue,
    next_export_status,
    next_status,
    processing_allowed,
)

T0 = datetime(2026, 1, 31, 12, 0, tzinfo=UTC)


def test_gdpr_is_one_calendar_month_clamped_to_the_month_end() -> None:
    assert due_at(T0, Jurisdiction.GDPR) == datetime(2026, 2, 28, 12, 0, tzinfo=UTC)
    leap = datetime(2028, 1, 31, tzinfo=UTC)
    assert due_at(leap, Jurisdiction.GDPR) == datetime(2028, 2, 29, tzinfo=UTC)
    assert due_at(datetime(2026, 3, 15, tzinfo=UTC), Jurisdiction.GDPR).month == 4


def test_gdpr_extension_adds_two_further_months() -> None:
    received = datetime(2026, 11, 30, tzinfo=UTC)
    assert due_at(received, Jurisdiction.GDPR) == datetime(2026, 12, 30, tzinfo=UTC)
    assert due_at(received, Jurisdiction.GDPR, extended=True) == datetime(2027, 2, 28, tzinfo=UTC)


def test_ccpa_is_45_days_extendable_by_45() -> None:
    assert due_at(T0, Jurisdiction.CCPA) == T0 + timedelta(days=45)
    assert due_at(T0, Jurisdiction.CCPA, extended=True) == T0 + timedelta(days=90)


def test_add_months_crosses_years() -> None:
    assert add_months(datetime(2026, 12, 31, tzinfo=UTC), 2) == datetime(2027, 2, 28, tzinfo=UTC)


def test_overdue_only_while_open() -> None:
    due = T0
    later = T0 + timedelta(seconds=1)
    assert is_overdue(RequestStatus.RECEIVED, due, later)
    assert is_overdue(RequestStatus.FAILED, due, later)
    assert not is_overdue(RequestStatus.RECEIVED, due, due)
    assert not is_overdue(RequestStatus.COMPLETED, due, later)
    assert not is_overdue(RequestStatus.REJECTED, due, later)


@pytest.mark.parametrize(("current", "event"), sorted(TRANSITIONS))
def test_every_listed_transition_is_allowed(current: RequestStatus, event: RequestEvent) -> None:
    assert next_status(current, event) is TRANSITIONS[(current, event)]


@pytest.mark.parametrize(
    ("current", "event"),
    [
        (RequestStatus.COMPLETED, RequestEvent.START),
        (RequestStatus.COMPLETED, RequestEvent.COMPLETE),
        (RequestStatus.REJECTED, RequestEvent.RETRY),
        (RequestStatus.RECEIVED, RequestEvent.RETRY),
        (RequestStatus.EXTENDED, RequestEvent.EXTEND),
    ],
)
def test_anything_else_is_a_conflict(current: RequestStatus, event: RequestEvent) -> None:
    with pytest.raises(Conflict):
        next_status(current, event)


def test_closed_statuses_have_no_way_out() -> None:
    for status, _event in TRANSITIONS:
        assert status.open


def test_export_transitions() -> None:
    assert next_export_status(ExportStatus.PENDING, ExportStatus.RUNNING) is ExportStatus.RUNNING
    assert next_export_status(ExportStatus.RUNNING, ExportStatus.READY) is ExportStatus.READY
    with pytest.raises(Conflict):
        next_export_status(ExportStatus.READY, ExportStatus.RUNNING)
    with pytest.raises(Conflict):
        next_export_status(ExportStatus.PENDING, ExportStatus.READY)


def test_restriction_freezes_every_purpose_and_objection_only_training() -> None:
    for purpose in Purpose:
        assert processing_allowed(Restrictions(), purpose)
        assert not processing_allowed(Restrictions(restricted=True), purpose)
    objection = Restrictions(training_objection=True)
    assert not processing_allowed(objection, Purpose.MODEL_TRAINING)
    assert processing_allowed(objection, Purpose.SERVICE)
