"""A shared analyzer and a compact view of its findings for table-driven tests."""

from __future__ import annotations

from functools import cache

from veil.domain.pii import EntityType
from veil.privacy.pii import Analyzer, build_analyzer


@cache
def analyzer() -> Analyzer:
    return build_analyzer()


def found(text: str, language: str | None = None) -> set[tuple[EntityType, str]]:
    return {(e.type, text[e.start : e.end]) for e in analyzer().analyze(text, language)}


def of_type(text: str, kind: EntityType, language: str | None = None) -> list[str]:
    return sorted(value for found_kind, value in found(text, language) if found_kind is kind)
