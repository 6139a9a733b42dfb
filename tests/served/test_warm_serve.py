"""``serve`` renders the most opened views in its processes before it lets browsers in, and
again when an import replaces the database file."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from rus_data.config import PROJECT_ROOT
from rus_data.imports.service import FileImport, import_file
from rus_data.warm.popular import View, merge_views, views_file
from tests.browser.harness import free_port


def _lines(process: subprocess.Popen) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in process.stdout:
            lines.put(line.strip())

    threading.Thread(target=read, daemon=True).start()
    return lines


def _next_warming(lines: queue.Queue[str], seconds: float = 120) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if "förvärmning" in line:
            return line
    raise AssertionError("serve said nothing of warming")


def test_serve_warms_the_popular_views_then_again_after_an_import(db_copy: Path) -> None:
    popular = [View("trends", "region=14&tr_obj=3"), View("map", "region=01")]
    merge_views(views_file(db_copy), Counter({popular[0]: 5, popular[1]: 2}))
    port = free_port()
    command = [sys.executable, "-m", "rus_data", "serve", "--workers", "1"]
    command += ["--port", str(port), "--warm-views", "4"]
    process = subprocess.Popen(
        command,
        cwd=PROJECT_ROOT,
        env={**os.environ, "RUS_DB": str(db_copy), "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        lines = _lines(process)
        started = _next_warming(lines)
        # The two popular views and two default pages, all without an error on the page.
        assert started.startswith("förvärmning: 4 vyer i 1 processer"), started
        assert "fel" not in started and "svarade inte" not in started
        text = "indicator_id;region_code;year;value\nghg_emissions_per_capita;14;2031;3,5\n"
        import_file(db_copy, FileImport(text.encode(), "ny.csv", "values"))
        again = _next_warming(lines)
        assert again.startswith("databasen har bytts; förvärmning: 4 vyer i 1 processer"), again
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
