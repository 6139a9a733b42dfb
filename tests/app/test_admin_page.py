"""The admin page: locked without secrets, password login, undo, and fresh data after imports."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from rus_data.config import PROJECT_ROOT
from rus_data.imports.service import FileImport, import_file
from tests.app.apptest import admin_page, log_in
from tests.support.clock import FakeClock, login_clock

APP = str(PROJECT_ROOT / "app.py")
ADMIN = "pages/admin/page.py"
PASSWORD = "hemligt lösen"  # a configured password needs at least eight characters


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    """A fake clock for the login throttles, and no failures left from other tests."""
    with login_clock(monkeypatch) as fake:
        yield fake


def test_without_secrets_imports_are_disabled(app_db: Path) -> None:
    app = admin_page()
    assert app.title[0].value == "Import och källor"
    assert any("Import är avstängd" in info.value for info in app.info)
    assert not app.text_input, "no password field when no password is configured"


def test_wrong_then_right_password(app_db: Path) -> None:
    app = admin_page(PASSWORD)
    log_in(app, "fel")
    assert any(e.value == "Fel lösenord." for e in app.error)
    assert not app.tabs
    log_in(app, PASSWORD)
    assert [tab.label for tab in app.tabs] == [
        "Importera fil",
        "Hämta från Kolada",
        "Källor",
        "Mallar",
    ]
    shown = app.dataframe[0].value
    assert "Exempeldata – inte officiell statistik" in set(shown["Namn"])


@pytest.mark.parametrize("password", [" ", "\t\n", "kort", "  sju7ten  "])
def test_a_blank_or_short_password_counts_as_not_configured(app_db: Path, password: str) -> None:
    app = admin_page(password)
    assert any("Import är avstängd" in info.value for info in app.info)
    assert any("minst 8 tecken" in w.value and "admin_password" in w.value for w in app.warning)
    assert not app.text_input, "no password field for a password that is not usable"


def test_failed_logins_are_slowed_down_then_locked(app_db: Path, clock: FakeClock) -> None:
    app = admin_page(PASSWORD)
    for _ in range(2):
        log_in(app, "fel")
        assert [e.value for e in app.error] == ["Fel lösenord."]
    log_in(app, "fel")
    assert [e.value for e in app.error] == [
        "Fel lösenord. För många felaktiga försök. Vänta 1 sekunder innan du försöker igen."
    ]
    log_in(app, PASSWORD)  # the right password, but too soon: not even checked
    assert "Vänta 1 sekunder" in app.error[0].value
    assert not app.tabs
    clock.advance(1)
    log_in(app, PASSWORD)
    assert not app.error and app.tabs


def test_a_new_session_does_not_escape_the_lock(app_db: Path, clock: FakeClock) -> None:
    guesser = admin_page(PASSWORD)
    for wait in (0, 0, 1, 2, 4, 8, 16, 30, 30):
        log_in(guesser, "fel")
        clock.advance(wait)
    log_in(guesser, "fel")  # the tenth failure within ten minutes
    assert "inloggningen är låst. Försök igen om 60 sekunder." in guesser.error[0].value
    clock.advance(30)
    fresh = admin_page(PASSWORD)  # a new browser session, with the right password
    log_in(fresh, PASSWORD)
    assert "inloggningen är låst. Försök igen om 30 sekunder." in fresh.error[0].value
    assert not fresh.tabs
    clock.advance(30)
    log_in(fresh, PASSWORD)
    assert fresh.tabs


def test_undo_from_the_page(app_db: Path) -> None:
    text = "objective_id;region_code;year;status;trend\n2;20;2031;JA;POSITIV\n"
    result = import_file(app_db, FileImport(text.encode(), "dalarna.csv"))
    app = admin_page(PASSWORD)
    log_in(app, PASSWORD)
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


@contextmanager
def _logged_in_beside_kolada(monkeypatch: pytest.MonkeyPatch, page_size: int) -> Iterator[AppTest]:
    """The admin page, logged in, with a fake Kolada (pages of ``page_size``) to sync from."""
    from tests.support.fake_apis import kolada_for_the_app

    with kolada_for_the_app(monkeypatch, page_size=page_size):
        app = admin_page(PASSWORD)
        log_in(app, PASSWORD)
        yield app


def test_kolada_sync_from_the_page(app_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with _logged_in_beside_kolada(monkeypatch, page_size=1000) as app:
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


def test_objectives_indicators_in_one_click(app_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with _logged_in_beside_kolada(monkeypatch, page_size=5000) as app:
        app.text_input(key="admin_years").input("2021-2022")
        app.button(key="admin_objectives").click().run()
    assert not app.exception, app.exception
    done = [s.value for s in app.success if "nyckeltal sparade från Kolada" in s.value]
    assert done and done[0].endswith(
        "för 13 nyckeltal sparade från Kolada; 2 av dem saknar granskad riktning och visas utan "
        "omdöme."
    ), done
    with duckdb.connect(str(app_db), read_only=True) as connection:
        linked = connection.execute(
            "SELECT indicator_id FROM indicator_objective WHERE objective_id = 7 "
            "AND indicator_id IN ('N85047', 'N85600') ORDER BY 1"
        ).fetchall()
    assert linked == [("N85047",), ("N85600",)]
