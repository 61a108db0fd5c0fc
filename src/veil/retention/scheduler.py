"""Runs retention passes periodically in a background thread (inside ``veil serve``)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger("veil.retention.scheduler")


class RetentionScheduler:
    """Calls ``run_pass`` every ``interval`` seconds until ``stop()``; a failing pass is
    logged (type only) and retried at the next interval."""

    def __init__(self, run_pass: Callable[[], object], interval: float) -> None:
        self._run_pass = run_pass
        self._interval = interval
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._loop, name="veil-retention", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        while not self._stopping.is_set():
            try:
                self._run_pass()
            except Exception as exc:  # keep the server up; the next pass retries
                log.error("retention pass failed (%s)", type(exc).__name__)
            self._stopping.wait(self._interval)
