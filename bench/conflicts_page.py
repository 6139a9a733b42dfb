"""Benchmark of the conflicts page: AppTest run time per mode, matrix arithmetic, layout, PNG.

Run from the project folder:  python bench/conflicts_page.py
Prints figures only; nothing is asserted (speed does not belong in the tests).
"""

from __future__ import annotations

import os
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from common import demo_database, seconds_of, start_app, use_database

MODES = ("matrix", "network", "influence", "ranking", "trends", "workshop")
REPEATS = 3


def _median_seconds(action: Callable[[], object], repeats: int = REPEATS) -> float:
    return statistics.median(seconds_of(action) for _ in range(repeats))


def main() -> None:
    """Build a demo database in a temporary folder and time the page and its parts."""
    folder = Path(tempfile.mkdtemp(prefix="bench_conflicts_"))
    database = use_database(demo_database(folder, "rus.duckdb"))
    os.environ["RUS_WORKSHOP_DB"] = str(folder / "workshop.duckdb")

    import vl_convert

    from rus_data.conflicts import charts
    from rus_data.conflicts import queries as queries_conflicts
    from rus_data.conflicts import tables as conflicts
    from rus_data.conflicts.matrix import influence_table, score_matrix
    from rus_data.conflicts.network import network_layout
    from rus_data.db import queries
    from rus_data.db.connect import connect

    with connect(database, read_only=True) as connection:
        nodes = queries_conflicts.interaction_nodes(connection, "sv")
        objectives = queries.objectives(connection, "sv")
        starting = queries_conflicts.interactions(connection)
    edges = conflicts.labelled_edges(
        conflicts.combined_interactions(starting, starting[:0]), nodes, "00", "sv"
    )
    keys = conflicts.influence_nodes(edges, nodes, objectives_only=False)
    matrix = score_matrix(edges, keys)
    print(f"starting set: {len(edges)} scored pairs, matrix {len(keys)} × {len(keys)} nodes")
    for order in (1, 2):
        seconds = _median_seconds(lambda o=order: influence_table(matrix, o), 10)
        print(f"influence_table order {order}: {seconds * 1000:.1f} ms")
    print(f"network_layout: {_median_seconds(lambda: network_layout(edges, nodes)) * 1000:.0f} ms")
    spec = charts.target_matrix_chart(edges, objectives, "sv", "Källa: bench").to_json()
    png_seconds = _median_seconds(lambda: vl_convert.vegalite_to_png(spec, scale=2))
    print(f"PNG of the targets matrix: {png_seconds:.2f} s")

    for mode in MODES:
        times = []
        for _ in range(REPEATS):
            app = start_app({"cf_mode": mode})
            page = app.switch_page("pages/conflicts/page.py")
            times.append(seconds_of(page.run))
            assert not app.exception, app.exception
        print(
            f"AppTest pages/conflicts/page.py cf_mode={mode:<9} "
            f"first {times[0]:.2f} s, median {statistics.median(times):.2f} s"
        )


if __name__ == "__main__":
    main()
