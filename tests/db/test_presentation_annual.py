"""The ready-made yearly follow-up deck: slide order and count, texts, sources, links, the
changes slide against the database, the first year, errors, and that every spec renders."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
import vl_convert
from PIL import Image

from rus_data.charts.export import chart_png
from rus_data.demo import DEMO_SOURCE_NAME
from rus_data.map.geometry import compact_geometry
from rus_data.presentation.annual import annual_follow_up
from rus_data.presentation.basket import basket_json, slides_from_basket_json
from rus_data.presentation.slide import DeckInfo, Slide
from rus_data.text.sources import source_line
from rus_data.text.status import STATUS_STYLES

DEMO_EN = "Example data – not official statistics"
Deck = tuple[DeckInfo, list[Slide]]


@pytest.fixture(scope="module")
def module_db(demo_db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """One read-only connection for the module, so decks can be built once and reused."""
    connection = duckdb.connect(str(demo_db_path), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def deck_of(module_db: duckdb.DuckDBPyConnection) -> Callable[..., Deck]:
    """``deck_of(region, year, language)``: the deck, built once per set of arguments."""
    built: dict[tuple[str, int, str], Deck] = {}

    def build(region: str, year: int, language: str = "sv") -> Deck:
        key = (region, year, language)
        if key not in built:
            built[key] = annual_follow_up(module_db, region, year, language)
        return built[key]

    return build


@pytest.fixture(scope="module")
def last_year(module_db: duckdb.DuckDBPyConnection) -> int:
    return int(module_db.execute("SELECT max(year) FROM assessment").fetchone()[0])


def _assessed_by(db: duckdb.DuckDBPyConnection, region: str, year: int) -> list[int]:
    """Objectives with an assessment of ``region`` in ``year`` (for "00": of any county)."""
    if region == "00":
        sql = """SELECT DISTINCT a.objective_id FROM assessment a
                 JOIN region r ON r.code = a.region_code
                 WHERE r.level = 'lan' AND a.year = ? ORDER BY 1"""
        rows = db.execute(sql, [year]).fetchall()
    else:
        sql = """SELECT DISTINCT objective_id FROM assessment
                 WHERE region_code = ? AND year = ? ORDER BY 1"""
        rows = db.execute(sql, [region, year]).fetchall()
    return [int(r[0]) for r in rows]


def _layers(node: Any, inherited: dict | None = None) -> Iterator[dict]:
    """Every unit spec (a dict with a ``mark``) inside a Vega-Lite spec, with the data it
    draws (its own or its nearest parent's) under ``_data``."""
    if isinstance(node, dict):
        data = node.get("data", inherited)
        if "mark" in node:
            yield {**node, "_data": data}
        for key, value in node.items():
            if key not in ("data", "datasets"):
                yield from _layers(value, data)
    elif isinstance(node, list):
        for item in node:
            yield from _layers(item, inherited)


def _rows(spec: dict, layer: dict) -> list[dict]:
    data = layer.get("_data") or {}
    if "name" in data:
        return spec["datasets"][data["name"]]
    return data.get("values", [])


def _mark(layer: dict) -> dict:
    mark = layer["mark"]
    return mark if isinstance(mark, dict) else {"type": mark}


def _mapped(slide: Slide) -> list[int]:
    """The objectives whose small maps a map slide shows, from each panel's title."""
    spec = json.loads(slide.spec_json)
    return [int(panel["title"]["text"][0].split(".")[0]) for panel in spec["hconcat"]]


@pytest.mark.parametrize("region", ["14", "25"])
def test_county_deck_has_three_slides_and_one_map_per_assessed_objective(
    db: duckdb.DuckDBPyConnection, deck_of: Callable[..., Deck], last_year: int, region: str
) -> None:
    info, slides = deck_of(region, last_year)
    name = db.execute("SELECT name FROM region WHERE code = ?", [region]).fetchone()[0]
    assessed = _assessed_by(db, region, last_year)
    assert info.title == f"Regional årlig uppföljning {last_year}"
    assert info.area == name and info.language == "sv"
    map_count = -(-len(assessed) // 6)  # at most six objectives' maps to a slide
    assert len(slides) == 3 + map_count
    assert [s.kind for s in slides] == ["chart"] * 3 + ["map"] * map_count
    assert [s.page for s in slides[:3]] == ["overview", "trends", "trends"]
    shown = [_mapped(s) for s in slides[3:]]
    assert [o for group in shown for o in group] == assessed  # each map once, in order
    assert all(len(group) <= 6 for group in shown)
    assert [s.query["map_obj"] for s in slides[3:]] == [str(g[0]) for g in shown]
    for slide in slides:
        assert str(last_year) in slide.title and name in slide.title
        assert slide.notes and slide.message
        assert slide.query["region"] == region and slide.query["year"] == str(last_year)
    for slide, group in zip(slides[3:], shown, strict=True):
        for objective in group:  # the notes say where each objective of the slide stands
            assert f"\n{objective}. " in slide.notes
    if region == "25":  # a mountain county: Storslagen fjällmiljö has its own map
        assert 14 in assessed
    else:
        assert 14 not in assessed


def test_sweden_deck_maps_every_objective_the_counties_assess(
    db: duckdb.DuckDBPyConnection, deck_of: Callable[..., Deck], last_year: int
) -> None:
    info, slides = deck_of("00", last_year)
    assessed = _assessed_by(db, "00", last_year)
    assert info.area == "Sverige"
    maps = [s for s in slides if s.kind == "map"]
    assert len(slides) == 3 + len(maps) and len(maps) == -(-len(assessed) // 6)
    assert [o for s in maps for o in _mapped(s)] == assessed
    for slide in slides:
        assert str(last_year) in slide.title and "Sverige" in slide.title
        assert "region" not in slide.query  # Sweden is the default area
    overview = json.loads(slides[0].spec_json)
    labels = {row["row_label"] for layer in _layers(overview) for row in _rows(overview, layer)}
    assert "2. Frisk luft" in labels and len(labels) == 16  # Sweden's own assessments
    assert "I länen:" in slides[0].notes  # the counties' statuses in the notes (and on maps)


def test_sources_say_demo_in_both_languages(deck_of: Callable[..., Deck], last_year: int) -> None:
    _, swedish = deck_of("14", last_year)
    _, english = deck_of("14", last_year, "en")
    for slide in swedish:
        assert slide.source_line.startswith("Källa:")
        assert DEMO_SOURCE_NAME in slide.source_line
        assert slide.shows_demo
        assert slide.source_line in slide.spec_json  # the chart carries it too
    for slide in english:
        assert slide.source_line.startswith("Source:")
        assert DEMO_EN in slide.source_line
        assert slide.shows_demo
    assert [s.title for s in swedish] != [s.title for s in english]
    assert all(a.title != b.title for a, b in zip(swedish, english, strict=True))
    info, _ = deck_of("00", last_year, "en")
    assert info.title == f"Regional annual follow-up {last_year}" and info.area == "Sweden"


def _status_changes(db: duckdb.DuckDBPyConnection, region: str, year: int) -> pd.DataFrame:
    return db.execute(
        """
        SELECT a.objective_id, p.status AS before, a.status AS now
        FROM assessment a JOIN assessment p
          ON p.region_code = a.region_code AND p.objective_id = a.objective_id
         AND p.year = a.year - 1
        WHERE a.region_code = ? AND a.year = ? AND a.status <> p.status
        ORDER BY a.objective_id
        """,
        [region, year],
    ).df()


@pytest.mark.parametrize(("region", "year"), [("14", None), ("25", 2020), ("00", 2019)])
def test_changes_slide_outlines_exactly_the_objectives_whose_status_changed(
    db: duckdb.DuckDBPyConnection,
    deck_of: Callable[..., Deck],
    last_year: int,
    region: str,
    year: int | None,
) -> None:
    year = year or last_year
    expected = _status_changes(db, region, year)
    slide = deck_of(region, year)[1][1]
    spec = json.loads(slide.spec_json)
    outlined = [
        layer
        for layer in _layers(spec)
        if _mark(layer)["type"] == "rect" and _mark(layer).get("stroke") == "#000000"
    ]
    assert len(outlined) == 1
    rows = _rows(spec, outlined[0])
    assert sorted(int(r["row_label"].split(".")[0]) for r in rows) == list(expected.objective_id)
    assert {r["year_label"] for r in rows} <= {str(year)}
    names = dict(db.execute("SELECT id, name_sv FROM objective").fetchall())
    rank = {"NEJ": 0, "NÄRA": 1, "JA": 2}
    words = {
        int(r["row_label"].split(".")[0]): r["change_text"]
        for layer in _layers(spec)
        for r in _rows(spec, layer)
        if "change_text" in r and r["year_label"] == str(year)
    }
    for row in expected.itertuples():
        before, now = STATUS_STYLES[row.before].label("sv"), STATUS_STYLES[row.now].label("sv")
        assert f"{row.objective_id}. {names[row.objective_id]} ({before} → {now})" in slide.notes
        arrow = "▲" if rank[row.now] > rank[row.before] else "▼"
        assert words[row.objective_id].startswith(arrow)
    if expected.empty:
        assert f"Inget mål har ändrad status sedan {year - 1}" in slide.notes
    else:
        assert slide.notes.startswith(f"{len(expected)} mål har ändrad status sedan {year - 1}:")


def test_first_year_has_no_comparison_and_does_not_crash(
    db: duckdb.DuckDBPyConnection, deck_of: Callable[..., Deck]
) -> None:
    first = int(db.execute("SELECT min(year) FROM assessment").fetchone()[0])
    for region in ("14", "00"):
        _, slides = deck_of(region, first)
        changes = slides[1]
        assert str(first - 1) in changes.notes and "inga bedömningar" in changes.notes
        spec = json.loads(changes.spec_json)
        years = {r["year_label"] for layer in _layers(spec) for r in _rows(spec, layer)}
        assert years == {str(first)}
        assert len(slides) == 3 + -(-len(_assessed_by(db, region, first)) // 6)
    png = chart_png(changes.spec_json, 1.0)
    assert Image.open(io.BytesIO(png)).width > 300


def test_trend_slide_counts_every_indicator_of_every_objective(
    db: duckdb.DuckDBPyConnection, deck_of: Callable[..., Deck], last_year: int
) -> None:
    expected = dict(
        db.execute(
            "SELECT objective_id, count(*) FROM indicator_objective GROUP BY 1 ORDER BY 1"
        ).fetchall()
    )
    slide = deck_of("14", last_year)[1][2]
    spec = json.loads(slide.spec_json)
    bars = [layer for layer in _layers(spec) if _mark(layer)["type"] == "bar"]
    counted: dict[int, int] = {}
    for row in _rows(spec, bars[0]):
        objective = int(row["row_label"].split(".")[0])
        counted[objective] = counted.get(objective, 0) + int(row["count"])
    assert counted == expected
    assert f"{sum(expected.values())} indikatorer" in slide.notes


def test_overview_shows_each_objectives_status_or_why_not(
    db: duckdb.DuckDBPyConnection, deck_of: Callable[..., Deck], last_year: int
) -> None:
    statuses = dict(
        db.execute(
            "SELECT objective_id, status FROM assessment WHERE region_code = '14' AND year = ?",
            [last_year],
        ).fetchall()
    )
    spec = json.loads(deck_of("14", last_year)[1][0].spec_json)
    rows = {
        int(r["row_label"].split(".")[0]): r
        for layer in _layers(spec)
        for r in _rows(spec, layer)
        if "status_text" in r
    }
    assert sorted(rows) == list(range(1, 17))
    for objective, row in rows.items():
        if objective in statuses:
            style = STATUS_STYLES[statuses[objective]]
            assert row["status_text"] == f"{style.symbol} {style.label('sv')}"
        else:
            assert row["status_label"] == "Bedöms inte här"
    assert rows[1]["status_text"] == "– Bedöms bara nationellt"
    assert rows[14]["status_text"] == "– Bedöms inte här"  # Västra Götaland has no mountains


def test_map_slides_outline_the_chosen_county(deck_of: Callable[..., Deck], last_year: int) -> None:
    boundary = compact_geometry("lan").geometry_objects["25"]
    for slide in deck_of("25", last_year)[1][3:]:
        spec = json.loads(slide.spec_json)
        for panel in spec["hconcat"]:
            outlines = [
                layer
                for layer in _layers(panel)
                if _mark(layer)["type"] == "geoshape" and _mark(layer).get("filled") is False
            ]
            assert len(outlines) == 1
            assert _rows(spec, outlines[0])[0]["geometry"] == boundary
            shapes = [r for layer in _layers(panel) for r in _rows(spec, layer) if "geometry" in r]
            assert len(shapes) == 22  # 21 counties and the outline, all with real boundaries
            assert all(s["geometry"]["type"] in ("Polygon", "MultiPolygon") for s in shapes)
            texts = [layer for layer in _layers(panel) if _mark(layer)["type"] == "text"]
            assert texts == []  # no symbol drawn on the map: the trend stands beside it
            assert panel["title"]["subtitle"][1][0] in "↗→↘?–"  # the county's trend
    sweden = deck_of("00", last_year)[1][3]
    filled = [
        layer
        for layer in _layers(json.loads(sweden.spec_json))
        if _mark(layer)["type"] == "geoshape" and _mark(layer).get("filled") is False
    ]
    assert filled == []  # no county is singled out for Sweden


def test_every_spec_renders(
    deck_of: Callable[..., Deck], last_year: int, artifacts_dir: Path
) -> None:
    _, slides = deck_of("14", last_year)
    for slide in slides:  # every spec compiles to Vega
        assert vl_convert.vegalite_to_vega(slide.spec_json)["marks"]
    first_map = next(s for s in slides if s.kind == "map")
    kinds = ("overview", "changes", "trends", "map")
    for name, slide in zip(kinds, [*slides[:3], first_map], strict=True):
        spec = json.loads(slide.spec_json)
        assert spec["background"] == "white" and spec.get("width") != "container"
        image = Image.open(io.BytesIO(chart_png(slide.spec_json, 1.0)))
        assert 400 < image.width < 1400 and 300 < image.height < 1000
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 20  # drawn, not blank
        image.save(artifacts_dir / f"annual_{name}.png")


@pytest.mark.parametrize(("region", "language"), [("00", "sv"), ("14", "en")])
def test_a_saved_yearly_deck_opens_again_within_the_spec_policy(
    deck_of: Callable[..., Deck], last_year: int, region: str, language: str
) -> None:
    # A basket file is checked against the project's chart shapes when it is opened: the
    # shapes of the yearly deck (maps, status cells, trend summary) must all be among them.
    info, slides = deck_of(region, last_year, language)
    title, opened = slides_from_basket_json(basket_json(slides, info.title))
    assert title == info.title and opened == slides


@pytest.mark.parametrize(
    ("region", "year", "message"),
    [
        ("99", 2024, "Okänt område: '99'."),
        ("1480", 2024, "Okänt område: '1480'."),  # a municipality is not an area of the deck
        ("14", 2031, "Det finns inga bedömningar för 2031."),
    ],
)
def test_unknown_area_or_year_is_a_swedish_error(
    db: duckdb.DuckDBPyConnection, region: str, year: int, message: str
) -> None:
    with pytest.raises(ValueError) as error:
        annual_follow_up(db, region, year, "sv")
    assert str(error.value) == message


def test_unknown_language_is_an_error(db: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(ValueError, match="Okänt språk"):
        annual_follow_up(db, "14", 2024, "de")


def test_source_line_lives_in_the_data_layer_and_the_ui_says_the_same() -> None:
    from ui.components import source_line as ui_source_line

    sources = pd.DataFrame(
        {
            "name": [DEMO_SOURCE_NAME, "Kolada"],
            "is_demo": [True, False],
            "fetched_at": pd.to_datetime(["2024-05-01 10:00", "2025-01-31 00:00"]),
        }
    )
    swedish = f"Källa: {DEMO_SOURCE_NAME} (2024-05-01); Kolada (2025-01-31)"
    assert source_line(sources, "sv") == swedish == ui_source_line(sources, "sv")
    english = f"Source: {DEMO_EN} (2024-05-01); Kolada (2025-01-31)"
    assert source_line(sources, "en") == english == ui_source_line(sources, "en")
    assert source_line(sources.iloc[0:0], "sv") == "Källa: –"
    not_demo = sources.assign(is_demo=False)  # a real source that happens to share the name
    assert source_line(not_demo, "en").startswith(f"Source: {DEMO_SOURCE_NAME}")
