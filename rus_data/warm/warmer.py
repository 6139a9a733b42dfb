"""Rendering the popular views in served processes: at start, and after the database changes.

Which views, how the result reads, and the watcher of the database file live here; the
websocket sessions that rerun the views run in a child process (:mod:`ui.warm`), since they
speak Streamlit's protocol. A view that fails or a process that does not answer is counted
and left: warming is an optimisation, and a page's errors show to its users as always.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rus_data.config import PROJECT_ROOT
from rus_data.db.readers import database_version
from rus_data.warm.popular import View, popular_views

# Pages warmed with their default view when the views file holds fewer than asked for.
DEFAULT_PAGES = ("overview", "map", "trends", "peers", "conflicts")
RERUN_TIMEOUT = 120.0  # seconds a rerun may take before its process counts as not answering


@dataclass(frozen=True)
class WarmReport:
    """What warming one process did."""

    url: str
    views: int  # reruns that finished
    failed: int  # of those, reruns that showed an exception
    seconds: float
    unreachable: bool = False


def views_to_warm(path: Path, limit: int) -> list[View]:
    """The ``limit`` most opened views in the views file, then the default pages' views."""
    if limit <= 0:
        return []
    views = popular_views(path, limit)
    for page in DEFAULT_PAGES:
        if len(views) >= limit:
            break
        if View(page) not in views:
            views.append(View(page))
    return views


def warm_in_child(
    urls: list[str], views_path: Path, limit: int, seconds: float
) -> list[WarmReport]:
    """Warm the processes at ``urls`` with the ``limit`` views to warm, each for at most
    ``seconds``, by :mod:`ui.warm` in a child process; its reports (none if it failed)."""
    command = [sys.executable, "-m", "ui.warm", "--views-file", str(views_path)]
    command += ["--limit", str(limit), "--seconds", str(seconds)]
    for url in urls:
        command += ["--url", url]
    try:
        done = subprocess.run(
            command,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=seconds + RERUN_TIMEOUT + 60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [WarmReport(url, 0, 0, seconds, unreachable=True) for url in urls]
    reports = []
    for line in done.stdout.splitlines():
        try:
            reports.append(WarmReport(**json.loads(line)))
        except (ValueError, TypeError):
            continue
    return reports


def describe(reports: list[WarmReport]) -> str:
    """One Swedish line on what warming did."""
    if not reports:
        return "förvärmning: inga vyer att värma"
    views = sum(r.views for r in reports)
    slowest = max(r.seconds for r in reports)
    line = f"förvärmning: {views} vyer i {len(reports)} processer på {slowest:.1f} s"
    failed = sum(r.failed for r in reports)
    unreachable = [r.url for r in reports if r.unreachable]
    if failed:
        line += f"; {failed} vyer visade ett fel"
    if unreachable:
        line += f"; svarade inte: {', '.join(unreachable)}"
    return line


class VersionWatcher(threading.Thread):
    """Warms the processes again whenever the database file at ``database`` is replaced (an
    import swaps in a new file): every process then starts on the new version with empty
    caches, and the popular views are rendered at once instead of by their first users."""

    def __init__(
        self,
        database: Path,
        warm: Callable[[], list[WarmReport]],
        report: Callable[[str], None] = print,
        interval: float = 2.0,
    ) -> None:
        super().__init__(name="rus-warm-watcher", daemon=True)
        self.database = Path(database)
        self.warm = warm
        self.report = report
        self.interval = interval
        self.stopped = threading.Event()
        self.warmings = 0

    def _version(self) -> str | None:
        try:
            return database_version(self.database)
        except OSError:  # between an import's unlink and rename, or no file yet
            return None

    def run(self) -> None:
        """Poll the file's version; warm after each change."""
        seen = self._version()
        while not self.stopped.wait(self.interval):
            version = self._version()
            if version is None or version == seen:
                continue
            seen = version
            self.report("databasen har bytts; " + describe(self.warm()))
            self.warmings += 1

    def stop(self) -> None:
        """End the thread after its current poll or warming."""
        self.stopped.set()
