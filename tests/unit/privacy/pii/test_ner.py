from __future__ import annotations

import sys
from typing import Any

import pytest

from veil.domain.errors import ConfigurationError
from veil.domain.pii import EntityType
from veil.privacy.pii import TextView, build_analyzer, ner


def test_missing_spacy_is_a_clear_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)
    with pytest.raises(ConfigurationError, match=r"veil\[ner\]"):
        build_analyzer(ner_model="en_core_web_sm")


class _Ent:
    def __init__(self, start: int, end: int, label: str) -> None:
        self.start_char, self.end_char, self.label_ = start, end, label


class _Doc:
    def __init__(self, ents: list[_Ent]) -> None:
        self.ents = ents


def test_maps_spacy_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    def pipeline(text: str) -> _Doc:
        return _Doc([_Ent(0, 5, "PERSON"), _Ent(15, 21, "GPE"), _Ent(6, 10, "DATE")])

    def load(model: str) -> Any:
        return pipeline

    monkeypatch.setattr(ner, "load_pipeline", load)
    recognizer = ner.SpacyRecognizer("fake")
    entities = recognizer.analyze(TextView.of("Alice went to Berlin!", "en"))
    assert [(e.type, e.start) for e in entities] == [
        (EntityType.PERSON, 0),
        (EntityType.LOCATION, 15),
    ]


def test_missing_model_is_a_configuration_error() -> None:
    pytest.importorskip("spacy")
    with pytest.raises(ConfigurationError, match="not installed"):
        ner.load_pipeline("no_such_model_xyz")
