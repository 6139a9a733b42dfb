"""One language at a time: every page and mode, in Swedish and in English, shows no words of
the other language (proper names allowed), and widgets relabel when the language changes."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.app.apptest import open_page
from tests.app.language_words import other_language, texts
from ui.navigation import PAGES

# Each page's mode parameter and its modes (the first is the page's default view).
MODES: dict[str, tuple[str, tuple[str, ...]]] = {
    "map": ("map_mode", ("indicator", "assessment")),
    "trends": ("tr_mode", ("abs", "idx")),
    "conflicts": ("cf_mode", ("matrix", "network", "influence", "ranking", "trends", "workshop")),
    "peers": ("peer_mode", ("county", "group", "custom", "similar")),
}
VIEWS = [
    (spec.script, query)
    for spec in PAGES
    for query in (
        [{MODES[spec.name][0]: mode} for mode in MODES[spec.name][1]]
        if spec.name in MODES
        else [{}]
    )
]


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize(("page", "query"), VIEWS, ids=lambda v: str(v))
def test_a_view_speaks_one_language(
    demo_db_path: Path,
    proper_names: set[str],
    motivations: set[str],
    page: str,
    query: dict,
    language: str,
) -> None:
    app = open_page(page, lang=language, region="14", **query)
    shown = list(texts(app._tree))
    assert len(shown) > 10, "the page shows texts"
    wrong = other_language(shown, language, proper_names, motivations)
    assert wrong == [], "\n".join(wrong[:40])


def test_widgets_relabel_when_the_language_changes(demo_db_path: Path) -> None:
    app = open_page("pages/map/page.py", region="14")
    assert app.sidebar.selectbox(key="region").proto.options[0] == "Sverige"
    app.radio(key="lang").set_value("en").run()
    region = app.sidebar.selectbox(key="region")
    # The widget's value is sent again, labelled in English, so the browser shows it.
    assert region.proto.set_value and region.proto.raw_value == "Västra Götalands län"
    assert region.proto.options[0] == "Sweden"
    highlight = app.selectbox(key="map_sel")
    assert highlight.proto.set_value and highlight.proto.raw_value == "None"
    # The next run (nothing changed) sends no value: the user's own choices are left alone.
    app.run()
    assert not app.selectbox(key="map_sel").proto.set_value


def test_select_boxes_say_choose_in_the_language(demo_db_path: Path) -> None:
    app = open_page("pages/map/page.py")
    assert app.sidebar.selectbox(key="region").proto.placeholder == "Välj ett alternativ"
    app.radio(key="lang").set_value("en").run()
    assert app.sidebar.selectbox(key="region").proto.placeholder == "Choose an option"


def test_identifiers_are_not_read_as_text() -> None:
    """A download button's file id is a random hex string; digits in it that happen to look
    like space-grouped thousands are no English mistake (a flaky failure before)."""
    from streamlit.proto.DownloadButton_pb2 import DownloadButton

    button = DownloadButton(label="Ladda ner", deferred_file_id="9a0b104901 048")

    assert list(texts(SimpleNamespace(proto=button, children={}))) == ["Ladda ner"]
