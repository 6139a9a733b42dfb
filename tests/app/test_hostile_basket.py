"""A stranger's saved basket on the Presentation page (AppTest): refused with a Swedish message
while the page keeps running; a spec that slips past still cannot take the process down; and
every chart the app itself adds can be saved and opened again."""

from __future__ import annotations

import json
import os

import pytest
from streamlit.testing.v1 import AppTest

from rus_data.presentation.basket import BasketItem, basket_json, slides_from_basket_json
from rus_data.presentation.slide import Slide
from tests.app.apptest import open_page

SEQUENCE = json.dumps(  # 140 bytes, three million generated rows: V8 aborted the server
    {
        "data": {"sequence": {"start": 0, "stop": 3_000_000, "as": "a"}},
        "mark": "point",
        "encoding": {"x": {"field": "a", "type": "quantitative"}},
    }
)
INTERNAL_URL = json.dumps({"data": {"url": "http://127.0.0.1:9/intern"}, "mark": "text"})
VIEWS = [
    ("pages/overview/page.py", {"region": "14"}),
    ("pages/map/page.py", {"region": "14"}),
    ("pages/trends/page.py", {"region": "14", "tr_obj": "2"}),
    ("pages/conflicts/page.py", {}),
    ("pages/peers/page.py", {"region": "14"}),
]


def _basket(*slides: Slide) -> bytes:
    return basket_json(slides, "Främlingens korg")


def _presentation_page_with_one_chart() -> AppTest:
    app = open_page("pages/overview/page.py")
    app.button(key="pres_add_overview_matrix").click().run()
    app.switch_page("pages/presentation/page.py").run()
    assert not app.exception, app.exception
    return app


def _upload(app: AppTest, data: bytes, name: str = "korg.json") -> None:
    app.file_uploader(key="pres_load").set_value((name, data, "application/json")).run()
    assert not app.exception, app.exception


@pytest.mark.parametrize(
    ("spec", "place"),
    [(SEQUENCE, "på ”data.sequence”: datageneratorer"), (INTERNAL_URL, "på ”data.url”")],
)
def test_a_hostile_basket_is_refused_in_swedish(demo_db_path, spec: str, place: str) -> None:
    app = _presentation_page_with_one_chart()
    hostile = Slide(title="Ond", spec_json=spec, source_line="Källa: ingen", shows_demo=False)
    _upload(app, _basket(hostile))
    message = " ".join(e.value for e in app.error).replace("\\", "")  # Markdown escapes
    assert "Filen korg.json kunde inte läsas som en sparad korg" in message
    assert f"Bild 1, fältet ”spec_json” {place}" in message
    assert len(app.session_state["_pres_basket"]) == 1  # nothing of it was added


def test_a_basket_with_control_characters_opens_cleaned(demo_db_path) -> None:
    app = _presentation_page_with_one_chart()
    (own,) = app.session_state["_pres_basket"]
    dirty = own.slide.with_changes(title="Läget\x00i\x1b[31m länen", notes="rad\x0b1\nrad 2")
    _upload(app, _basket(dirty))
    _, loaded = app.session_state["_pres_basket"]
    assert loaded.slide.title == "Läget i [31m länen"
    assert loaded.slide.notes == "rad1\nrad 2"
    assert any("1 bilder lästes in" in toast.value for toast in app.toast)


def test_a_spec_that_slips_past_shows_a_notice_and_the_process_lives(demo_db_path) -> None:
    # As if a spec passed the basket reader: the page's preview draws it in the render worker,
    # which V8 brings down (or the time limit stops); this process and its page carry on.
    app = _presentation_page_with_one_chart()
    (own,) = app.session_state["_pres_basket"]
    slipped = Slide(title="Ond", spec_json=SEQUENCE, source_line="", shows_demo=False)
    app.session_state["_pres_basket"] = (own, BasketItem("hostile00001", slipped))
    app.run()
    assert not app.exception, app.exception
    notices = [w.value for w in app.warning]
    assert any(n.startswith("Diagrammet kunde inte ritas") for n in notices), notices
    assert len(app.get("image")) >= 1  # the page's own chart still has its preview
    os.kill(os.getpid(), 0)  # still here
    app.button(key="pres_start").click().run()
    app.button(key="pres_next").click().run()
    assert not app.exception, app.exception
    assert any(w.value.startswith("Diagrammet kunde inte ritas") for w in app.warning)


@pytest.mark.parametrize(("script", "query"), VIEWS)
def test_every_chart_the_app_adds_can_be_saved_and_opened(
    demo_db_path, script: str, query: dict[str, str]
) -> None:
    app = open_page(script, **query)
    keys = [b.key for b in app.button if (b.key or "").startswith("pres_add_")]
    assert keys
    for key in keys:
        app.button(key=key).click().run()
        assert not app.exception, app.exception
    slides = [item.slide for item in app.session_state["_pres_basket"]]
    assert len(slides) == len(keys)
    _, opened = slides_from_basket_json(basket_json(slides))
    assert opened == slides
