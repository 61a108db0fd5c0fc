"""The caller's own account: profile, passphrase, recovery codes and privacy settings."""

from __future__ import annotations

from fastapi import APIRouter, Request, status

from veil.api.deps import CurrentAccount, RequestConsentMethod, gpc_signal, runtime_of
from veil.api.schemas.accounts import (
    AccountOut,
    PassphraseChangeIn,
    PassphraseIn,
    RecoveryCodesOut,
)
from veil.api.schemas.consent import SettingsOut, SettingsPatchIn
from veil.consent.service import SettingsPatch, SettingsView


def _settings_out(view: SettingsView) -> SettingsOut:
    return SettingsOut(
        retention=view.settings.retention,
        incognito=view.settings.incognito,
        purposes=view.purposes,
        allowed_retention=list(view.allowed_retention),
    )


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1/me", tags=["me"])

    @router.get("", summary="My account")
    def me(account: CurrentAccount, request: Request) -> AccountOut:
        return AccountOut.of(runtime_of(request).accounts.profile(account))

    @router.post(
        "/passphrase",
        status_code=status.HTTP_204_NO_CONTENT,
        summary="Change my passphrase; ends my other sessions and tokens",
        responses={401: {"description": "wrong current passphrase"}},
    )
    def change_passphrase(
        body: PassphraseChangeIn, account: CurrentAccount, request: Request
    ) -> None:
        runtime_of(request).accounts.change_passphrase(
            account, body.current_passphrase, body.new_passphrase
        )

    @router.post("/recovery-codes", summary="Replace my recovery codes (shown once)")
    def recovery_codes(
        body: PassphraseIn, account: CurrentAccount, request: Request
    ) -> RecoveryCodesOut:
        codes = runtime_of(request).accounts.regenerate_recovery_codes(account, body.passphrase)
        return RecoveryCodesOut(recovery_codes=codes)

    @router.get("/settings", summary="My privacy settings")
    def get_settings(account: CurrentAccount, request: Request) -> SettingsOut:
        return _settings_out(runtime_of(request).consent.settings_view(account.account_id))

    @router.patch(
        "/settings",
        summary="Change my privacy settings",
        responses={422: {"description": "invalid value; `allowed` lists the choices"}},
    )
    def patch_settings(
        body: SettingsPatchIn,
        account: CurrentAccount,
        method: RequestConsentMethod,
        request: Request,
    ) -> SettingsOut:
        patch = SettingsPatch(
            retention=body.retention, incognito=body.incognito, purposes=body.purposes
        )
        view = runtime_of(request).consent.update_settings(
            account.account_id, patch, method, gpc=gpc_signal(request)
        )
        return _settings_out(view)

    return router
