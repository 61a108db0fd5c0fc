"""Rights endpoints: the published receipt key (more with accounts: exports, erasure, ...)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from veil.api.deps import runtime_of
from veil.rights import receipts


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["rights"])

    @router.get(
        "/receipts/public-key",
        summary="The Ed25519 key that signs deletion receipts (verify with `veil receipt verify`)",
    )
    def receipt_public_key(request: Request) -> dict[str, str]:
        public = runtime_of(request).rights.receipts.public_key()
        return {
            "alg": receipts.ALGORITHM,
            "key_id": receipts.key_id(public),
            "public_key": receipts.encode_key(public),
        }

    return router
