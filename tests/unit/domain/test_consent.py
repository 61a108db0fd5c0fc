from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from veil.domain.consent import (
    ConsentEvent,
    ConsentMethod,
    Interval,
    consent_notice_text,
    fold,
    notice_version,
)
from veil.domain.ids import new_subject_id
from veil.domain.purposes import Purpose

T0 = datetime(2026, 1, 1, tzinfo=UTC)
SUBJECT = new_subject_id()
NOTICE = "a" * 64


def event(
    purpose: Purpose, granted: bool, minutes: int, method: ConsentMethod = ConsentMethod.WEB
) -> ConsentEvent:
    return ConsentEvent(
        subject=SUBJECT,
        purpose=purpose,
        granted=granted,
        notice_version=NOTICE,
        method=method,
        at=T0 + timedelta(minutes=minutes),
    )


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_no_events_means_every_purpose_is_off() -> None:
    state = fold([])
    assert state.current() == dict.fromkeys(Purpose, False)
    assert not state.allowed(Purpose.SERVICE, at(0))
    assert state.state(Purpose.ANALYTICS).changed_at is None


def test_a_grant_is_live() -> None:
    state = fold([event(Purpose.SERVICE, True, 0, ConsentMethod.SIGNUP)])
    assert state.granted(Purpose.SERVICE)
    assert not state.granted(Purpose.ANALYTICS)
    current = state.state(Purpose.SERVICE)
    assert current.granted
    assert current.method is ConsentMethod.SIGNUP
    assert current.notice_version == NOTICE
    assert current.changed_at == at(0)


def test_withdrawal_turns_it_off() -> None:
    state = fold([event(Purpose.ANALYTICS, True, 0), event(Purpose.ANALYTICS, False, 5)])
    assert not state.granted(Purpose.ANALYTICS)
    assert state.intervals[Purpose.ANALYTICS] == (Interval(at(0), at(5)),)


def test_allowed_needs_consent_live_then_and_now() -> None:
    state = fold([event(Purpose.MODEL_TRAINING, True, 10)])
    assert not state.allowed(Purpose.MODEL_TRAINING, at(5))  # before the grant
    assert state.allowed(Purpose.MODEL_TRAINING, at(10))
    assert state.allowed(Purpose.MODEL_TRAINING, at(99))


def test_withdrawal_ends_permission_for_past_data() -> None:
    state = fold([event(Purpose.MODEL_TRAINING, True, 0), event(Purpose.MODEL_TRAINING, False, 10)])
    assert not state.allowed(Purpose.MODEL_TRAINING, at(5))


def test_regrant_does_not_cover_data_from_the_withdrawn_interval() -> None:
    state = fold(
        [
            event(Purpose.MODEL_TRAINING, True, 0),
            event(Purpose.MODEL_TRAINING, False, 10),
            event(Purpose.MODEL_TRAINING, True, 20),
        ]
    )
    assert state.granted(Purpose.MODEL_TRAINING)
    assert not state.allowed(Purpose.MODEL_TRAINING, at(5))
    assert not state.allowed(Purpose.MODEL_TRAINING, at(15))
    assert state.allowed(Purpose.MODEL_TRAINING, at(25))


def test_repeated_grants_keep_one_interval() -> None:
    state = fold([event(Purpose.SERVICE, True, 0), event(Purpose.SERVICE, True, 10)])
    assert state.intervals[Purpose.SERVICE] == (Interval(at(0), None),)
    assert state.allowed(Purpose.SERVICE, at(5))
    assert state.state(Purpose.SERVICE).changed_at == at(10)


def test_withdrawal_without_grant_changes_nothing_but_the_record() -> None:
    state = fold([event(Purpose.ANALYTICS, False, 0, ConsentMethod.GPC)])
    assert Purpose.ANALYTICS not in state.intervals
    assert state.state(Purpose.ANALYTICS).method is ConsentMethod.GPC


def test_events_are_folded_in_time_order_whatever_the_input_order() -> None:
    events = [event(Purpose.ANALYTICS, False, 10), event(Purpose.ANALYTICS, True, 0)]
    assert not fold(events).granted(Purpose.ANALYTICS)


def test_same_instant_ties_follow_creation_order() -> None:
    grant = event(Purpose.ANALYTICS, True, 0)
    withdraw = event(Purpose.ANALYTICS, False, 0)
    assert not fold([withdraw, grant]).granted(Purpose.ANALYTICS)


def test_events_of_two_subjects_are_refused() -> None:
    other = ConsentEvent(
        subject=new_subject_id(),
        purpose=Purpose.SERVICE,
        granted=True,
        notice_version=NOTICE,
        method=ConsentMethod.API,
        at=T0,
    )
    with pytest.raises(ValueError, match="several subjects"):
        fold([event(Purpose.SERVICE, True, 0), other])


def test_purposes_are_independent() -> None:
    state = fold(
        [
            event(Purpose.SERVICE, True, 0),
            event(Purpose.PERSONALIZATION, True, 0),
            event(Purpose.PERSONALIZATION, False, 1),
        ]
    )
    assert state.current() == {
        Purpose.SERVICE: True,
        Purpose.PERSONALIZATION: False,
        Purpose.ANALYTICS: False,
        Purpose.MODEL_TRAINING: False,
    }


def test_notice_version_is_the_hash_of_the_text() -> None:
    text = consent_notice_text()
    assert notice_version(text) == notice_version(text)
    assert len(notice_version(text)) == 64
    assert notice_version(text) != notice_version(text + " ")
    assert all(purpose.value in text for purpose in Purpose)
