"""The admin page: locked without secrets, password login, undo, and fresh data after imports."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from rus_data.config import PROJECT_ROOT
from rus_data.imports.service import FileImport, import_file

APP = str(PROJECT_ROOT / "app.py")
ADMIN = "pages/admin/page.py"


@pytest.fixture()
def app_db(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the demo database that the app under test reads (and may write)."""
    target = tmp_path / "rus.duckdb"
    shutil.copyfile(demo_db_path, target)
    monkeypatch.setenv("RUS_DB", str(target))
    return target


def _admin(password: str | None = None) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)
    if password is not None:
        app.secrets["admin_password"] = password
    app.run()
    app.switch_page(ADMIN).run()
    assert not app.exception, app.exception
    return app


def _log_in(app: AppTest, password: str) -> None:
    app.text_input(key="admin_pw").input(password)
    app.button[0].click().run()  # the form's submit button
    assert not app.exception, app.exception


def test_without_secrets_imports_are_disabled(app_db: Path) -> None:
    app = _admin()
    assert app.title[0].value == "Import och källor"
    assert any("Import är avstängd" in info.value for info in app.info)
    assert not app.text_input, "no password field when no password is configured"


def test_wrong_then_right_password(app_db: Path) -> None:
    app = _admin("hemligt")
    _log_in(app, "fel")
    assert any(e.value == "Fel lösenord." for e in app.error)
    assert not app.tabs
    _log_in(app, "hemligt")
    assert [tab.label for tab in app.tabs] == [
        "Importera fil",
        "Hämta från Kolada",
        "Källor",
        "Mallar",
    ]
    shown = app.dataframe[0].value
    assert "Exempeldata – inte officiell statistik" in set(shown["Namn"])


def test_undo_from_the_page(app_db: Path) -> None:
    text = "objective_id;region_code;year;status;trend\n2;20;2031;JA;POSITIV\n"
    result = import_file(app_db, FileImport(text.encode(), "dalarna.csv"))
    app = _admin("hemligt")
    _log_in(app, "hemligt")
    app.selectbox(key="admin_undo_pick").set_value(result.source_id).run()
    assert app.button(key="admin_undo").disabled
    app.checkbox(key="admin_undo_confirm").check().run()
    app.button(key="admin_undo").click().run()
    assert not app.exception, app.exception
    with duckdb.connect(str(app_db), read_only=True) as connection:
        left = connection.execute("SELECT count(*) FROM assessment WHERE year = 2031").fetchall()
    assert left == [(0,)]
    assert "dalarna.csv" not in set(app.dataframe[0].value["Namn"])


def test_the_app_shows_imported_data_without_restart(app_db: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert not app.exception, app.exception
    assert "2031" not in app.select_slider(key="year").options
    text = "objective_id;region_code;year;status;trend\n" + "".join(
        f"{objective};00;2031;NEJ;NEGATIV\n" for objective in range(1, 17)
    )
    import_file(app_db, FileImport(text.encode(), "riket 2031.csv"))
    app.run()  # the next rerun of the same session sees the new year
    assert "2031" in app.select_slider(key="year").options
    app.select_slider(key="year").set_value(2031).run()
    assert not app.exception, app.exception
    labels = {metric.label: metric.value for metric in app.metric}
    assert labels["✗ Nej, nås inte"] == "16"
    assert labels["✓ Ja, nås"] == "0"


def test_kolada_sync_from_the_page(app_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.support.fake_apis import FakeServer, kolada_route, serve

    with serve(FakeServer(kolada_route(page_size=1000)), "/v3") as fake:
        monkeypatch.setenv("KOLADA_BASE_URL", fake.base_url)
        app = _admin("hemligt")
        _log_in(app, "hemligt")
        app.text_input(key="admin_kpis").input("N07945")
        app.text_input(key="admin_years").input("2021-2022")
        app.radio(key="admin_better").set_value("higher")
        next(b for b in app.button if b.label == "Hämta och spara").click().run()
    assert not app.exception, app.exception
    assert any(s.value == "Klart: 1\u202f746 värden sparade från Kolada." for s in app.success)
    with duckdb.connect(str(app_db), read_only=True) as connection:
        better = connection.execute("SELECT better FROM indicator WHERE id = 'N07945'").fetchall()
    assert better == [("higher",)]
    assert "Kolada N07945" in set(app.dataframe[0].value["Namn"])
