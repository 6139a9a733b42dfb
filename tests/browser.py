"""Helpers for real-browser tests: serve the app with ``streamlit run`` and drive Chromium.

Chromium comes from Debian (``/usr/bin/chromium``); Playwright cannot download browsers here.
Without Chromium the browser tests are skipped, unless ``RUS_REQUIRE_BROWSER=1`` (as in CI),
where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from rus_data.config import PROJECT_ROOT

CHROMIUM = os.environ.get("RUS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def require_chromium() -> None:
    """Skip (or fail in CI) when Chromium is not installed."""
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return
    message = f"Chromium saknas ({CHROMIUM}); installera Debians paket chromium"
    if os.environ.get("RUS_REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    """A TCP port on localhost that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served_app(database: Path) -> Iterator[str]:
    """Run ``streamlit run app.py`` on a free port until the block ends; yield its base URL."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(PROJECT_ROOT / "app.py"),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    env = {**os.environ, "RUS_DB": str(database)}
    process = subprocess.Popen(
        command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode() if process.stdout else ""
                raise RuntimeError(f"streamlit startade inte:\n{output}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def chromium_page(width: int = 1400, height: int = 1800) -> Iterator[object]:
    """A Playwright page in headless Debian Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page
        finally:
            browser.close()


def wait_idle(page: object, timeout_ms: int = 60_000, settle_ms: int = 300) -> None:
    """Wait until the app has finished its script run and stays idle for two ``settle_ms``.

    Right after a click the app can still read "notRunning" for a moment before the rerun
    starts, and a deep link on a fresh server runs twice (see ``ui.state.view_state``);
    requiring the idle state three times, ``settle_ms`` apart, closes those races.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        page.wait_for_selector(IDLE, timeout=timeout_ms)  # type: ignore[attr-defined]
        steady = True
        for _ in range(2):
            page.wait_for_timeout(settle_ms)  # type: ignore[attr-defined]
            steady = steady and page.locator(IDLE).count() == 1  # type: ignore[attr-defined]
        if steady or time.monotonic() > deadline:
            return
