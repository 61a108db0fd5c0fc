"""Social-media handles: "@jen_x", "@jen_x on insta", "snap: jen.x", "my tg is jenny_x"."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.language import split_words
from veil.privacy.pii.lexicon import is_common
from veil.privacy.pii.recognizers.base import TextView

_AT = re.compile(r"(?<![\w@.])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![\w@])")
_CLEAR = (
    r"insta|instagram|ig|snap|snapchat|tg|telegram|discord|kik|onlyfans|tiktok|twitter|"
    r"whatsapp|reddit|twitch|facebook|fb|threads|bluesky|skype|fansly|wechat|viber|tumblr|"
    r"pinterest|youtube|yt|steam|psn|xbox|venmo|cashapp|signal"
)
_CLEAR_SET = frozenset(_CLEAR.split("|"))
_ANY = _CLEAR + r"|sc|x|of|line|wa|tt"
_HANDLE = r"@?(?P<handle>[a-z0-9_][a-z0-9_.#-]{0,30}[a-z0-9_])"
_NAMED = re.compile(
    rf"\b(?P<my>(?:my|mein|meine|mon|ma|mi|il mio|la mia)\s+)?(?P<platform>{_ANY})\b"
    # the platform as a verb: "snap me jen_x" (a plain word still needs a declaration)
    rf"(?:\s+me\b)?"
    rf"(?:\s+(?:id|handle|name|username|user|account))?"
    rf"(?:\s*(?P<decl>[:=]|-|\bis\b|\bist\b|\bc'est\b|\best\b|\bes\b|\bè\b))?"
    rf"\s*{_HANDLE}(?![\w@])"
)
_NOT_HANDLES = frozenset(
    split_words(
        "posted pics photos videos live stories story post dm dms message follow active famous "
        "viral trending more everything me you him her them it that this too again"
    )
)
_TRAILING = re.compile(
    rf"(?<![\w@.]){_HANDLE}\s+(?:on|in|at|sur|en|auf|su|via)\s+(?:{_CLEAR}|x)\b(?!\.\w)"
)
_INVITE = re.compile(
    r"\b(?:add|follow|find|hit|message|msg|dm|text|sub|subscribe to|check)\s+(?:me\s+)?"
    r"(?:up\s+)?(?:at\s+|on\s+)?$"
)


def _handle_like(handle: str) -> bool:
    return any(ch.isdigit() or ch in "_.#" for ch in handle) and any(ch.isalpha() for ch in handle)


class HandleRecognizer:
    name: ClassVar[str] = "handle"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.SOCIAL_HANDLE})

    def analyze(self, view: TextView) -> list[Entity]:
        lower = view.lower
        found: list[Entity] = []
        if "@" in lower:
            found.extend(
                Entity(m.start(), m.end(), EntityType.SOCIAL_HANDLE, 0.85, self.name)
                for m in _AT.finditer(lower)
            )
        found.extend(self._named(lower))
        found.extend(self._trailing(lower))
        return found

    def _named(self, lower: str) -> list[Entity]:
        found = []
        for match in _NAMED.finditer(lower):
            handle = match.group("handle")
            platform = match.group("platform")
            ambiguous = platform not in _CLEAR_SET
            invited = _INVITE.search(lower, max(0, match.start() - 30), match.start()) is not None
            declared = match.group("decl") is not None or invited
            if ambiguous and not declared:
                continue
            if not any(ch.isalpha() for ch in handle):
                continue
            if not _handle_like(handle) and (
                not declared or is_common(handle) or handle in _NOT_HANDLES
            ):
                continue
            start = match.start("handle")
            if start > 0 and lower[start - 1] == "@":
                start -= 1
            score = 0.85 if _handle_like(handle) or declared else 0.6
            found.append(Entity(start, match.end(), EntityType.SOCIAL_HANDLE, score, self.name))
        return found

    def _trailing(self, lower: str) -> list[Entity]:
        found = []
        for match in _TRAILING.finditer(lower):
            handle = match.group("handle")
            invited = _INVITE.search(lower, max(0, match.start() - 30), match.start()) is not None
            if is_common(handle) or handle in _NOT_HANDLES:
                continue
            if not (_handle_like(handle) or invited):
                continue  # "talk on discord": a plain word needs "add me", "follow me" …
            start = match.start("handle")
            if start > 0 and lower[start - 1] == "@":
                start -= 1
            found.append(
                Entity(start, match.end("handle"), EntityType.SOCIAL_HANDLE, 0.85, self.name)
            )
        return found
