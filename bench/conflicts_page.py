"""Benchmark of the conflicts page: AppTest run time per mode, matrix arithmetic, layout, PNG.

Run from the project folder:  python bench/conflicts_page.py
Prints figures only; nothing is asserted (speed does not belong in the tests).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rus_data.build import build_database
from rus_data.config import DEMO_SEED, PROJECT_ROOT

MODES = ("matrix", "network", "influence", "ranking", "trends", "workshop")
REPEATS = 3


def _median_seconds(action, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Build a demo database in a temporary folder and time the page and its parts."""
    folder = Path(tempfile.mkdtemp(prefix="bench_conflicts_"))
    database = folder / "rus.duckdb"
    build_database(database, DEMO_SEED, progress=lambda _m: None)
    os.environ["RUS_DB"] = str(database)
    os.environ["RUS_WORKSHOP_DB"] = str(folder / "workshop.duckdb")

    import duckdb
    import vl_convert

    from rus_data import conflicts, queries, queries_conflicts
    from rus_data.charts import conflicts as charts
    from rus_data.interaction_matrix import influence_table, score_matrix
    from rus_data.interaction_network import network_layout

    with duckdb.connect(str(database), read_only=True) as connection:
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

    from streamlit.testing.v1 import AppTest

    app_file = str(PROJECT_ROOT / "app.py")
    for mode in MODES:
        times = []
        for _ in range(REPEATS):
            app = AppTest.from_file(app_file, default_timeout=120)
            app.query_params["cf_mode"] = mode
            app.run()
            started = time.perf_counter()
            app.switch_page("pages/conflicts.py").run()
            times.append(time.perf_counter() - started)
            assert not app.exception, app.exception
        print(
            f"AppTest pages/conflicts.py cf_mode={mode:<9} "
            f"first {times[0]:.2f} s, median {statistics.median(times):.2f} s"
        )


if __name__ == "__main__":
    main()
