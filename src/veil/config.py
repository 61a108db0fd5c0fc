"""Typed settings, from ``VEIL_*`` environment variables and an optional TOML file.

Nothing here runs at import time: ``load_settings()`` builds a ``Settings`` when the CLI or a
test asks for one. Nested sections use ``__`` in environment variables, for example
``VEIL_DATABASE__URL`` or ``VEIL_KEYS__PROVIDER``. This is the only module that reads the
environment.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from veil.domain.errors import ConfigurationError

CONFIG_FILE_ENV = "VEIL_CONFIG"
DEFAULT_CONFIG_FILE = "veil.toml"


class ServerSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    max_body_bytes: int = Field(default=1_048_576, ge=1024, le=64 * 1_048_576)
    upload_max_bytes: int = Field(default=8 * 1_048_576, ge=1024, le=64 * 1_048_576)
    public_url: str = "http://127.0.0.1:8000"
    secure_cookies: bool = True


class DatabaseSettings(BaseModel):
    url: str | None = Field(
        default=None, description="SQLAlchemy URL; default is a SQLite file in the data directory"
    )
    auto_migrate: bool = Field(
        default=False, description="apply pending migrations at start-up instead of refusing"
    )
    pool_size: int = Field(default=5, ge=1, le=200)
    echo: bool = False

    @field_validator("url")
    @classmethod
    def _known_backend(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("sqlite", "postgresql")):
            raise ValueError("must be a sqlite:// or postgresql:// URL")
        return value


class LocalKeySettings(BaseModel):
    key_file: str = "kek.key"
    passphrase: SecretStr | None = Field(
        default=None, description="derive the KEK from a passphrase instead of a key file"
    )


class VaultKeySettings(BaseModel):
    url: str = "http://127.0.0.1:8200"
    token: SecretStr | None = None
    mount: str = "transit"
    key_name: str = "veil-kek"
    timeout_seconds: float = Field(default=5.0, gt=0)


class KeySettings(BaseModel):
    provider: str = Field(default="local", description="key provider name: local, vault, …")
    local: LocalKeySettings = LocalKeySettings()
    vault: VaultKeySettings = VaultKeySettings()
    dek_cache_size: int = Field(default=10_000, ge=1)
    dek_cache_ttl_seconds: float = Field(default=300.0, gt=0)


class RightsSettings(BaseModel):
    jurisdiction: Literal["gdpr", "ccpa"] = Field(
        default="gdpr", description="whose deadlines the request register applies"
    )
    export_dir: str = Field(default="exports", description="relative to data_dir")
    export_ttl_hours: float = Field(default=72.0, gt=0, description="export files expire")
    download_token_minutes: float = Field(default=15.0, gt=0)


class RetentionSettings(BaseModel):
    scheduler: bool = Field(
        default=True, description="run retention passes inside `veil serve` (never in tests)"
    )
    interval_seconds: float = Field(default=3600.0, ge=1)
    batch_size: int = Field(default=5000, ge=1, le=100_000)
    inactive_account_months: int = Field(default=24, ge=1)


class BuiltinLLMSettings(BaseModel):
    delay_seconds: float = Field(
        default=0.0, ge=0.0, le=2.0, description="pause between streamed words (demos only)"
    )


class OpenAILLMSettings(BaseModel):
    base_url: str = Field(default="http://127.0.0.1:8080/v1", description="ends in /v1")
    api_key: SecretStr | None = None
    model: str = "default"
    connect_timeout_seconds: float = Field(default=5.0, gt=0)
    read_timeout_seconds: float = Field(
        default=60.0, gt=0, description="longest wait for the next byte, first token included"
    )
    max_retries: int = Field(default=2, ge=0, le=10)
    backoff_seconds: float = Field(default=0.25, ge=0)
    backoff_max_seconds: float = Field(default=4.0, ge=0)
    max_connections: int = Field(default=100, ge=1)
    local: bool = Field(
        default=False, description="the server runs on this machine: no PII shield needed"
    )


class LlamaCppLLMSettings(BaseModel):
    model_path: str | None = Field(default=None, description="path to a .gguf file")
    n_ctx: int = Field(default=4096, ge=256)
    n_threads: int | None = Field(default=None, ge=1)
    n_gpu_layers: int = Field(default=0, ge=-1)
    chat_format: str | None = None


class LLMSettings(BaseModel):
    backend: str = Field(default="builtin", description="builtin, openai, llamacpp or a plug-in")
    builtin: BuiltinLLMSettings = BuiltinLLMSettings()
    openai: OpenAILLMSettings = OpenAILLMSettings()
    llamacpp: LlamaCppLLMSettings = LlamaCppLLMSettings()
    plugins: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="settings of third-party backends, by name"
    )

    def section(self, name: str) -> BaseModel | dict[str, Any]:
        """The settings of the backend called ``name``."""
        built_in: dict[str, BaseModel] = {
            "builtin": self.builtin,
            "openai": self.openai,
            "llamacpp": self.llamacpp,
        }
        return built_in.get(name) or self.plugins.get(name, {})


class BackupSettings(BaseModel):
    directory: str = Field(
        default="backups", description="where `veil backup create` writes (relative: data_dir)"
    )
    journal_file: str = Field(
        default="erasure-journal.jsonl",
        description="erasure journal copy that restores never roll back (relative: data_dir); "
        "keep it on storage that outlives the database and its backups",
    )
    pg_dump: str | None = Field(default=None, description="pg_dump binary (default: search)")
    psql: str | None = Field(default=None, description="psql binary (default: search)")


class AuditSettings(BaseModel):
    checkpoint_every: int = Field(
        default=1000, ge=0, description="sign a checkpoint every N audit records (0: never)"
    )


class ChatSettings(BaseModel):
    pii_shield: Literal["auto", "on", "off"] = Field(
        default="auto", description="auto: on for model backends that are not on this machine"
    )
    history_turns: int = Field(default=20, ge=1, le=1000, description="turns read for context")
    context_tokens: int = Field(default=4096, ge=512, description="the model's window")
    reply_tokens: int = Field(default=512, ge=16, description="kept free for the reply")
    max_message_chars: int = Field(default=8000, ge=1, le=100_000)
    incognito_ttl_seconds: float = Field(default=3600.0, gt=0)
    incognito_max_subjects: int = Field(default=10_000, ge=1)
    incognito_max_conversations: int = Field(default=20, ge=1)
    incognito_max_messages: int = Field(default=400, ge=2)


class LogSettings(BaseModel):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    json_format: bool = Field(default=False, alias="json")


class RateLimitSettings(BaseModel):
    store: Literal["memory", "redis"] = Field(
        default="memory", description="memory (one process) or redis (several processes)"
    )
    redis_url: SecretStr = SecretStr("redis://127.0.0.1:6379/0")
    login_per_username: int = Field(default=10, ge=1, description="failed sign-ins per window")
    login_per_address: int = Field(default=30, ge=1, description="failed sign-ins per window")
    login_window_seconds: int = Field(default=900, ge=1)
    signup_per_address: int = Field(default=10, ge=1, description="sign-ups per window")
    signup_window_seconds: int = Field(default=3600, ge=1)
    recovery_per_username: int = Field(default=5, ge=1, description="failed recoveries per window")
    recovery_window_seconds: int = Field(default=3600, ge=1)


class AccountSettings(BaseModel):
    session_idle_seconds: int = Field(default=12 * 3600, ge=60)
    session_absolute_seconds: int = Field(default=7 * 86400, ge=60)
    token_idle_seconds: int = Field(default=90 * 86400, ge=60)
    token_absolute_seconds: int = Field(default=365 * 86400, ge=60)
    age_verifier: str = Field(default="attestation", description="age verifier plug-in name")
    max_retention_days: int | None = Field(
        default=None, ge=1, description="platform cap on message retention; none allows keep"
    )
    default_retention_days: int | None = Field(
        default=90, ge=1, description="retention of a new account; none means keep"
    )
    rate_limit: RateLimitSettings = RateLimitSettings()
    cache_seconds: float = Field(
        default=2.0,
        ge=0,
        le=60,
        description=(
            "how late a change made by another process (revocation, suspension, erasure, "
            "consent withdrawal, restriction) may be seen by this one; changes made in this "
            "process are seen at once; 0 reads the database on every request"
        ),
    )


class Settings(BaseSettings):
    """Every setting Veil reads. Secrets are ``SecretStr`` and print masked."""

    model_config = SettingsConfigDict(
        env_prefix="VEIL_",
        env_nested_delimiter="__",
        extra="forbid",
        populate_by_name=True,
    )

    data_dir: Path = Path("./var")
    environment: Literal["production", "development", "test"] = "production"
    server: ServerSettings = ServerSettings()
    database: DatabaseSettings = DatabaseSettings()
    keys: KeySettings = KeySettings()
    backup: BackupSettings = BackupSettings()
    audit: AuditSettings = AuditSettings()
    log: LogSettings = LogSettings()
    rights: RightsSettings = RightsSettings()
    retention: RetentionSettings = RetentionSettings()
    llm: LLMSettings = LLMSettings()
    accounts: AccountSettings = AccountSettings()
    chat: ChatSettings = ChatSettings()

    @property
    def database_url(self) -> str:
        if self.database.url:
            return self.database.url
        return f"sqlite:///{(self.data_dir / 'veil.db').resolve()}"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = _config_file()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_file))
        return tuple(sources)


def _config_file() -> Path | None:
    named = os.environ.get(CONFIG_FILE_ENV)
    if named:
        return Path(named)
    default = Path(DEFAULT_CONFIG_FILE)
    return default if default.is_file() else None


def load_settings(**overrides: Any) -> Settings:
    """Build the settings, or raise ``ConfigurationError`` naming the first bad setting."""
    config_file = _config_file()
    if config_file is not None and not config_file.is_file():
        raise ConfigurationError(f"{CONFIG_FILE_ENV}: no such file: {config_file}")
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigurationError(_first_problem(exc)) from exc
    except (tomllib.TOMLDecodeError, OSError) as exc:
        raise ConfigurationError(f"config file {config_file}: {exc}") from exc


def _first_problem(exc: ValidationError) -> str:
    error = exc.errors()[0]
    location = ".".join(str(part) for part in error["loc"]) or "settings"
    env_name = "VEIL_" + "__".join(str(part).upper() for part in error["loc"])
    return f"setting {location} ({env_name}): {error['msg']}"


def masked(settings: Settings) -> dict[str, Any]:
    """The effective settings as plain data, with every secret replaced by ``**********``."""
    data = settings.model_dump(mode="json", by_alias=True)
    data["database_url"] = _mask_url(settings.database_url)
    if settings.database.url:
        data["database"]["url"] = _mask_url(settings.database.url)
    return data


def _mask_url(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:**********@{host}" if ":" in credentials else url
