"""The presentation basket in the session, and the "Lägg till i presentation" button.

A click stores the chart as a finished static spec together with its title, source line, the
page it came from and the page's query parameters (so the view can be opened again). The spec is
made only on the click, so drawing a page with many buttons costs nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote, urlencode

import streamlit as st

from rus_data.charts.export import inline_spec_json, static_spec
from rus_data.presentation.basket import BasketItem, new_item
from rus_data.presentation.free_text import clean_line
from rus_data.presentation.slide import Slide, chart_title
from rus_data.text import t
from ui.navigation import PAGES

BASKET_KEY = "_pres_basket"
PAGE_PATH_KEY = "_page_path"


def basket() -> tuple[BasketItem, ...]:
    """The items in this session's basket, in order."""
    return st.session_state.get(BASKET_KEY, ())


def set_basket(items: Sequence[BasketItem]) -> None:
    """Replace the basket's items."""
    st.session_state[BASKET_KEY] = tuple(items)


def remember_page(url_path: str) -> None:
    """Note which page this run shows (the frame calls it), for the items added from it.

    The default page's URL path is empty; it is noted by its own name.
    """
    st.session_state[PAGE_PATH_KEY] = url_path or PAGES[0].url_path


def slide_count(count: int, language: str) -> str:
    """The count in words: "1 bild", "3 bilder"."""
    return t("pres_count_one", language) if count == 1 else t("pres_count", language, count=count)


def current_query() -> dict[str, str]:
    """The page's query parameters as they stand now."""
    return {key: st.query_params[key] for key in st.query_params}


def view_link(page: str, query: dict[str, str]) -> str:
    """A relative link to ``page`` with ``query``; it opens the same view in a new session.

    The first page is the app's root (Streamlit gives the default page no path of its own).
    The path is percent-encoded, so a page name from a saved basket cannot end the link's
    target inside Markdown (``)``, spaces and brackets never reach it as they are).
    """
    path = "" if page == PAGES[0].url_path else quote(page, safe="/")
    return f"./{path}" + (f"?{urlencode(query)}" if query else "")


def spec_for_slide(spec: dict[str, Any]) -> str:
    """A chart's cached page spec (Arrow datasets, container width) as a static spec."""
    return static_spec(inline_spec_json(spec))


def _add(
    make_spec: Callable[[], str],
    title: str | None,
    source_line: str,
    shows_demo: bool,
    kind: str,
    language: str,
) -> None:
    spec_json = make_spec()
    slide = Slide(
        title=clean_line(title or chart_title(json.loads(spec_json)))
        or t("page_presentation", language),
        spec_json=spec_json,
        source_line=source_line,
        shows_demo=shows_demo,
        page=st.session_state.get(PAGE_PATH_KEY, ""),
        query=current_query(),
        kind=kind,
    )
    set_basket((*basket(), new_item(slide)))
    st.toast(t("pres_added", language, count=slide_count(len(basket()), language)))


def add_to_presentation(
    *,
    make_spec: Callable[[], str] | dict[str, Any],
    source_line: str,
    shows_demo: bool,
    key: str,
    language: str,
    title: str | None = None,
    kind: str = "chart",
    container: Any = None,
) -> None:
    """A "Lägg till i presentation" button that puts this chart in the basket.

    ``make_spec`` is the chart's page spec (a dict, see ``ui.charts``) or a function that
    returns a static spec as JSON text (e.g. the static version of a map). ``title`` defaults to
    the chart's own title.
    """
    if isinstance(make_spec, dict):
        page_spec = make_spec

        def make_spec() -> str:
            return spec_for_slide(page_spec)

    (container or st).button(
        t("pres_add", language),
        key=f"pres_add_{key}",
        help=t("pres_add_help", language),
        icon=":material/add_to_queue:",
        type="tertiary",
        on_click=_add,
        args=(make_spec, title, source_line, shows_demo, kind, language),
    )
