"""E-mail addresses, plain and obfuscated ("jane dot doe at gmail dot com", "jane(at)web.de"),
with the "at" and "dot" words of the five languages: "arroba"/"punto" (es), "chiocciola"/"punto"
(it), "arobase"/"point" (fr), "ät"/"punkt" (de)."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.language import split_words
from veil.privacy.pii.lexicon import is_common
from veil.privacy.pii.recognizers.base import TextView

_PLAIN = re.compile(
    r"(?<![\w.+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}(?![\w-])"
)
# The words people spell "." and "@" with, in every supported language: an address is typed in
# the writer's language whatever the message's detected language is.
_DOT_WORD = r"(?:dot|punto|punkt|point)"
_AT_WORD = r"(?:at|arroba|chiocciola|arobase|ät)"
_DOT = rf"(?:\s*\.\s*|\s+{_DOT_WORD}\s+|\s*[(\[{{<]\s*{_DOT_WORD}\s*[)\]}}>]\s*)"
_AT = rf"(?P<at>\s*[(\[{{<]\s*{_AT_WORD}\s*[)\]}}>]\s*|\s+{_AT_WORD}\s+|\s*@\s*)"
_TLD = (
    r"(?:com|net|org|de|fr|es|it|io|co|uk|me|edu|info|at|ch|eu|nl|be|pt|us|ca|au|ie|mx|ar|cl|"
    r"dev|app)"
)
# "_" and "-" read out in the local part: "tash underscore 89 at …", "unterstrich", "tiret bas",
# "guion bajo", "trattino basso", "dash", "bindestrich"
_JOIN_WORD = (
    r"(?:underscore|under score|unterstrich|tiret bas|tiret du bas|guion bajo|guión bajo|"
    r"barra baja|trattino basso|underscore|dash|hyphen|bindestrich|tiret|guion|guión|trattino)"
)
_OBFUSCATED = re.compile(
    # (letters of any alphabet in the local part: "sönke-k [at] t-online.de")
    rf"(?<![\w.])(?P<local>[^\W_][\w+-]*(?:(?:{_DOT}|\s+{_JOIN_WORD}\s+)[\w+-]+)*){_AT}"
    rf"(?P<domain>[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}{_TLD})(?![\w-])"
)
_PROVIDERS = frozenset(
    split_words(
        "gmail googlemail yahoo hotmail outlook icloud proton protonmail gmx web aol live mail "
        "yandex libero orange free wanadoo laposte t-online example"
    )
)
_VERSION = re.compile(r"v?\d+(?:\.\d+)+[a-z]?")
_ADDRESS_LOCAL = re.compile(r"[\w-][._\d]|\d")
_WORD_BEFORE = re.compile(r"(?<![\w.@-])([a-z][a-z'-]{1,30})\s+$")
_DOMAIN_SPLIT = re.compile(r"\s|\.|[(\[{]")
# Cheap literal checks before the pattern: an "at" word in any of its spellings, the short
# ones only after a test for their word (most messages hold neither).
_AT_MARKERS = ("(at)", "[at]", "{at}", "<at>", " at ", "( at )")
_AE_MARKERS = (" ät ", "(ät)", "[ät]")
_SPELLED_DOT = re.compile(rf"(?:^|[\s(\[{{<]){_DOT_WORD}(?:$|[\s)\]}}>])")


class EmailRecognizer:
    name: ClassVar[str] = "email"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.EMAIL})

    def analyze(self, view: TextView) -> list[Entity]:
        lower = view.lower
        found: list[Entity] = []
        if "@" in lower:
            found.extend(
                Entity(m.start(), m.end(), EntityType.EMAIL, 0.95, self.name)
                for m in _PLAIN.finditer(lower)
            )
        if _spelled_at(lower, view.words) or " @ " in lower:
            found.extend(self._obfuscated(lower))
        return found

    def _obfuscated(self, lower: str) -> list[Entity]:
        found = []
        for match in _OBFUSCATED.finditer(lower):
            at = match.group("at").strip()
            local, domain = match.group("local"), match.group("domain")
            provider = _DOMAIN_SPLIT.split(domain, maxsplit=1)[0]
            # an "at" word is explicit when spelled in brackets, when a dot is read out, or when
            # both sides are shaped like an address's parts: a local part with ".", "_" or a
            # digit, and a typed domain with its dot ("saro.pittau at alice.it"; not "look at
            # google.com")
            explicit = (
                at != "at"
                or _SPELLED_DOT.search(domain) is not None
                or (
                    local[0].isalpha()
                    and _VERSION.fullmatch(local) is None
                    and _ADDRESS_LOCAL.search(local) is not None
                    and " " not in domain
                    and "." in domain
                    and " " not in local
                )
            )
            if at == "@" and "." in domain and " " not in match.group(0):
                continue  # a plain address, found above
            if not explicit and provider not in _PROVIDERS:
                continue
            if at == "at" and is_common(local):
                continue
            start = match.start()
            # a name and an initial or a number read out ("kayleigh b at example dot com",
            # "marco r chiocciola libero punto it", "reggie 1994 at example dot com"): the
            # local part is the two words
            if (len(local) <= 2 and local.isalpha()) or local.isdigit():
                name = _WORD_BEFORE.search(lower, max(0, start - 24), start)
                if name is not None and not is_common(name.group(1)):
                    start = name.start(1)
            found.append(Entity(start, match.end(), EntityType.EMAIL, 0.85, self.name))
        return found


def _spelled_at(lower: str, words: frozenset[str]) -> bool:
    """Whether ``lower`` holds one of the markers. Each short marker holds its "at" or "ät" as
    a word (between brackets or blanks), so a message without that word is passed over at the
    cost of a set lookup; "at" inside "that", "what", "chat" no longer sends the message
    through the markers one by one (speed only, the same answer)."""
    if "at" in words and any(marker in lower for marker in _AT_MARKERS):
        return True
    if "arroba" in lower or "chiocciola" in lower or "arobase" in lower:
        return True
    return "ät" in words and any(marker in lower for marker in _AE_MARKERS)
