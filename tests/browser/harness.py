"""What the browser tests stand on: serve the app with ``streamlit run``, find Chromium, and wait
for the app to be idle. The fixtures built on it are in ``conftest.py`` beside this file.

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
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO

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


def _wait_until_up(
    base: str, process: subprocess.Popen, log: IO[bytes], *, untouched: bool
) -> None:
    """Wait until the server is up: ``/_stcore/health`` answers 200, or with ``untouched`` its
    port accepts a TCP connection (no HTTP request is sent). Raise with its output if it dies
    or takes more than a minute."""
    host, port = base.removeprefix("http://").split(":")
    deadline = time.monotonic() + 60
    while True:
        try:
            if untouched:
                with socket.create_connection((host, int(port)), timeout=2):
                    return
            else:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            output = log.read().decode(errors="replace")
            raise RuntimeError(f"streamlit startade inte:\n{output}")
        time.sleep(0.2)


@contextmanager
def served_app(
    database: Path, env: Mapping[str, str] | None = None, *, untouched: bool = False
) -> Iterator[str]:
    """Run ``streamlit run app.py`` on a free port until the block ends; yield its base URL.

    ``env`` adds to (or overrides) this process's environment for the server. Normally the
    server counts as up once ``/_stcore/health`` answers; with ``untouched`` it counts as up
    as soon as its port accepts connections, so the caller's first request is the server's
    first HTTP request.
    """
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
    server_env = {**os.environ, **(env or {}), "RUS_DB": str(database)}
    base = f"http://127.0.0.1:{port}"
    # The output goes to a file, not a pipe: a server that serves the whole test session would
    # block once it had written a pipe's worth of log lines that nobody reads.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=server_env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            _wait_until_up(base, process, log, untouched=untouched)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_idle(page: object, timeout_ms: int = 60_000, settle_ms: int = 300) -> None:
    """Wait until the app has finished its script run and stays idle for two ``settle_ms``.

    Right after a click the app can still read "notRunning" for a moment before the rerun
    starts, and one script run can start another (a page switch, a URL written back);
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


def open_download_menu(page: object, nth: int = 0, name: str = "Ladda ner") -> None:
    """Open the ``nth`` chart's download menu (``ui.downloads.download_menu``)."""
    menu = page.get_by_role("button", name=name, exact=True).nth(nth)  # type: ignore[attr-defined]
    menu.click()
    page.locator("[data-testid='stPopoverBody']").last.wait_for()  # type: ignore[attr-defined]


def open_view(page: object, address: str, heading: str) -> None:
    """Go to ``address``, wait until the app is idle and its title is ``heading``, and check
    that the page shows no exception."""
    page.goto(address)  # type: ignore[attr-defined]
    wait_idle(page)
    page.wait_for_selector(f"h1:has-text('{heading}')")  # type: ignore[attr-defined]
    assert page.locator("[data-testid='stException']").count() == 0  # type: ignore[attr-defined]
