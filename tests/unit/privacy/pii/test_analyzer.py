from __future__ import annotations

from typing import ClassVar

import pytest

from veil.domain.errors import InputError, PIIError
from veil.domain.pii import Entity, EntityType
from veil.privacy.pii import Analyzer, TextView, build_analyzer
from veil.privacy.pii.analyzer import resolve


class Boom:
    name: ClassVar[str] = "boom"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.PERSON})

    def analyze(self, view: TextView) -> list[Entity]:
        raise RuntimeError("detector crashed")


class OutOfBounds:
    name: ClassVar[str] = "oob"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.PERSON})

    def analyze(self, view: TextView) -> list[Entity]:
        return [Entity(0, len(view.text) + 5, EntityType.PERSON, 0.9, self.name)]


class Fixed:
    name: ClassVar[str] = "fixed"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.PERSON})

    def __init__(self, *entities: Entity) -> None:
        self.entities = list(entities)
        self.languages: list[str] = []

    def analyze(self, view: TextView) -> list[Entity]:
        self.languages.append(view.language)
        return self.entities


def test_a_failing_recognizer_fails_closed() -> None:
    analyzer = Analyzer([Boom()])
    with pytest.raises(PIIError) as caught:
        analyzer.analyze("hello there")
    assert "boom" in caught.value.detail
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_a_span_outside_the_text_fails_closed() -> None:
    with pytest.raises(PIIError):
        Analyzer([OutOfBounds()]).analyze("hi")


def test_threshold_and_empty_text() -> None:
    low = Entity(0, 2, EntityType.PERSON, 0.3, "fixed")
    assert Analyzer([Fixed(low)]).analyze("hi") == []
    assert Analyzer([Fixed(low)], threshold=0.2).analyze("hi") == [low]
    assert Analyzer([Fixed(low)]).analyze("") == []
    with pytest.raises(InputError):
        Analyzer([], threshold=1.5)
    with pytest.raises(InputError):
        Analyzer([], default_language="pt")


def test_language_is_detected_unless_given() -> None:
    recognizer = Fixed()
    analyzer = Analyzer([recognizer])
    analyzer.analyze("ich bin müde und du bist nicht da")
    analyzer.analyze("hello", language="it")
    assert recognizer.languages == ["de", "it"]
    with pytest.raises(InputError):
        analyzer.analyze("hello", language="pt")


def test_overlaps_merge_into_one_span_typed_by_the_best() -> None:
    a = Entity(0, 5, EntityType.LOCATION, 0.6, "x")
    b = Entity(3, 10, EntityType.ADDRESS, 0.85, "y")
    c = Entity(12, 14, EntityType.AGE, 0.7, "z")
    assert resolve([c, b, a]) == [Entity(0, 10, EntityType.ADDRESS, 0.85, "y"), c]


def test_results_are_sorted_and_disjoint() -> None:
    text = "hey im sarah, jane@example.com, +1 201-555-0123, i live in London, im 24 btw"
    entities = build_analyzer().analyze(text)
    assert [e.type for e in entities] == [
        EntityType.PERSON,
        EntityType.EMAIL,
        EntityType.PHONE,
        EntityType.LOCATION,
        EntityType.AGE,
    ]
    assert all(a.end <= b.start for a, b in zip(entities, entities[1:], strict=False))
    assert all(e.recognizer for e in entities)


def test_offsets_survive_case_folding_that_changes_length() -> None:
    text = "İstanbul! call me dan"
    entities = build_analyzer().analyze(text, "en")
    assert [text[e.start : e.end] for e in entities] == ["dan"]


def test_pii_free_chat_is_left_alone() -> None:
    analyzer = build_analyzer()
    for text in ["see you at 10:30?", "that was $12.99 lol", "i'm 5'11", "we have 3 cats"]:
        assert analyzer.analyze(text) == []


_BATCH = [
    "hi im sarah, call me at +44 20 7946 0958",
    "",
    "ich bin Jonas und wohne in der Lindenstraße 12, 10115 Berlin",
    "lol same",
    "mon iban: FR14 2004 1010 0505 0001 3M02 606",
    "Tessa just texted me from her new job at Deloitte",
    "j'ai 34 ans et je vis à Lyon",
]


def test_a_batch_finds_what_each_message_finds_alone() -> None:
    analyzer = build_analyzer()
    languages: list[str | None] = [None, None, "de", None, "fr", "en", None]
    alone = [
        analyzer.analyze(text, language) for text, language in zip(_BATCH, languages, strict=True)
    ]
    assert analyzer.analyze_batch(_BATCH, languages) == alone
    assert analyzer.analyze_batch(_BATCH) == [analyzer.analyze(text) for text in _BATCH]
    assert sum(map(len, alone)) >= 8  # the batch is not trivially empty
    assert analyzer.analyze_batch([]) == []


def test_a_batch_reads_each_message_in_its_own_language() -> None:
    recognizer = Fixed()
    Analyzer([recognizer]).analyze_batch(
        ["ich bin müde und du bist nicht da", "hello", "", "hola"], [None, "it", None, "es"]
    )
    assert recognizer.languages == ["de", "it", "es"]  # the empty text is not read


def test_a_batch_fails_closed_as_a_whole() -> None:
    with pytest.raises(PIIError) as caught:
        Analyzer([Fixed(), Boom()]).analyze_batch(["hello", "there"])
    assert "boom" in caught.value.detail
    with pytest.raises(PIIError):
        Analyzer([OutOfBounds()]).analyze_batch(["fine", "hi"])


def test_a_batch_rejects_bad_languages() -> None:
    analyzer = Analyzer([Fixed()])
    with pytest.raises(InputError):
        analyzer.analyze_batch(["hello", "there"], ["en"])
    with pytest.raises(InputError):
        analyzer.analyze_batch(["hello"], ["pt"])
