"""The code in the docs is executed, so it cannot drift from the code it describes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


@pytest.mark.parametrize("name", ["safety.md", "adaptation.md"])
def test_python_blocks_in_docs_run(name: str) -> None:
    blocks = BLOCK.findall((DOCS / name).read_text())
    assert blocks
    for block in blocks:
        exec(compile(block, name, "exec"), {})  # noqa: S102 - our own docs
