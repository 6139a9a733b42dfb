"""Handing freed memory back to the system between the stages of a large import.

Arrow's memory pool keeps what its text copies freed, and glibc's allocator keeps freed heap
pages, so a process's resident size would stay at the peak of the stage before. Called
between stages, this lets the next stage reuse the room instead of growing beyond it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools

import pyarrow as pa


@functools.cache
def _malloc_trim() -> ctypes._CFuncPtr | None:
    """glibc's ``malloc_trim``, or None on a system without it (macOS, musl, Windows)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None


def give_back_memory() -> None:
    """Return the freed memory of Arrow's pool and of the C heap to the system."""
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
