"""AppTest runs of the conflicts page: every mode in both languages, URL state, workshop roles."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from rus_data.config import PROJECT_ROOT
from rus_data.presentation.slide import chart_title
from rus_data.reference.interactions import STARTING_SET
from tests.app.apptest import admin_page, log_in, open_page, subtitle_text
from tests.support.clock import FakeClock, login_clock
from tests.support.workshop_stores import BACKENDS, fresh_schema, postgres_url

APP = str(PROJECT_ROOT / "app.py")
PAGE = "pages/conflicts/page.py"
MODES = ("matrix", "network", "influence", "ranking", "trends", "workshop")


@pytest.fixture()
def workshop_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "workshop.duckdb"
    monkeypatch.setenv("RUS_WORKSHOP_DB", str(path))
    monkeypatch.delenv("RUS_WORKSHOP_URL", raising=False)
    return path


@pytest.fixture(params=BACKENDS)
def workshop_backend(
    request: pytest.FixtureRequest, workshop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The workshop on its file, then on PostgreSQL (see :mod:`tests.support.workshop_stores`)."""
    if request.param == "duckdb":
        yield "duckdb"
        return
    with fresh_schema(postgres_url()) as url:
        monkeypatch.setenv("RUS_WORKSHOP_URL", url)
        yield "postgres"


def _page(demo_db_path: Path, **query: str) -> AppTest:
    return open_page(PAGE, **query)


def _specs(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("vega_lite_chart")]


def _titles(app: AppTest) -> list[str]:
    titles = []
    for spec in _specs(app):
        titles.append(chart_title(spec))
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
    assert "Källa: Startförslag från projektgruppen" in subtitle_text(spec)
    labels = [b.proto.label for b in app.get("download_button")]
    assert labels == [
        "Ladda ner bild (PNG)",
        "Ladda ner bild (SVG)",
        "Ladda ner data (CSV)",
        "Ladda ner data (Excel)",
    ]
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


LEADER_PASSWORD = "ledarlösen 2026"
ADMIN_PASSWORD = "hemligt lösen"


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    """A fake clock for the login throttles, and no failures left from other tests."""
    with login_clock(monkeypatch) as fake:
        yield fake


def _workshop(language: str = "sv", **secrets: str) -> AppTest:
    """The workshop mode in a new browser session, with ``secrets`` configured."""
    app = AppTest.from_file(APP, default_timeout=60)
    for key, value in secrets.items():
        app.secrets[key] = value
    app.run()
    app.query_params.clear()
    app.query_params["cf_mode"] = "workshop"
    if language != "sv":
        app.query_params["lang"] = language
    app.switch_page(PAGE).run()
    assert not app.exception, app.exception
    return app


def _leader(language: str = "sv") -> AppTest:
    """A session logged in as workshop leader."""
    app = _workshop(language, workshop_leader_password=LEADER_PASSWORD)
    _log_in_as_leader(app, LEADER_PASSWORD)
    assert not app.error, [e.value for e in app.error]
    return app


def _log_in_as_leader(app: AppTest, password: str) -> None:
    app.text_input(key="cf_ws_leader_pw").input(password)
    [button] = [b for b in app.button if b.label in ("Logga in som ledare", "Log in as leader")]
    button.click().run()
    assert not app.exception, app.exception


def _code(app: AppTest) -> str:
    texts = [info.value for info in app.info if "kod att dela" in info.value]
    [code] = re.findall(r"\*\*([A-Z0-9]{4}-[A-Z0-9]{4})\*\*", texts[0])
    return code


def _create(app: AppTest, name: str, label: str = "Skapa session") -> None:
    app.text_input(key="cf_ws_new_name").input(name)
    _click(app, label)
    assert not app.exception, app.exception


def _leader_tools(app: AppTest) -> set[str]:
    """Which of the leader's tools a session shows."""
    keys = {w.key for w in (*app.text_input, *app.selectbox, *app.button, *app.text_area)}
    tools = {"cf_ws_new_name", "cf_ws_session", "cf_ws_adopt_pair", "cf_ws_import", "cf_ws_close"}
    shown = keys & tools
    if app.get("file_uploader"):
        shown.add("upload")
    if any(b.proto.label.startswith("Exportera") for b in app.get("download_button")):
        shown.add("export")
    return shown


def test_workshop_scoring_disagreement_and_adoption(
    demo_db_path: Path, workshop_backend: str
) -> None:
    app = _leader()
    assert any("ingen session" in info.value for info in app.info)
    _create(app, "Nobelmötet 2026")
    assert app.selectbox(key="cf_ws_session").value == 1
    assert any("Sessionen är skapad" in s.value for s in app.success)

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
    app = _leader("en")
    _create(app, "County round", "Create session")
    _click(app, "Save my scores")
    assert any("name or role" in e.value for e in app.error)
    app.text_input(key="cf_ws_rater").input("Cecilia")
    _click(app, "Save my scores")
    assert any("Rad 2" in e.value and "comment" in e.value for e in app.error)
    assert any("No scores" in info.value for info in app.info)


