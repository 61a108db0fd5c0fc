from __future__ import annotations

import veil


def test_public_surface_is_pinned() -> None:
    assert sorted(veil.__all__) == sorted(["__version__"])
