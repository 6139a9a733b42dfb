"""The map page in AppTest: the payload budget and every mode, URL state and hostile values."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from rus_data.map import queries as queries_map
from rus_data.map.charts import deck_json
from rus_data.map.geometry import compact_geometry
from rus_data.map.view import (
    indicator_map_frame,
    join_to_geometry,
)
from rus_data.text.status import status_style
from tests.app.apptest import open_page

PAGE = "pages/map/page.py"
BUDGET_BYTES = 300_000
MUNICIPAL = "ghg_emissions_per_capita"  # lower is better, municipal values


def _page(demo_db_path: Path, **query: str) -> AppTest:
    return open_page(PAGE, **query)


def _deck(app: AppTest) -> dict:
    charts = app.get("deck_gl_json_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.json)


def _regions(deck: dict) -> list[dict]:
    layer = next(layer for layer in deck["layers"] if layer["id"] == "regioner")
    return layer["data"]


# --- payload ---------------------------------------------------------------------------------


def test_deck_json_of_all_municipalities_is_compact(db: duckdb.DuckDBPyConnection) -> None:
    geometry = compact_geometry("kommun")
    values = join_to_geometry(
        queries_map.map_values(db, MUNICIPAL, "kommun", 2024, 2010), geometry.codes
    )
    frame, _ = indicator_map_frame(values, "lower", 2, "change_pct", "quantile", "sv")
    frame["rank_text"] = frame["rank"].astype(str)
    spec = deck_json(
        frame,
        geometry,
        ["name", "shown_text", "value_text", "rank_text"],
        "0180",
        compact_geometry("lan"),
    )
    assert len(spec.encode("utf-8")) <= BUDGET_BYTES
    assert "\n" not in spec and ", " not in spec.split('"layers"')[1][:2000]
    deck = json.loads(spec)
    assert len(_regions(deck)) == 290
    assert deck["mapStyle"] == "__MAP_STYLE__"  # no basemap tiles: reads well offline
    assert [layer["id"] for layer in deck["layers"]] == ["regioner", "granser", "markerad"]


def _page_bytes(node: object) -> int:
    """Bytes of every element the page sends (protobuf size), summed over the tree."""
    proto = getattr(node, "proto", None)
    own = proto.ByteSize() if hasattr(proto, "ByteSize") else 0
    return own + sum(_page_bytes(c) for c in getattr(node, "children", {}).values())


@pytest.mark.parametrize(
    "query",
    [{}, {"map_ind": MUNICIPAL, "map_show": "change_pct", "map_base": "2015"}],
    ids=["value", "change"],
)
def test_page_sends_the_municipal_map_within_budget(demo_db_path: Path, query: dict) -> None:
    app = _page(demo_db_path, **query)
    charts = app.get("deck_gl_json_chart")
    payload = len(charts[0].proto.json.encode("utf-8")) + len(charts[0].proto.tooltip.encode())
    assert payload <= BUDGET_BYTES, payload
    everything = _page_bytes(app._tree)  # map, chart, table, widgets and sidebar together
    assert everything <= BUDGET_BYTES, everything
    features = _regions(_deck(app))
    assert len(features) == 290
    assert set(features[0]["properties"]) == {"n", "v", "r", "f"} | ({"w"} if query else set())


# --- AppTest, every mode ------------------------------------------------------------------


def test_default_is_the_municipal_map_of_all_sweden(demo_db_path: Path) -> None:
    app = _page(demo_db_path)
    assert app.title[0].value == "Karta"
    assert any("Exempeldata – inte officiell statistik" in w.value for w in app.warning)
    assert app.radio(key="map_level").value == "kommun"
    assert "per kommun 2024" in app.subheader[0].value
    table = app.dataframe[0].value
    assert len(table) == 290
    assert app.select_slider(key="map_year").value == 2024
    tooltip = json.loads(app.get("deck_gl_json_chart")[0].proto.tooltip)
    assert "<b>{n}</b>" in tooltip["html"] and "{v}" in tooltip["html"] and "{r}" in tooltip["html"]
    assert "Källa: Exempeldata" in tooltip["html"]
    assert dict(app.query_params) == {}


def test_ranking_matches_the_values(demo_db_path: Path, db) -> None:
    app = _page(demo_db_path, map_ind=MUNICIPAL)
    table = app.dataframe[0].value
    best = table.sort_values(table.columns[2]).iloc[0]  # lower is better
    assert best["Rang"] == 1
    expected = db.execute(
        "SELECT min(value) FROM indicator_value v JOIN region r ON r.code = v.region_code "
        "WHERE indicator_id = ? AND year = 2024 AND r.level = 'kommun'",
        [MUNICIPAL],
    ).fetchone()[0]
    assert best.iloc[2] == pytest.approx(expected)
    bars = app.get("vega_lite_chart")
    assert bars, "the ranked bar chart is drawn"


def test_county_level_and_county_zoom(demo_db_path: Path) -> None:
    app = _page(demo_db_path, map_ind=MUNICIPAL, map_level="lan")
    assert len(_regions(_deck(app))) == 21
    assert app.query_params["map_level"] == "lan"
    zoomed = _page(demo_db_path, map_ind=MUNICIPAL, region="12")
    features = _regions(_deck(zoomed))
    assert len(features) == 33  # Skåne's municipalities
    assert "Skåne län" in zoomed.subheader[0].value
    assert zoomed.get("deck_gl_json_chart")[0].proto.json.count('"granser"') == 0


@pytest.mark.parametrize("show", ["change_abs", "change_pct"])
def test_change_since_a_base_year(demo_db_path: Path, show: str) -> None:
    app = _page(demo_db_path, map_ind=MUNICIPAL, map_show=show, map_base="2015")
    assert app.select_slider(key="map_base").value == 2015
    assert "förändring 2015–2024" in app.subheader[0].value
    texts = [f["properties"]["v"] for f in _regions(_deck(app))]
    assert all(t[0] in "+−0" or t == "uppgift saknas" for t in texts)  # signed changes
    table = app.dataframe[0].value
    assert list(table.columns[2:4]) == ["Värde 2015", "Värde 2024"]
    assert app.query_params["map_show"] == show


@pytest.mark.parametrize("method", ["equal", "continuous"])
def test_class_methods(demo_db_path: Path, method: str) -> None:
    app = _page(demo_db_path, map_cls=method)
    fills = {tuple(f["properties"]["f"]) for f in _regions(_deck(app))} - {(255,) * 3}
    if method == "equal":
        assert 2 <= len(fills) <= 5  # skewed values may leave a class empty
    else:
        assert len(fills) > 50


def test_assessment_map(demo_db_path: Path, db) -> None:
    app = _page(demo_db_path, map_mode="assessment", map_obj="14", map_year="2022")
    deck = _deck(app)
    regions = _regions(deck)
    assert len(regions) == 21
    by_name = {f["properties"]["n"]: f["properties"] for f in regions}
    # Storslagen fjällmiljö is assessed only in the mountain counties
    assert by_name["Skåne län"]["s"] == "– Bedöms inte här"
    assert by_name["Skåne län"]["f"] == [0xE6, 0xE6, 0xE6]
    status = db.execute(
        "SELECT status FROM assessment WHERE objective_id = 14 AND region_code = '25' "
        "AND year = 2022"
    ).fetchone()[0]
    expected = status_style(status)
    assert by_name["Norrbottens län"]["s"] == f"{expected.symbol} {expected.label('sv')}"
    assert by_name["Norrbottens län"]["f"] == [
        int(expected.colour[i : i + 2], 16) for i in (1, 3, 5)
    ]
    assert any(layer["id"] == "trend" for layer in deck["layers"])
    answer = next(m.value for m in app.markdown if m.value.startswith("**Bedömning 2022"))
    counts = [int(n) for n in re.findall(r"\*\*(\d+) län\*\*", answer)]
    assert sum(counts) == 21 and "– Bedöms inte här: **17 län**" in answer  # every county


def test_national_only_objective_says_so(demo_db_path: Path) -> None:
    app = _page(demo_db_path, map_mode="assessment", map_obj="1")
    assert any("bara nationellt" in i.value for i in app.info)
    assert {f["properties"]["s"] for f in _regions(_deck(app))} == {"– Bedöms inte här"}


def test_english(demo_db_path: Path) -> None:
    app = _page(demo_db_path, lang="en")
    assert app.title[0].value == "Map"
    assert any("Example data" in w.value for w in app.warning)
    assert "by municipality, 2024" in app.subheader[0].value
    assessment = _page(demo_db_path, lang="en", map_mode="assessment")
    assert "Assessment" in assessment.subheader[0].value


def test_highlight_from_the_url_reaches_map_and_chart(demo_db_path: Path) -> None:
    app = _page(demo_db_path, map_sel="0180")
    assert app.selectbox(key="map_sel").value == "0180"
    assert [layer["id"] for layer in _deck(app)["layers"]][-1] == "markerad"
    spec = json.loads(app.get("vega_lite_chart")[0].proto.spec)
    assert 'datum.name === \\"Stockholm\\"' in json.dumps(spec)
    app.selectbox(key="map_sel").set_value("").run()
    assert "map_sel" not in app.query_params


def test_hostile_url_values_fall_back_to_defaults(demo_db_path: Path) -> None:
    default = _page(demo_db_path).selectbox(key="map_ind").value
    app = _page(
        demo_db_path,
        map_ind="x'; DROP TABLE indicator; --",
        map_year="1066",
        map_cls="rainbow",
        map_sel="<script>",
        map_mode="nope",
    )
    assert app.selectbox(key="map_ind").value == default
    assert app.select_slider(key="map_year").value == 2024
    assert app.selectbox(key="map_cls").value == "quantile"
    assert app.selectbox(key="map_sel").value == ""
    assert dict(app.query_params) == {}


def test_play_steps_to_the_last_year_and_stops(demo_db_path: Path) -> None:
    app = _page(demo_db_path, map_year="2023")
    app.button(key="map_play").click().run()
    assert not app.exception
    assert app.select_slider(key="map_year").value == 2024
    assert not app.session_state["_map_playing"]
    assert app.button(key="map_play")  # the play button is back


def test_choices_survive_a_visit_to_the_assessment_map(demo_db_path: Path) -> None:
    app = _page(demo_db_path)
    app.selectbox(key="map_ind").set_value(MUNICIPAL).run()
    app.selectbox(key="map_cls").set_value("equal").run()
    app.button_group(key="map_mode").set_value("assessment").run()
    assert "map_ind" not in app.query_params
    app.button_group(key="map_mode").set_value("indicator").run()
    assert app.selectbox(key="map_ind").value == MUNICIPAL
    assert app.selectbox(key="map_cls").value == "equal"
    assert app.query_params["map_ind"] == MUNICIPAL


def test_the_map_follows_the_sidebar_year(demo_db_path: Path) -> None:
    app = _page(demo_db_path, map_year="2020")
    assert app.select_slider(key="map_year").value == 2020
    app.select_slider(key="year").set_value(2018).run()
    assert app.select_slider(key="map_year").value == 2018
    assert app.query_params["year"] == "2018"


def test_table_is_what_the_csv_exports(demo_db_path: Path) -> None:
    app = _page(demo_db_path, map_ind=MUNICIPAL, region="25")
    table = app.dataframe[0].value
    assert len(table) == 14  # Norrbotten's municipalities
    assert list(table.columns) == ["Kod", "Område", "Värde 2024 (ton CO₂e/invånare)", "Rang"]


# --- a share indicator: percentage points, legend over the values that exist ----------------

SHARE = "electric_car_share_new_registrations"  # unit %, higher is better


def test_share_indicator_changes_in_percentage_points(demo_db_path: Path, db) -> None:
    """The finding: a share's change was shown as percent of a percentage (+4 290 %)."""
    app = _page(demo_db_path, map_ind=SHARE, map_show="change_abs", map_base="2015")
    assert app.selectbox(key="map_show").options == [
        "Värde",
        "Förändring sedan år X (procentenheter)",
    ]
    legend = next(h.proto.body for h in app.get("html") if "Förändring sedan 2015" in h.proto.body)
    assert "Förändring sedan 2015 (procentenheter)" in legend
    assert "(%)" not in legend
    values = queries_map.map_values(db, SHARE, "kommun", 2024, 2015)
    change = (values["value"] - values["base_value"]).dropna()
    texts = [f["properties"]["v"] for f in _regions(_deck(app))]
    largest = max(change.abs())
    assert largest < 100  # points of a share, not thousands of percent
    assert any(t.startswith("+") for t in texts)
    reds = ("#B2182B", "#EF8A62", "#FDDBC7")
    if (change > 0).all():  # every municipality rose: no red class in the legend
        assert not any(red in legend for red in reds)


