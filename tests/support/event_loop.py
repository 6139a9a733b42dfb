"""Running a coroutine from a test, whatever else runs in the test process.

Playwright's synchronous API (the browser tests' session fixture) keeps an event loop running
in the main thread for the rest of the session, and ``asyncio.run`` refuses to start under a
running loop; a thread of its own has no loop, so the coroutine runs there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def run_coroutine(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(coroutine)`` in a thread of its own; its result or its exception."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
