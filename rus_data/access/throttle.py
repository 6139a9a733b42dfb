"""Throttled login attempts: a growing delay after a few failures, a lock after many.

One :class:`LoginThrottle` counts the failures of one browser session, another (from
:func:`process_throttle`) those of every session in the process, so opening a new session does
not start the count again. :func:`attempt` checks a password against both at once. The
process-wide throttles live in this module, not in a Streamlit cache, so a client's
``clear_cache`` message cannot reset them. The clock is injectable: a throttle given none
reads :func:`monotonic` at call time, which tests replace.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass


def monotonic() -> float:
    """The clock of every throttle created without one (seconds, never going backwards)."""
    return time.monotonic()


@dataclass(frozen=True)
class ThrottlePolicy:
    """How failures slow down the next attempt.

    After ``free_failures`` failures within ``window_seconds`` the next attempt waits
    ``first_delay`` seconds after the last failure, doubling with each further failure up to
    ``max_delay``; ``lock_failures`` failures within the window lock attempts for
    ``lock_seconds`` after the last one.
    """

    free_failures: int = 3
    first_delay: float = 1.0
    max_delay: float = 30.0
    lock_failures: int = 10
    lock_seconds: float = 60.0
    window_seconds: float = 600.0


@dataclass(frozen=True)
class Attempt:
    """The outcome of one login attempt.

    ``ok``: the password was right. ``refused``: it was not even checked because an earlier
    failure still imposes a wait. ``wait_seconds``: how long until the next attempt is
    allowed (0 when it is allowed now); ``locked``: that wait is the lock, not a delay.
    """

    ok: bool
    refused: bool = False
    wait_seconds: float = 0.0
    locked: bool = False

    @property
    def whole_seconds(self) -> int:
        """The wait rounded up to whole seconds, for a message."""
        return math.ceil(self.wait_seconds)


class LoginThrottle:
    """Failed attempts of one scope (a session, or the whole process) and the wait they impose."""

    def __init__(
        self, policy: ThrottlePolicy | None = None, clock: Callable[[], float] | None = None
    ) -> None:
        self.policy = policy or ThrottlePolicy()
        self._clock = clock
        self._failures: deque[float] = deque(maxlen=max(1, self.policy.lock_failures))
        self.lock = threading.RLock()

    def now(self) -> float:
        """The throttle's clock."""
        return self._clock() if self._clock is not None else monotonic()

    def _recent(self, now: float) -> int:
        while self._failures and now - self._failures[0] > self.policy.window_seconds:
            self._failures.popleft()
        return len(self._failures)

    def wait(self, now: float | None = None) -> tuple[float, bool]:
        """Seconds until the next attempt is allowed, and whether that is the lock."""
        with self.lock:
            now = self.now() if now is None else now
            failures = self._recent(now)
            policy = self.policy
            if failures >= policy.lock_failures:
                return max(0.0, self._failures[-1] + policy.lock_seconds - now), True
            if failures >= policy.free_failures:
                extra = failures - policy.free_failures
                delay = min(policy.first_delay * 2**extra, policy.max_delay)
                return max(0.0, self._failures[-1] + delay - now), False
            return 0.0, False

    def record(self, ok: bool, now: float | None = None) -> None:
        """Count a failure, or forget every failure after a success."""
        with self.lock:
            if ok:
                self._failures.clear()
            else:
                self._failures.append(self.now() if now is None else now)

    def failures(self) -> int:
        """Failures within the window, now."""
        with self.lock:
            return self._recent(self.now())


def attempt(throttles: Sequence[LoginThrottle], verify: Callable[[], bool]) -> Attempt:
    """Check a password (``verify``) unless one of ``throttles`` still imposes a wait.

    The check and the counting happen under every throttle's lock, so sessions that try at
    the same moment cannot slip past the count. A success clears the failures of every
    throttle; a failure counts in every one, and the answer says how long the next attempt
    must wait.
    """
    with ExitStack() as held:
        for throttle in throttles:
            held.enter_context(throttle.lock)
        waits = [throttle.wait() for throttle in throttles]
        longest, locked = max(waits, default=(0.0, False))
        if longest > 0:
            return Attempt(ok=False, refused=True, wait_seconds=longest, locked=locked)
        ok = bool(verify())
        for throttle in throttles:
            throttle.record(ok)
        if ok:
            return Attempt(ok=True)
        longest, locked = max((throttle.wait() for throttle in throttles), default=(0.0, False))
        return Attempt(ok=False, wait_seconds=longest, locked=locked)


_PROCESS: dict[str, LoginThrottle] = {}
_PROCESS_LOCK = threading.Lock()


def process_throttle(scope: str, policy: ThrottlePolicy | None = None) -> LoginThrottle:
    """The process-wide throttle of ``scope`` (such as ``"admin"``), created on first use."""
    with _PROCESS_LOCK:
        if scope not in _PROCESS:
            _PROCESS[scope] = LoginThrottle(policy)
        return _PROCESS[scope]


def reset_process_throttles() -> None:
    """Forget every process-wide count (for tests, and for an operator's console)."""
    with _PROCESS_LOCK:
        _PROCESS.clear()
