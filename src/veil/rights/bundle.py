"""The rights services as one object on the runtime (``runtime.rights``)."""

from __future__ import annotations

from dataclasses import dataclass

from veil.rights.erasure import ErasureService
from veil.rights.export import ExportService
from veil.rights.receipts import ReceiptSigner
from veil.rights.restrict import RestrictionService
from veil.rights.service import RequestService


@dataclass(frozen=True, slots=True)
class RightsServices:
    requests: RequestService
    erasure: ErasureService
    exports: ExportService
    restrictions: RestrictionService
    receipts: ReceiptSigner
