"""PII entity types and detected spans, shared by the PII engine and its callers."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "PERSON"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    LOCATION = "LOCATION"
    CREDIT_CARD = "CREDIT_CARD"
    IBAN = "IBAN"
    US_SSN = "US_SSN"
    IP_ADDRESS = "IP_ADDRESS"
    URL = "URL"
    SOCIAL_HANDLE = "SOCIAL_HANDLE"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    AGE = "AGE"
    ORGANIZATION = "ORGANIZATION"


@dataclass(frozen=True, slots=True)
class Entity:
    """A detected span: ``text[start:end]`` (Python string indices) is of ``type``."""

    start: int
    end: int
    type: EntityType
    score: float
    recognizer: str = ""
