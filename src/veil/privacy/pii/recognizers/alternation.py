"""Long alternations rewritten as prefix trees, with the same matches.

Python's regex engine tries the alternatives of ``a|b|c`` one after another at each position
it reaches, and each try reads that alternative's compiled code: a list of a few hundred cue
words is walked, and pulled through the CPU cache, at every word of every message. Grouped by
first character (``m(?:y name|e llamo)|c(?:all me|iao)``) the engine reads one entry per
letter and then the few words that open with it.

The rewrite keeps every match exactly as it was, groups and all. Alternatives that open with
different literal characters cannot both match at one position, so their order does not matter;
alternatives that open with the same character keep their order inside their group; and any
alternative that does not open with a plain literal (a class, a group, an escape, an optional
character) stays where it was and bounds the runs that are regrouped around it. Alternations
that hold capturing groups are left alone (regrouping would renumber the groups), as are
lookbehinds (they must keep one fixed width) and case-insensitive or verbose patterns.
"""

from __future__ import annotations

from dataclasses import dataclass

# Characters with a meaning of their own in a pattern: never a plain literal head.
_SPECIAL = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIERS = frozenset("*+?{")
# Alternations shorter than this gain nothing from regrouping.
_MIN_BRANCHES = 3
# How deep tails are regrouped in turn; three letters already split any word list finely.
_MAX_DEPTH = 4


@dataclass(slots=True)
class _Group:
    prefix: str  # what follows "(": "?:", "?P<name>", "?=", "?<!", "" …
    branches: list[list[_Item]]


@dataclass(slots=True)
class _Item:
    atom: str | _Group
    quantifier: str = ""


def factored(pattern: str) -> str:
    """``pattern`` with its long alternations grouped by first character; unchanged when it
    cannot be read (the caller compiles the original then, and any error is the original's)."""
    if "(?i" in pattern or "(?x" in pattern or "(?a" in pattern:
        return pattern
    try:
        branches, end = _parse(pattern, 0)
    except _Unreadable:
        return pattern
    if end != len(pattern):
        return pattern
    return _emit_branches(_regroup(branches, _MAX_DEPTH))


class _Unreadable(Exception):
    """A construct this reader does not know: the pattern is kept as written."""


def _parse(pattern: str, index: int) -> tuple[list[list[_Item]], int]:
    """The alternation starting at ``index``, up to an unmatched ")" or the end."""
    branches: list[list[_Item]] = [[]]
    while index < len(pattern):
        char = pattern[index]
        if char == ")":
            return branches, index
        if char == "|":
            branches.append([])
            index += 1
            continue
        if char in _QUANTIFIERS:
            if not branches[-1] or branches[-1][-1].quantifier:
                raise _Unreadable(char)
            branches[-1][-1].quantifier, index = _quantifier(pattern, index)
            continue
        atom, index = _atom(pattern, index)
        branches[-1].append(_Item(atom))
    return branches, index


def _quantifier(pattern: str, index: int) -> tuple[str, int]:
    start = index
    if pattern[index] == "{":
        close = pattern.find("}", index)
        if close < 0:
            raise _Unreadable("{")
        index = close + 1
    else:
        index += 1
    if index < len(pattern) and pattern[index] in "?+":
        index += 1  # lazy or possessive
    return pattern[start:index], index


def _atom(pattern: str, index: int) -> tuple[str | _Group, int]:
    char = pattern[index]
    if char == "\\":
        if index + 1 >= len(pattern) or pattern[index + 1] in "xuUNo0123456789":
            raise _Unreadable("escape")  # numbered escapes span more than two characters
        return pattern[index : index + 2], index + 2
    if char == "[":
        return _character_class(pattern, index)
    if char == "(":
        return _group(pattern, index)
    return char, index + 1


def _character_class(pattern: str, index: int) -> tuple[str, int]:
    end = index + 1
    if end < len(pattern) and pattern[end] == "^":
        end += 1
    if end < len(pattern) and pattern[end] == "]":
        end += 1  # a "]" first is a literal
    while end < len(pattern) and pattern[end] != "]":
        end += 2 if pattern[end] == "\\" else 1
    if end >= len(pattern):
        raise _Unreadable("[")
    return pattern[index : end + 1], end + 1


def _group(pattern: str, index: int) -> tuple[_Group, int]:
    prefix_end = index + 1
    if pattern.startswith("?", prefix_end):
        for prefix in ("?:", "?=", "?!", "?<=", "?<!"):
            if pattern.startswith(prefix, prefix_end):
                prefix_end += len(prefix)
                break
        else:
            if not pattern.startswith("?P<", prefix_end):
                raise _Unreadable("group")  # flags, comments, backreferences, conditionals
            prefix_end = pattern.index(">", prefix_end) + 1
    branches, end = _parse(pattern, prefix_end)
    if end >= len(pattern):
        raise _Unreadable("(")
    return _Group(pattern[index + 1 : prefix_end], branches), end + 1


def _regroup(branches: list[list[_Item]], depth: int) -> list[list[_Item]]:
    """The branches with their inner groups regrouped, and then themselves when they may be."""
    branches = [[_inner(item, depth) for item in branch] for branch in branches]
    if depth == 0 or len(branches) < _MIN_BRANCHES or any(map(_captures, branches)):
        return branches
    result: list[list[_Item]] = []
    run: list[list[_Item]] = []
    for branch in branches:
        if _literal_head(branch) is None:
            result.extend(_by_head(run, depth))
            result.append(branch)
            run = []
        else:
            run.append(branch)
    result.extend(_by_head(run, depth))
    return result


def _inner(item: _Item, depth: int) -> _Item:
    atom = item.atom
    if not isinstance(atom, _Group) or atom.prefix.startswith("?<"):
        return item  # lookbehinds keep their fixed width as written
    return _Item(_Group(atom.prefix, _regroup(atom.branches, depth)), item.quantifier)


def _by_head(run: list[list[_Item]], depth: int) -> list[list[_Item]]:
    groups: dict[str, list[list[_Item]]] = {}
    for branch in run:
        groups.setdefault(_head_char(branch), []).append(branch)
    result = []
    for tails in groups.values():
        if len(tails) == 1:
            result.append(tails[0])
            continue
        head = tails[0][0]
        rest = _regroup([tail[1:] for tail in tails], depth - 1)
        result.append([head, _Item(_Group("?:", rest))])
    return result


def _literal_head(branch: list[_Item]) -> str | None:
    if not branch:
        return None
    first = branch[0]
    if first.quantifier or not isinstance(first.atom, str):
        return None
    atom = first.atom
    return atom if len(atom) == 1 and atom not in _SPECIAL else None


def _head_char(branch: list[_Item]) -> str:
    head = _literal_head(branch)
    assert head is not None
    return head


def _captures(branch: list[_Item]) -> bool:
    for item in branch:
        atom = item.atom
        if isinstance(atom, _Group) and (
            atom.prefix == "" or atom.prefix.startswith("?P<") or any(map(_captures, atom.branches))
        ):
            return True
    return False


def _emit_branches(branches: list[list[_Item]]) -> str:
    return "|".join("".join(map(_emit_item, branch)) for branch in branches)


def _emit_item(item: _Item) -> str:
    atom = item.atom
    if isinstance(atom, _Group):
        return f"({atom.prefix}{_emit_branches(atom.branches)}){item.quantifier}"
    return atom + item.quantifier
