"""One menu under a chart (a single button; with the chart's box a chart costs two Tab stops):
PNG and SVG of the chart (vl-convert), its data as CSV and Excel (localised headers and
labels, rounded, with source, licence, fetch time, demo notice and the link to the view:
``rus_data.exports``), and "Lägg till i presentation".

The files are made only when a button is clicked (deferred ``data`` callables), so drawing a
page with many charts costs no rendering.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from rus_data.charts.export import chart_png, chart_svg
from rus_data.exports.about import ExportAbout, about_for_line, source_facts
from rus_data.exports.files import table_csv, table_xlsx
from rus_data.presentation.slide import chart_title
from rus_data.text import t
from ui.basket import add_to_presentation, spec_for_slide
from ui.cache import cached
from ui.downloads import download_file, download_menu
from ui.share import page_url

_source_facts = cached(max_entries=2)(source_facts)


def export_about(title: str, source_line: str, shows_demo: bool, language: str) -> ExportAbout:
    """What a table or chart download says about its data, with the link to this view."""
    return about_for_line(
        _source_facts(),
        title=title,
        source_line=source_line,
        language=language,
        shows_demo=shows_demo,
        link=page_url(),
    )


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
    """Small buttons: the chart (its cached spec, see ``ui.charts``) as PNG and SVG,
    ``data`` as CSV, and the chart into the presentation basket (with ``title``, default the
    chart's own, and ``source_line``).

    The file's spec is made only on a click, so the page run does not pay for it.
    """

    def spec() -> str:
        return spec_for_slide(chart_spec)

    about = export_about(
        title or chart_title(chart_spec) or file_stem, source_line, shows_demo, language
    )
    files = (
        ("png", "trends_download_png", lambda: chart_png(spec()), ":material/image:"),
        ("svg", "trends_download_svg", lambda: chart_svg(spec()), ":material/polyline:"),
        ("csv", "trends_download_csv", lambda: table_csv(data, about), ":material/table:"),
        ("xlsx", "export_download_xlsx", lambda: table_xlsx(data, about), ":material/grid_on:"),
    )
    menu = download_menu(language)
    for extension, label, make_file, icon in files:
        download_file(
            t(label, language),
            make_file,
            file_stem,
            extension,
            key=f"{key}_{extension}",
            place=menu,
            type="tertiary",
            icon=icon,
        )
    add_to_presentation(
        make_spec=chart_spec,
        source_line=source_line,
        shows_demo=shows_demo,
        key=key,
        language=language,
        title=title,
        container=menu,
    )
