"""The e-mail recognizer's test for a spelled "at" gives the answer of a plain test of each
marker, the words it looks at first notwithstanding."""

from __future__ import annotations

import random

from veil.privacy.pii.recognizers.base import lowered
from veil.privacy.pii.recognizers.email import _spelled_at
from veil.privacy.pii.recognizers.word_gate import words_of

_MARKERS = (
    *("(at)", "[at]", "{at}", "<at>", " at ", "( at )", "arroba", "chiocciola", "arobase"),
    *(" ät ", "(ät)", "[ät]"),
)


def test_the_answer_is_a_search_for_each_marker() -> None:
    pieces = ["at", "ät", "a", "t", " ", "(", ")", "[", "]", "{", "}", "<", ">", "th", "Ät"]
    pieces += ["arroba", "chiocciola", "arobase", "arrobas", ".", "@", "x"]
    rng = random.Random(7)
    for _ in range(20000):
        lower = lowered("".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))))
        expected = any(marker in lower for marker in _MARKERS)
        assert _spelled_at(lower, words_of(lower)) == expected, lower
