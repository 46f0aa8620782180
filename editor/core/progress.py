"""The Progress protocol that long work takes, and two plain implementations."""
from __future__ import annotations

import time
from typing import Protocol


class Cancelled(Exception):
    """Raised by long work between units when the user cancelled."""


class Progress(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    def report(self, done: int, total: int, message: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False


class Throttled:
    """Forwards at most one report per ``interval`` seconds (and always the last one)."""

    def __init__(self, inner: Progress, interval: float = 0.05):
        self.inner = inner
        self.interval = interval
        self._last = 0.0

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= self.interval:
            self._last = now
            self.inner.report(done, total, message)

    def cancelled(self) -> bool:
        return self.inner.cancelled()


def check(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled()
