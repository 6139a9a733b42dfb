"""Benchmark: import one million indicator values from CSV; prints rows per second and memory.

    python bench/import_values.py            # 1 000 000 rows
    python bench/import_values.py --rows 3000000   # the target: 200 000 rows/s, < 600 MB

Builds a reference-only database in a temporary folder, defines 20 indicators (more for
more rows) through an indicator-definitions import, writes a semicolon CSV with decimal commas,
then times the full import (read, validate every row, check duplicates against the database,
write in one transaction on a copy and swap it in) in a fresh process. Peak memory is that
process's maximum resident set size; times are wall seconds and the process's CPU seconds
(the machine may be shared).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import tempfile
import time
from multiprocessing import Queue
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
    """This process's peak resident set size. Linux's ``VmHWM`` starts anew in a spawned
    process; ``ru_maxrss`` would carry the parent's peak over ``exec``."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
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


def _import_in_fresh_process(database: str, csv_file: str, answer: Queue) -> None:
    """Import ``csv_file`` in this (spawned) process and put its figures on ``answer``: the
    peak memory is then the import's, not that of the process that made the file."""
    data = Path(csv_file).read_bytes()
    baseline = _peak_mb()
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        result = import_file(Path(database), FileImport(data, "bench.csv", "values"))
    except ImportRejected as rejection:
        answer.put(rejection.issues.report())
        return
    answer.put(
        {
            "seconds": time.perf_counter() - started,
            "cpu": time.process_time() - cpu_started,
            "rows": result.row_count,
            "peak": _peak_mb(),
            "baseline": baseline,
        }
    )


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
        csv_file = Path(folder) / "bench.csv"
        csv_file.write_bytes(data)
        size_mb, database_mb = len(data) / 1e6, path.stat().st_size / 1e6
        print(f"CSV: {args.rows:,} rows, {size_mb:.1f} MB; database {database_mb:.1f} MB")

        started = time.perf_counter()
        table = read_table(data, "bench.csv")
        read_seconds = time.perf_counter() - started
        del table, data

        spawn = multiprocessing.get_context("spawn")
        answer = spawn.Queue()
        worker = spawn.Process(
            target=_import_in_fresh_process, args=(str(path), str(csv_file), answer)
        )
        worker.start()
        figures = answer.get()
        worker.join()
        if isinstance(figures, str):
            raise SystemExit(figures)
        print(f"read and parse only:  {read_seconds:.2f} s")
        print(f"full import:          {figures['seconds']:.2f} s for {figures['rows']:,} rows")
        print(
            f"  CPU seconds:        {figures['cpu']:.2f} s (all threads of the importing process)"
        )
        print(f"rows per second:      {figures['rows'] / figures['seconds']:,.0f}")
        print(
            f"peak memory (RSS):    {figures['peak']:,.0f} MB of the importing process "
            f"({figures['baseline']:,.0f} MB with the file read, before the import)"
        )
        print(f"database after:       {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
