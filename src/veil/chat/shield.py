"""The PII shield: identifiers leave this machine only as placeholders.

For a backend whose ``is_local`` is false, every message of the context (and the facts of
the structured brief) is run through a PII detector before the request leaves; each
identifier becomes a placeholder such as ``<PERSON_1>`` (the same value, the same
placeholder, for the whole turn), and ``StreamRestorer`` puts the originals back into the
streamed reply, holding back a placeholder split across deltas until it is complete.

Fails closed: a detector error, or a shield that is on with no detector configured, refuses
the turn (``PIIError``, 503) rather than sending identifiers out. The detector is a small
Protocol so any analyzer (``veil.privacy.pii``) plugs in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, runtime_checkable

from veil.domain.chat import ChatMessage, GenerationRequest
from veil.domain.errors import PIIError, VeilError
from veil.domain.pii import Entity, EntityType

PLACEHOLDER = re.compile(r"<([A-Z_]+)_(\d+)>")


@runtime_checkable
class PiiDetector(Protocol):
    def analyze(self, text: str, language: str | None = None) -> Sequence[Entity]: ...


class Pseudonyms:
    """One turn's placeholders, consistent per value, and the way back."""

    def __init__(self) -> None:
        self._by_value: dict[tuple[EntityType, str], str] = {}
        self._counts: dict[EntityType, int] = {}
        self.mapping: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"Pseudonyms(count={len(self.mapping)})"

    def replace(self, text: str, entities: Sequence[Entity]) -> str:
        out, cursor = [], 0
        for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
            if entity.start < cursor or entity.end <= entity.start:
                continue  # overlapping or empty spans: the first, longest one wins
            out.append(text[cursor : entity.start])
            out.append(self._placeholder(entity.type, text[entity.start : entity.end]))
            cursor = entity.end
        out.append(text[cursor:])
        return "".join(out)

    def restore(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda m: self.mapping.get(m.group(0), m.group(0)), text)

    def restorer(self) -> StreamRestorer:
        return StreamRestorer(self)

    def _placeholder(self, kind: EntityType, value: str) -> str:
        key = (kind, value)
        found = self._by_value.get(key)
        if found is None:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            found = f"<{kind.value}_{self._counts[kind]}>"
            self._by_value[key] = found
            self.mapping[found] = value
        return found


class StreamRestorer:
    """Restores placeholders in streamed text; a placeholder cut between deltas is held
    back until its closing ``>`` arrives (or the stream ends)."""

    def __init__(self, pseudonyms: Pseudonyms) -> None:
        self._pseudonyms = pseudonyms
        self._longest = max((len(p) for p in pseudonyms.mapping), default=0)
        self._pending = ""

    def feed(self, delta: str) -> str:
        text = self._pending + delta
        cut = len(text)
        start = text.rfind("<")
        if start != -1 and ">" not in text[start:] and len(text) - start < self._longest:
            cut = start
        self._pending = text[cut:]
        return self._pseudonyms.restore(text[:cut])

    def finish(self) -> str:
        text, self._pending = self._pending, ""
        return self._pseudonyms.restore(text)


class PiiShield:
    """Pseudonymizes requests for backends that are not on this machine."""

    def __init__(self, detector: PiiDetector | None, *, enabled: bool) -> None:
        self._detector = detector
        self.enabled = enabled

    def protect(
        self, request: GenerationRequest, language: str = "en"
    ) -> tuple[GenerationRequest, Pseudonyms | None]:
        if not self.enabled:
            return request, None
        pseudonyms = Pseudonyms()
        messages = tuple(
            ChatMessage(m.role, self._replace(pseudonyms, m.content, language))
            for m in request.messages
        )
        brief = request.brief
        if brief is not None:
            facts = tuple(self._replace(pseudonyms, f, language) for f in brief.user_facts)
            brief = replace(brief, user_facts=facts)
        return replace(request, messages=messages, brief=brief), pseudonyms

    def _replace(self, pseudonyms: Pseudonyms, text: str, language: str) -> str:
        if self._detector is None:
            raise PIIError("the PII shield is on but no detector is configured")
        try:
            entities = self._detector.analyze(text, language)
        except VeilError:
            raise
        except Exception as exc:  # a detector's own failure: refuse rather than leak
            raise PIIError("PII detection failed; the message was not sent") from exc
        return pseudonyms.replace(text, entities)
