"""Benchmark: a 30-slide PowerPoint deck and HTML report from 30 different real charts.

Builds a demo database in a temporary folder, makes the trends page's chart of 30 different
indicators (Stockholms län against Sweden and the spread of the counties), and prints for the
deck and for the report: the build time (median of ``--runs``; the data layer keeps no render
cache, so each run draws every chart; the app caches the PNGs in ``ui.cached``), the Python
heap's peak (tracemalloc, in a separate run: it slows Python down), the process's maximum
resident set size (which also counts vl-convert's renderer) and the file size.

Run: ``python bench/presentation_deck.py [--runs 3] [--slides 30]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable

import duckdb
from common import demo_database

from rus_data.charts.export import chart_png, static_spec
from rus_data.db.connect import connect
from rus_data.presentation.pptx_deck import build_deck
from rus_data.presentation.report import build_report_html
from rus_data.presentation.slide import DeckInfo, Slide
from rus_data.trends import queries as queries_trends
from rus_data.trends.analysis import ordered_series
from rus_data.trends.charts import indicator_series_chart

SOURCE = "Källa: Exempeldata – inte officiell statistik"
AREAS = ["01", "00"]


def trend_slides(connection: duckdb.DuckDBPyConnection, count: int) -> list[Slide]:
    """One slide per indicator, objective by objective, until ``count`` different charts."""
    slides: list[Slide] = []
    seen: set[str] = set()  # an indicator may follow up more than one objective
    for objective_id in range(17):
        indicators = queries_trends.objective_indicators(connection, objective_id, "sv")
        series = queries_trends.objective_series(connection, objective_id, AREAS, 2024)
        spread = queries_trends.objective_county_spread(connection, objective_id, 2024)
        for indicator in indicators.itertuples():
            own = series[series["indicator_id"] == indicator.indicator_id]
            if own.empty or len(slides) == count or indicator.indicator_id in seen:
                continue
            seen.add(str(indicator.indicator_id))
            chart = indicator_series_chart(
                ordered_series(own, AREAS, "Sverige"),
                spread[spread["indicator_id"] == indicator.indicator_id],
                title=str(indicator.name),
                subtitle=[SOURCE],
                unit=str(indicator.unit),
                decimals=int(indicator.decimals),
                language="sv",
                index_mode=False,
                band="minmax",
            )
            slides.append(
                Slide(
                    title=f"{indicator.name} i Stockholms län",
                    spec_json=static_spec(chart.to_json()),
                    source_line=SOURCE,
                    shows_demo=True,
                    notes=f"Mål {objective_id}: utvecklingen sedan 2010.",
                    page="trends",
                )
            )
    if len(slides) < count:
        raise SystemExit(f"only {len(slides)} indicators with values")
    return slides


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(name: str, build: Callable[[], bytes], runs: int) -> None:
    """Print run times, heap peak, maximum RSS and size of one kind of output.

    The data layer keeps no rendering cache (the app caches PNGs and SVGs once, in
    ``ui.cached``), so every run renders every chart: these are the cold times.
    """
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        output = build()
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    build()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{name:<7} median {statistics.median(times):6.2f} s (max {max(times):.2f} s, "
        f"{runs} runs) | heap peak {peak / 1e6:6.1f} MB | "
        f"max RSS so far {_rss_mb():6.0f} MB | size {len(output) / 1e6:5.2f} MB"
    )


def main() -> None:
    """Build the database, the slides, then time the deck and the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--slides", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        connection = connect(demo_database(folder), read_only=True)
        slides = trend_slides(connection, args.slides)
        connection.close()
    assert len({s.spec_json for s in slides}) == len(slides), "specs must differ"
    info = DeckInfo("Miljömålen i Stockholms län", "Stockholms län", dt.date.today())
    print(f"{len(slides)} slides, {len(slides)} different specs; max RSS {_rss_mb():.0f} MB")
    started = time.perf_counter()
    for slide in slides:
        chart_png(slide.spec_json)
    print(f"rendering the {len(slides)} PNGs alone: {time.perf_counter() - started:.2f} s")
    measure("deck", lambda: build_deck(slides, info), args.runs)
    measure("report", lambda: build_report_html(slides, info).encode("utf-8"), args.runs)


if __name__ == "__main__":
    main()
