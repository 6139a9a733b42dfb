"""The map's data: every region joined to its boundary, compact geometry, static exports."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from rus_data.charts.export import chart_png, chart_svg
from rus_data.map import queries as queries_map
from rus_data.map.charts import static_map_chart
from rus_data.map.geometry import compact_geometry
from rus_data.map.view import (
    assessment_legend,
    assessment_map_frame,
    indicator_map_frame,
    join_to_geometry,
    legend_labels,
)

MUNICIPAL = "ghg_emissions_per_capita"  # lower is better, municipal values


# --- geometry and join -------------------------------------------------------------------


@pytest.mark.parametrize(("level", "count"), [("lan", 21), ("kommun", 290)])
def test_every_region_has_a_boundary(db: duckdb.DuckDBPyConnection, level: str, count: int):
    geometry = compact_geometry(level)  # type: ignore[arg-type]
    assert len(geometry.codes) == count
    values = queries_map.map_values(db, MUNICIPAL, level, 2024)
    joined = join_to_geometry(values, geometry.codes)
    assert list(joined["code"]) == list(geometry.codes)
    assert joined["value"].notna().all()


def test_join_refuses_to_drop_a_region(db: duckdb.DuckDBPyConnection) -> None:
    geometry = compact_geometry("kommun")
    values = queries_map.map_values(db, MUNICIPAL, "kommun", 2024)
    with pytest.raises(ValueError, match="0114"):
        join_to_geometry(values.iloc[1:], geometry.codes)
    extra = values.copy()
    extra.loc[0, "code"] = "9999"
    with pytest.raises(ValueError, match="9999"):
        join_to_geometry(extra, geometry.codes)


def test_a_year_without_values_keeps_every_region_as_missing(db) -> None:
    values = queries_map.map_values(db, MUNICIPAL, "kommun", 1901)
    assert len(values) == 290 and values["value"].isna().all()
    frame, classes = indicator_map_frame(values, "lower", 2, "value", "quantile", "sv")
    assert set(frame["shown_text"]) == {"uppgift saknas"}
    assert legend_labels(classes, 2, "sv", "Uppgift saknas") == [("#FFFFFF", "Uppgift saknas")]


def test_geometry_is_rounded_and_simplified_but_keeps_its_shape() -> None:
    """At county zoom (about 0.004° per pixel) a border may move a few pixels at most."""
    import numpy as np
    import shapely
    from shapely.geometry import shape

    from rus_data.reference.geometry import boundaries

    geometry = compact_geometry("kommun")
    text = geometry.geometry_json["0180"]
    numbers = [n for n in text.replace("[", ",").replace("]", ",").split(",") if "." in n]
    assert numbers and all(len(n.split(".")[1]) <= 4 for n in numbers)
    original = boundaries("kommun").set_index("code").geometry
    distances = np.array(
        [
            shapely.hausdorff_distance(shape(geometry.geometry_objects[c]), original[c])
            for c in geometry.codes
        ]
    )
    assert distances.max() < 0.02 and np.percentile(distances, 90) < 0.01
    for code in ("0180", "2584", "0980"):  # Stockholm, Kiruna, Gotland
        area = original[code].area
        assert abs(shape(geometry.geometry_objects[code]).area - area) / area < 0.02


# --- static export -----------------------------------------------------------------------


def test_static_map_exports_as_png_and_svg(db, artifacts_dir: Path) -> None:
    geometry = compact_geometry("kommun")
    values = join_to_geometry(queries_map.map_values(db, MUNICIPAL, "kommun", 2024), geometry.codes)
    frame, classes = indicator_map_frame(values, "lower", 2, "value", "quantile", "sv")
    frame["tooltip_text"] = frame["shown_text"]
    labels = {
        "title": "Utsläpp per kommun 2024",
        "subtitle": "ton CO₂e/invånare\nKälla: Exempeldata – inte officiell statistik",
        "legend_title": "Värde (ton CO₂e/invånare)",
        "region": "Område",
        "value": "Värde",
    }
    legend = legend_labels(classes, 2, "sv", "Uppgift saknas")
    spec = static_map_chart(frame, geometry, legend, labels, "0180").to_json()
    png = chart_png(spec)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 30_000
    svg = chart_svg(spec)
    assert svg.lstrip().startswith(b"<svg") and b"Utsl" in svg and b"Exempeldata" in svg
    (artifacts_dir / "map_kommun.png").write_bytes(png)
    (artifacts_dir / "map_kommun.svg").write_bytes(svg)


def test_static_assessment_map_exports(db, artifacts_dir: Path) -> None:
    geometry = compact_geometry("lan")
    counties = join_to_geometry(queries_map.county_assessments(db, 10, 2024), geometry.codes)
    frame = assessment_map_frame(counties, "en")
    frame["tooltip_text"] = frame["status_label"]
    frame["map_label"] = frame["trend_symbol"]
    labels = {
        "title": "Assessment 2024",
        "subtitle": "Source: example data",
        "legend_title": "Status",
        "region": "County",
        "value": "Status",
    }
    png = chart_png(static_map_chart(frame, geometry, assessment_legend("en"), labels).to_json())
    assert png[:4] == b"\x89PNG"
    (artifacts_dir / "map_assessment.png").write_bytes(png)