def test_share_indicator_refuses_percent_change_from_a_link(demo_db_path: Path) -> None:
    app = _page(demo_db_path, map_ind=SHARE, map_show="change_pct", map_base="2015")
    assert app.selectbox(key="map_show").value == "value"
    assert any("Länken var delvis ogiltig" in w.value for w in app.warning)


def test_assessment_map_shows_the_motivation_escaped(demo_db_path: Path, app_db: Path) -> None:

    from rus_data.imports.service import FileImport, import_file

    text = (
        "objective_id;region_code;year;status;trend;motivering\n"
        "12;23;2025;NEJ;NEUTRAL;<img src=x onerror=alert(1)> Avverkningen fortsätter.\n"
    )
    import_file(app_db, FileImport(text.encode(), "bedomning.csv"))
    app = _page(demo_db_path, map_mode="assessment", map_obj="12", map_year="2025")
    deck = _deck(app)
    jamtland = next(
        f["properties"] for f in _regions(deck) if f["properties"]["n"] == "Jämtlands län"
    )
    assert jamtland["comment_text"].startswith("&lt;img src=x")  # escaped for the HTML tooltip
    assert "Länets motivering" in json.loads(app.get("deck_gl_json_chart")[0].proto.tooltip)["html"]
    table = app.dataframe[0].value.set_index("Område")
    assert table.loc["Jämtlands län", "Länets motivering"].endswith("Avverkningen fortsätter.")


