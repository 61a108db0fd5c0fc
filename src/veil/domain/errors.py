"""The Veil error tree.

Every error has a stable ``code``; the API maps it to an RFC 9457 ``type`` URI and a
status, the CLI to one line and an exit code. Messages never contain user input.

::

    VeilError
    ├── ConfigurationError            configuration_invalid
    ├── StorageError                  storage_error
    │   ├── DatabaseUnavailable       database_unavailable
    │   └── SchemaOutOfDate           schema_out_of_date
    ├── CryptoError                   crypto_error
    │   ├── KeyProviderError          key_provider_error
    │   ├── KeyMismatch               key_mismatch
    │   ├── DecryptionFailed          decryption_failed
    │   └── SubjectErased             subject_erased
    ├── AuditError                    audit_error
    │   └── AuditChainBroken          audit_chain_broken
    ├── BackupError                   backup_error
    ├── InputError                    invalid_input
    │   ├── WeakPassphrase            weak_passphrase
    │   ├── InvalidCard               invalid_card
    │   └── AgeAttestationRequired    age_attestation_required
    ├── AuthenticationRequired        authentication_required
    ├── InvalidCredentials            invalid_credentials
    ├── PermissionDenied              permission_denied
    │   ├── CsrfTokenInvalid          csrf_token_invalid
    │   └── ProcessingRestricted      processing_restricted
    ├── NotFound                      not_found
    ├── Conflict                      conflict
    ├── RateLimited                   rate_limited
    │   └── RateLimiterUnavailable    rate_limiter_unavailable
    ├── ConsentRequired               consent_required
    ├── ContentBlocked                content_blocked
    ├── PIIError                      pii_error
    └── BackendError                  backend_error
        ├── BackendUnavailable        backend_unavailable
        └── BackendTimeout            backend_timeout
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class VeilError(Exception):
    """Base of every error Veil raises on purpose."""

    code: str = "veil_error"
    title: str = "Veil error"

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        self.detail = detail or self.title
        self.extra: Mapping[str, Any] = extra
        super().__init__(self.detail)


class ConfigurationError(VeilError):
    code = "configuration_invalid"
    title = "Invalid configuration"


class StorageError(VeilError):
    code = "storage_error"
    title = "Storage error"


class DatabaseUnavailable(StorageError):
    code = "database_unavailable"
    title = "Database unavailable"


class SchemaOutOfDate(StorageError):
    code = "schema_out_of_date"
    title = "Database schema is out of date"


class CryptoError(VeilError):
    code = "crypto_error"
    title = "Cryptographic error"


class KeyProviderError(CryptoError):
    code = "key_provider_error"
    title = "Key provider unavailable"


class KeyMismatch(CryptoError):
    code = "key_mismatch"
    title = "Key does not match the encrypted data"


class DecryptionFailed(CryptoError):
    code = "decryption_failed"
    title = "Decryption failed"


class SubjectErased(CryptoError):
    code = "subject_erased"
    title = "Subject erased"


class AuditError(VeilError):
    code = "audit_error"
    title = "Audit log error"


class AuditChainBroken(AuditError):
    code = "audit_chain_broken"
    title = "Audit chain broken"


class BackupError(VeilError):
    code = "backup_error"
    title = "Backup error"


class InputError(VeilError):
    code = "invalid_input"
    title = "Invalid input"


class WeakPassphrase(InputError):
    code = "weak_passphrase"
    title = "Passphrase too weak"

    def __init__(self, reasons: list[str], detail: str | None = None) -> None:
        # The reasons are zxcvbn's fixed texts, never the passphrase.
        super().__init__(detail or " ".join(reasons) or None, reasons=list(reasons))
        self.reasons = list(reasons)


class InvalidCard(InputError):
    code = "invalid_card"
    title = "Invalid character card"


class AgeAttestationRequired(InputError):
    code = "age_attestation_required"
    title = "Confirm that you are 18 or older"


class AuthenticationRequired(VeilError):
    code = "authentication_required"
    title = "Authentication required"


class InvalidCredentials(VeilError):
    code = "invalid_credentials"
    title = "Invalid credentials"


class PermissionDenied(VeilError):
    code = "permission_denied"
    title = "Permission denied"


class CsrfTokenInvalid(PermissionDenied):
    code = "csrf_token_invalid"
    title = "Missing or wrong CSRF token"


class ProcessingRestricted(PermissionDenied):
    code = "processing_restricted"
    title = "Processing restricted by the data subject"


class NotFound(VeilError):
    code = "not_found"
    title = "Not found"


class Conflict(VeilError):
    code = "conflict"
    title = "Conflict"


class RateLimited(VeilError):
    code = "rate_limited"
    title = "Too many requests"

    def __init__(self, retry_after: int, detail: str | None = None) -> None:
        super().__init__(detail, retry_after=retry_after)
        self.retry_after = retry_after


class RateLimiterUnavailable(RateLimited):
    """The throttle's store cannot be reached: refuse (fail closed) rather than guess."""

    code = "rate_limiter_unavailable"
    title = "Sign-in temporarily unavailable"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(30, detail)


class ConsentRequired(VeilError):
    code = "consent_required"
    title = "Consent required"


class ContentBlocked(VeilError):
    code = "content_blocked"
    title = "Content blocked by the safety policy"


class PIIError(VeilError):
    code = "pii_error"
    title = "PII detection failed"


class BackendError(VeilError):
    code = "backend_error"
    title = "Model backend error"


class BackendUnavailable(BackendError):
    code = "backend_unavailable"
    title = "Model backend unavailable"


class BackendTimeout(BackendError):
    code = "backend_timeout"
    title = "Model backend timed out"
