"""Building blocks of the presentation page: the ready-made deck, the basket editor, the
downloads and presentation mode."""

from __future__ import annotations

import base64
import datetime as dt
import html
from collections.abc import Sequence

import streamlit as st

from rus_data.presentation.basket import (
    BasketFileError,
    BasketItem,
    basket_json,
    moved,
    new_item,
    slides_from_basket_json,
    updated,
    without,
)
from rus_data.presentation.pptx_deck import build_deck
from rus_data.presentation.report import build_report_html
from rus_data.presentation.slide import DeckInfo, Slide
from rus_data.presentation.texts import source_text
from ui import cached
from ui.basket import basket, set_basket, slide_count, view_link
from ui.i18n import t
from ui.pages import PAGES
from ui.state import NATION, ViewState

TITLE_KEY = "_pres_deck_title_value"  # the deck title, kept when the widget is not drawn
PREVIEW_SCALE = 0.6
PRESENT_SCALE = 2.0
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def _slides() -> list[Slide]:
    return [item.slide for item in basket()]


def _page_title(url_path: str, language: str) -> str:
    for spec in PAGES:
        if spec.url_path == url_path:
            return t(spec.title_key, language)
    return url_path


# --- Ready-made deck -----------------------------------------------------------------------------


def _put_annual_in_basket(region_code: str, year: int, language: str) -> None:
    info, slides = cached.annual_follow_up(region_code, year, language)
    set_basket(tuple(new_item(slide) for slide in slides))
    st.session_state[TITLE_KEY] = info.title
    st.session_state["pres_deck_title"] = info.title
    st.session_state["pres_deck_area"] = info.area
    st.toast(t("pres_annual_added", language, count=len(slides), title=info.title))


def annual_section(view: ViewState) -> None:
    """One click to the yearly follow-up deck of a county or of Sweden, or into the basket."""
    language = view.language
    st.subheader(t("pres_annual_heading", language))
    st.caption(t("pres_annual_help", language))
    regions = cached.regions()
    areas = list(regions.loc[regions["level"].isin(["riket", "lan"]), "code"])
    names = dict(zip(regions["code"], regions["name"], strict=True))
    names[NATION] = t("sweden", language)
    years = cached.assessment_years()
    if not years:
        st.info(t("no_data_year", language, year=view.year))
        return
    left, right = st.columns([2, 1])
    if st.session_state.get("pres_annual_area") not in areas:
        st.session_state["pres_annual_area"] = view.region_code
    if st.session_state.get("pres_annual_year") not in years:
        st.session_state["pres_annual_year"] = view.year if view.year in years else years[-1]
    region_code = left.selectbox(
        t("pres_annual_area", language), areas, key="pres_annual_area", format_func=names.get
    )
    year = right.selectbox(t("pres_annual_year", language), years, key="pres_annual_year")
    title = t("pres_annual_file_title", language, year=year)

    def deck() -> bytes:
        info, slides = cached.annual_follow_up(region_code, int(year), language)
        return build_deck(slides, info)

    row = st.container(horizontal=True)
    row.download_button(
        t("pres_annual_download", language, title=f"{title} – {names[region_code]}"),
        data=deck,
        file_name=f"arlig_uppfoljning_{year}_{region_code}.pptx",
        mime=PPTX_MIME,
        key="pres_annual_pptx",
        on_click="ignore",
        type="primary",
        icon=":material/download:",
    )
    row.button(
        t("pres_annual_to_basket", language),
        key="pres_annual_basket",
        icon=":material/playlist_add:",
        on_click=_put_annual_in_basket,
        args=(region_code, int(year), language),
    )


# --- The basket ----------------------------------------------------------------------------------


def _move(item_id: str, offset: int) -> None:
    set_basket(moved(basket(), item_id, offset))


def _remove(item_id: str) -> None:
    set_basket(without(basket(), item_id))


def _edit(item_id: str, field: str, key: str) -> None:
    set_basket(updated(basket(), item_id, **{field: st.session_state[key]}))


def _clear() -> None:
    set_basket(())


def _seed(key: str, value: str) -> None:
    """Give a widget its value from the basket the first time it is drawn."""
    if key not in st.session_state:
        st.session_state[key] = value


