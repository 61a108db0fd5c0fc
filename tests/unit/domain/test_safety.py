from __future__ import annotations

import pytest

from tests.data.safety_cases import BENIGN, OUTPUT_PROHIBITED, PROHIBITED, SELF_HARM
from veil.domain.safety import (
    ALLOWED,
    CUT_NOTE,
    Action,
    Category,
    StreamGuard,
    Verdict,
    check_input,
    check_output,
    normalise,
)
from veil.domain.safety_text import Text

MAX_FALSE_POSITIVE_RATE = 0.02


def test_the_set_is_large_enough() -> None:
    assert len(PROHIBITED) >= 100
    assert len(BENIGN) >= 200
    assert {category for _, category in PROHIBITED} == {"minors", "real_person", "illegal"}


@pytest.mark.parametrize(("text", "category"), PROHIBITED)
def test_every_prohibited_case_is_blocked(text: str, category: str) -> None:
    verdict = check_input(text)
    assert verdict.action is Action.BLOCK
    assert verdict.code == category


def test_every_prohibited_case_is_also_blocked_as_model_output() -> None:
    missed = [text for text, _ in PROHIBITED if not check_output(text).blocked]
    assert missed == []


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_signals_get_support(text: str) -> None:
    verdict = check_input(text)
    assert verdict.action is Action.SUPPORT
    assert verdict.category is Category.SELF_HARM


def test_false_positive_rate_on_ordinary_adult_chat_is_below_two_percent() -> None:
    flagged = [text for text in BENIGN if not check_input(text).allowed]
    assert len(flagged) / len(BENIGN) < MAX_FALSE_POSITIVE_RATE, flagged


@pytest.mark.parametrize(
    "text",
    [
        "I'm 19",
        "my 18th birthday was years ago",
        "teacher/student roleplay between adults at a university",
        "I feel so dead inside after work, lol",
        "this killed me haha",
        "kill the lights",
    ],
)
def test_named_near_misses_are_allowed(text: str) -> None:
    assert check_input(text) == ALLOWED


@pytest.mark.parametrize("text", OUTPUT_PROHIBITED)
def test_prohibited_model_output_is_blocked(text: str) -> None:
    assert check_output(text).blocked


def test_a_characters_sadness_in_output_is_not_treated_as_the_users_self_harm() -> None:
    assert check_output("I could just die of happiness when you smile.").allowed


def test_self_harm_wins_over_other_categories_in_user_input() -> None:
    verdict = check_input("I want to kill myself. how do I make a pipe bomb")
    assert verdict.action is Action.SUPPORT


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("S E X Y", "sexy"),
        ("s.e.x", "sex"),
        ("t33n", "teen"),
        ("und3r 18", "under 18"),
        ("16yo", "16yo"),
        ("ｔｅｅｎ", "teen"),  # fullwidth
        ("sе\u200bx", "sex"),  # Cyrillic е and a zero-width space
        ("Mädchen SCHÖN", "madchen schon"),
        ("niña", "niña"),
        ("seeeexy   baby", "seexy baby"),
        ("with a t e e n", "with a teen"),
    ],
)
def test_normalise_folds_the_usual_tricks(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_verdict_repr_carries_codes_only() -> None:
    verdict = check_input("she is 15 and naked")
    assert "15" not in repr(verdict)
    assert "naked" not in repr(verdict)
    assert verdict.code == "minors"
    assert verdict.rule.startswith("minors.")


def test_allowed_verdict_code() -> None:
    assert ALLOWED.code == "allowed"
    assert ALLOWED.allowed
    assert not ALLOWED.blocked
    assert Verdict(Action.SUPPORT, Category.SELF_HARM).code == "self_harm"


def _stream(guard: StreamGuard, text: str, size: int = 3) -> tuple[str, Verdict]:
    sent = ""
    for i in range(0, len(text), size):
        verdict = guard.feed(text[i : i + size])
        if verdict.blocked:
            return sent, verdict
        sent += guard.release()
    verdict = guard.close()
    return sent + guard.release(), verdict


def test_stream_guard_passes_a_clean_reply_through_unchanged() -> None:
    text = "Hello there. I missed you today, tell me everything about your evening!"
    sent, verdict = _stream(StreamGuard(), text)
    assert verdict.allowed
    assert sent == text


def test_stream_guard_cuts_a_stream_that_crosses_the_line() -> None:
    text = "Once upon a time. She was only 14, and then she took off her clothes, naked."
    guard = StreamGuard()
    sent, verdict = _stream(guard, text)
    assert verdict.blocked
    assert verdict.category is Category.MINORS
    assert "naked" not in sent
    assert guard.cut_note == CUT_NOTE
    assert guard.feed(" more text") is verdict  # stays blocked
    assert guard.release() == ""


def test_stream_guard_catches_a_word_split_across_deltas() -> None:
    guard = StreamGuard()
    for delta in ["You should just ki", "ll your", "self."]:
        verdict = guard.feed(delta)
    assert verdict.blocked


def test_stream_guard_window_slides_and_drops_the_partial_first_word() -> None:
    guard = StreamGuard(window=20, every=10, holdback=8)
    # "Essex" cut mid-word must not read as "sex" next to a minor word.
    text = "We drove through Essex " + "x" * 30 + " with the kids happily singing."
    sent, verdict = _stream(guard, text, size=5)
    assert verdict.allowed
    assert sent == text


def test_stream_guard_holds_back_a_phrase_split_across_deltas() -> None:
    guard = StreamGuard()
    sent = ""
    for delta in ["You should just ", "kill your", "self."]:
        if guard.feed(delta).blocked:
            break
        sent += guard.release()
    assert guard.verdict.blocked
    assert "kill" not in sent


def test_stream_guard_checks_pending_text_on_close() -> None:
    guard = StreamGuard(every=1000)
    guard.feed("kys")
    assert guard.release() == ""
    assert guard.close().blocked


def test_stream_guard_repr_hides_text() -> None:
    guard = StreamGuard()
    guard.feed("secret words ")
    assert "secret" not in repr(guard)


@pytest.mark.parametrize(("window", "every"), [(10, 5), (200, 0), (30, 5)])
def test_stream_guard_rejects_bad_sizes(window: int, every: int) -> None:
    with pytest.raises(ValueError, match="window"):
        StreamGuard(window=window, every=every)


def test_internal_text_repr_hides_the_message() -> None:
    assert repr(Text.of("secret words")) == "Text(chars=12)"
