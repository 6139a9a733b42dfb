"""Slides made from the app's real charts on the demo database, for the deck and report tests."""

from __future__ import annotations

import re

import duckdb

from rus_data.charts.export import chart_svg, static_spec
from rus_data.overview import queries
from rus_data.overview.charts import status_matrix_chart
from rus_data.presentation.rendering import renderable_spec
from rus_data.presentation.slide import Slide
from rus_data.trends import queries as queries_trends
from rus_data.trends.analysis import ordered_series
from rus_data.trends.charts import indicator_series_chart

DEMO_SOURCE = {
    "sv": "Källa: Exempeldata – inte officiell statistik",
    "en": "Source: Example data – not official statistics",
}


def matrix_spec(connection: duckdb.DuckDBPyConnection, year: int, language: str) -> str:
    """The overview's county × objective matrix as a static spec."""
    matrix = queries.assessment_matrix(connection, year, language)  # type: ignore[arg-type]
    chart = status_matrix_chart(matrix, year, language, DEMO_SOURCE[language])
    return static_spec(chart.to_json())


def trend_spec(
    connection: duckdb.DuckDBPyConnection,
    objective_id: int,
    position: int,
    region_code: str,
    language: str,
) -> tuple[str, str]:
    """The trends page's chart of one indicator of an objective, as Altair writes it.

    The spec keeps the page's ``"container"`` width, as a basket item taken straight from a
    page might. Returns the indicator's name and the spec.
    """
    indicators = queries_trends.objective_indicators(connection, objective_id, language)  # type: ignore[arg-type]
    indicator = indicators.iloc[position]
    codes = [region_code, "00"]
    series = queries_trends.objective_series(connection, objective_id, codes, 2024)
    spread = queries_trends.objective_county_spread(connection, objective_id, 2024)
    own = series[series["indicator_id"] == indicator["indicator_id"]]
    sweden = "Sweden" if language == "en" else "Sverige"
    chart = indicator_series_chart(
        ordered_series(own, codes, sweden),
        spread[spread["indicator_id"] == indicator["indicator_id"]],
        title=str(indicator["name"]),
        subtitle=[DEMO_SOURCE[language]],
        unit=str(indicator["unit"]),
        decimals=int(indicator["decimals"]),
        language=language,
        index_mode=False,
        band="minmax",
    )
    return str(indicator["name"]), chart.to_json()


def demo_slides(connection: duckdb.DuckDBPyConnection) -> list[Slide]:
    """Three Swedish slides: the matrix (demo source), two trend charts (demo, and not demo)."""
    first_name, first_spec = trend_spec(connection, 1, 0, "01", "sv")
    second_name, second_spec = trend_spec(connection, 3, 1, "14", "sv")
    return [
        Slide(
            title="Bedömning av miljömålen per län 2024",
            spec_json=matrix_spec(connection, 2024, "sv"),
            source_line=DEMO_SOURCE["sv"],
            shows_demo=True,
            notes="Rött betyder att målet inte nås.\nPilarna visar utvecklingen.",
            page="overview",
            query={"year": "2024"},
        ),
        Slide(
            title=f"{first_name} i Stockholms län",
            spec_json=first_spec,
            source_line="Källa: Trafikanalys",
            shows_demo=True,
            notes="Andelen ökar snabbare än i riket.",
            page="trends",
        ),
        Slide(
            title=f"{second_name} i Västra Götalands län",
            spec_json=second_spec,
            source_line="Källa: SCB",
            shows_demo=False,
            page="trends",
        ),
    ]


def svg_size(spec_json: str, source_line: str = "") -> tuple[float, float]:
    """Width and height of a spec's chart at scale 1 as a slide shows it, from vl-convert's SVG."""
    svg = chart_svg(renderable_spec(spec_json, source_line)).decode("utf-8")
    match = re.search(r'<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"', svg)
    assert match, svg[:300]
    return float(match.group(1)), float(match.group(2))
