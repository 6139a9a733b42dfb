"""Benchmark: server-side run time of each page with Streamlit's AppTest.

Prints the first (cold) run, the median, fastest and median CPU time of warm reruns where the
caches are filled, and the median of reruns with ``st.cache_data`` cleared before each, which
is what the cache buys. On a shared machine the CPU column is the steadier figure.
Run: ``python bench/apptest_pages.py [--reruns 10] [--db national] [page ...]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

# Quiet Streamlit before it is imported.
os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")

import streamlit as st
from common import SCALE, demo_database, start_app, use_database

from rus_data.db.connect import connect
from ui.navigation import PAGES


def _timed(app) -> tuple[float, float]:
    """Wall and CPU milliseconds of one rerun. CPU time (this process: the script thread and
    AppTest's own) is what the rerun costs the server; wall time also holds any wait for a
    core on a shared machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    app.run()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def time_page(script: str, reruns: int, query: dict[str, str]) -> tuple[float, ...]:
    """Cold, warm (median, fastest, median CPU) and uncached run times of one page, in ms."""
    app = start_app(query)
    started = time.perf_counter()
    app.switch_page(script).run()
    cold = (time.perf_counter() - started) * 1000
    if app.exception:
        raise RuntimeError(f"{script}: {app.exception}")
    warm = [_timed(app) for _ in range(reruns)]
    uncached: list[float] = []
    for _ in range(reruns):
        st.cache_data.clear()
        uncached.append(_timed(app)[0])
    walls = [w for w, _ in warm]
    return (
        cold,
        statistics.median(walls),
        min(walls),
        statistics.median(c for _, c in warm),
        statistics.median(uncached),
    )


def main() -> None:
    """Time every page (or the pages named) on a fresh demo database."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--reruns", type=int, default=10)
    parser.add_argument("pages", nargs="*", help="page scripts, e.g. pages/overview/page.py")
    args = parser.parse_args()
    scripts = args.pages or [page.script for page in PAGES]
    with tempfile.TemporaryDirectory() as folder:
        path = use_database(demo_database(folder))
        with connect(path, read_only=True) as connection:
            values = connection.execute("SELECT count(*) FROM indicator_value").fetchone()[0]
        print(f"database: {SCALE}, {values:,} values, {args.reruns} reruns per case")
        print(
            f"{'page':<28} {'first run':>10} {'warm':>9} {'fastest':>9} {'warm CPU':>9} "
            f"{'no data cache':>14}"
        )
        for script in scripts:
            cold, warm, fastest, cpu, uncached = time_page(script, args.reruns, {})
            print(
                f"{script:<28} {cold:>7.0f} ms {warm:>6.0f} ms {fastest:>6.0f} ms {cpu:>6.0f} ms "
                f"{uncached:>11.0f} ms"
            )


if __name__ == "__main__":
    main()
