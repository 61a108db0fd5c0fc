from __future__ import annotations

from pathlib import Path

import pytest

from veil.config import load_settings, masked
from veil.domain.errors import ConfigurationError


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("VEIL_CONFIG", "VEIL_DATA_DIR", "VEIL_SERVER__PORT", "VEIL_DATABASE__URL"):
        monkeypatch.delenv(name, raising=False)


def test_defaults_put_everything_under_var() -> None:
    settings = load_settings()
    assert settings.data_dir == Path("./var")
    assert settings.database_url.endswith("/var/veil.db")
    assert settings.server.port == 8000


def test_environment_overrides_nested_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEIL_SERVER__PORT", "9001")
    monkeypatch.setenv("VEIL_DATA_DIR", "/srv/veil")
    settings = load_settings()
    assert settings.server.port == 9001
    assert settings.database_url == "sqlite:////srv/veil/veil.db"


def test_toml_file_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "custom.toml"
    config.write_text('data_dir = "/data"\n[server]\nport = 8123\n')
    monkeypatch.setenv("VEIL_CONFIG", str(config))
    settings = load_settings()
    assert settings.server.port == 8123
    assert settings.data_dir == Path("/data")


def test_environment_wins_over_toml(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "veil.toml").write_text("[server]\nport = 8123\n")
    monkeypatch.setenv("VEIL_SERVER__PORT", "8124")
    assert load_settings().server.port == 8124


def test_invalid_value_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEIL_SERVER__PORT", "99999")
    with pytest.raises(ConfigurationError) as caught:
        load_settings()
    assert "server.port" in caught.value.detail
    assert "VEIL_SERVER__PORT" in caught.value.detail
    assert "\n" not in caught.value.detail


def test_unknown_database_scheme_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEIL_DATABASE__URL", "mysql://x@y/z")
    with pytest.raises(ConfigurationError, match="database.url"):
        load_settings()


def test_missing_config_file_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEIL_CONFIG", "/nonexistent/veil.toml")
    with pytest.raises(ConfigurationError, match="no such file"):
        load_settings()


def test_broken_toml_is_one_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "veil.toml").write_text("[server\nport = ")
    with pytest.raises(ConfigurationError, match="config file"):
        load_settings()


def test_masked_hides_secrets() -> None:
    settings = load_settings(
        database={"url": "postgresql://veil:hunter2-secret@db.example.com/veil"},
        keys={"local": {"passphrase": "correct horse battery staple"}},
    )
    shown = str(masked(settings))
    assert "hunter2-secret" not in shown
    assert "correct horse" not in shown
    assert "**********" in shown
