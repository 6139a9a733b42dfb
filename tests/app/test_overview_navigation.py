"""Översikt leads on: named matrix columns, the chosen area framed, a click on a cell or a
card opens the objective's trends there, and "–" where no earlier year exists; every page
names the parts of a link it did not recognise."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from pages.overview import links
from pages.overview.links import MATRIX_KEY
from rus_data.charts.spec import vega_lite_spec
from rus_data.charts.spec_policy import check_spec
from rus_data.overview import queries
from rus_data.overview.charts import status_matrix_chart
from tests.app.apptest import open_page
from ui.chart_select import clickable
from ui.navigation import PAGES


def _spec(db_path: Path, chosen: str | None, language: str = "sv") -> dict:
    with duckdb.connect(str(db_path), read_only=True) as connection:
        matrix = queries.assessment_matrix(connection, 2024, language)
    return vega_lite_spec(status_matrix_chart(matrix, 2024, language, "Källa", chosen), language)


def test_matrix_columns_have_names_and_every_one_is_shown(demo_db_path: Path) -> None:
    spec = _spec(demo_db_path, "14")
    x = spec["layer"][0]["encoding"]["x"]
    assert x["sort"][0] == "1 Klimat" and x["sort"][11] == "12 Skogar" and len(x["sort"]) == 16
    assert x["axis"]["labelOverlap"] is False  # no second name dropped for lack of room
    english = _spec(demo_db_path, "14", "en")["layer"][0]["encoding"]["x"]["sort"]
    assert english[11] == "12 Forests"
    rows = next(iter(spec["datasets"].values()))
    forest = next(r for r in rows if r["objective_id"] == 12 and r["region_code"] == "14")
    assert forest["objective"] == "Levande skogar"  # the full name, for the tooltip


def test_the_chosen_county_is_framed_and_its_name_bold(demo_db_path: Path) -> None:
    spec = _spec(demo_db_path, "14")
    outline = spec["layer"][-1]
    assert outline["mark"]["stroke"] == "black"
    assert "O Västra Götalands län" in outline["encoding"]["strokeOpacity"]["condition"]["test"]
    weight = spec["layer"][0]["encoding"]["y"]["axis"]["labelFontWeight"]
    assert "O Västra Götalands län" in weight["condition"]["test"]
    check_spec(json.dumps(spec))  # it can still go into a presentation
    assert len(_spec(demo_db_path, None)["layer"]) == 2  # nothing chosen, nothing framed


def test_the_drawn_matrix_answers_clicks_but_its_saved_spec_has_no_params(
    demo_db_path: Path,
) -> None:
    spec = _spec(demo_db_path, "14")
    drawn = clickable(spec, "cell", ["region_code", "objective_id"])
    assert drawn["layer"][0]["params"][0]["select"]["fields"] == ["region_code", "objective_id"]
    assert "params" not in spec["layer"][0]


def test_a_card_leads_to_the_objectives_trends_in_the_area(demo_db_path: Path) -> None:
    app = open_page("pages/overview/page.py", region="14", lang="en")
    links = app.get("page_link")
    assert len(links) == 16
    first = links[0].proto
    assert first.page.endswith("trends") or "trends" in first.page
    assert "region=14" in first.query_string and "tr_obj=1" in first.query_string
    assert "lang=en" in first.query_string


def test_a_click_on_a_cell_chooses_its_county_and_objective(monkeypatch) -> None:
    state = {MATRIX_KEY: {"selection": {"cell": [{"region_code": "25", "objective_id": 12}]}}}
    monkeypatch.setattr(links.st, "session_state", state)
    links.open_clicked_cell()
    assert state["region"] == "25" and state["tr_obj"] == 12 and state[links.GO_TO_TRENDS]
    empty = {MATRIX_KEY: {"selection": {"cell": []}}}
    monkeypatch.setattr(links.st, "session_state", empty)
    links.open_clicked_cell()  # a click beside the cells chooses nothing
    assert set(empty) == {MATRIX_KEY}


def test_after_the_click_trends_opens_there(demo_db_path: Path) -> None:
    app = open_page("pages/overview/page.py", region="14")
    # what the click's callback leaves for the next run (see the test above)
    app.session_state["region"] = "25"
    app.session_state["tr_obj"] = 12
    app.session_state[links.GO_TO_TRENDS] = True
    app.run()
    assert not app.exception, app.exception
    assert app.title[0].value == "Trender per miljömål"
    assert app.selectbox(key="tr_obj").value == 12
    # the county the click chose: tests/browser/test_navigation.py (a real click)


def test_no_change_count_for_the_first_year(demo_db_path: Path) -> None:
    first = open_page("pages/overview/page.py", year="2015")
    changed = [m for m in first.metric if "Ändrad status sedan 2014" in m.label]
    assert changed and changed[0].value == "–"
    later = open_page("pages/overview/page.py", year="2016")
    value = next(m.value for m in later.metric if "Ändrad status sedan 2015" in m.label)
    assert value.isdigit()


@pytest.mark.parametrize("page", [spec.script for spec in PAGES])
def test_every_page_says_what_the_link_got_wrong(demo_db_path: Path, page: str) -> None:
    app = open_page(page, region="99", lang="sv")
    notices = [w.value for w in app.warning]
    assert any(n.startswith("Länken var delvis ogiltig") and "region\\=99" in n for n in notices)
