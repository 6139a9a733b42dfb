"""Load benchmark: many raters saving scores into one workshop session at once.

``--processes`` processes (the app served by several workers) each run ``--raters`` threads;
every rater saves ``--saves`` rounds of ``--rows`` scores (distinct pairs, a known score and
comment each) into one session, as fast as the store lets them. Then every score is read
back and checked. Prints saves per second, the median and 95th percentile of a save's time,
the errors and the scores lost (missing, or with another value than saved).

PostgreSQL (``--backend postgres``, the default) runs in a scratch schema of the server that
``--url``, ``$RUS_WORKSHOP_URL`` or ``$RUS_TEST_POSTGRES_URL`` names, dropped afterwards.
``--backend duckdb`` runs on a workshop file in a temporary folder, for comparison: there
only one process can write the file at a time.

    python bench/workshop_raters.py                      # 2 processes × 15 raters
    python bench/workshop_raters.py --backend duckdb --processes 1 --raters 30
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path

import pandas as pd

from rus_data.conflicts import workshop
from rus_data.conflicts.workshop_postgres import scratch_schema

NODES = [f"objective:{number}" for number in range(17)]
PAIRS = list(permutations(range(17), 2))  # 272 directed pairs of objectives


@dataclass
class LoadResult:
    """What a run measured and found."""

    saves: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    expected: int = 0
    stored: int = 0
    lost: int = 0


def _score(rater: int, pair: int) -> int:
    return (rater + pair) % 7 - 3


def _round(rater: int, save: int, rows: int) -> pd.DataFrame:
    records = []
    for pair in range(save * rows, (save + 1) * rows):
        source, target = PAIRS[pair]
        records.append(
            {
                "rater": f"Bedömare {rater}",
                "from_kind": "objective",
                "from_id": str(source),
                "to_kind": "objective",
                "to_id": str(target),
                "score": str(_score(rater, pair)),
                "comment": f"bedömare {rater}, par {pair}",
            }
        )
    return pd.DataFrame(records)


def _process(target: str, session: int, raters: range, saves: int, rows: int, out) -> None:
    """One serving process: a thread per rater, all starting together."""
    store = workshop.as_store(target)
    start = threading.Barrier(len(raters))
    latencies: list[float] = []
    errors: list[str] = []

    def rate(rater: int) -> None:
        start.wait()
        for save in range(saves):
            began = time.perf_counter()
            try:
                workshop.save_round(store, session, _round(rater, save, rows), NODES)
            except Exception as error:  # every error counts
                errors.append(f"{type(error).__name__}: {error}")
            else:
                latencies.append(time.perf_counter() - began)

    threads = [threading.Thread(target=rate, args=(rater,)) for rater in raters]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.put((latencies, errors))


def run_raters(target: str, processes: int, raters: int, saves: int, rows: int) -> LoadResult:
    """``processes`` × ``raters`` raters saving ``saves`` rounds of ``rows`` scores each into
    one new session of the store ``target`` (a path or a ``postgresql://`` URL)."""
    if saves * rows > len(PAIRS):
        raise ValueError(f"saves × rows may be at most {len(PAIRS)}")
    session = workshop.create_session(target, "Belastningsprov", "00")
    context = multiprocessing.get_context("spawn")  # no threads or sockets carried over
    out = context.Queue()
    workers = [
        context.Process(
            target=_process,
            args=(target, session, range(p * raters, (p + 1) * raters), saves, rows, out),
        )
        for p in range(processes)
    ]
    result = LoadResult(expected=processes * raters * saves * rows)
    began = time.perf_counter()
    for worker in workers:
        worker.start()
    for _ in workers:
        latencies, errors = out.get(timeout=600)
        result.latencies += latencies
        result.errors += errors
    result.seconds = time.perf_counter() - began
    for worker in workers:
        worker.join()
    result.saves = len(result.latencies)
    stored = workshop.session_scores(target, session)
    result.stored = len(stored)
    found = {
        (row.rater, f"{row.from_id}>{row.to_id}"): (int(row.score), row.comment)
        for row in stored.itertuples()
    }
    for rater in range(processes * raters):
        for pair in range(saves * rows):
            source, destination = PAIRS[pair]
            key = (f"Bedömare {rater}", f"{source}>{destination}")
            if found.get(key) != (_score(rater, pair), f"bedömare {rater}, par {pair}"):
                result.lost += 1
    return result


def report(name: str, result: LoadResult, processes: int, raters: int, rows: int) -> None:
    """Print the figures of one run."""
    latencies = sorted(result.latencies) or [0.0]
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
    print(f"{name}: {processes} processes × {raters} raters, rounds of {rows} scores")
    print(
        f"  saves: {result.saves} in {result.seconds:.1f} s = "
        f"{result.saves / result.seconds:.0f} saves/s "
        f"({result.saves * rows / result.seconds:.0f} scores/s; includes starting the processes)"
    )
    print(
        f"  save time: median {statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"
    )
    print(f"  errors: {len(result.errors)}")
    for error in sorted(set(result.errors))[:5]:
        print(f"    {error[:160]}")
    print(f"  stored: {result.stored} of {result.expected} scores; lost: {result.lost}")


@contextmanager
def _target(backend: str, url: str) -> Iterator[str]:
    if backend == "duckdb":
        with tempfile.TemporaryDirectory() as folder:
            yield str(Path(folder) / "workshop.duckdb")
        return
    if not url:
        sys.exit("Ange --url, RUS_WORKSHOP_URL eller RUS_TEST_POSTGRES_URL (postgresql://…).")
    with scratch_schema(url) as scratch:
        yield scratch


def main() -> None:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=("postgres", "duckdb"), default="postgres")
    parser.add_argument(
        "--url",
        default=os.environ.get("RUS_WORKSHOP_URL") or os.environ.get("RUS_TEST_POSTGRES_URL", ""),
    )
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--raters", type=int, default=15, help="raters per process")
    parser.add_argument("--saves", type=int, default=20, help="rounds each rater saves")
    parser.add_argument("--rows", type=int, default=5, help="scores per round")
    args = parser.parse_args()
    with _target(args.backend, args.url) as target:
        result = run_raters(target, args.processes, args.raters, args.saves, args.rows)
    report(args.backend, result, args.processes, args.raters, args.rows)


if __name__ == "__main__":
    main()
