"""Request and response bodies of the consent and privacy-settings endpoints."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, StrictBool, StrictInt, StrictStr

from veil.domain.consent import ConsentEvent, PurposeState
from veil.domain.purposes import DATA_USE, DESCRIPTION, Purpose


class PurposeStateOut(BaseModel):
    purpose: Purpose
    granted: bool
    description: str
    data_use: str
    changed_at: datetime | None
    method: str | None
    notice_version: str | None

    @classmethod
    def of(cls, state: PurposeState) -> PurposeStateOut:
        return cls(
            purpose=state.purpose,
            granted=state.granted,
            description=DESCRIPTION[state.purpose],
            data_use=DATA_USE[state.purpose],
            changed_at=state.changed_at,
            method=None if state.method is None else state.method.value,
            notice_version=state.notice_version,
        )


class ConsentsOut(BaseModel):
    notice_version: str
    purposes: list[PurposeStateOut]


class ConsentEventOut(BaseModel):
    id: uuid.UUID
    purpose: Purpose
    granted: bool
    method: str
    notice_version: str
    at: datetime

    @classmethod
    def of(cls, event: ConsentEvent) -> ConsentEventOut:
        return cls(
            id=event.id,
            purpose=event.purpose,
            granted=event.granted,
            method=event.method.value,
            notice_version=event.notice_version,
            at=event.at,
        )


class ConsentHistoryOut(BaseModel):
    events: list[ConsentEventOut]


class ConsentSetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    granted: StrictBool


class NoticeOut(BaseModel):
    version: str
    text: str


class SettingsOut(BaseModel):
    retention: int | str
    incognito: bool
    purposes: dict[Purpose, bool]
    allowed_retention: list[int | str]


class SettingsPatchIn(BaseModel):
    """Only the fields present change. ``retention``: 1, 7, 30, 90, 365 or "keep"."""

    model_config = ConfigDict(extra="forbid")

    retention: StrictInt | StrictStr | None = None
    incognito: StrictBool | None = None
    purposes: dict[Purpose, StrictBool] | None = None
