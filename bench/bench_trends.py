"""Server-side run time of the trends page in AppTest: first run and warm reruns.

Usage: ``python bench/bench_trends.py`` (builds a demo database in a temporary folder unless
``RUS_DB`` points at one). Prints the median of a few runs per case; no assertions.
"""

from __future__ import annotations

import os
import statistics
import time

from common import ensure_demo_database, start_app

PAGE = "pages/trends/page.py"
REPEATS = 3
CASES = {
    "objective 1, Sweden": {},
    "objective 2, county 14 + 2 areas": {"region": "14", "tr_obj": "2", "tr_cmp": "0180,12"},
    "objective 0 (10 indicators), index": {"tr_obj": "0", "tr_mode": "idx"},
}


def _time_case(query: dict[str, str]) -> tuple[float, float]:
    """Seconds of the switch to the page in a fresh AppTest, and of a rerun after it.

    Cached query results live in the process, so only the very first case runs its queries
    cold; the rest measure the page with warm data caches.
    """
    app = start_app(query)
    started = time.perf_counter()
    app.switch_page(PAGE).run()
    first = time.perf_counter() - started
    if app.exception:
        raise RuntimeError(app.exception)
    started = time.perf_counter()
    app.run()
    warm = time.perf_counter() - started
    return first, warm


def main() -> None:
    """Print the median first-run and warm-rerun time of each case."""
    ensure_demo_database()
    print(
        f"Trends page, AppTest server-side run time (median of {REPEATS}), database "
        f"{os.environ['RUS_DB']}"
    )
    for name, query in CASES.items():
        runs = [_time_case(query) for _ in range(REPEATS)]
        first = statistics.median(r[0] for r in runs)
        warm = statistics.median(r[1] for r in runs)
        print(f"  {name:<40} first run {first:5.2f} s   warm rerun {warm:5.2f} s")


if __name__ == "__main__":
    main()