def _item_editor(item: BasketItem, number: int, count: int, language: str) -> None:
    slide = item.slide
    with st.container(border=True):
        picture, fields = st.columns([2, 3])
        preview = cached.slide_picture(slide.spec_json, slide.source_line, PREVIEW_SCALE)
        picture.image(preview, width="stretch")
        with fields:
            title_key, notes_key = f"pres_t_{item.item_id}", f"pres_n_{item.item_id}"
            _seed(title_key, slide.title)
            _seed(notes_key, slide.notes)
            st.text_input(
                f"{number}. {t('pres_item_title', language)}",
                key=title_key,
                on_change=_edit,
                args=(item.item_id, "title", title_key),
            )
            st.text_area(
                t("pres_item_notes", language),
                key=notes_key,
                on_change=_edit,
                args=(item.item_id, "notes", notes_key),
                height=80,
            )
            st.caption(source_text(slide, language))
            row = st.container(horizontal=True, vertical_alignment="center")
            row.button(
                t("pres_item_up", language),
                key=f"pres_up_{item.item_id}",
                icon=":material/arrow_upward:",
                disabled=number == 1,
                on_click=_move,
                args=(item.item_id, -1),
                type="tertiary",
            )
            row.button(
                t("pres_item_down", language),
                key=f"pres_down_{item.item_id}",
                icon=":material/arrow_downward:",
                disabled=number == count,
                on_click=_move,
                args=(item.item_id, 1),
                type="tertiary",
            )
            row.button(
                t("pres_item_remove", language),
                key=f"pres_rm_{item.item_id}",
                icon=":material/delete:",
                on_click=_remove,
                args=(item.item_id,),
                type="tertiary",
            )
            if slide.page:
                page = _page_title(slide.page, language)
                row.markdown(
                    f"[{t('pres_item_open', language)}]({view_link(slide.page, slide.query)}) "
                    f":gray[· {t('pres_item_from', language, page=page)}]"
                )


def basket_section(language: str) -> None:
    """The basket's items, each with preview, title, comment, move, remove and its link."""
    items = basket()
    heading = st.container(horizontal=True, vertical_alignment="bottom")
    heading.subheader(t("pres_basket_heading", language))
    if not items:
        st.info(t("pres_empty", language))
        return
    heading.caption(slide_count(len(items), language))
    heading.button(
        t("pres_mode_start", language),
        key="pres_start",
        icon=":material/slideshow:",
        on_click=_start_presenting,
    )
    heading.button(
        t("pres_clear", language),
        key="pres_clear",
        icon=":material/delete_sweep:",
        on_click=_clear,
        type="tertiary",
    )
    for number, item in enumerate(items, 1):
        _item_editor(item, number, len(items), language)


# --- Downloads -----------------------------------------------------------------------------------


def _load_basket(language: str) -> None:
    upload = st.session_state.get("pres_load")
    if upload is None:
        return
    try:
        title, slides = slides_from_basket_json(upload.getvalue())
    except BasketFileError as error:
        st.session_state["_pres_load_error"] = t(
            "pres_load_error", language, file=upload.name, error=error
        )
        return
    set_basket((*basket(), *(new_item(slide) for slide in slides)))
    if title:
        st.session_state[TITLE_KEY] = st.session_state["pres_deck_title"] = title
    st.toast(t("pres_loaded", language, count=len(slides), file=upload.name))


def _template(language: str) -> bytes | None:
    """The uploaded template, if it works; None otherwise (with the reason shown)."""
    upload = st.session_state.get("pres_template")
    if upload is None:
        return None
    data = upload.getvalue()
    if problem := cached.template_problem(data, language):
        st.error(t("pres_template_error", language, error=problem))
        return None
    return data


def export_section(view: ViewState) -> None:
    """Title slide fields, the optional template, and the PowerPoint, report and basket files."""
    language = view.language
    st.subheader(t("pres_export_heading", language))
    st.caption(t("pres_export_help", language))
    default_title = st.session_state.get(TITLE_KEY) or t(
        "pres_deck_title_default", language, area=view.region_name, year=view.year
    )
    _seed("pres_deck_title", default_title)
    _seed("pres_deck_area", view.region_name)
    _seed("pres_deck_date", dt.date.today())
    left, middle, right = st.columns([3, 2, 1])
    title = left.text_input(t("pres_deck_title", language), key="pres_deck_title")
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
    slides = _slides()
    info = DeckInfo(title.strip() or default_title, area.strip(), date, language)
    stem = "presentation_" + f"{date:%Y%m%d}"
    row = st.container(horizontal=True)
    row.download_button(
        t("pres_download_pptx", language),
        data=lambda: build_deck(slides, info, template),
        file_name=f"{stem}.pptx",
        mime=PPTX_MIME,
        key="pres_pptx",
        on_click="ignore",
        type="primary",
        icon=":material/slideshow:",
        disabled=not slides,
    )
    row.download_button(
        t("pres_download_html", language),
        data=lambda: build_report_html(slides, info).encode("utf-8"),
        file_name=f"{stem}.html",
        mime="text/html",
        key="pres_html",
        on_click="ignore",
        icon=":material/description:",
        disabled=not slides,
    )
    row.download_button(
        t("pres_download_json", language),
        data=lambda: basket_json(slides, info.title),
        file_name=f"{stem}.json",
        mime="application/json",
        key="pres_json",
        on_click="ignore",
        icon=":material/save:",
        disabled=not slides,
        type="tertiary",
    )
    st.file_uploader(
        t("pres_load_json", language),
        type=["json"],
        key="pres_load",
        on_change=_load_basket,
        args=(language,),
    )
    if message := st.session_state.pop("_pres_load_error", None):
        st.error(message)


