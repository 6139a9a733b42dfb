"""Benchmark: a small import (one indicator, every region, one year: 312 rows) into a large
database, end to end, with where the time goes.

Runs on a copy of the chosen database (``--db national`` for the national-scale one). Prints
the import's seconds, and beside it the two costs that grow with the database: copying the
file (the import writes a copy and swaps it in, so readers never see half an import) and
rebuilding the summary tables (:mod:`rus_data.db.summaries`): all of them, as a build does,
and finding the indicators a write changed, as an import does before it rebuilds theirs.
Target: under 2 s at national scale.
Run: ``python bench/import_small.py [--db national] [--runs 3]``
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from common import count_option, demo_database

from rus_data.db.connect import connect
from rus_data.db.summaries import newest_source, refresh_changed, refresh_summaries
from rus_data.imports.service import FileImport, import_file
from rus_data.reference.regions import regions


def _csv(year: int) -> bytes:
    rows = [
        f"ghg_emissions_per_capita;{code};{year};{3 + n % 7},{n % 10};T"
        for n, code in enumerate(regions()["code"])
    ]
    return ("indicator_id;region_code;year;value;gender\n" + "\n".join(rows) + "\n").encode()


def main() -> None:
    """Import 312 rows ``--runs`` times (a new year each time) and print the figures."""
    runs = count_option("runs", 3)
    with tempfile.TemporaryDirectory() as folder:
        path = demo_database(folder, "rus.duckdb")
        size = path.stat().st_size / 1e6
        imports, cpu, copies, summaries, partial = [], [], [], [], []
        for run in range(runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            result = import_file(path, FileImport(_csv(2030 + run), f"liten-{run}.csv", "values"))
            imports.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            started = time.perf_counter()
            shutil.copyfile(path, Path(folder) / "copy.duckdb")
            copies.append(time.perf_counter() - started)
            with connect(Path(folder) / "copy.duckdb") as connection:
                started = time.perf_counter()
                connection.execute("BEGIN TRANSACTION")
                refresh_summaries(connection)
                connection.execute("ROLLBACK")
                summaries.append(time.perf_counter() - started)
                started = time.perf_counter()
                connection.execute("BEGIN TRANSACTION")
                refresh_changed(connection, newest_source(connection))
                connection.execute("ROLLBACK")
                partial.append(time.perf_counter() - started)
        print(f"database {size:.0f} MB; {result.row_count} rows per import, {runs} imports")
        print(f"  import, end to end   median {statistics.median(imports):.2f} s")
        print(f"  CPU of this process  median {statistics.median(cpu):.2f} s")
        print(f"  file copy            median {statistics.median(copies):.2f} s")
        print(f"  summaries, all rows  median {statistics.median(summaries):.2f} s (the build)")
        print(f"  summaries, changed   median {statistics.median(partial):.2f} s (an import: find")
        print("                       the changed indicators; here none, as after a no-op)")


if __name__ == "__main__":
    main()
