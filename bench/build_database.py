"""Benchmark: build the database from scratch and print time, size and row counts.

Run: ``python bench/build_database.py [--runs 3]``
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from common import count_option

from rus_data.build.database import build_database
from rus_data.config import DEMO_SEED


def main() -> None:
    """Build the database ``--runs`` times in a temporary folder and print the figures."""
    runs = count_option("runs", 3)
    seconds: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            report = build_database(Path(folder) / "bench.duckdb", DEMO_SEED, lambda _m: None)
            seconds.append(report.seconds)
    print(
        f"build time: median {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s "
        f"over {runs} runs"
    )
    print(f"database size: {report.size_bytes / 1e6:.1f} MB")
    for table, count in report.counts.items():
        print(f"  {table:<16} {count:>9}")


if __name__ == "__main__":
    main()
