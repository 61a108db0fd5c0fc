"""The PII engine on conversation text nobody on the team wrote: what it flags there.

Runs the default analyzer over every line of the English, German, French, Spanish and Italian
conversations of ``chatterbot-corpus`` (a BSD-licensed collection of chat-bot dialogues:
greetings, small talk, trivia, a little code), which holds almost no personal data but many
names of famous people, places, products and films. Each finding is printed with its line, so
two engines can be compared with ``diff``; the last line counts findings per type. Not a
dependency: install it into the venv for this only::

    .venv/bin/pip install chatterbot-corpus==1.3.3
    .venv/bin/python bench/pii_external.py > /tmp/external.txt
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import yaml

from veil.privacy.pii import build_analyzer

LANGUAGES = {"english": "en", "german": "de", "french": "fr", "spanish": "es", "italian": "it"}


def lines() -> Iterator[str]:
    import chatterbot_corpus  # noqa: PLC0415 - an optional benchmark input, not a dependency

    root = Path(chatterbot_corpus.__file__).parent / "data"
    for folder in LANGUAGES:
        for path in sorted((root / folder).glob("*.yml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for conversation in data.get("conversations", []):
                yield from (line for line in conversation if isinstance(line, str) and line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    analyzer = build_analyzer()
    counts: Counter[str] = Counter()
    total = 0
    for line in lines():
        total += 1
        for entity in analyzer.analyze(line):
            counts[entity.type.value] += 1
            print(f"{entity.type.value}\t{line[entity.start : entity.end]!r}\t{line[:100]!r}")
    summary = ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items()))
    print(f"# {total} lines, {sum(counts.values())} findings: {summary}")


if __name__ == "__main__":
    main()
