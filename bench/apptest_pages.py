"""Benchmark: server-side run time of each page with Streamlit's AppTest.

Prints the first (cold) run, the median of warm reruns where the caches are filled, and the
median of reruns with ``st.cache_data`` cleared before each, which is what the cache buys.
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


def time_page(script: str, reruns: int, query: dict[str, str]) -> tuple[float, float, float]:
    """Cold, warm and uncached server-side run times of one page, in milliseconds."""
    app = start_app(query)
    started = time.perf_counter()
    app.switch_page(script).run()
    cold = (time.perf_counter() - started) * 1000
    if app.exception:
        raise RuntimeError(f"{script}: {app.exception}")
    warm: list[float] = []
    for _ in range(reruns):
        started = time.perf_counter()
        app.run()
        warm.append((time.perf_counter() - started) * 1000)
    uncached: list[float] = []
    for _ in range(reruns):
        st.cache_data.clear()
        started = time.perf_counter()
        app.run()
        uncached.append((time.perf_counter() - started) * 1000)
    return cold, statistics.median(warm), statistics.median(uncached)


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
        print(f"{'page':<28} {'first run':>10} {'warm':>9} {'no data cache':>14}")
        for script in scripts:
            cold, warm, uncached = time_page(script, args.reruns, {})
            print(f"{script:<28} {cold:>7.0f} ms {warm:>6.0f} ms {uncached:>11.0f} ms")


if __name__ == "__main__":
    main()
