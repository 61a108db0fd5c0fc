"""The asl recognizer's hint for the spaced form is the one pattern it replaces."""

from __future__ import annotations

import random
import re

from veil.privacy.pii.recognizers.asl import _spaced_hint


def test_the_hint_is_the_single_pattern() -> None:
    single = re.compile(r"\W*\d|.*\basl\b")
    pieces = ["asl", "asl", " ", "\n", "4", "a", "s", "l", "x", "/", ".", "_", "é", "  "]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert _spaced_hint(text) == (single.match(text) is not None), text
