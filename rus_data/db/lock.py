"""The writer lock: one writer at a time per database file (build, import, sync, undo).

An advisory ``flock`` on ``.<name>.lock`` beside the database. Writers that replace the file
take it for the whole of their work, from reading the old file to moving the new one in, so
no write that reported success can be lost to another writer's swap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; a single writer is assumed there
    fcntl = None  # type: ignore[assignment]


def lock_path(path: Path) -> Path:
    """The lock file of the database at ``path``."""
    return Path(path).with_name(f".{Path(path).name}.lock")


@contextmanager
def writer_lock(path: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the writer lock of ``path``; waits for another writer, telling ``on_wait`` once."""
    if fcntl is None:
        yield
        return
    with open(lock_path(path), "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait(f"Väntar på att en annan skrivning till {path} blir klar …")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
