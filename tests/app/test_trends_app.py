"""The trends page in AppTest: verdicts, URL state, hostile values, targets, page switches."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow
import pyarrow.ipc
import pytest
from streamlit.testing.v1 import AppTest

from rus_data.build import database as build
from rus_data.presentation.slide import chart_title
from rus_data.text.plain import as_markdown_text
from rus_data.trends import queries as queries_trends
from rus_data.trends.analysis import (
    objective_verdicts,
    verdict_counts,
)
from tests.app.apptest import open_page

PAGE = "pages/trends/page.py"
ALTAIR_MAX_ROWS = 5000


# --- Without demo data ------------------------------------------------------------------------


def test_no_targets_without_demo_data(
    tmp_path: Path, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bare.duckdb"
    build.build_database(path, 1, progress=lambda _m: None, with_demo=False)
    with duckdb.connect(str(path), read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM indicator_target").fetchone()[0] == 0
    monkeypatch.setenv("RUS_DB", str(path))
    app = _page(demo_db_path)
    infos = [i.value for i in app.info]
    assert "Det finns inga indikatorer för det här målet i databasen." in infos
    assert "Det finns inga bedömningar i databasen." in infos


# --- The page, in AppTest ---------------------------------------------------------------------


def _page(demo_db_path: Path, **query: str) -> AppTest:
    return open_page(PAGE, **query)


def _charts(app: AppTest) -> list[tuple[dict, list[int]]]:
    """Every chart on the page: its Vega-Lite spec and the row count of each dataset."""
    charts = []
    for element in app.get("vega_lite_chart"):
        rows = [
            pyarrow.ipc.open_stream(dataset.data.data).read_all().num_rows
            for dataset in element.proto.datasets
        ]
        charts.append((json.loads(element.proto.spec), rows))
    return charts


def test_page_verdicts_match_the_tested_functions(
    demo_db_path: Path, db: duckdb.DuckDBPyConnection
) -> None:
    app = _page(demo_db_path, region="14", tr_obj="2")
    assert app.title[0].value == "Trender per miljömål"
    indicators = queries_trends.objective_indicators(db, 2, "sv")
    series = queries_trends.objective_series(db, 2, ["14", "00"], 2024)
    verdicts = objective_verdicts(indicators, series, "14", "sv")
    text = "\n".join(m.value for m in app.markdown)
    for row in verdicts.itertuples():
        assert as_markdown_text(row.name) in text  # a name from data is escaped in Markdown
        assert row.verdict_text in text
    counts = verdict_counts(verdicts, "sv")
    assert counts["count"].sum() == len(indicators)
    assert len(app.table) == len(indicators)  # the plain statistics, a static table
    assert len(app.dataframe) == len(indicators)  # its "Metod" table
    charts = _charts(app)
    assert len(charts) == len(indicators) + 4  # summary, indicators, multiples, 2 histories
    titles = [chart_title(spec) for spec, _ in charts]
    assert (
        titles[0] == "Frisk luft: indikatorernas riktning i Västra Götalands län till och med 2024"
    )
    assert all(
        any("Källa: Exempeldata" in line for line in spec["title"]["subtitle"])
        for spec, _ in charts
    )
    assert all(0 < max(rows) < ALTAIR_MAX_ROWS for _, rows in charts)
    summary_rows = charts[0][1]
    assert max(summary_rows) == int((counts["count"] > 0).sum())


def test_page_in_english_with_url_state(demo_db_path: Path) -> None:
    app = _page(
        demo_db_path,
        lang="en",
        region="25",
        tr_obj="14",
        tr_mode="idx",
        tr_band="iqr",
        tr_y="free",
        tr_cmp="2584,01",
        tr_ind="arctic_fox_litters",
    )
    assert app.title[0].value == "Trends per objective"
    assert app.selectbox(key="tr_obj").value == 14
    assert app.multiselect(key="tr_cmp").value == ["2584", "01"]
    assert app.selectbox(key="tr_ind").value == "arctic_fox_litters"
    assert any("Example data" in w.value for w in app.warning)
    assert app.query_params["tr_mode"] == "idx"
    text = "\n".join(m.value for m in app.markdown)
    assert "moving the" in text or "no clear change" in text


def test_hostile_url_values_fall_back_to_defaults(demo_db_path: Path) -> None:
    app = _page(
        demo_db_path, tr_obj="1; DROP TABLE x", tr_mode="svg", tr_cmp="x',00", tr_base="1066"
    )
    assert app.selectbox(key="tr_obj").value == 1
    assert app.multiselect(key="tr_cmp").value == []
    assert app.selectbox(key="tr_base").value == 2015
    assert "tr_obj" not in app.query_params and "tr_cmp" not in app.query_params


def test_target_sentence_and_illustrative_note(demo_db_path: Path) -> None:
    app = _page(demo_db_path, tr_obj="2")
    text = "\n".join(m.value for m in app.markdown)
    assert as_markdown_text("Exempelmål: högst 10 µg/m³ år 2030") in text  # escaped label
    assert "målet nås" in text
    captions = "\n".join(c.value for c in app.caption)
    assert "påhittat exempelmål" in captions


def test_objective_switch_and_national_only_objectives(demo_db_path: Path) -> None:
    app = _page(demo_db_path, region="01")
    app.selectbox(key="tr_obj").set_value(5).run()
    assert not app.exception
    assert app.query_params["tr_obj"] == "5"
    text = "\n".join(c.value for c in app.caption)
    assert "bara för hela landet" in text
    app.selectbox(key="tr_obj").set_value(0).run()
    assert not app.exception
    assert any("Generationsmålet bedöms inte" in i.value for i in app.info)


def test_choices_survive_a_page_switch(demo_db_path: Path) -> None:
    app = _page(demo_db_path)
    app.selectbox(key="tr_obj").set_value(3).run()
    app.switch_page("pages/overview/page.py").run()
    app.switch_page(PAGE).run()
    assert not app.exception
    assert app.selectbox(key="tr_obj").value == 3
    assert app.query_params["tr_obj"] == "3"
