from __future__ import annotations

from collections.abc import Callable

from veil.cli.serve import retention_scheduler
from veil.config import Settings
from veil.runtime import build


def test_the_scheduler_is_off_in_tests_and_when_disabled(
    settings_factory: Callable[..., Settings],
) -> None:
    for overrides in ({}, {"environment": "production", "retention": {"scheduler": False}}):
        runtime = build(settings_factory(**overrides))
        assert retention_scheduler(runtime) is None
        runtime.close()
    runtime = build(settings_factory(environment="production", retention={"interval_seconds": 5}))
    scheduler = retention_scheduler(runtime)
    assert scheduler is not None and not scheduler.running
    runtime.close()
