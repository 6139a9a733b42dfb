"""AppTest runs of the app: every page, both languages, state in the URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from rus_data.config import PROJECT_ROOT
from ui.pages import PAGES

APP = str(PROJECT_ROOT / "app.py")
# Pages whose first view shows no demo data (and so, honestly, no demo notice).
PAGES_WITHOUT_DEMO_DATA_BY_DEFAULT = {"pages/conflicts.py"}


def _app(demo_db_path: Path, **query: str) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        app.query_params[key] = value
    return app


@pytest.mark.parametrize("page", [p.script for p in PAGES])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_page_runs_without_exception(demo_db_path: Path, page: str, language: str) -> None:
    app = _app(demo_db_path, lang=language)
    app.run()
    app.switch_page(page).run()
    assert not app.exception, app.exception
    assert app.title, "every page has a title"
    if page not in PAGES_WITHOUT_DEMO_DATA_BY_DEFAULT:
        assert any("Exempeldata" in w.value or "Example data" in w.value for w in app.warning)


def test_overview_in_swedish_by_default(demo_db_path: Path) -> None:
    app = _app(demo_db_path)
    app.run()
    assert app.title[0].value == "Översikt"
    assert "Exempeldata – inte officiell statistik" in app.warning[0].value
    labels = [m.label for m in app.metric]
    assert labels[:3] == ["✓ Ja, nås", "◐ Nära att nås", "✗ Nej, nås inte"]
    assert dict(app.query_params) == {}


def test_language_switch_translates_and_goes_to_url(demo_db_path: Path) -> None:
    app = _app(demo_db_path)
    app.run()
    app.radio(key="lang").set_value("en").run()
    assert app.title[0].value == "Overview"
    assert "Example data – not official statistics" in app.warning[0].value
    assert app.query_params["lang"] == "en"
    assert app.sidebar.selectbox(key="region").label == "Area"


def test_state_from_url_is_used_and_validated(demo_db_path: Path) -> None:
    app = _app(demo_db_path, region="14", year="2019")
    app.run()
    assert app.selectbox(key="region").value == "14"
    assert app.select_slider(key="year").value == 2019
    assert any("2019 i Västra Götalands län" in m.value for m in app.markdown)

    hostile = _app(demo_db_path, region="x' OR 1=1", year="1066", lang="xx")
    hostile.run()
    assert not hostile.exception
    assert hostile.selectbox(key="region").value == "00"
    assert hostile.select_slider(key="year").value == 2024
    assert hostile.radio(key="lang").value == "sv"


def test_metrics_match_the_query(demo_db_path: Path) -> None:
    import duckdb

    app = _app(demo_db_path, region="25", year="2022")
    app.run()
    with duckdb.connect(str(demo_db_path), read_only=True) as connection:
        expected = dict(
            connection.execute(
                "SELECT status, count(*) FROM assessment WHERE region_code = '25' AND year = 2022 "
                "GROUP BY status"
            ).fetchall()
        )
    shown = [int(m.value) for m in app.metric[:3]]
    assert shown == [expected.get(s, 0) for s in ("JA", "NÄRA", "NEJ")]


def test_state_survives_a_rerun_and_page_change(demo_db_path: Path) -> None:
    app = _app(demo_db_path)
    app.run()
    app.selectbox(key="region").set_value("01").run()
    for page in PAGES:
        app.switch_page(page.script).run()
        assert app.selectbox(key="region").value == "01"
        assert app.query_params["region"] == "01"


def test_every_text_has_both_languages() -> None:
    from ui.i18n import _all_texts

    for key, entry in _all_texts().items():
        assert entry.get("sv") and entry.get("en"), key


def test_app_builds_a_missing_database_on_first_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "fresh" / "rus.duckdb"
    monkeypatch.setenv("RUS_DB", str(path))
    app = AppTest.from_file(APP, default_timeout=120)
    app.run()
    assert not app.exception, app.exception
    assert path.exists()
    assert app.status[0].label == "Databasen är byggd."
    assert app.title[0].value == "Översikt"


@pytest.mark.legacy_pages
@pytest.mark.parametrize("page", [p.script for p in PAGES[1:]])
def test_first_request_of_a_fresh_process_draws_the_frame(demo_db_path: Path, page: str) -> None:
    """In the legacy ``pages/`` mode a page runs without app.py; it must draw the frame."""
    app = _app(demo_db_path, region="12", lang="en")
    app.run()
    app.switch_page(page).run()
    assert not app.exception, app.exception
    assert app.sidebar.selectbox(key="region").value == "12"
    assert app.sidebar.radio(key="lang").value == "en"


def test_outdated_database_with_imports_gets_a_clear_message(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    import duckdb

    path = tmp_path / "old.duckdb"
    shutil.copyfile(demo_db_path, path)
    with duckdb.connect(str(path)) as connection:
        connection.execute(
            "INSERT INTO source (id, name, fetched_at, is_demo, kind) "
            "VALUES (99, 'län.csv', now(), false, 'import')"
        )
        connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    monkeypatch.setenv("RUS_DB", str(path))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert not app.exception, app.exception
    assert "äldre version" in app.error[0].value
    assert "python -m rus_data build" in app.error[0].value


def test_english_source_line_and_nation_name(demo_db_path: Path) -> None:
    import json

    app = _app(demo_db_path, lang="en")
    app.run()
    captions = [c.value for c in app.caption if c.value.startswith("Source:")]
    assert captions and "Source: Example data – not official statistics" in captions[0]
    spec = json.loads(app.get("vega_lite_chart")[0].proto.spec)
    assert spec["title"]["subtitle"].startswith("Source: Example data")


def test_matrix_names_the_nation_in_the_interface_language(db) -> None:
    from rus_data import queries
    from rus_data.charts.overview import matrix_frame

    for language, nation in (("sv", "Sverige"), ("en", "Sweden")):
        frame = matrix_frame(queries.assessment_matrix(db, 2024, language), language)
        assert nation in set(frame["row_label"])
        assert "AB Stockholms län" in set(frame["row_label"])


def test_overview_matrix_downloads(demo_db_path: Path) -> None:
    app = _app(demo_db_path, year="2020")
    app.run()
    labels = [b.proto.label for b in app.get("download_button")]
    assert labels == ["PNG", "SVG", "Data (CSV)"]
    assert all(b.proto.deferred_file_id for b in app.get("download_button"))  # made on click
