"""Benchmark database at national scale: build it once (or reuse it) and print its figures.

The demo database plus 292 synthetic indicators with a value for every region in every year
1989–2024 (≈3.4 M values). Built into ``$RUS_BENCH_CACHE`` (default: the system's temporary
folder), outside git, and reused while its shape is unchanged. Every page benchmark runs on it
with ``--db national`` (or ``RUS_BENCH_DB=national``).
Run: ``python bench/national_database.py [--rebuild]``
"""

from __future__ import annotations

import argparse
import time

from common import bench_cache

from rus_data.build.national import NationalShape, national_database
from rus_data.db.connect import connect


def main() -> None:
    """Build (or find) the national-scale database and print its build time, size and rows."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rebuild", action="store_true", help="build it again even if present")
    args = parser.parse_args()
    shape = NationalShape()
    path = bench_cache() / f"rus-bench-national-{shape.tag}.duckdb"
    if args.rebuild:
        path.unlink(missing_ok=True)
    started = time.perf_counter()
    path = national_database(bench_cache(), shape)
    seconds = time.perf_counter() - started
    with connect(path, read_only=True) as connection:
        values, indicators = connection.execute(
            "SELECT (SELECT count(*) FROM indicator_value), (SELECT count(*) FROM indicator)"
        ).fetchone()
    print(f"national-scale database: {path}")
    print(f"  build (or reuse) time {seconds:.1f} s, size {path.stat().st_size / 1e6:.0f} MB")
    print(f"  {indicators} indicators, {values:,} values".replace(",", " "))


if __name__ == "__main__":
    main()
