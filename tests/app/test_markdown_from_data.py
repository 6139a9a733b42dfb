"""Names, units, group names and source names from imports are shown as text on every page:
no image is loaded, no link made live and no heading restyled by Markdown in the data."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.apptest import admin_page, log_in, open_page
from tests.support.fake_apis import kolada_for_the_app
from tests.support.hostile import (
    HOSTILE_GROUP_SET,
    HOSTILE_INDICATOR,
    HOSTILE_TEXT,
    markdown_leaks,
)

PASSWORD = "ett långt lösenord för provet"

VIEWS = [
    ("pages/overview/page.py", {"year": "2031"}),
    ("pages/map/page.py", {"map_ind": HOSTILE_INDICATOR}),
    ("pages/map/page.py", {"map_ind": HOSTILE_INDICATOR, "map_level": "lan", "map_show": "change"}),
    ("pages/map/page.py", {"map_mode": "assessment", "year": "2031", "map_year": "2031"}),
    ("pages/trends/page.py", {"tr_ind": HOSTILE_INDICATOR, "year": "2031"}),
    ("pages/trends/page.py", {"tr_ind": HOSTILE_INDICATOR, "tr_mode": "idx", "region": "01"}),
    ("pages/conflicts/page.py", {"cf_mode": "ranking", "region": "01"}),
    ("pages/conflicts/page.py", {"cf_mode": "trends"}),
    ("pages/peers/page.py", {"peer_ind": HOSTILE_INDICATOR}),
    ("pages/peers/page.py", {"peer_mode": "group", "peer_set": HOSTILE_GROUP_SET}),
    (
        "pages/peers/page.py",
        {"peer_mode": "similar", "peer_sim": f"{HOSTILE_INDICATOR},ghg_emissions_per_capita"},
    ),
    ("pages/peers/page.py", {"peer_obj": "custom", "peer_prof": HOSTILE_INDICATOR}),
]


@pytest.mark.parametrize(("page", "query"), VIEWS)
def test_imported_text_is_shown_as_text(hostile_db: Path, page: str, query: dict) -> None:
    app = open_page(page, **query)
    assert not app.error, [e.value for e in app.error]
    assert markdown_leaks(app) == []


def _admin() -> AppTest:
    app = admin_page(PASSWORD)
    log_in(app, PASSWORD)
    assert app.selectbox(key="admin_undo_pick")  # logged in: the sources and their undo
    return app


def test_imported_text_on_the_admin_page(hostile_db: Path) -> None:
    assert markdown_leaks(_admin()) == []


def test_kolada_messages_quote_names_as_text(
    hostile_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with kolada_for_the_app(monkeypatch):
        app = _admin()
        app.text_input(key="admin_kpis").input(HOSTILE_TEXT)
        next(b for b in app.button if b.label == "Hämta och spara").click().run()
    assert not app.exception, app.exception
    assert app.error, "the sync is refused"
    assert markdown_leaks(app) == []


def test_basket_titles_sources_and_notes_are_shown_as_text(hostile_db: Path) -> None:
    app = open_page("pages/peers/page.py", peer_ind=HOSTILE_INDICATOR)
    app.button(key="pres_add_peer_time").click().run()
    app.switch_page("pages/presentation/page.py").run()
    (item,) = app.session_state["_pres_basket"]
    app.text_area(key=f"pres_n_{item.item_id}").input(HOSTILE_TEXT).run()
    leaks = markdown_leaks(app)
    app.button(key="pres_start").click().run()
    app.toggle(key="pres_notes").set_value(True).run()
    assert not app.exception, app.exception
    assert leaks + markdown_leaks(app) == []
