"""Backend registry: built-ins in a dict, third parties through the ``veil.llm_backends``
entry-point group. ``runtime.py`` is the only caller that loads it.

A third-party package exposes a ``BackendPlugin`` object::

    [project.entry-points."veil.llm_backends"]
    mybackend = "my_package.veil_backend:PLUGIN"

where ``PLUGIN = BackendPlugin(name="mybackend", config_model=MyConfig, build=MyBackend)``
and its settings live under ``[llm.plugins.mybackend]``. A plug-in that cannot be imported,
that is not a ``BackendPlugin``, or whose name clashes with another fails start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from veil.domain.errors import ConfigurationError
from veil.llm.base import ChatBackend
from veil.llm.builtin import BuiltinBackend, BuiltinConfig
from veil.llm.llamacpp import LlamaCppBackend, LlamaCppConfig
from veil.llm.openai_http import OpenAIBackend, OpenAIConfig

ENTRY_POINT_GROUP = "veil.llm_backends"

ConfigT = TypeVar("ConfigT", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class BackendPlugin(Generic[ConfigT]):
    """How to build one backend: its name, its typed config and a factory."""

    name: str
    config_model: type[ConfigT]
    build: Callable[[ConfigT], ChatBackend]

    def create(self, raw: Mapping[str, Any] | BaseModel | None = None) -> ChatBackend:
        """Validate ``raw`` against the config model and build the backend."""
        values = raw.model_dump() if isinstance(raw, BaseModel) else dict(raw or {})
        try:
            config = self.config_model.model_validate(values)
        except ValidationError as exc:
            problem = exc.errors()[0]
            where = ".".join(str(part) for part in problem["loc"]) or "config"
            raise ConfigurationError(f"setting llm.{self.name}.{where}: {problem['msg']}") from exc
        return self.build(config)


BUILTIN: dict[str, BackendPlugin[Any]] = {
    "builtin": BackendPlugin("builtin", BuiltinConfig, BuiltinBackend),
    "openai": BackendPlugin("openai", OpenAIConfig, OpenAIBackend),
    "llamacpp": BackendPlugin("llamacpp", LlamaCppConfig, LlamaCppBackend),
}


def load_plugins(
    discovered: Iterable[EntryPoint] | None = None,
) -> dict[str, BackendPlugin[Any]]:
    """The built-ins plus every installed plug-in; any broken plug-in is an error."""
    plugins = dict(BUILTIN)
    found = entry_points(group=ENTRY_POINT_GROUP) if discovered is None else discovered
    for entry in found:
        try:
            plugin = entry.load()
        except Exception as exc:
            raise ConfigurationError(
                f"model backend plug-in {entry.name!r} failed to load"
            ) from exc
        if not isinstance(plugin, BackendPlugin):
            raise ConfigurationError(f"model backend plug-in {entry.name!r} is not a BackendPlugin")
        if plugin.name != entry.name or plugin.name in plugins:
            raise ConfigurationError(f"model backend plug-in {entry.name!r} has a clashing name")
        plugins[plugin.name] = plugin
    return plugins


def create_backend(
    name: str,
    config: Mapping[str, Any] | BaseModel | None = None,
    plugins: Mapping[str, BackendPlugin[Any]] | None = None,
) -> ChatBackend:
    """Build the backend called ``name`` from its config, or fail with ``ConfigurationError``."""
    available = BUILTIN if plugins is None else plugins
    plugin = available.get(name)
    if plugin is None:
        known = ", ".join(sorted(available))
        raise ConfigurationError(f"setting llm.backend: unknown model backend {name!r} ({known})")
    return plugin.create(config)
