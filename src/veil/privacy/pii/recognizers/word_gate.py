"""The words a pattern cannot match without, read off the pattern: a gate on the whole message.

Most recognizers' patterns are cue phrases ("call me …", "… texted me", "i work at …"), and
most chat holds none of them; yet each pattern, tried on a message, costs its own scan. The
analyzer splits each message into its words once (:func:`words_of`), and a pattern whose
every match holds one word of a set (:func:`required_words`) is tried only when the message
holds one of them: a set lookup instead of a scan.

The sets are read from the pattern itself, never written by hand, and only where the reading
is exact: a run of letters counts as a word only where the pattern puts a non-letter, a word
boundary or the text's edge on both its sides, so the run is one of the words the split
yields. Anything this reader does not follow gives no set (the pattern is always tried), so a
gate can make a recognizer faster, never blind. Patterns are read for the lower-cased text;
a case-insensitive part gives no set.
"""

from __future__ import annotations

import re
import re._constants as sre_constants  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Any

# A word as the split yields it: a run of the letters of the five languages' alphabets. A
# narrower class than all letters is cheaper to split by (~0.5 µs a message) and still exact
# for a gate: a word of these letters with a non-letter on both sides is one of the words.
_WORDS = re.compile(r"[a-zà-öø-ÿß]+")
# A letter as a pattern's ``\b`` and ``\w`` see it (no digit, no underscore).
_LETTER = re.compile(r"[^\W\d_]")

# Larger expansions are not worth a set (and would cost start-up).
_MAX_EXPANSION = 4_096
# A bounded repeat of letters is expanded up to this many times.
_MAX_REPEAT = 3

Gate = tuple[frozenset[str], ...]

_NON_LETTER_CATEGORIES = frozenset(
    {
        sre_constants.CATEGORY_SPACE,
        sre_constants.CATEGORY_DIGIT,
        sre_constants.CATEGORY_NOT_WORD,
        sre_constants.CATEGORY_UNI_SPACE,
        sre_constants.CATEGORY_UNI_DIGIT,
        sre_constants.CATEGORY_UNI_NOT_WORD,
        sre_constants.CATEGORY_LINEBREAK,
        sre_constants.CATEGORY_UNI_LINEBREAK,
    }
)
_WORD_CATEGORIES = frozenset({sre_constants.CATEGORY_WORD, sre_constants.CATEGORY_UNI_WORD})
_EDGES = frozenset(
    {
        sre_constants.AT_BOUNDARY,
        sre_constants.AT_UNI_BOUNDARY,
        sre_constants.AT_BEGINNING,
        sre_constants.AT_BEGINNING_STRING,
        sre_constants.AT_BEGINNING_LINE,
        sre_constants.AT_END,
        sre_constants.AT_END_STRING,
        sre_constants.AT_END_LINE,
    }
)
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
_LOOKS = (sre_constants.ASSERT, sre_constants.ASSERT_NOT)


def words_of(lower: str) -> frozenset[str]:
    """The words of a lower-cased message, as :func:`required_words` reads them."""
    return frozenset(_WORDS.findall(lower))


def passes(words: frozenset[str], gate: Gate) -> bool:
    """Whether a message of these ``words`` may hold a match of the gated pattern."""
    for required in gate:  # noqa: SIM110 - a loop: no generator on a path every message takes
        if words.isdisjoint(required):
            return False
    return True


def required_words(pattern: str | re.Pattern[str]) -> Gate:
    """Sets of words of which every match of ``pattern`` holds at least one each; () when
    nothing can be told (no gate)."""
    if isinstance(pattern, re.Pattern):
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    else:
        parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return ()
    found = _sequence(list(parsed), False, False)
    # a set with a word the split cannot yield ("œil", a capital) would shut the gate on it
    return tuple(sorted({words for words in found if all(map(_WORDS.fullmatch, words))}, key=len))


def _sequence(items: list[Any], left: bool, right: bool) -> list[frozenset[str]]:
    """The word sets of a sequence of parsed items; ``left``/``right``: whether a non-letter
    (or the text's edge) is sure to stand just outside it."""
    found: list[frozenset[str]] = []
    index = 0
    while index < len(items):
        end, words = _run(items, index)
        if end > index:
            if (
                words
                and "" not in words
                and _bounded(items, index - 1, -1, left)
                and _bounded(items, end, 1, right)
            ):
                found.append(frozenset(words))
            index = end
            continue
        op, av = items[index]
        inner_left = _bounded(items, index - 1, -1, left)
        inner_right = _bounded(items, index + 1, 1, right)
        if op is sre_constants.BRANCH:
            found.extend(_branch(av[1], inner_left, inner_right))
        elif op is sre_constants.SUBPATTERN and not av[1] & re.IGNORECASE:
            found.extend(_sequence(list(av[3]), inner_left, inner_right))
        elif op in _REPEATS and av[0] >= 1:
            # one occurrence must be there; its edges are the outer ones only once
            once = av[1] == 1
            found.extend(_sequence(list(av[2]), once and inner_left, once and inner_right))
        index += 1
    return found


def _branch(alternatives: list[Any], left: bool, right: bool) -> list[frozenset[str]]:
    """A set for an alternation: every alternative must give one, and the union is it."""
    union: set[str] = set()
    for alternative in alternatives:
        sets = _sequence(list(alternative), left, right)
        if not sets:
            return []
        union |= min(sets, key=len)
    return [frozenset(union)]


