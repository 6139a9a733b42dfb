"""AppTest runs of the conflicts page: every mode in both languages, URL state, workshop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from rus_data.config import PROJECT_ROOT
from rus_data.reference.interactions import STARTING_SET
from tests.app.apptest import open_page

APP = str(PROJECT_ROOT / "app.py")
PAGE = "pages/conflicts/page.py"
MODES = ("matrix", "network", "influence", "ranking", "trends", "workshop")


@pytest.fixture()
def workshop_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "workshop.duckdb"
    monkeypatch.setenv("RUS_WORKSHOP_DB", str(path))
    return path


def _page(demo_db_path: Path, **query: str) -> AppTest:
    return open_page(PAGE, **query)


def _specs(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("vega_lite_chart")]


def _titles(app: AppTest) -> list[str]:
    titles = []
    for spec in _specs(app):
        title = spec.get("title", {})
        titles.append(title.get("text", "") if isinstance(title, dict) else str(title))
    return titles


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_mode_runs(demo_db_path: Path, workshop_file: Path, mode: str, language: str) -> None:
    app = _page(demo_db_path, lang=language, cf_mode=mode)
    assert app.title[0].value == (
        "Goal conflicts and synergies" if language == "en" else "Målkonflikter och synergier"
    )
    assert not app.error
    notice = "starting proposal" if language == "en" else "Startförslag som ska granskas"
    assert any(notice in info.value for info in app.info)
    assert app.query_params.get("cf_mode") == (None if mode == "matrix" else mode)


def test_matrix_is_default_and_every_matrix_has_downloads(demo_db_path: Path) -> None:
    app = _page(demo_db_path)
    assert "cf_mode" not in app.query_params
    assert _titles(app) == ["Hur miljömålen påverkar varandra"]
    spec = _specs(app)[0]
    assert "Källa: Startförslag från projektgruppen" in spec["title"]["subtitle"]
    labels = [b.proto.label for b in app.get("download_button")]
    assert labels == ["Ladda ner bild (PNG)", "Ladda ner bild (SVG)", "Ladda ner data (CSV)"]
    objective_pairs = sum(1 for i in STARTING_SET if i.target.startswith("o"))
    assert len(app.dataframe[0].value) == objective_pairs
    app.radio(key="cf_matrix").set_value("targets").run()
    assert _titles(app) == ["Hur miljömålen påverkar delmål i Agenda 2030"]
    assert app.query_params["cf_matrix"] == "targets"
    assert len(app.dataframe[0].value) == len(STARTING_SET) - objective_pairs
    app.radio(key="cf_matrix").set_value("goals").run()
    assert _titles(app) == ["Miljömålen och de 17 globala målen (summa per mål)"]
    assert not app.exception


def test_hostile_url_falls_back_to_defaults(demo_db_path: Path) -> None:
    app = _page(demo_db_path, cf_mode="'; DROP TABLE interaction; --", cf_matrix="x")
    assert app.segmented_control(key="cf_mode").value == "matrix"
    assert app.radio(key="cf_matrix").value == "objectives"
    assert "cf_mode" not in app.query_params


def test_network_filters(demo_db_path: Path) -> None:
    app = _page(demo_db_path, cf_mode="network", lang="en")
    everything = len(app.dataframe[0].value)
    app.radio(key="cf_sign").set_value("negative").run()
    app.slider(key="cf_threshold").set_value(2).run()
    conflicts = app.dataframe[0].value
    assert 0 < len(conflicts) < everything
    assert conflicts["Score"].str.startswith("-2").all()
    assert _titles(app) == ["Network of interactions"]
    app.radio(key="cf_sign").set_value("positive").run()
    app.slider(key="cf_threshold").set_value(3).run()
    app.multiselect(key="cf_goals").set_value([6]).run()
    assert not app.exception
    shown = app.dataframe[0].value
    assert shown["Score"].str.startswith("+3").all()


def test_influence_orders_and_parts(demo_db_path: Path) -> None:
    app = _page(demo_db_path, cf_mode="influence")
    first = app.dataframe[0].value
    assert len(first) == 17
    app.radio(key="cf_order").set_value(2).run()
    second = app.dataframe[0].value
    assert (second["Påverkar +"] >= first["Påverkar +"]).all()
    app.radio(key="cf_part").set_value("negative").run()
    app.radio(key="cf_nodes").set_value("all").run()
    assert not app.exception
    assert "konflikter" in _titles(app)[0] and "andra ordningen" in _titles(app)[0]


def test_ranking_lists_conflicts_then_synergies(demo_db_path: Path) -> None:
    app = _page(demo_db_path, cf_mode="ranking")
    conflicts, synergies = app.dataframe[0].value, app.dataframe[1].value
    assert conflicts["Poäng"].str.startswith("\u2212").all()  # the Swedish minus sign
    assert synergies["Poäng"].str.startswith("+3").iloc[0]
    assert conflicts["Motivering"].str.len().min() > 0


def test_trends_show_targets_and_demo_notice(demo_db_path: Path) -> None:
    app = _page(demo_db_path, cf_mode="trends", region="14")
    assert any("Exempeldata" in w.value for w in app.warning)
    app.selectbox(key="cf_objective").set_value(7).run()
    linked, indicators = app.dataframe[0].value, app.dataframe[1].value
    expected = {i.target[1:] for i in STARTING_SET if i.source == "o7" and i.target[0] == "t"}
    assert {t.split(" ")[0] for t in linked["Delmål"]} == expected
    assert set(linked["Vad trenden betyder"]) <= {"Gynnas", "Hotas", "Mindre tryck", "Oklart"}
    assert len(indicators) >= 3


def _click(app: AppTest, label: str) -> None:
    [button] = [b for b in app.button if b.label == label]
    button.click().run()


def test_workshop_scoring_disagreement_and_adoption(
    demo_db_path: Path, workshop_file: Path
) -> None:
    app = _page(demo_db_path, cf_mode="workshop")
    assert any("ingen session" in info.value for info in app.info)
    app.text_input(key="cf_ws_new_name").input("Nobelmötet 2026")
    _click(app, "Skapa session")
    assert not app.exception
    assert app.selectbox(key="cf_ws_session").value == 1

    pairs = app.multiselect(key="cf_ws_pairs").value
    assert "objective:1→objective:12" in pairs
    for rater, score in (("Anna", -3), ("Bo", 1)):
        app.text_input(key="cf_ws_rater").input(rater)
        for index in range(len(pairs)):
            app.select_slider(key=f"cf_ws_score_{index}").set_value(score if index == 0 else -1)
            app.text_input(key=f"cf_ws_comment_{index}").input(f"{rater} motiverar")
        _click(app, "Spara mina poäng")
        assert not app.error, [e.value for e in app.error]
        assert any(f"{len(pairs)} poäng sparade" in s.value for s in app.success)

    summary = app.dataframe[0].value
    assert summary["Spridning (max − min)"].iloc[0] == 4  # the pair they disagree on first
    assert summary["Medel"].iloc[0] == -1.0
    assert "Vad trenden" not in summary.columns

    app.selectbox(key="cf_ws_adopt_pair").set_value(pairs[0])
    app.select_slider(key="cf_ws_adopt_score").set_value(-3)
    app.text_area(key="cf_ws_adopt_rationale").input("Enade efter diskussion")
    _click(app, "Anta i matrisen")
    assert any("antagen" in s.value for s in app.success)

    app.segmented_control(key="cf_mode").set_value("ranking").run()
    ranked = app.dataframe[0].value
    top = ranked.iloc[0]
    assert top["Poäng"] == "\u22123 Omöjliggörande"
    assert top["Motivering"] == "Enade efter diskussion"
    assert top["Källa"].startswith("Workshop: Nobelmötet 2026")


def test_workshop_refuses_missing_rater_and_comment(
    demo_db_path: Path, workshop_file: Path
) -> None:
    app = _page(demo_db_path, cf_mode="workshop", lang="en")
    app.text_input(key="cf_ws_new_name").input("County round")
    _click(app, "Create session")
    _click(app, "Save my scores")
    assert any("name or role" in e.value for e in app.error)
    app.text_input(key="cf_ws_rater").input("Cecilia")
    _click(app, "Save my scores")
    assert any("Rad 2" in e.value and "comment" in e.value for e in app.error)
    assert any("No scores" in info.value for info in app.info)
