"""The backend registry, its entry-point group, and the settings that choose a backend."""

from __future__ import annotations

from importlib.metadata import EntryPoint
from pathlib import Path
from typing import ClassVar

import pytest
from pydantic import BaseModel

from veil.config import LLMSettings, Settings
from veil.domain.chat import Completion, GenerationRequest
from veil.domain.errors import ConfigurationError
from veil.llm.builtin import BuiltinBackend, BuiltinConfig
from veil.llm.llamacpp import LlamaCppConfig
from veil.llm.openai_http import OpenAIBackend, OpenAIConfig
from veil.llm.registry import BUILTIN, BackendPlugin, create_backend, load_plugins
from veil.runtime import Runtime, build_llm


class EchoConfig(BaseModel):
    prefix: str = ">"


class EchoBackend:
    name: ClassVar[str] = "echo"

    def __init__(self, config: EchoConfig) -> None:
        self.prefix = config.prefix

    @property
    def is_local(self) -> bool:
        return True

    async def generate(self, request: GenerationRequest) -> Completion:
        return Completion(text=self.prefix)

    async def stream(self, request: GenerationRequest):  # type: ignore[no-untyped-def]
        yield self.prefix

    async def aclose(self) -> None:
        return None


PLUGIN = BackendPlugin("echo", EchoConfig, EchoBackend)
NOT_A_PLUGIN = object()
CLASHING = BackendPlugin("builtin", EchoConfig, EchoBackend)


def _entry(name: str, attribute: str) -> EntryPoint:
    return EntryPoint(name, f"{__name__}:{attribute}", "veil.llm_backends")


def test_builtins_are_registered_by_name() -> None:
    assert set(BUILTIN) == {"builtin", "openai", "llamacpp"}
    assert isinstance(create_backend("builtin"), BuiltinBackend)
    backend = create_backend("openai", {"base_url": "https://model.example.com/v1"})
    assert isinstance(backend, OpenAIBackend)


def test_unknown_backend_and_bad_config_fail_clearly() -> None:
    with pytest.raises(ConfigurationError, match="unknown model backend 'gpt'"):
        create_backend("gpt")
    with pytest.raises(ConfigurationError, match=r"llm\.openai\.max_retries"):
        create_backend("openai", {"max_retries": -1})
    with pytest.raises(ConfigurationError, match=r"llm\.builtin\.surprise"):
        create_backend("builtin", {"surprise": True})


def test_entry_points_add_plugins() -> None:
    plugins = load_plugins([_entry("echo", "PLUGIN")])
    backend = create_backend("echo", {"prefix": "!"}, plugins)
    assert isinstance(backend, EchoBackend) and backend.prefix == "!"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (_entry("echo", "MISSING"), "failed to load"),
        (_entry("echo", "NOT_A_PLUGIN"), "not a BackendPlugin"),
        (_entry("builtin", "CLASHING"), "clashing name"),
        (_entry("other", "PLUGIN"), "clashing name"),
    ],
)
def test_broken_plugins_fail_start_up(entry: EntryPoint, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        load_plugins([entry])


def test_installed_entry_points_load() -> None:
    assert set(load_plugins()) >= set(BUILTIN)


@pytest.mark.parametrize(
    ("section", "model"),
    [("builtin", BuiltinConfig), ("openai", OpenAIConfig), ("llamacpp", LlamaCppConfig)],
)
def test_settings_sections_match_the_backend_configs(section: str, model: type[BaseModel]) -> None:
    settings_model = type(getattr(LLMSettings(), section))
    assert set(settings_model.model_fields) == set(model.model_fields)
    assert model.model_validate(LLMSettings().section(section).model_dump())  # type: ignore[union-attr]


def test_runtime_builds_the_configured_backend(tmp_path: Path) -> None:
    default = Settings(data_dir=tmp_path)
    assert isinstance(build_llm(default), BuiltinBackend)
    remote = Settings(
        data_dir=tmp_path,
        llm={
            "backend": "openai",
            "openai": {"api_key": "sk-x", "base_url": "http://h.example.com/v1"},
        },
    )
    backend = build_llm(remote)
    assert isinstance(backend, OpenAIBackend) and not backend.is_local
    assert "sk-x" not in repr(remote.llm)
    missing = Settings(data_dir=tmp_path, llm={"backend": "llamacpp"})
    with pytest.raises(ConfigurationError, match="model_path"):
        build_llm(missing)
    plugin = Settings(data_dir=tmp_path, llm={"backend": "nope", "plugins": {"nope": {}}})
    with pytest.raises(ConfigurationError, match="unknown model backend"):
        build_llm(plugin)


def test_environment_selects_the_backend(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VEIL_CONFIG", raising=False)
    monkeypatch.setenv("VEIL_LLM__BACKEND", "openai")
    monkeypatch.setenv("VEIL_LLM__OPENAI__MODEL", "llama-3.1-8b")
    monkeypatch.setenv("VEIL_LLM__OPENAI__API_KEY", "sk-env")
    settings = Settings()
    assert settings.llm.backend == "openai" and settings.llm.openai.model == "llama-3.1-8b"
    assert settings.llm.openai.api_key is not None
    assert settings.llm.openai.api_key.get_secret_value() == "sk-env"


@pytest.mark.anyio
async def test_runtime_carries_and_closes_the_backend(runtime: Runtime) -> None:
    assert isinstance(runtime.llm, BuiltinBackend)
    await runtime.aclose()
