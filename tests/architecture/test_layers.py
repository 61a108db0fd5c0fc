"""The import contract of STYLE.md, checked with ``ast`` so it cannot erode."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "veil"

L3A = {"accounts", "consent", "system"}
L3B = {"chat", "rights", "retention", "training", "analytics", "compliance"}
LIBS = {"domain", "crypto", "privacy", "llm"}
BELOW_SERVICES = {"domain", "crypto", "privacy", "llm", "store", "audit"}

# package -> packages inside veil it may import (itself always allowed)
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "config": {"domain"},
    "logs": set(),
    "crypto": {"domain"},
    "privacy": {"domain"},
    "llm": {"domain"},
    "store": {"domain", "crypto"},
    "audit": {"domain", "crypto", "store"},
    **{name: BELOW_SERVICES | {"config"} for name in L3A},
    **{name: BELOW_SERVICES | {"config"} | L3A for name in L3B},
    "runtime": BELOW_SERVICES | L3A | L3B | {"config", "logs"},
    "api": {"runtime", "config", "logs", "domain", "privacy", "__init__"} | L3A | L3B,
    "web": {"runtime", "config", "logs", "domain", "privacy", "api", "__init__"} | L3A | L3B,
    "cli": {"runtime", "config", "logs", "domain", "privacy", "api", "__init__"} | L3A | L3B,
    "__main__": {"cli"},
    "__init__": set(),
}

# third-party module -> veil packages (or package/module paths) allowed to import it
THIRD_PARTY: dict[str, tuple[str, ...]] = {
    "fastapi": ("api", "web"),
    "starlette": ("api", "web"),
    "typer": ("cli",),
    "rich": ("cli",),
    "sqlalchemy": ("store", "audit"),
    "alembic": ("store",),
    "cryptography.hazmat": ("crypto/aead.py", "crypto/signing.py", "crypto/keys"),
    "httpx": ("llm", "crypto/keys/vault.py"),
    "uvicorn": ("cli",),
}


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _owner(path: Path) -> str:
    parts = path.relative_to(SRC).parts
    return parts[0].removesuffix(".py")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            found.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _veil_target(name: str) -> str | None:
    if name == "veil" or not name.startswith("veil."):
        return None
    target = name.split(".")[1]
    if (SRC / target).is_dir() or (SRC / f"{target}.py").is_file():
        return target
    return "__init__"  # a name defined in veil/__init__.py, such as __version__


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_downward(path: Path) -> None:
    owner = _owner(path)
    allowed = ALLOWED.get(owner)
    assert allowed is not None, f"{owner} is not placed in a layer; add it to ALLOWED"
    bad = {
        target
        for name in _imports(path)
        if (target := _veil_target(name)) and target != owner and target not in allowed
    }
    if owner in L3B:
        bad |= {t for t in (_veil_target(n) for n in _imports(path)) if t in L3B - {owner}}
    assert not bad, f"{path.relative_to(SRC)} imports upward or sideways: {sorted(bad)}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_third_party_stays_in_its_layer(path: Path) -> None:
    relative = path.relative_to(SRC).as_posix()
    for name in _imports(path):
        for module, places in THIRD_PARTY.items():
            if name == module or name.startswith(module + "."):
                assert relative.startswith(places), f"{relative} imports {module}"


def test_no_function_level_imports_in_src() -> None:
    offenders = []
    for path in _modules():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
                if inner and not _is_guarded_optional(path):
                    offenders.append(f"{path.relative_to(SRC)}:{node.name}")
    assert not offenders, offenders


def _is_guarded_optional(path: Path) -> bool:
    # Optional extras (vault, llamacpp, spaCy) are imported where used, by design (STYLE 16).
    return path.name in {"vault.py", "llamacpp.py", "ner.py", "redis_limits.py"}


def test_domain_imports_no_frameworks() -> None:
    for path in (SRC / "domain").rglob("*.py"):
        for name in _imports(path):
            root = name.split(".")[0]
            assert root in _STDLIB or root == "veil", f"{path.name} imports {name}"


_STDLIB = {
    "__future__", "abc", "collections", "dataclasses", "datetime", "enum", "functools",
    "hashlib", "itertools", "json", "math", "os", "re", "secrets", "string", "threading",
    "time", "typing", "unicodedata", "uuid", "base64", "bisect", "statistics", "random",
}  # fmt: skip