def _run(items: list[Any], index: int) -> tuple[int, set[str] | None]:
    """Where a run of letter-only items from ``index`` ends, and the strings it can match
    (None when too many)."""
    strings: set[str] | None = {""}
    end = index
    while end < len(items):
        expansion = _expand(*items[end])
        if expansion is None:
            break
        if strings is not None:
            strings = {a + b for a in strings for b in expansion}
            if len(strings) > _MAX_EXPANSION:
                strings = None
        end += 1
    return end, strings


def finite_strings(pattern: str) -> frozenset[str]:
    """Every string ``pattern`` matches, for a pattern of literals, classes of literals,
    alternations, groups, repeats of at most three and anchors (which take no character);
    ValueError for anything else (a case-insensitive pattern too), or for too many strings."""
    parsed = sre_parse.parse(pattern)
    # a case-insensitive pattern matches other cases than its literals show
    ignore_case = parsed.state.flags & re.IGNORECASE
    strings = None if ignore_case else _expand_all(list(parsed), letters=False)
    if strings is None:
        raise ValueError("the pattern's strings cannot be listed")
    return frozenset(strings)


def _expand(op: Any, av: Any, letters: bool = True) -> set[str] | None:
    """The strings one item can match when they are few (and, with ``letters``, all letters,
    so that an anchor ends a run); None otherwise."""
    if op is sre_constants.LITERAL or op is sre_constants.IN:
        return _expand_chars(op, av, letters)
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            strings = _expand_all(list(alternative), letters)
            if strings is None:
                return None
            union |= strings
        return union
    if op is sre_constants.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _expand_all(list(av[3]), letters)
    if op in _REPEATS and av[1] <= _MAX_REPEAT:
        low, high, items = av
        return _expand_repeat(low, high, items, letters)
    if op is sre_constants.AT and not letters:
        return {""}
    return None


def _expand_chars(op: Any, av: Any, letters: bool) -> set[str] | None:
    """A character, or a class of characters only (with ``letters``: letters only)."""
    items = [(op, av)] if op is sre_constants.LITERAL else av
    chars = set()
    for inner_op, inner_av in items:
        if inner_op is not sre_constants.LITERAL or (
            letters and not _LETTER.fullmatch(chr(inner_av))
        ):
            return None
        chars.add(chr(inner_av))
    return chars


def _expand_repeat(low: int, high: int, items: Any, letters: bool) -> set[str] | None:
    once = _expand_all(list(items), letters)
    if once is None:
        return None
    strings, grown = ({""} if low == 0 else set()), {""}
    for count in range(1, high + 1):
        grown = {a + b for a in grown for b in once}
        if len(grown) > _MAX_EXPANSION:
            return None
        if count >= low:
            strings |= grown
    return strings


def _expand_all(items: list[Any], letters: bool) -> set[str] | None:
    strings = {""}
    for item in items:
        op, av = item
        expansion = _expand(op, av, letters)
        if expansion is None:
            return None
        strings = {a + b for a in strings for b in expansion}
        if len(strings) > _MAX_EXPANSION:
            return None
    return strings


def _bounded(items: list[Any], index: int, step: int, outside: bool) -> bool:
    """Whether a non-letter or the text's edge is sure to stand next to a run, looking from
    ``items[index]`` away from it (``step`` -1: before it, 1: after it); ``outside`` when the
    look leaves the sequence."""
    while 0 <= index < len(items):
        op, av = items[index]
        if op is sre_constants.AT:
            return av in _EDGES
        if op in _LOOKS:
            if op is sre_constants.ASSERT_NOT and av[0] == step and _any_word(av[1]):
                return True  # (?<![\w…]) before, (?![\w…]) after
            index += step  # zero-width: the neighbour is further on
            continue
        single = _non_letter(op, av)
        if single is None:
            return False
        if single:
            return True
        index += step  # an optional non-letter: look past it
    return outside


def _non_letter(op: Any, av: Any) -> bool | None:
    """For an item of one character at a time: True when it takes at least one character and
    none is a letter, False when it may take none (and never a letter); None otherwise."""
    if op is sre_constants.LITERAL:
        return None if _LETTER.fullmatch(chr(av)) else True
    if op is sre_constants.IN:
        return True if _class_non_letter(av) else None
    if op in _REPEATS and len(av[2]) == 1:
        inner = _non_letter(*av[2][0])
        if inner is None:
            return None
        return bool(av[0] >= 1 and inner)  # each occurrence takes one, or may take none
    return None


def _class_non_letter(items: Any) -> bool:
    for op, av in items:
        if op is sre_constants.LITERAL:
            if _LETTER.fullmatch(chr(av)):
                return False
        elif op is sre_constants.CATEGORY:
            if av not in _NON_LETTER_CATEGORIES:
                return False
        elif op is sre_constants.RANGE:
            if any(_LETTER.fullmatch(chr(code)) for code in range(av[0], av[1] + 1)):
                return False
        else:
            return False  # a negated class, or anything else
    return True


def _any_word(items: Any) -> bool:
    """Whether a look-around's body is one class that takes every word character."""
    if len(items) != 1 or items[0][0] is not sre_constants.IN:
        return False
    return any(op is sre_constants.CATEGORY and av in _WORD_CATEGORIES for op, av in items[0][1])
