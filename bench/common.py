"""What the benchmark scripts share: a database to run on, the app started in AppTest,
a timer, and the one number a script may be given on its command line.

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
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rus_data.build.database import build_database
from rus_data.build.national import national_database
from rus_data.config import DEMO_SEED, PROJECT_ROOT

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
