from __future__ import annotations

from importlib.metadata import EntryPoint
from typing import ClassVar

import pytest

from veil.domain.errors import ConfigurationError
from veil.domain.pii import Entity, EntityType
from veil.privacy.pii import BUILTIN, Recognizer, TextView, build_analyzer, load_recognizers
from veil.privacy.pii import recognizers as registry


class Shouty:
    name: ClassVar[str] = "shouty"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.PERSON})

    def analyze(self, view: TextView) -> list[Entity]:
        start = view.text.find("BOB")
        return [] if start < 0 else [Entity(start, start + 3, EntityType.PERSON, 0.9, self.name)]


def _broken() -> Recognizer:
    raise RuntimeError("cannot start")


def _points(monkeypatch: pytest.MonkeyPatch, *points: EntryPoint) -> None:
    monkeypatch.setattr(registry, "entry_points", lambda group: list(points))


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_every_builtin_honours_the_contract(name: str) -> None:
    (recognizer,) = load_recognizers([name])
    assert isinstance(recognizer, Recognizer)
    assert recognizer.name == name
    assert recognizer.entity_types
    for text in ["", "a", "hey im sarah, 24, +1 201-555-0123", "ü" * 50, "@" * 10 + "1" * 30]:
        entities = recognizer.analyze(TextView.of(text, "en"))
        assert all(0 <= e.start < e.end <= len(text) for e in entities)
        assert all(e.type in recognizer.entity_types for e in entities)
        assert all(0.0 <= e.score <= 1.0 for e in entities)


def test_all_fourteen_types_are_covered() -> None:
    covered = set().union(*(factory().entity_types for factory in BUILTIN.values()))
    assert covered == set(EntityType)


def test_unknown_name_fails_at_startup() -> None:
    with pytest.raises(ConfigurationError):
        load_recognizers(["nope"])


def test_plugins_come_from_entry_points_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    point = EntryPoint("shouty", f"{__name__}:Shouty", registry.ENTRY_POINT_GROUP)
    _points(monkeypatch, point)
    assert "shouty" not in [r.name for r in load_recognizers()]
    analyzer = build_analyzer(plugins=True)
    assert [e.recognizer for e in analyzer.analyze("hi BOB")] == ["shouty"]


def test_a_plugin_that_cannot_load_fails_at_startup(monkeypatch: pytest.MonkeyPatch) -> None:
    _points(monkeypatch, EntryPoint("bad", "no.such.module:Thing", registry.ENTRY_POINT_GROUP))
    with pytest.raises(ConfigurationError):
        load_recognizers(plugins=True)


def test_a_factory_that_fails_or_is_not_a_recognizer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(BUILTIN, "broken", _broken)
    monkeypatch.setitem(BUILTIN, "wrong", object)
    with pytest.raises(ConfigurationError):
        load_recognizers(["broken"])
    with pytest.raises(ConfigurationError):
        load_recognizers(["wrong"])