def test_indicator_map_has_about_the_indicator(demo_db_path: Path) -> None:
    app = _page(demo_db_path, map_ind=SHARE)
    assert [e.label for e in app.expander].count("Om indikatorn") == 1
    text = "\n".join(m.value for m in app.markdown)
    assert "**Enhet:** %" in text and "**Nivåer:** Sverige, län, kommuner" in text


def test_women_and_men_toggle_where_the_indicator_is_split(
    demo_db_path: Path, app_db: Path
) -> None:

    from rus_data.imports.service import FileImport, import_file

    rows = "".join(f"{MUNICIPAL};{code};2024;{v};K\n" for code, v in (("0180", "2,5"), ("23", "4")))
    rows += "".join(
        f"{MUNICIPAL};{code};2024;{v};M\n" for code, v in (("0180", "3,5"), ("23", "5"))
    )
    text = "indicator_id;region_code;year;value;gender\n" + rows
    import_file(app_db, FileImport(text.encode(), "kon.csv"))
    app = _page(demo_db_path, map_ind=MUNICIPAL)
    assert app.button_group(key="map_gender").value == "T"  # total by default
    women = _page(demo_db_path, map_ind=MUNICIPAL, map_gender="K")
    assert women.subheader[0].value.startswith(
        "Utsläpp av växthusgaser per invånare – kvinnor per kommun 2024"
    )
    stockholm = next(
        f["properties"] for f in _regions(_deck(women)) if f["properties"]["n"] == "Stockholm"
    )
    assert stockholm["v"] == "2,50"
    other = _page(demo_db_path, map_ind="electric_car_share_new_registrations")
    assert not [b for b in other.get("button_group") if b.key == "map_gender"]
