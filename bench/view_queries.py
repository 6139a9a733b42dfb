"""Benchmark: the view queries every page runs, timed one by one on a read-only connection.

Prints the median and the slowest of ``--runs`` runs of each query (after one warm-up run),
in milliseconds, and the rows it returns. Target: every view query within 20 ms at national
scale (``--db national``).
Run: ``python bench/view_queries.py [--runs 15] [--db national]``
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable

import duckdb
from common import count_option, demo_database

from rus_data.db.connect import connect
from rus_data.map import queries as map_queries
from rus_data.overview import queries as overview_queries
from rus_data.peers import queries as peer_queries
from rus_data.peers import views as peer_views
from rus_data.peers.profile import indicators_of_objective
from rus_data.trends import queries as trend_queries


def _rows(result: object) -> int:
    return len(result) if hasattr(result, "__len__") else 1  # type: ignore[arg-type]


def view_queries(connection: duckdb.DuckDBPyConnection) -> dict[str, Callable[[], object]]:
    """The queries behind the pages' default views, as calls without arguments."""
    indicators = peer_queries.municipal_indicators(connection, "sv")
    ids = sorted(indicators["id"])
    first = ids[0]
    weights = [(indicator_id, 1.0) for indicator_id in ids[:8]]
    objective = sorted(indicators_of_objective(indicators, 1)["id"])
    return {
        "trends: county spread of an objective": lambda: trend_queries.objective_county_spread(
            connection, 1, 2024
        ),
        "trends: series, Sweden + county 14": lambda: trend_queries.objective_series(
            connection, 1, ["00", "14"], 2024
        ),
        "trends: value sources of an objective": lambda: trend_queries.objective_value_sources(
            connection, 1
        ),
        "trends: value years of an objective": lambda: trend_queries.objective_value_years(
            connection, 1, 2024
        ),
        "trends: one indicator, every county": lambda: trend_queries.county_series(
            connection, 1, "ghg_emissions_per_capita", 2024
        ),
        "peers: sources of all peer values": lambda: peer_queries.value_sources(connection, ids),
        "peers: profile values, objective 1": lambda: peer_queries.municipal_values(
            connection, objective, 2024
        ),
        # the largest profile a user can ask for: an own set of every municipal indicator
        "peers: profile values, every indicator": lambda: peer_queries.municipal_values(
            connection, ids, 2024
        ),
        "peers: one indicator's series": lambda: peer_queries.municipal_series(connection, first),
        "peers: similar municipalities (8)": lambda: peer_views.similar_municipalities(
            connection, "0180", weights, 2024, 10
        ),
        "peers: municipal indicators": lambda: peer_queries.municipal_indicators(connection, "sv"),
        "map: municipal values + base year": lambda: map_queries.map_values(
            connection, first, "kommun", 2024, 2010
        ),
        "map: indicator years": lambda: map_queries.indicator_years(connection, first, "kommun"),
        "map: value sources": lambda: map_queries.value_sources(connection, first, [2010, 2024]),
        "overview: assessment matrix": lambda: overview_queries.assessment_matrix(
            connection, 2024, "sv"
        ),
    }


def main() -> None:
    """Time every view query on the chosen database."""
    runs = count_option("runs", 15)
    with tempfile.TemporaryDirectory() as folder:
        path = demo_database(folder)
        with connect(path, read_only=True) as connection:
            values = connection.execute("SELECT count(*) FROM indicator_value").fetchone()[0]
            print(f"view queries on {values:,} values (median / max of {runs} runs)")
            for name, query in view_queries(connection).items():
                rows = _rows(query())
                times = []
                for _ in range(runs):
                    started = time.perf_counter()
                    query()
                    times.append((time.perf_counter() - started) * 1000)
                print(
                    f"  {name:<42} {statistics.median(times):7.1f} ms {max(times):7.1f} ms"
                    f" {rows:>7} rows"
                )


if __name__ == "__main__":
    main()
