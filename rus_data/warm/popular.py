"""Which views people open: a small file beside the database that every process adds to.

A view is a page's address name and its query string as the app wrote it to the address bar
(so only the app's own, validated parameters). Each process counts its views in memory and
merges them into ``.<database>.views.json`` now and then, under a lock; the file keeps the
:data:`KEPT_VIEWS` most opened views seen in the last :data:`KEPT_DAYS` days. Nothing in it
names a person: it holds pages and choices, with counts and when each was last opened.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory lock; a lost count matters little
    fcntl = None  # type: ignore[assignment]

KEPT_VIEWS = 300
KEPT_DAYS = 14
FLUSH_SECONDS = 30.0
MAX_QUERY_CHARS = 400
_PAGE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# The warm-up's sessions say who they are, so that their reruns are not counted as use:
# counted, every warmed view would be opened again at each warm-up and never age out.
WARM_UP_HEADER = "X-Rus-Warm-Up"


@dataclass(frozen=True, order=True)
class View:
    """One view: a page (its address name) and its query string."""

    page: str
    query: str = ""


def views_file(database: Path) -> Path:
    """The views file beside ``database``."""
    database = Path(database)
    return database.with_name(f".{database.name}.views.json")


def is_warm_up(headers: Mapping[str, str]) -> bool:
    """Whether a session's opening request (its ``headers``) came from the warm-up."""
    return any(name.lower() == WARM_UP_HEADER.lower() for name in headers)


def acceptable(view: View) -> bool:
    """Whether ``view`` may be kept: a plain page name and a bounded, printable query."""
    return bool(_PAGE.match(view.page)) and (
        len(view.query) <= MAX_QUERY_CHARS and view.query.isprintable()
    )


def _read(path: Path) -> dict[View, tuple[int, float]]:
    """The file's views with their counts and last-opened times; nothing if unreadable."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[View, tuple[int, float]] = {}
    if not isinstance(rows, list):
        return found
    for row in rows:
        try:
            view = View(str(row["page"]), str(row["query"]))
            count, seen = int(row["count"]), float(row["seen"])
        except (KeyError, TypeError, ValueError):
            continue
        if acceptable(view) and count > 0:
            found[view] = (count, seen)
    return found


def merge_views(path: Path, counts: Counter[View], now: float | None = None) -> None:
    """Add ``counts`` to the file at ``path`` (atomically, under a lock), dropping views not
    opened for :data:`KEPT_DAYS` days and all but the :data:`KEPT_VIEWS` most opened."""
    now = time.time() if now is None else now
    lock = path.with_name(path.name + ".lock")
    with open(lock, "a+") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            views = _read(path)
            for view, count in counts.items():
                if acceptable(view):
                    views[view] = (views.get(view, (0, now))[0] + count, now)
            oldest = now - KEPT_DAYS * 86400
            kept = sorted(
                ((v, c, s) for v, (c, s) in views.items() if s >= oldest),
                key=lambda item: (-item[1], -item[2], item[0]),
            )[:KEPT_VIEWS]
            rows = [{"page": v.page, "query": v.query, "count": c, "seen": s} for v, c, s in kept]
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, path)
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


def popular_views(path: Path, limit: int) -> list[View]:
    """The ``limit`` most opened views in the file at ``path``, most opened first."""
    views = _read(path)
    ranked = sorted(views.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
    return [view for view, _ in ranked[:limit]]


class ViewCounter:
    """A process's count of opened views, merged into the file every :data:`FLUSH_SECONDS`
    by the rerun that finds the time has come (no thread of its own)."""

    def __init__(self, flush_seconds: float = FLUSH_SECONDS) -> None:
        self.flush_seconds = flush_seconds
        self._counts: Counter[View] = Counter()
        self._lock = threading.Lock()
        self._last_flush = time.monotonic()

    def count(self, view: View, path: Path) -> None:
        """Count one opening of ``view``; merge into ``path`` when it is time."""
        if not acceptable(view):
            return
        with self._lock:
            self._counts[view] += 1
            due = time.monotonic() - self._last_flush >= self.flush_seconds
            if not due:
                return
            counts, self._counts = self._counts, Counter()
            self._last_flush = time.monotonic()
        with contextlib.suppress(OSError):  # a read-only folder: counting is best effort
            merge_views(path, counts)
