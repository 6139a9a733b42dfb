"""Buttons under a chart: PNG and SVG of the chart (vl-convert), its data as CSV, and
"Lägg till i presentation".

The files are made only when a button is clicked (deferred ``data`` callables), so drawing a
page with many charts costs no rendering.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from rus_data.charts.export import chart_png, chart_svg, frame_csv, inline_spec_json, static_spec
from ui.basket import add_to_presentation
from ui.i18n import t


def chart_downloads(
    chart_spec: dict[str, Any],
    data: pd.DataFrame,
    file_stem: str,
    key: str,
    language: str,
    *,
    source_line: str,
    shows_demo: bool,
    title: str | None = None,
) -> None:
    """Small buttons: the chart (its cached spec, see ``ui.chart_cache``) as PNG and SVG,
    ``data`` as CSV, and the chart into the presentation basket (with ``title``, default the
    chart's own, and ``source_line``).

    The file's spec is made only on a click, so the page run does not pay for it.
    """

    def spec() -> str:
        return static_spec(inline_spec_json(chart_spec))

    columns = st.columns([1.2, 1, 1, 1.6, 3, 3], vertical_alignment="center")
    columns[0].caption(t("trends_download_label", language))
    columns[1].download_button(
        t("trends_download_png", language),
        data=lambda: chart_png(spec()),
        file_name=f"{file_stem}.png",
        mime="image/png",
        key=f"{key}_png",
        on_click="ignore",
        type="tertiary",
        icon=":material/image:",
    )
    columns[2].download_button(
        t("trends_download_svg", language),
        data=lambda: chart_svg(spec()),
        file_name=f"{file_stem}.svg",
        mime="image/svg+xml",
        key=f"{key}_svg",
        on_click="ignore",
        type="tertiary",
        icon=":material/polyline:",
    )
    columns[3].download_button(
        t("trends_download_csv", language),
        data=lambda: frame_csv(data),
        file_name=f"{file_stem}.csv",
        mime="text/csv",
        key=f"{key}_csv",
        on_click="ignore",
        type="tertiary",
        icon=":material/table:",
    )
    add_to_presentation(
        make_spec=chart_spec,
        source_line=source_line,
        shows_demo=shows_demo,
        key=key,
        language=language,
        title=title,
        container=columns[4],
    )
