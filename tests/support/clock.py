"""A fake clock for the login throttles (see ``rus_data.access.throttle``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from rus_data.access import throttle


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@contextmanager
def login_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    """Every throttle without a clock of its own reads this fake one, and the process-wide
    counts start (and end) empty."""
    clock = FakeClock()
    monkeypatch.setattr(throttle, "monotonic", clock)
    throttle.reset_process_throttles()
    try:
        yield clock
    finally:
        throttle.reset_process_throttles()
