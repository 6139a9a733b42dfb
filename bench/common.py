"""What the benchmark scripts share: a database to run on, the app started in AppTest or
served (``python -m rus_data serve``) and driven over its websocket as a browser does, timers,
and the one number a script may be given on its command line.

Every script runs on the demo database unless told otherwise: ``--db national`` (anywhere on
its command line) or ``RUS_BENCH_DB=national`` runs it on the national-scale database
(:mod:`rus_data.build.national`, built once into ``$RUS_BENCH_CACHE``), and ``--db PATH`` on
the database file at ``PATH``.

The scripts run as ``python bench/<script>.py``, so this module is imported as ``common``
(the script's folder comes first on ``sys.path``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rus_data.build.database import build_database
from rus_data.build.national import national_database
from rus_data.config import DEMO_SEED, PROJECT_ROOT

# The websocket session lives in the app's warm-up; the benches and tests take it from here.
from rus_data.warm.health import healthy as healthy
from rus_data.warm.health import wait_until_healthy
from ui.session_client import Rerun as Rerun
from ui.session_client import open_stream as open_stream
from ui.session_client import rerun as rerun

if TYPE_CHECKING:
    from streamlit.testing.v1 import AppTest

APP = str(PROJECT_ROOT / "app.py")


def _take_database_option() -> str:
    """The value of ``--db`` on the command line (taken out of ``sys.argv``, so that a
    script's own options parse as before), else ``$RUS_BENCH_DB``, else ``demo``."""
    arguments = sys.argv[1:]
    for position, argument in enumerate(arguments):
        if argument == "--db" and position + 1 < len(arguments):
            del sys.argv[position + 1 : position + 3]
            return arguments[position + 1]
        if argument.startswith("--db="):
            del sys.argv[position + 1]
            return argument.split("=", 1)[1]
    return os.environ.get("RUS_BENCH_DB", "demo")


SCALE = _take_database_option()


def bench_cache() -> Path:
    """Where large benchmark databases are kept between runs (outside git)."""
    return Path(os.environ.get("RUS_BENCH_CACHE", tempfile.gettempdir()))


def demo_database(folder: str | Path, name: str = "bench.duckdb") -> Path:
    """The database a script runs on, as ``folder/name``: the demo database built there,
    quietly; or, with ``--db national`` or ``--db PATH``, a copy of that database."""
    path = Path(folder) / name
    if SCALE == "demo":
        build_database(path, DEMO_SEED, progress=lambda _message: None)
        return path
    source = national_database(bench_cache()) if SCALE == "national" else Path(SCALE)
    if not source.exists():
        raise SystemExit(f"--db {SCALE}: no such database file")
    shutil.copyfile(source, path)
    return path


def use_database(path: Path) -> Path:
    """Point the app (``RUS_DB``) at ``path`` and return it."""
    os.environ["RUS_DB"] = str(path)
    return path


def ensure_demo_database(name: str = "bench.duckdb") -> Path:
    """The database ``RUS_DB`` names if it exists; otherwise a demo database built in a new
    temporary folder, which ``RUS_DB`` then names."""
    configured = os.environ.get("RUS_DB")
    if SCALE == "demo" and configured and Path(configured).exists():
        return Path(configured)
    return use_database(demo_database(tempfile.mkdtemp(), name))


def start_app(
    query: dict[str, str] | None = None,
    timeout: float = 120,
    secrets: dict[str, str] | None = None,
) -> AppTest:
    """The app in AppTest after its first run, with ``query`` in the URL and ``secrets``; a
    script then switches to the page it measures."""
    from streamlit.testing.v1 import AppTest  # imported late: scripts without it stay light

    app = AppTest.from_file(APP, default_timeout=timeout)
    for key, value in (query or {}).items():
        app.query_params[key] = value
    for key, value in (secrets or {}).items():
        app.secrets[key] = value
    app.run()
    return app


def seconds_of(action: Callable[[], object]) -> float:
    """How long ``action()`` takes, in seconds."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def count_option(name: str, default: int) -> int:
    """The script's one whole-number option ``--name`` (how many runs, reruns …)."""
    parser = argparse.ArgumentParser()
    parser.add_argument(f"--{name}", type=int, default=default)
    return getattr(parser.parse_args(), name)


def ticks_while(action: Callable[[], object]) -> tuple[float, int]:
    """Seconds ``action`` took and how often a 5 ms ticker thread ran meanwhile (a thread
    that gets no turn while ``action`` holds the GIL ticks seldom)."""
    ticks, stop = [0], threading.Event()

    def tick() -> None:
        while not stop.is_set():
            ticks[0] += 1
            time.sleep(0.005)

    thread = threading.Thread(target=tick)
    thread.start()
    started = time.perf_counter()
    try:
        action()
    finally:
        took = time.perf_counter() - started
        stop.set()
        thread.join()
    return took, ticks[0]


# --- the app served, and a session over its websocket ------------------------------------------


def server_environment() -> dict[str, str]:
    """The environment for a server on the script's database (``--db``): the national one,
    a file, or (``demo``) whatever ``RUS_DB`` already names."""
    env = dict(os.environ)
    if SCALE == "national":
        env["RUS_DB"] = str(national_database(bench_cache()))
    elif SCALE != "demo":
        env["RUS_DB"] = SCALE
    return env


def start_server(
    workers: int, port: int, env: dict[str, str], quiet: bool = False
) -> subprocess.Popen:
    """``python -m rus_data serve --workers N --port P`` in a session of its own (so that
    :func:`stop_server` ends nginx and the workers too); its output (with errors) on the
    process's ``stdout`` pipe, to be read, or dropped when ``quiet``."""
    command = [sys.executable, "-m", "rus_data", "serve", "--workers", str(workers)]
    command += ["--port", str(port)]
    output = subprocess.DEVNULL if quiet else subprocess.PIPE
    return subprocess.Popen(
        command,
        cwd=PROJECT_ROOT,
        env={**env, "PYTHONUNBUFFERED": "1"},
        start_new_session=True,
        stdout=output,
        stderr=subprocess.DEVNULL if quiet else subprocess.STDOUT,
        text=True,
    )


def stop_server(server: subprocess.Popen) -> None:
    """End the server's session (SIGTERM) and wait for it."""
    os.killpg(server.pid, 15)
    server.wait(timeout=30)


def wait_healthy(url: str, timeout: float = 120) -> None:
    """Wait until ``url`` is healthy; exit naming it after ``timeout`` seconds."""
    if not wait_until_healthy(url, timeout):
        raise SystemExit(f"{url}: no answer from /_stcore/health")
