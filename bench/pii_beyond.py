"""The PII engine beyond the benchmark corpus: what it finds in the project's own text.

Runs the default analyzer over every string literal of the code base outside the PII package
(persona cards, safety replies in five languages, test messages, docstrings: mostly PII-free)
and over every line of ``docs/``, and prints one line per finding of the chosen types. Run it
before and after an engine change and ``diff`` the two outputs: a new finding is a false
positive unless the string really names someone.

    .venv/bin/python bench/pii_beyond.py > /tmp/before.txt
    .venv/bin/python bench/pii_beyond.py --types PERSON LOCATION > /tmp/after.txt
"""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterator
from pathlib import Path

from veil.privacy.pii import build_analyzer

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = ("src/veil/privacy/pii/", "tests/privacy/pii", "tests/unit/privacy/pii")


def literals() -> Iterator[tuple[str, str]]:
    """(where, text) of each string literal of ``src`` and ``tests`` outside the PII code."""
    for path in sorted([*ROOT.glob("src/**/*.py"), *ROOT.glob("tests/**/*.py")]):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(SKIPPED) or "pii" in path.name:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                yield f"{relative}:{node.lineno}", node.value


def doc_lines() -> Iterator[tuple[str, str]]:
    for path in sorted(ROOT.glob("docs/**/*.md")):
        relative = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield f"{relative}:{number}", line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--types", nargs="*", default=["PERSON"], help="entity types to print")
    args = parser.parse_args()
    analyzer = build_analyzer()
    counts = {"strings": 0, "findings": 0}
    for where, text in [*literals(), *doc_lines()]:
        counts["strings"] += 1
        for entity in analyzer.analyze(text):
            if entity.type.value in args.types:
                counts["findings"] += 1
                # Offsets would shift with every edit of a file; the text of the finding and
                # its string are what a reader compares.
                print(f"{entity.type.value}\t{text[entity.start : entity.end]!r}\t{where}")
    print(f"# {counts['strings']} strings, {counts['findings']} findings of {args.types}")


if __name__ == "__main__":
    main()