# --- Presentation mode ---------------------------------------------------------------------------

_PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"], [data-testid="stToolbar"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding-top: 1.2rem; max-width: 100%; }
.rus-slide-title { font-size: 2.6rem; font-weight: 700; line-height: 1.15; margin: 0 0 .6rem; }
.rus-slide-picture { text-align: center; }
.rus-slide-picture img { max-width: 100%; max-height: 72vh; object-fit: contain; }
.rus-slide-source { font-size: 1.15rem; color: #444; margin-top: .4rem; }
</style>
"""


def _start_presenting() -> None:
    st.session_state["pres_mode"] = True
    st.session_state["pres_slide"] = 1


def _stop_presenting() -> None:
    st.session_state["pres_mode"] = False


def _step(offset: int, count: int) -> None:
    current = int(st.session_state.get("pres_slide", 1))
    st.session_state["pres_slide"] = min(max(current + offset, 1), count)


def seed_presentation_state() -> None:
    """Read presentation mode and the slide number from the URL the first time."""
    if "pres_mode" not in st.session_state:
        st.session_state["pres_mode"] = st.query_params.get("present") == "1"
    if "pres_slide" not in st.session_state:
        wanted = st.query_params.get("slide", "1")
        st.session_state["pres_slide"] = int(wanted) if wanted.isdigit() else 1


def write_presentation_url(presenting: bool) -> None:
    """``present=1&slide=N`` in the URL while presenting; nothing otherwise."""
    wanted = {"present": "1", "slide": str(st.session_state.get("pres_slide", 1))}
    for key, value in wanted.items():
        if presenting and st.query_params.get(key) != value:
            st.query_params[key] = value
        elif not presenting and key in st.query_params:
            del st.query_params[key]


def _slide_html(slide: Slide, picture: bytes, language: str) -> str:
    encoded = base64.b64encode(picture).decode("ascii")
    return (
        f'<div class="rus-slide-title">{html.escape(slide.title)}</div>'
        f'<div class="rus-slide-picture"><img alt="{html.escape(slide.title)}" '
        f'src="data:image/png;base64,{encoded}"></div>'
        f'<div class="rus-slide-source">{html.escape(source_text(slide, language))}</div>'
    )


def presentation_mode(slides: Sequence[Slide], language: str) -> None:
    """One slide at a time, large, without the sidebar; ← and → step through the basket."""
    count = len(slides)
    number = min(max(int(st.session_state.get("pres_slide", 1)), 1), count)
    st.session_state["pres_slide"] = number
    slide = slides[number - 1]
    st.html(_PRESENT_CSS)
    row = st.container(horizontal=True, vertical_alignment="center")
    row.button(
        t("pres_mode_previous", language),
        key="pres_prev",
        icon=":material/chevron_left:",
        on_click=_step,
        args=(-1, count),
        disabled=number == 1,
        shortcut="left",
    )
    row.button(
        t("pres_mode_next", language),
        key="pres_next",
        icon=":material/chevron_right:",
        on_click=_step,
        args=(1, count),
        disabled=number == count,
        shortcut="right",
    )
    row.markdown(t("pres_mode_position", language, number=number, count=count))
    row.space("stretch")
    show_notes = row.toggle(t("pres_mode_notes", language), key="pres_notes")
    row.button(
        t("pres_mode_exit", language),
        key="pres_exit",
        icon=":material/close:",
        on_click=_stop_presenting,
        shortcut="escape",
        type="tertiary",
    )
    picture = cached.slide_picture(slide.spec_json, slide.source_line, PRESENT_SCALE)
    st.html(_slide_html(slide, picture, language))
    if show_notes and slide.notes:
        st.info(slide.notes, icon=":material/speaker_notes:")
