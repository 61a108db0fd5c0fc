"""A shared analyzer and a compact view of its findings for table-driven tests."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from veil.domain.pii import EntityType
from veil.privacy.pii import Analyzer, build_analyzer


@cache
def analyzer() -> Analyzer:
    return build_analyzer()


def found(text: str, language: str | None = None) -> set[tuple[EntityType, str]]:
    return {(e.type, text[e.start : e.end]) for e in analyzer().analyze(text, language)}


def of_type(text: str, kind: EntityType, language: str | None = None) -> list[str]:
    return sorted(value for found_kind, value in found(text, language) if found_kind is kind)


def example_strings(pattern: str) -> list[str]:
    """Every string literal of the test modules matching ``pattern`` (a glob in this folder):
    the tests' own examples, as seeds for random texts that check a gate never shuts out a
    match."""
    found: list[str] = []
    for path in sorted(Path(__file__).parent.glob(pattern)):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
    return found
