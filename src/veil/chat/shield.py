"""The PII shield: identifiers leave this machine only as placeholders.

For a backend whose ``is_local`` is false, every message of the context (and the facts of
the structured brief) is run through the PII analyzer (``veil.privacy.pii``) before the
request leaves; each identifier becomes a placeholder such as ``<PERSON_1>`` (the same value,
the same placeholder, for the whole turn: one ``Anonymizer`` per turn), and its
``StreamRestorer`` puts the originals back into the streamed reply, holding back a
placeholder split across deltas until it is complete.

Fails closed: a detector error, or a shield that is on with no detector configured, refuses
the turn (``PIIError``, 503) rather than sending identifiers out. The detector is a small
Protocol so any analyzer (``veil.privacy.pii``) plugs in.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, runtime_checkable

from veil.domain.chat import ChatMessage, GenerationRequest
from veil.domain.errors import PIIError, VeilError
from veil.domain.pii import Entity
from veil.privacy.pii import Anonymizer, Placeholder


@runtime_checkable
class PiiDetector(Protocol):
    def analyze(self, text: str, language: str | None = None) -> Sequence[Entity]: ...


class PiiShield:
    """Pseudonymizes requests for backends that are not on this machine."""

    def __init__(
        self, detector: PiiDetector | None, *, enabled: bool, cache_size: int = 4096
    ) -> None:
        self._detector = detector
        self.enabled = enabled
        # Findings per text: the history is re-sent every turn, so each message is analyzed
        # once, not once per turn. Keys are SHA-256 digests; values are offsets and types.
        self._cache: OrderedDict[bytes, tuple[Entity, ...]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def protect(
        self,
        request: GenerationRequest,
        language: str | None = None,
        *,
        keep: Sequence[str] = (),
    ) -> tuple[GenerationRequest, Anonymizer | None]:
        """The request with identifiers replaced, and the ``Anonymizer`` that restores them
        (``restorer()`` for the streamed reply); ``(request, None)`` when the shield is off.
        ``keep``: names that are not the user's data (the persona's own name)."""
        if not self.enabled:
            return request, None
        kept = frozenset(name.casefold() for name in keep if name)
        pseudonyms = Anonymizer(Placeholder())
        messages = tuple(
            ChatMessage(m.role, self._replace(pseudonyms, m.content, language, kept))
            for m in request.messages
        )
        brief = request.brief
        if brief is not None:
            facts = tuple(self._replace(pseudonyms, f, language, kept) for f in brief.user_facts)
            brief = replace(brief, user_facts=facts)
        return replace(request, messages=messages, brief=brief), pseudonyms

    def _replace(
        self, pseudonyms: Anonymizer, text: str, language: str | None, keep: frozenset[str]
    ) -> str:
        entities = self._analyze(text, language)
        found = [e for e in entities if text[e.start : e.end].casefold() not in keep]
        return pseudonyms.anonymize(text, found)

    def _analyze(self, text: str, language: str | None) -> tuple[Entity, ...]:
        if self._detector is None:
            raise PIIError("the PII shield is on but no detector is configured")
        key = hashlib.sha256(f"{language or ''}\x00{text}".encode()).digest()
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        try:
            entities = tuple(self._detector.analyze(text, language))
        except VeilError:
            raise
        except Exception as exc:  # a detector's own failure: refuse rather than leak
            raise PIIError("PII detection failed; the message was not sent") from exc
        with self._lock:
            self._cache[key] = entities
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return entities
