"""The presentation page's exports: the title slide's fields, an optional template, the
PowerPoint, report and basket files, and loading a saved basket."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from pages.presentation import data
from pages.presentation.session import (
    TITLE_KEY,
    TITLE_WIDGET,
    key_messages,
    seed,
    set_deck_title,
)
from rus_data.presentation.basket import (
    MAX_FILE_BYTES,
    BasketFileError,
    basket_json,
    new_item,
    slides_from_basket_json,
)
from rus_data.presentation.pptx_deck import build_deck
from rus_data.presentation.report import build_report_html
from rus_data.presentation.slide import DeckInfo
from rus_data.text import t
from rus_data.text.plain import escape_markdown
from ui.basket import basket, set_basket
from ui.downloads import download_file
from ui.state import ViewState


def _load_basket(language: str) -> None:
    upload = st.session_state.get("pres_load")
    if upload is None:
        return
    name = escape_markdown(upload.name)  # the messages render Markdown
    try:
        title, slides = slides_from_basket_json(upload.getvalue())
    except BasketFileError as error:
        st.session_state["_pres_load_error"] = t(
            "pres_load_error", language, file=name, error=escape_markdown(str(error))
        )
        return
    set_basket((*basket(), *(new_item(slide) for slide in slides)))
    if title:
        set_deck_title(title)
    st.toast(t("pres_loaded", language, count=len(slides), file=name))


def _template(language: str) -> bytes | None:
    """The uploaded template, if it works; None otherwise (with the reason shown)."""
    upload = st.session_state.get("pres_template")
    if upload is None:
        return None
    template = upload.getvalue()
    if problem := data.template_problem(template, language):
        st.error(t("pres_template_error", language, error=problem))
        return None
    return template


def export_section(view: ViewState) -> None:
    """Title slide fields, the optional template, and the PowerPoint, report and basket files."""
    language = view.language
    st.subheader(t("pres_export_heading", language))
    st.caption(t("pres_export_help", language))
    default_title = st.session_state.get(TITLE_KEY) or t(
        "pres_deck_title_default", language, area=view.region_name, year=view.year
    )
    seed(TITLE_WIDGET, default_title)
    seed("pres_deck_area", view.region_name)
    seed("pres_deck_date", dt.date.today())
    left, middle, right = st.columns([3, 2, 1])
    title = left.text_input(t("pres_deck_title", language), key=TITLE_WIDGET)
    st.session_state[TITLE_KEY] = title
    area = middle.text_input(t("pres_deck_area", language), key="pres_deck_area")
    date = right.date_input(
        t("pres_deck_date", language), key="pres_deck_date", format="YYYY-MM-DD"
    )
    st.file_uploader(
        t("pres_template", language),
        type=["pptx"],
        key="pres_template",
        help=t("pres_template_help", language),
    )
    template = _template(language)
    items = basket()
    slides = [item.slide for item in items]
    messages = key_messages(tuple(item.item_id for item in items))
    info = DeckInfo(title.strip() or default_title, area.strip(), date, language, messages)
    stem = "presentation_" + f"{date:%Y%m%d}"
    files = (
        ("pptx", lambda: build_deck(slides, info, template), "primary", ":material/slideshow:"),
        (
            "html",
            lambda: build_report_html(slides, info).encode("utf-8"),
            "secondary",
            ":material/description:",
        ),
        ("json", lambda: basket_json(slides, info.title), "tertiary", ":material/save:"),
    )
    row = st.container(horizontal=True)
    for extension, make_file, kind, icon in files:
        download_file(
            t(f"pres_download_{extension}", language),
            make_file,
            stem,
            extension,
            key=f"pres_{extension}",
            place=row,
            type=kind,
            icon=icon,
            disabled=not slides,
        )
    st.file_uploader(
        t("pres_load_json", language),
        type=["json"],
        key="pres_load",
        max_upload_size=MAX_FILE_BYTES // 1_000_000,
        on_change=_load_basket,
        args=(language,),
    )
    if message := st.session_state.pop("_pres_load_error", None):
        st.error(message)
