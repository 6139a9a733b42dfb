"""The presentation basket in the app (AppTest): adding from every page, editing, presentation
mode and the "Kopiera länk" control."""

from __future__ import annotations

import duckdb
import pytest

from rus_data.presentation.annual import annual_follow_up
from tests.app.apptest import open_page
from ui.navigation import PAGES

PAGES_WITH_CHARTS = {
    "pages/overview/page.py": ("overview", {"region": "14"}),
    "pages/map/page.py": ("map", {"region": "14"}),
    "pages/trends/page.py": ("trends", {"region": "14", "tr_obj": "2"}),
    "pages/conflicts/page.py": ("conflicts", {}),
    "pages/peers/page.py": ("peers", {"region": "14"}),
}


def basket(app) -> list:
    return [item.slide for item in app.session_state["_pres_basket"]]


def add_buttons(app) -> list:
    return [b for b in app.button if (b.key or "").startswith("pres_add_")]


@pytest.mark.parametrize("script", list(PAGES_WITH_CHARTS))
def test_every_page_adds_its_view_to_the_basket(demo_db_path, script: str) -> None:
    page, query = PAGES_WITH_CHARTS[script]
    app = open_page(script, **query)
    buttons = add_buttons(app)
    assert buttons, f"{script} has no 'Lägg till i presentation' button"
    assert all(b.label == "Lägg till i presentation" for b in buttons)
    buttons[0].click().run()
    assert not app.exception
    (slide,) = basket(app)
    assert slide.page == page
    assert slide.title
    assert slide.source_line.startswith("Källa:")
    for key, value in query.items():
        assert slide.query.get(key) == value
    spec = __import__("json").loads(slide.spec_json)
    assert spec.get("background") == "white"
    assert spec.get("width") != "container"
    assert all(isinstance(data, list) for data in spec.get("datasets", {}).values())
    # demo data are labelled, the interactions' starting set is a proposal, not demo statistics
    assert slide.shows_demo is (page != "conflicts")


def test_the_map_adds_its_static_map(demo_db_path) -> None:
    app = open_page("pages/map/page.py", region="14")
    next(b for b in add_buttons(app) if b.key == "pres_add_map").click().run()
    (slide,) = basket(app)
    assert slide.kind == "map"
    assert '"geoshape"' in slide.spec_json


def _two_items(app) -> None:
    add_buttons(app)[0].click().run()
    app.switch_page("pages/trends/page.py").run()
    add_buttons(app)[0].click().run()
    app.switch_page("pages/presentation/page.py").run()
    assert not app.exception


def test_presentation_page_lists_orders_retitles_and_removes(demo_db_path) -> None:
    app = open_page("pages/overview/page.py")
    _two_items(app)
    first, second = basket(app)
    assert "Bedömning per län" in first.title
    ids = [item.item_id for item in app.session_state["_pres_basket"]]
    title_inputs = [w for w in app.text_input if (w.key or "").startswith("pres_t_")]
    assert [w.value for w in title_inputs] == [first.title, second.title]
    app.button(key=f"pres_down_{ids[0]}").click().run()
    assert [s.title for s in basket(app)] == [second.title, first.title]
    app.text_input(key=f"pres_t_{ids[0]}").input("Läget i länen").run()
    app.text_area(key=f"pres_n_{ids[0]}").input("Tre mål har blivit sämre.").run()
    moved_first = basket(app)[1]
    assert moved_first.title == "Läget i länen"
    assert moved_first.notes == "Tre mål har blivit sämre."
    app.button(key=f"pres_rm_{ids[1]}").click().run()
    assert [s.title for s in basket(app)] == ["Läget i länen"]
    assert any("Öppna vyn" in m.value for m in app.markdown)


def test_presentation_mode_steps_through_the_basket(demo_db_path) -> None:
    app = open_page("pages/overview/page.py")
    _two_items(app)
    app.button(key="pres_start").click().run()
    assert app.query_params["present"] == "1"
    assert any("Bild 1 av 2" in m.value for m in app.markdown)
    assert app.button(key="pres_prev").disabled
    app.button(key="pres_next").click().run()
    assert any("Bild 2 av 2" in m.value for m in app.markdown)
    assert app.button(key="pres_next").disabled
    assert not [b for b in app.button if b.key == "pres_start"]  # the editor is hidden
    app.button(key="pres_exit").click().run()
    assert "present" not in app.query_params
    assert [b for b in app.button if b.key == "pres_start"]


def test_empty_basket_says_how_to_fill_it(demo_db_path) -> None:
    app = open_page("pages/presentation/page.py", lang="en")
    assert any("The basket is empty" in i.value for i in app.info)
    assert not [b for b in app.button if b.key == "pres_start"]


def test_copy_link_holds_the_page_state(demo_db_path) -> None:
    app = open_page("pages/trends/page.py", region="14", tr_obj="2")
    links = [c.value for c in app.code]
    assert any(
        link.startswith("./trends?") and "tr_obj=2" in link and "region=14" in link
        for link in links
    ), links


def test_ready_made_yearly_deck_goes_into_the_basket(demo_db_path, db) -> None:
    app = open_page("pages/presentation/page.py", region="14")
    assert app.selectbox(key="pres_annual_area").value == "14"
    download = [
        d for d in app.get("download_button") if d.proto.id and "pres_annual_pptx" in d.proto.id
    ]
    assert download, "the one-click download of the yearly deck is offered"
    app.button(key="pres_annual_basket").click().run()
    assert not app.exception
    slides = basket(app)
    assessed = db.execute(
        "SELECT count(DISTINCT objective_id) FROM assessment WHERE region_code = ? AND year = ?",
        ["14", 2024],
    ).fetchone()[0]
    map_slides = -(-assessed // 6)  # small multiples: six objectives' maps to a slide
    assert len(slides) == 3 + map_slides
    assert app.text_input(key="pres_deck_title").value == "Regional årlig uppföljning 2024"
    assert app.text_input(key="pres_deck_area").value == "Västra Götalands län"
    assert sum(s.kind == "map" for s in slides) == map_slides
    assert all(s.source_line.startswith("Källa:") for s in slides)
    messages, ids = app.session_state["_pres_key_messages"]  # the deck from the basket has them
    assert messages[0].startswith("Västra Götalands län 2024:") and len(ids) == len(slides)


@pytest.mark.parametrize(("region", "language"), [("14", "sv"), ("00", "en")])
def test_the_yearly_decks_links_open_their_views(demo_db_path, region: str, language: str) -> None:
    """Each slide's link opens its page with every choice of the link understood and kept."""
    with duckdb.connect(str(demo_db_path), read_only=True) as connection:
        year = connection.execute("SELECT max(year) FROM assessment").fetchone()[0]
        _, slides = annual_follow_up(connection, region, year, language)
    pages = {spec.url_path for spec in PAGES}
    links = {(slide.page, tuple(sorted(slide.query.items()))) for slide in slides}
    assert {page for page, _ in links} <= pages
    assert any(dict(query).get("map_mode") == "assessment" for _, query in links)
    for page, query in sorted(links)[:6]:  # one of each kind of slide, and a few maps
        app = open_page(f"pages/{page}/page.py", **dict(query))
        assert not [w for w in app.warning if "Länken var delvis ogiltig" in w.value]
        assert not [w for w in app.warning if "The link was partly invalid" in w.value]
        assert dict(query).get("lang", "sv") == language
        for key, value in query:
            assert app.query_params.get(key, value) == value, (page, key)
