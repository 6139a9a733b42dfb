"""Whether a served app process answers: its ``/_stcore/health`` address, over plain HTTP."""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Callable


def healthy(url: str) -> bool:
    """Whether the app at ``url`` answers ``/_stcore/health`` with 200."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
            return answer.status == 200
    except OSError:
        return False


def wait_until_healthy(url: str, timeout: float, alive: Callable[[], bool] = lambda: True) -> bool:
    """Wait until the app at ``url`` is healthy (True), ``timeout`` seconds pass or ``alive``
    says its process has ended (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and alive():
        if healthy(url):
            return True
        time.sleep(0.5)
    return False