def test_a_rater_joins_by_code_and_scores_only_there(
    demo_db_path: Path, workshop_backend: str
) -> None:
    leader = _leader()
    _create(leader, "Första")
    _create(leader, "Andra")
    code = _code(leader)  # the new session is the one shown
    assert _leader_tools(leader) >= {"cf_ws_new_name", "cf_ws_session", "cf_ws_close"}

    rater = _workshop(workshop_leader_password=LEADER_PASSWORD)
    assert _leader_tools(rater) == set()
    assert not rater.get("multiselect"), "no scoring before joining"
    rater.text_input(key="cf_ws_code").input("ABCD-EFGH")
    _click(rater, "Gå med")
    assert any("Ingen öppen session har den koden" in e.value for e in rater.error)
    rater.text_input(key="cf_ws_code").input(code.lower().replace("-", " "))
    _click(rater, "Gå med")
    assert any("poängsätter i sessionen **Andra**" in i.value for i in rater.info)
    rater.text_input(key="cf_ws_rater").input("Deltagare 1")
    pairs = rater.multiselect(key="cf_ws_pairs").value
    for index in range(len(pairs)):
        rater.text_input(key=f"cf_ws_comment_{index}").input("motiverat")
    _click(rater, "Spara mina poäng")
    assert not rater.error, [e.value for e in rater.error]
    assert _leader_tools(rater) == set(), "a rater never sees the leader's tools"

    leader.run()
    labels = leader.selectbox(key="cf_ws_session").options
    assert any("Andra" in o and "1 bedömare" in o for o in labels)
    assert any("Första" in o and "0 bedömare" in o for o in labels)


def test_a_closed_session_can_no_longer_be_joined(
    demo_db_path: Path, workshop_backend: str
) -> None:
    leader = _leader()
    _create(leader, "Avslutas")
    code = _code(leader)
    _click(leader, "Stäng sessionen")
    assert any("är stängd" in s.value for s in leader.success)
    assert not leader.get("multiselect"), "no scoring in a closed session"
    rater = _workshop(workshop_leader_password=LEADER_PASSWORD)
    rater.text_input(key="cf_ws_code").input(code)
    _click(rater, "Gå med")
    assert any("Ingen öppen session" in e.value for e in rater.error)


def test_without_a_leader_password_nobody_leads(demo_db_path: Path, workshop_file: Path) -> None:
    app = _workshop(workshop_leader_password=" ")
    assert any("Inloggning för workshopledare är avstängd" in i.value for i in app.info)
    assert any("workshop_leader_password" in w.value for w in app.warning)
    assert _leader_tools(app) == set()
    plain = _workshop()
    assert any("Inloggning för workshopledare är avstängd" in i.value for i in plain.info)
    assert not plain.warning


def test_leader_logins_are_throttled(
    demo_db_path: Path, workshop_file: Path, clock: FakeClock
) -> None:
    app = _workshop(workshop_leader_password=LEADER_PASSWORD)
    for _ in range(3):
        _log_in_as_leader(app, "gissning")
    assert "Vänta 1 sekunder" in app.error[0].value
    _log_in_as_leader(app, LEADER_PASSWORD)
    assert "Vänta 1 sekunder" in app.error[0].value
    assert _leader_tools(app) == set()
    clock.advance(1)
    _log_in_as_leader(app, LEADER_PASSWORD)
    assert "cf_ws_new_name" in _leader_tools(app)


def test_an_administrator_leads_the_workshop(demo_db_path: Path, workshop_file: Path) -> None:
    app = admin_page(ADMIN_PASSWORD)
    log_in(app, ADMIN_PASSWORD)
    assert app.tabs
    app.query_params["cf_mode"] = "workshop"
    app.switch_page(PAGE).run()
    assert not app.exception, app.exception
    assert any("inloggad som administratör" in c.value for c in app.caption)
    _create(app, "Adminrunda")
    assert app.selectbox(key="cf_ws_session").value == 1


def test_a_workshop_server_that_is_down_leaves_the_rest_of_the_page_working(
    demo_db_path: Path, workshop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing listens on port 1: the matrix shows the starting set with a warning, joining
    a round says the server does not answer, and the password is never shown."""
    monkeypatch.setenv("RUS_WORKSHOP_URL", "postgresql://rus:hemligt123@127.0.0.1:1/rus")
    app = _page(demo_db_path)
    assert not app.exception and not app.error
    assert any("startförslaget utan dem" in w.value for w in app.warning)
    assert _specs(app), "the matrix is drawn from the starting set"
    rater = _workshop()
    rater.text_input(key="cf_ws_code").input("ABCD-EFGH")
    _click(rater, "Gå med")
    errors = [e.value.replace("\\", "") for e in rater.error]  # Markdown escapes out
    assert any("svarar inte" in e and "127.0.0.1:1" in e for e in errors), errors
    shown = [w.value for w in (*app.warning, *rater.warning, *rater.error)]
    assert not any("hemligt123" in text for text in shown)
