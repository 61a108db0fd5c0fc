"""Optional spaCy NER recognizer (extra ``veil[ner]``), off by default.

spaCy and its model are imported only when this recognizer is built, so the default engine needs
no model download. A missing package or model is a ``ConfigurationError`` at startup.
"""

from __future__ import annotations

from typing import Any, ClassVar

from veil.domain.errors import ConfigurationError
from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.recognizers.base import TextView

LABELS: dict[str, EntityType] = {
    "PERSON": EntityType.PERSON,
    "PER": EntityType.PERSON,
    "GPE": EntityType.LOCATION,
    "LOC": EntityType.LOCATION,
    "ORG": EntityType.ORGANIZATION,
}


class SpacyRecognizer:
    """People, places and organisations from a spaCy pipeline (English model by default)."""

    name: ClassVar[str] = "spacy_ner"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset(
        {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION}
    )

    def __init__(self, model: str = "en_core_web_sm", score: float = 0.7) -> None:
        self._score = score
        self._nlp = load_pipeline(model)

    def analyze(self, view: TextView) -> list[Entity]:
        document = self._nlp(view.text)
        return [
            Entity(ent.start_char, ent.end_char, LABELS[ent.label_], self._score, self.name)
            for ent in document.ents
            if ent.label_ in LABELS
        ]


def load_pipeline(model: str) -> Any:
    try:
        import spacy  # noqa: PLC0415 - optional extra, imported where used (STYLE 16)
    except ImportError as exc:
        raise ConfigurationError("the spaCy NER backend needs: pip install 'veil[ner]'") from exc
    try:
        return spacy.load(model, disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    except OSError as exc:
        raise ConfigurationError(f"spaCy model {model!r} is not installed") from exc
