from __future__ import annotations

import pytest
from pydantic import SecretBytes

from tests.unit.privacy.pii.helpers import analyzer
from veil.domain.errors import InputError
from veil.domain.pii import Entity, EntityType
from veil.privacy.pii import (
    Anonymizer,
    Hmac,
    Mask,
    Placeholder,
    Redact,
    StreamRestorer,
    Surrogate,
    anonymize,
    operator_config,
    restore,
)

TEXT = "hey im sarah, mail jane@example.com"
KEY = b"k" * 32


def entities(text: str) -> list[Entity]:
    return analyzer().analyze(text)


@pytest.mark.parametrize(
    ("operator", "expected"),
    [
        ("placeholder", "hey im <PERSON_1>, mail <EMAIL_1>"),
        ("redact", "hey im [REDACTED], mail [REDACTED]"),
        ("mask", "hey im *****, mail ****************"),
        (Mask(char="#", keep_last=3), "hey im ##rah, mail #############com"),
        (Redact(token="█"), "hey im █, mail █"),
    ],
)
def test_operators(operator: str | Mask | Redact, expected: str) -> None:
    assert anonymize(TEXT, entities(TEXT), operator) == expected


def test_placeholders_are_consistent_across_a_conversation() -> None:
    shield = Anonymizer(Placeholder())
    first = shield.anonymize(
        "im sarah, call me at +1 201-555-0123", entities("im sarah, call me at +1 201-555-0123")
    )
    second_text = "Sarah here again, my friend Olivia says hi, +1 (201) 555-0123"
    second = shield.anonymize(second_text, entities(second_text))
    assert first == "im <PERSON_1>, call me at <PHONE_1>"
    assert second == "<PERSON_1> here again, my friend <PERSON_2> says hi, <PHONE_1>"
    assert shield.mapping["<PERSON_2>"] == "Olivia"


def test_hmac_is_keyed_stable_and_normalised() -> None:
    one = anonymize(TEXT, entities(TEXT), Hmac(key=SecretBytes(KEY)))
    two = anonymize("im Sarah", entities("im Sarah"), Hmac(key=SecretBytes(KEY)))
    other = anonymize(TEXT, entities(TEXT), Hmac(key=SecretBytes(b"x" * 32)))
    tag = one.split()[2].rstrip(",")
    assert tag.startswith("<PERSON:") and len(tag) == len("<PERSON:>") + 16
    assert tag in two
    assert tag not in other
    assert "sarah" not in one


def test_hmac_needs_a_key_and_unknown_operators_fail() -> None:
    with pytest.raises(InputError):
        operator_config("hmac")
    with pytest.raises(InputError):
        operator_config("hmac", key=b"short")
    with pytest.raises(InputError):
        operator_config("shred")
    assert isinstance(operator_config("hmac", key=KEY), Hmac)


def test_surrogates_are_realistic_consistent_and_reversible() -> None:
    shield = Anonymizer(Surrogate(seed=1))
    text = "im sarah, mail jane@example.com, im 24 btw"
    out = shield.anonymize(text, entities(text))
    again = shield.anonymize("sarah again", [Entity(0, 5, EntityType.PERSON, 0.9)])
    assert "sarah" not in out and "jane@example.com" not in out
    fake_name = next(k for k, v in shield.mapping.items() if v == "sarah")
    assert again == f"{fake_name} again"
    assert shield.restore(out) == text


@pytest.mark.parametrize("kind", list(EntityType))
def test_every_type_has_a_surrogate(kind: EntityType) -> None:
    out = Anonymizer(Surrogate(seed=3)).anonymize("value x", [Entity(0, 5, kind, 0.9)])
    assert out.endswith(" x") and not out.startswith("value")


def test_reversible_pseudonymization_restores_streamed_replies() -> None:
    shield = Anonymizer()
    text = "i'm sarah from London, text me +1 201-555-0123"
    safe = shield.anonymize(text, entities(text))
    assert safe == "i'm <PERSON_1> from <LOCATION_1>, text me <PHONE_1>"
    reply = "Hi <PERSON_1>! How is <LOCATION_1>? I'll text <PHONE_1>."
    assert shield.restore(reply) == "Hi sarah! How is London? I'll text +1 201-555-0123."
    restorer = shield.restorer()
    chunks = ["Hi <PER", "SON_1>! How is <", "LOC", "ATION_1>? I'll text <PHONE_1", ">", "."]
    streamed = "".join(restorer.feed(c) for c in chunks) + restorer.finish()
    assert streamed == "Hi sarah! How is London? I'll text +1 201-555-0123."


def test_stream_restorer_emits_early_and_flushes_partial_tokens() -> None:
    restorer = StreamRestorer({"<PERSON_1>": "sarah"})
    assert restorer.feed("hello ") == "hello "
    assert restorer.feed("<PERS") == ""
    assert restorer.finish() == "<PERS"
    assert StreamRestorer({}).feed("plain") == "plain"
    assert restore("no tokens", {}) == "no tokens"


def test_overlapping_or_unsorted_entities_are_merged_before_replacing() -> None:
    text = "abc def"
    spans = [Entity(4, 7, EntityType.PERSON, 0.9), Entity(0, 5, EntityType.LOCATION, 0.5)]
    assert anonymize(text, spans) == "<PERSON_1>"
    with pytest.raises(InputError):
        anonymize("ab", [Entity(0, 5, EntityType.PERSON, 0.9)])
