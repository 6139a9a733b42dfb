"""The watcher warms the processes again when the database file is replaced, once per new
version, and not while the file stays as it is."""

from __future__ import annotations

import os
import time
from pathlib import Path

from rus_data.warm.warmer import VersionWatcher, WarmReport


def _wait(condition, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_a_replaced_file_is_warmed_once(tmp_path: Path) -> None:
    database = tmp_path / "rus.duckdb"
    database.write_bytes(b"one")
    calls: list[str] = []
    said: list[str] = []

    def warm() -> list[WarmReport]:
        calls.append(database.read_text())
        return [WarmReport("http://127.0.0.1:1", 3, 0, 0.5)]

    watcher = VersionWatcher(database, warm, said.append, interval=0.02)
    watcher.start()
    try:
        time.sleep(0.2)
        assert calls == []  # the same file: nothing to warm
        copy = tmp_path / ".rus.duckdb.importing"
        copy.write_bytes(b"two, a new version")
        os.replace(copy, database)  # as an import swaps its copy in
        assert _wait(lambda: calls == ["two, a new version"])
        time.sleep(0.2)
        assert calls == ["two, a new version"]  # once per version
        assert said == ["databasen har bytts; förvärmning: 3 vyer i 1 processer på 0.5 s"]
    finally:
        watcher.stop()
        watcher.join(timeout=5)
    assert not watcher.is_alive()


def test_a_missing_file_for_a_moment_is_no_new_version(tmp_path: Path) -> None:
    database = tmp_path / "rus.duckdb"
    calls: list[int] = []
    watcher = VersionWatcher(database, lambda: calls.append(1) or [], lambda _t: None, 0.02)
    watcher.start()
    try:
        time.sleep(0.1)
        database.write_bytes(b"now there")
        assert _wait(lambda: calls == [1])
    finally:
        watcher.stop()
        watcher.join(timeout=5)
