"""AppTest runs of the app: every page, both languages, state in the URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from rus_data.config import PROJECT_ROOT
from tests.app.apptest import open_page, subtitle_text
from ui.navigation import PAGES

APP = str(PROJECT_ROOT / "app.py")
# Pages whose first view shows no demo data (and so, honestly, no demo notice).
PAGES_WITHOUT_DEMO_DATA_BY_DEFAULT = {"pages/conflicts/page.py"}


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


def test_choices_survive_the_navigation_emptying_the_url(demo_db_path: Path) -> None:
    """In a browser, Streamlit empties the query string when the sidebar switches pages;
    the shared choices must come back into the URL rather than fall back to the defaults."""
    app = open_page("pages/overview/page.py", region="14", year="2020", lang="en")
    for page in ("pages/trends/page.py", "pages/map/page.py", "pages/overview/page.py"):
        app.query_params.clear()  # what the browser's page switch does
        app.switch_page(page).run()
        assert app.selectbox(key="region").value == "14"
        assert app.select_slider(key="year").value == 2020
        assert app.radio(key="lang").value == "en"
        assert dict(app.query_params) == {"region": "14", "year": "2020", "lang": "en"}


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


def test_outdated_database_with_imports_gets_a_clear_message(app_db: Path) -> None:

    import duckdb

    with duckdb.connect(str(app_db)) as connection:
        connection.execute(
            "INSERT INTO source (id, name, fetched_at, is_demo, kind) "
            "VALUES (99, 'län.csv', now(), false, 'import')"
        )
        connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
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
    assert subtitle_text(spec).startswith("Source: Example data")


def test_overview_matrix_downloads(demo_db_path: Path) -> None:
    app = _app(demo_db_path, year="2020")
    app.run()
    labels = [b.proto.label for b in app.get("download_button")]
    assert labels == ["PNG", "SVG", "Data (CSV)", "Data (Excel)"]
    assert all(b.proto.deferred_file_id for b in app.get("download_button"))  # made on click


def test_a_partly_invalid_link_says_so_once_and_as_text(demo_db_path: Path) -> None:
    app = open_page("pages/trends/page.py", region="99", tr_obj="[x](http://e)", tr_mode="idx")
    notices = [w.value for w in app.warning if "Länken var delvis ogiltig" in w.value]
    assert len(notices) == 1
    assert "region\\=99" in notices[0]
    assert "\\[x\\]\\(http\\://e\\)" in notices[0]  # escaped: no live link
    assert app.selectbox(key="region").value == "00"
    assert dict(app.query_params) == {"tr_mode": "idx"}  # the valid part of the link stays
    app.run()
    assert not [w for w in app.warning if "Länken var delvis ogiltig" in w.value]


def test_an_empty_state_keeps_the_link_and_the_share_control(demo_db_path: Path) -> None:
    """A page that ends early (nothing chosen yet) still writes its choices to the URL."""
    app = open_page("pages/peers/page.py", peer_mode="custom", region="14")
    assert any("Välj minst en kommun" in info.value for info in app.info)
    assert app.query_params.get("peer_mode") == "custom"
    assert app.query_params.get("region") == "14"
    links = [code.value for code in app.code]
    assert any("peer_mode=custom" in link and "region=14" in link for link in links), links
