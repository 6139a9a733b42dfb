"""The presentation page's basket editor: each slide's preview, title, comment, order and
removal, and the link back to the view it came from."""

from __future__ import annotations

import streamlit as st

from pages.presentation import data
from pages.presentation.presenting import start_presenting
from pages.presentation.session import seed
from rus_data.presentation.basket import BasketItem, moved, updated, without
from rus_data.presentation.texts import source_text
from rus_data.text import t
from rus_data.text.plain import escape_markdown
from ui.basket import basket, set_basket, slide_count, view_link
from ui.navigation import PAGES

PREVIEW_SCALE = 0.6


def _page_title(url_path: str, language: str) -> str:
    for spec in PAGES:
        if spec.url_path == url_path:
            return t(spec.title_key, language)
    return url_path


def _move(item_id: str, offset: int) -> None:
    set_basket(moved(basket(), item_id, offset))


def _remove(item_id: str) -> None:
    set_basket(without(basket(), item_id))


def _edit(item_id: str, field: str, key: str) -> None:
    set_basket(updated(basket(), item_id, **{field: st.session_state[key]}))


def _clear() -> None:
    set_basket(())


def _item_editor(item: BasketItem, number: int, count: int, language: str) -> None:
    slide = item.slide
    with st.container(border=True):
        picture, fields = st.columns([2, 3])
        preview = data.slide_picture(slide.spec_json, slide.source_line, PREVIEW_SCALE)
        if isinstance(preview, bytes):
            picture.image(preview, width="stretch")
        else:
            picture.warning(
                escape_markdown(preview.message(language)), icon=":material/broken_image:"
            )
        with fields:
            title_key, notes_key = f"pres_t_{item.item_id}", f"pres_n_{item.item_id}"
            seed(title_key, slide.title)
            seed(notes_key, slide.notes)
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
            st.caption(escape_markdown(source_text(slide, language)))
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
        on_click=start_presenting,
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
