"""Veil: a self-hostable, privacy-first platform for intimate AI companion chat.

The library surface is deliberately small; everything else is reached through
``veil.runtime.build(settings)``.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
