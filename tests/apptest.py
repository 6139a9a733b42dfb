"""Helpers for AppTest runs of the app's pages."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from rus_data.config import PROJECT_ROOT

APP = str(PROJECT_ROOT / "app.py")


def open_page(page: str, **query: str) -> AppTest:
    """Run the app with ``query`` in the URL, switch to ``page`` and check it raised nothing."""
    app = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    app.switch_page(page).run()
    assert not app.exception, app.exception
    return app
