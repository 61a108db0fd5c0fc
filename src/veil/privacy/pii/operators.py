"""Anonymization operators: placeholder, redact, mask, keyed hash (HMAC) and surrogate.

Each operator has a typed config. An :class:`Anonymizer` applies one to the entities of a text
and remembers what it replaced, so one instance per document or conversation keeps the
replacements consistent (``<PERSON_1>`` stays the same person throughout) and reversible:
:attr:`Anonymizer.mapping` maps each placeholder or surrogate back to the original, and
:func:`restore` / :class:`StreamRestorer` put the originals back, also into streamed text.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Literal

from faker import Faker
from pydantic import BaseModel, ConfigDict, Field, SecretBytes

from veil.domain.errors import InputError
from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.analyzer import resolve

OperatorName = Literal["placeholder", "redact", "mask", "hmac", "surrogate"]
OPERATORS: tuple[OperatorName, ...] = ("placeholder", "redact", "mask", "hmac", "surrogate")
REVERSIBLE: frozenset[str] = frozenset({"placeholder", "surrogate"})


class _Config(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Placeholder(_Config):
    """``<PERSON_1>``, ``<EMAIL_2>`` …: numbered per type, consistent per value."""

    kind: Literal["placeholder"] = "placeholder"


class Redact(_Config):
    """Every entity becomes the same fixed token."""

    kind: Literal["redact"] = "redact"
    token: str = "[REDACTED]"  # noqa: S105 - not a secret


class Mask(_Config):
    """Every non-space character becomes ``char``; the last ``keep_last`` stay readable."""

    kind: Literal["mask"] = "mask"
    char: str = Field(default="*", min_length=1, max_length=1)
    keep_last: int = Field(default=0, ge=0)


class Hmac(_Config):
    """``<PERSON:3f9a…>``: a keyed HMAC-SHA256 of the normalised value (stable across runs)."""

    kind: Literal["hmac"] = "hmac"
    key: SecretBytes
    length: int = Field(default=16, ge=8, le=64)


class Surrogate(_Config):
    """A realistic fake value of the same type (Faker), consistent within the conversation."""

    kind: Literal["surrogate"] = "surrogate"
    locale: str = "en_US"
    seed: int | None = None


OperatorConfig = Placeholder | Redact | Mask | Hmac | Surrogate
_MIN_HMAC_KEY = 16


@cache
def _defaults() -> dict[str, OperatorConfig]:
    return {
        "placeholder": Placeholder(),
        "redact": Redact(),
        "mask": Mask(),
        "surrogate": Surrogate(),
    }


def operator_config(name: str, *, key: bytes | None = None) -> OperatorConfig:
    """The default config of the operator called ``name`` (``hmac`` needs a ``key``)."""
    simple = _defaults()
    if name == "hmac":
        if key is None or len(key) < _MIN_HMAC_KEY:
            raise InputError("the hmac operator needs a key of at least 16 bytes")
        return Hmac(key=SecretBytes(key))
    if name not in simple:
        raise InputError("unknown operator", known=list(OPERATORS))
    return simple[name]


# Types whose value is the same however it is spaced or punctuated ("+44 20 …", "+4420…").
_DIGIT_STRINGS = frozenset(
    {EntityType.PHONE, EntityType.CREDIT_CARD, EntityType.IBAN, EntityType.US_SSN}
)


def _normalised(kind: EntityType, value: str) -> str:
    if kind in _DIGIT_STRINGS:
        return "".join(ch for ch in value if ch.isalnum()).upper()
    return " ".join(value.casefold().split())


class Anonymizer:
    """Applies one operator; reuse the instance across a document or conversation."""

    def __init__(self, operator: OperatorConfig | None = None) -> None:
        self._operator: OperatorConfig = operator or _defaults()["placeholder"]
        self._replacements: dict[tuple[EntityType, str], str] = {}
        self._mapping: dict[str, str] = {}
        self._counters: dict[EntityType, int] = {}
        self._faker: Faker | None = None

    @property
    def operator(self) -> OperatorConfig:
        return self._operator

    @property
    def mapping(self) -> dict[str, str]:
        """Replacement → original for reversible operators (placeholder, surrogate)."""
        return dict(self._mapping)

    def anonymize(self, text: str, entities: Sequence[Entity]) -> str:
        if not entities:
            return text  # a third of chat holds nothing to replace
        parts: list[str] = []
        position = 0
        for entity in entities if _disjoint(entities) else resolve(entities, 0.0):
            if entity.end > len(text):
                raise InputError("entity outside the text")
            parts.append(text[position : entity.start])
            parts.append(self._replace(entity.type, text[entity.start : entity.end]))
            position = entity.end
        parts.append(text[position:])
        return "".join(parts)

    def restore(self, text: str) -> str:
        return restore(text, self._mapping)

    def restorer(self) -> StreamRestorer:
        return StreamRestorer(self._mapping)

    def _replace(self, kind: EntityType, value: str) -> str:
        operator = self._operator
        if isinstance(operator, Redact):
            return operator.token
        if isinstance(operator, Mask):
            return _mask(value, operator)
        if isinstance(operator, Hmac):
            digest = hmac.new(
                operator.key.get_secret_value(),
                f"{kind.value}:{_normalised(kind, value)}".encode(),
                hashlib.sha256,
            ).hexdigest()
            return f"<{kind.value}:{digest[: operator.length]}>"
        key = (kind, _normalised(kind, value))
        known = self._replacements.get(key)
        if known is None:
            known = self._new_replacement(kind, value)
            self._replacements[key] = known
            self._mapping[known] = value
        return known

    def _new_replacement(self, kind: EntityType, value: str) -> str:
        if isinstance(self._operator, Surrogate):
            return self._surrogate(kind, value, self._operator)
        number = self._counters.get(kind, 0) + 1
        self._counters[kind] = number
        return f"<{kind.value}_{number}>"

    def _surrogate(self, kind: EntityType, value: str, config: Surrogate) -> str:
        if self._faker is None:
            if config.seed is None:
                self._faker = _shared_faker(config.locale)
            else:
                self._faker = Faker(config.locale)
                self._faker.seed_instance(config.seed)
        for _ in range(20):
            fake = _fake(self._faker, kind, value)
            if fake != value and fake not in self._mapping:
                return fake
        number = self._counters.get(kind, 0) + 1
        self._counters[kind] = number
        return f"<{kind.value}_{number}>"


def _disjoint(entities: Sequence[Entity]) -> bool:
    """Sorted and non-overlapping, as the analyzer returns them."""
    return all(a.end <= b.start for a, b in zip(entities, entities[1:], strict=False))


@cache
def _shared_faker(locale: str) -> Faker:
    """Unseeded Fakers are costly to build and hold no per-document state: share one."""
    return Faker(locale)


def _mask(value: str, config: Mask) -> str:
    keep = len(value) - config.keep_last
    return "".join(
        ch if ch.isspace() or index >= keep else config.char for index, ch in enumerate(value)
    )


def _fake(faker: Faker, kind: EntityType, value: str) -> str:  # noqa: PLR0911 - a lookup
    if kind is EntityType.PERSON:
        return str(faker.name() if " " in value.strip() else faker.first_name())
    if kind is EntityType.EMAIL:
        return f"{faker.user_name()}@example.com"
    if kind is EntityType.SOCIAL_HANDLE:
        return f"@{faker.user_name()}"
    if kind is EntityType.AGE:
        return str(faker.random_int(18, 70))
    if kind is EntityType.DATE_OF_BIRTH:
        return str(faker.date_of_birth(minimum_age=18, maximum_age=70).isoformat())
    method = {
        EntityType.PHONE: "phone_number",
        EntityType.ADDRESS: "street_address",
        EntityType.LOCATION: "city",
        EntityType.CREDIT_CARD: "credit_card_number",
        EntityType.IBAN: "iban",
        EntityType.US_SSN: "ssn",
        EntityType.IP_ADDRESS: "ipv4_private",
        EntityType.URL: "url",
        EntityType.ORGANIZATION: "company",
    }[kind]
    return str(getattr(faker, method)())


def anonymize(
    text: str, entities: Sequence[Entity], operator: OperatorConfig | str = "placeholder"
) -> str:
    """One-shot anonymization of one text (use an :class:`Anonymizer` for a conversation)."""
    config = operator_config(operator) if isinstance(operator, str) else operator
    if not entities:
        return text  # a third of chat: no state to build (speed only)
    return Anonymizer(config).anonymize(text, entities)


def _pattern(mapping: Mapping[str, str]) -> re.Pattern[str] | None:
    if not mapping:
        return None
    keys = sorted(mapping, key=len, reverse=True)
    return re.compile("|".join(re.escape(key) for key in keys))


def restore(text: str, mapping: Mapping[str, str]) -> str:
    """Put the originals back for every placeholder or surrogate of ``mapping`` in ``text``."""
    pattern = _pattern(mapping)
    if pattern is None:
        return text
    return pattern.sub(lambda m: mapping[m.group(0)], text)


class StreamRestorer:
    """:func:`restore` over a stream of chunks, where a placeholder may be split across chunks.

    ``feed`` returns what can be emitted now and holds back a tail that might be the start
    of a placeholder; ``finish`` returns whatever is left.
    """

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self._mapping = dict(mapping)
        self._pattern = _pattern(self._mapping)
        self._prefixes = frozenset(key[:i] for key in self._mapping for i in range(1, len(key)))
        self._longest = max((len(key) for key in self._mapping), default=0)
        self._buffer = ""

    def feed(self, chunk: str) -> str:
        self._buffer += chunk
        hold = 0
        for size in range(min(self._longest - 1, len(self._buffer)), 0, -1):
            if self._buffer[-size:] in self._prefixes:
                hold = size
                break
        ready = self._buffer[: len(self._buffer) - hold]
        self._buffer = self._buffer[len(self._buffer) - hold :]
        return restore(ready, self._mapping) if self._pattern else ready

    def finish(self) -> str:
        rest, self._buffer = self._buffer, ""
        return restore(rest, self._mapping)
