"""The presentation page's ready-made deck: the yearly follow-up of a county or of Sweden,
as a PowerPoint file in one click or into the basket."""

from __future__ import annotations

import streamlit as st

from pages.presentation import data
from pages.presentation.session import set_deck_title, set_key_messages
from rus_data.presentation.basket import new_item
from rus_data.presentation.pptx_deck import build_deck
from rus_data.text import t
from ui import cached
from ui.basket import set_basket
from ui.downloads import download_file
from ui.state import NATION, ViewState


def _put_annual_in_basket(region_code: str, year: int, language: str) -> None:
    info, slides = data.annual_follow_up(region_code, year, language)
    items = tuple(new_item(slide) for slide in slides)
    set_basket(items)
    set_key_messages(info.key_messages, tuple(item.item_id for item in items))
    set_deck_title(info.title)
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
        info, slides = data.annual_follow_up(region_code, int(year), language)
        return build_deck(slides, info)

    row = st.container(horizontal=True)
    download_file(
        t("pres_annual_download", language, title=f"{title} – {names[region_code]}"),
        deck,
        f"arlig_uppfoljning_{year}_{region_code}",
        "pptx",
        key="pres_annual_pptx",
        place=row,
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
