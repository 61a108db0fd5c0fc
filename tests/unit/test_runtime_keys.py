"""The runtime builds the configured key provider, or stops start-up."""

from __future__ import annotations

from importlib.metadata import EntryPoint
from pathlib import Path
from typing import Any

import pytest

from veil.config import Settings
from veil.crypto import keys as key_registry
from veil.crypto.keys import ProviderContext
from veil.crypto.keys.local import LocalKeyProvider
from veil.domain.errors import KeyProviderError
from veil.runtime import build_key_provider


def settings(tmp_path: Path, provider: str = "local") -> Settings:
    return Settings(data_dir=tmp_path, keys={"provider": provider})


def test_builds_the_local_provider(tmp_path: Path) -> None:
    assert isinstance(build_key_provider(settings(tmp_path)), LocalKeyProvider)


def test_a_failing_factory_stops_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(context: ProviderContext) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setitem(key_registry.BUILTIN, "broken", broken)
    with pytest.raises(KeyProviderError, match="failed to start"):
        build_key_provider(settings(tmp_path, "broken"))


def test_a_factory_that_returns_something_else_stops_start_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(key_registry.BUILTIN, "odd", lambda context: object())
    with pytest.raises(KeyProviderError, match="does not implement"):
        build_key_provider(settings(tmp_path, "odd"))


def test_an_entry_point_that_cannot_load_stops_start_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = EntryPoint("thirdparty", "no_such_module_veil:factory", key_registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(key_registry, "entry_points", lambda **kw: [broken])
    with pytest.raises(KeyProviderError, match="could not be loaded"):
        build_key_provider(settings(tmp_path, "thirdparty"))


def test_an_entry_point_factory_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    point = EntryPoint(
        "viaentry", "veil.crypto.keys.local:LocalKeyProvider.from_context", "veil.key_providers"
    )
    monkeypatch.setattr(key_registry, "entry_points", lambda **kw: [point])
    assert isinstance(build_key_provider(settings(tmp_path, "viaentry")), LocalKeyProvider)
