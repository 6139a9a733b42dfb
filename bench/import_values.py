"""Benchmark: import one million indicator values from CSV; prints rows per second and memory.

    python bench/import_values.py            # 1 000 000 rows
    python bench/import_values.py --rows 200000

Builds a reference-only database in a temporary folder, defines 20 indicators through an
indicator-definitions import, writes a semicolon CSV with decimal commas, then times the full
import (read, validate every row, check duplicates against the database, write in one
transaction on a copy and swap it in). Peak memory is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from rus_data.build.database import build_database
from rus_data.imports.issues import ImportRejected
from rus_data.imports.reading import read_table
from rus_data.imports.service import FileImport, import_file
from rus_data.reference.regions import regions

YEARS = np.arange(1970, 2025)
GENDERS = np.array(["T", "K", "M"])


def _indicators(rows: int) -> list[str]:
    """Enough indicators (20 or more) for ``rows`` unique rows over every region, year, gender."""
    per_indicator = len(regions()) * len(YEARS) * len(GENDERS)
    return [f"bench_{n:02d}" for n in range(max(20, -(-rows // per_indicator)))]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _definitions(indicators: list[str]) -> bytes:
    header = "id;name_sv;name_en;unit;unit_en;better;finest_level;aggregation\n"
    rows = "".join(f"{i};Mått {i};Measure {i};ton;tonnes;lower;kommun;sum\n" for i in indicators)
    return (header + rows).encode()


def _values_csv(rows: int) -> bytes:
    codes = regions()["code"].to_numpy()
    indicators = _indicators(rows)
    grid = np.array(
        np.meshgrid(np.arange(len(indicators)), np.arange(len(codes)), YEARS, [0, 1, 2]),
    ).reshape(4, -1)[:, :rows]
    rng = np.random.default_rng(7)
    frame = pd.DataFrame(
        {
            "indicator_id": np.array(indicators)[grid[0]],
            "region_code": codes[grid[1]],
            "year": grid[2],
            "value": np.round(rng.gamma(2.0, 50.0, rows), 3),
            "gender": GENDERS[grid[3]],
        }
    )
    text = frame.to_csv(sep=";", index=False, decimal=",")
    return text.encode("utf-8")


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        build_database(path, 1, progress=lambda _m: None, with_demo=False)
        import_file(path, FileImport(_definitions(_indicators(args.rows)), "bench-indikatorer.csv"))
        data = _values_csv(args.rows)
        size_mb = len(data) / 1e6
        baseline = _peak_mb()
        database_mb = path.stat().st_size / 1e6
        print(f"CSV: {args.rows:,} rows, {size_mb:.1f} MB; database {database_mb:.1f} MB")

        started = time.perf_counter()
        table = read_table(data, "bench.csv")
        read_seconds = time.perf_counter() - started
        del table

        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            result = import_file(path, FileImport(data, "bench.csv", "values"))
        except ImportRejected as rejection:
            raise SystemExit(rejection.issues.report()) from None
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
        peak = _peak_mb()
        print(f"read and parse only:  {read_seconds:.2f} s")
        print(f"full import:          {seconds:.2f} s for {result.row_count:,} rows")
        print(f"  CPU seconds:        {cpu_seconds:.2f} s (all threads of this process)")
        print(f"rows per second:      {result.row_count / seconds:,.0f}")
        print(f"peak memory (RSS):    {peak:,.0f} MB (before import {baseline:,.0f} MB)")
        print(f"database after:       {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
