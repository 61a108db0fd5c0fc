"""PII detection and anonymization for chat text: a leaf library (imports only ``veil.domain``).

Public surface::

    analyzer = build_analyzer()                      # all built-in recognizers, threshold 0.5
    entities = analyzer.analyze(text, language=None) # list[Entity], language detected if None
    redacted = anonymize(text, entities, "placeholder")
    shield = Anonymizer(Placeholder())               # one per conversation: consistent, reversible
    safe = shield.anonymize(text, entities); shield.restore(reply); shield.restorer().feed(chunk)
"""

from __future__ import annotations

from collections.abc import Sequence

from veil.privacy.pii.analyzer import DEFAULT_THRESHOLD, Analyzer
from veil.privacy.pii.language import SUPPORTED, detect_language
from veil.privacy.pii.ner import SpacyRecognizer
from veil.privacy.pii.operators import (
    OPERATORS,
    Anonymizer,
    Hmac,
    Mask,
    OperatorConfig,
    Placeholder,
    Redact,
    StreamRestorer,
    Surrogate,
    anonymize,
    operator_config,
    restore,
)
from veil.privacy.pii.recognizers import BUILTIN, Recognizer, TextView, load_recognizers

__all__ = [
    "BUILTIN",
    "DEFAULT_THRESHOLD",
    "OPERATORS",
    "SUPPORTED",
    "Analyzer",
    "Anonymizer",
    "Hmac",
    "Mask",
    "OperatorConfig",
    "Placeholder",
    "Recognizer",
    "Redact",
    "StreamRestorer",
    "Surrogate",
    "TextView",
    "anonymize",
    "build_analyzer",
    "detect_language",
    "load_recognizers",
    "operator_config",
    "restore",
]


def build_analyzer(
    recognizers: Sequence[str] | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    plugins: bool = False,
    ner_model: str | None = None,
) -> Analyzer:
    """An analyzer with the named recognizers (default: all built-ins).

    ``plugins`` also makes entry-point recognizers available; ``ner_model`` (e.g.
    ``"en_core_web_sm"``) adds the optional spaCy recognizer. Anything that cannot be loaded
    raises ``ConfigurationError``.
    """
    loaded = load_recognizers(recognizers, plugins=plugins)
    if ner_model is not None:
        loaded.append(SpacyRecognizer(ner_model))
    return Analyzer(loaded, threshold=threshold)
