"""Server-side run time of "Jämför kommuner" in similar-municipalities mode, via AppTest.

Prints the first (cold cache) run and the median of warm reruns, plus a rerun after changing
k or a weight (which recomputes the similarity). Usage:

    RUS_DB=/tmp/bench.duckdb python -m rus_data build   # once
    RUS_DB=/tmp/bench.duckdb python bench/peers_page.py
"""

from __future__ import annotations

import statistics

from common import seconds_of, start_app

from rus_data.config import database_path
from rus_data.db.connection import ensure_database

REPEATS = 7


def main() -> None:
    """Run the page and print its server-side times in milliseconds."""
    ensure_database(database_path(), progress=lambda _m: None)
    app = start_app({"peer_mode": "similar", "peer_kommun": "1480"})
    cold = seconds_of(lambda: app.switch_page("pages/peers/page.py").run())
    assert not app.exception, app.exception
    warm = [seconds_of(app.run) for _ in range(REPEATS)]
    changed_k = [
        seconds_of(lambda k=k: app.select_slider(key="peer_k").set_value(str(k)).run())
        for k in (10, 15, 25, 30, 35)
    ]
    changed_weight = [
        seconds_of(lambda w=w: app.number_input(key="peer_w_arable_land_area").set_value(w).run())
        for w in (2.0, 3.0, 0.5, 4.0, 1.5)
    ]
    assert not app.exception, app.exception
    rows = [
        ("similar mode, first run (cold caches)", cold),
        (f"similar mode, rerun (median of {REPEATS})", statistics.median(warm)),
        ("after changing k (median of 5)", statistics.median(changed_k)),
        ("after changing a weight (median of 5)", statistics.median(changed_weight)),
    ]
    print(f"database: {database_path()}")
    for label, seconds in rows:
        print(f"{label:<42} {seconds * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
