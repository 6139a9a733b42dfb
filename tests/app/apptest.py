"""Helpers for AppTest runs of the app's pages."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from rus_data.config import PROJECT_ROOT

APP = str(PROJECT_ROOT / "app.py")


def open_page(page: str, **query: str) -> AppTest:
    """Open ``page`` with ``query`` in its URL, as a link would, and check it raised nothing.

    AppTest knows the pages only after a first run of the app, so the app runs once on its
    start page; the link's address then replaces the URL, as when a user follows it.
    """
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.query_params.clear()
    for key, value in query.items():
        app.query_params[key] = value
    app.switch_page(page).run()
    assert not app.exception, app.exception
    return app


def subtitle_text(spec: dict) -> str:
    """A drawn chart's subtitle as one string (its lines joined: long lines wrap, see
    :mod:`rus_data.charts.narrow`)."""
    subtitle = spec.get("title", {}).get("subtitle", "")
    return " ".join(subtitle) if isinstance(subtitle, list) else str(subtitle)


def admin_page(password: str | None = None) -> AppTest:
    """The admin page, with ``password`` as the administrator's secret (none: imports off)."""
    app = AppTest.from_file(APP, default_timeout=60)
    if password is not None:
        app.secrets["admin_password"] = password
    app.run()
    app.switch_page("pages/admin/page.py").run()
    assert not app.exception, app.exception
    return app


def log_in(app: AppTest, password: str) -> None:
    """Log in on the admin page's form with ``password``."""
    app.text_input(key="admin_pw").input(password)
    app.button[0].click().run()  # the form's submit button
    assert not app.exception, app.exception
