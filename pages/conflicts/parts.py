"""Building blocks of the conflicts page: charts and tables with downloads, localized tables.

The workshop's forms are in ``workshop_roles``, ``workshop_leader`` and ``workshop_scoring``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from rus_data.charts.export import inline_spec_json
from rus_data.conflicts import tables as conflicts
from rus_data.exports.files import table_csv, table_xlsx
from rus_data.text import t
from rus_data.text.formats import formatted_table
from ui import cached
from ui.basket import add_to_presentation
from ui.chart_downloads import export_about
from ui.downloads import download_file


def chart_with_downloads(spec: dict[str, Any], name: str, language: str, source: str) -> None:
    """Show a chart (its cached spec, see ``ui.charts``) with PNG and SVG download buttons
    (rendered only when clicked) and "Lägg till i presentation" (``source`` is its source line;
    the interactions are a proposal, not demo statistics)."""
    st.vega_lite_chart(spec, width="content")
    row = st.container(horizontal=True, vertical_alignment="center")
    files = (
        ("png", lambda: cached.chart_png(inline_spec_json(spec)), ":material/image:"),
        ("svg", lambda: cached.chart_svg(inline_spec_json(spec)), ":material/draw:"),
    )
    for extension, make_file, icon in files:
        download_file(
            t(f"cf_download_{extension}", language),
            make_file,
            name,
            extension,
            key=f"cf_{extension}_{name}",
            place=row,
            icon=icon,
        )
    add_to_presentation(
        make_spec=spec,
        source_line=source,
        shows_demo=False,
        key=f"cf_{name}",
        language=language,
        container=row,
    )


def table_with_download(
    frame: pd.DataFrame,
    name: str,
    language: str,
    decimals: Mapping[str, int] | None = None,
    source: str = "",
) -> None:
    """Show a table (the columns in ``decimals`` in the language's number style) and CSV and
    Excel downloads of exactly what it shows, with ``source`` (the source line), licence,
    fetch time and link (``rus_data.exports``; formula-like text made inert)."""
    st.dataframe(formatted_table(frame, decimals or {}, language), hide_index=True, width="stretch")
    about = export_about(name, source, False, language)
    places = {str(column): count for column, count in (decimals or {}).items()}
    row = st.container(horizontal=True)
    download_file(
        t("download_csv", language),
        table_csv(frame, about, places),  # small tables: made now, so a test can read them
        name,
        "csv",
        key=f"cf_csv_{name}",
        icon=":material/download:",
        place=row,
    )
    download_file(
        t("export_download_table_xlsx", language),
        table_xlsx(frame, about, places),
        name,
        "xlsx",
        key=f"cf_xlsx_{name}",
        icon=":material/grid_on:",
        place=row,
    )


def edge_table(edges: pd.DataFrame, language: str) -> pd.DataFrame:
    """Interactions as a table with headings in ``language``."""
    return pd.DataFrame(
        {
            t("cf_col_from", language): edges["from_short"] + " " + edges["from_label"],
            t("cf_col_to", language): edges["to_short"] + " " + edges["to_label"],
            t("cf_col_score", language): edges["score_text"],
            t("cf_col_rationale", language): edges["rationale"],
            t("cf_col_confidence", language): edges["confidence_text"],
            t("cf_col_source", language): edges["source_text"],
        }
    )


def influence_sums_table(table: pd.DataFrame, nodes: pd.DataFrame, language: str) -> pd.DataFrame:
    """Row and column sums per node, positive and negative apart, with headings."""
    sums = table.round(2)
    return pd.DataFrame(
        {
            t("cf_col_node", language): [conflicts.node_text(k, nodes) for k in sums.index],
            **{
                t(f"cf_col_{column}", language): sums[column].to_numpy()
                for column in ("out_positive", "out_negative", "in_positive", "in_negative")
            },
        }
    )


def trend_targets_table(linked: pd.DataFrame, language: str) -> pd.DataFrame:
    """An objective's linked targets with the verdicts of its indicators and what they mean."""
    verdicts = [
        t(
            "cf_verdict_summary",
            language,
            right=int(row.right),
            wrong=int(row.wrong),
            flat=int(row.no_clear_change),
            few=int(row.too_few),
        )
        for row in linked.itertuples()
    ]
    return pd.DataFrame(
        {
            t("cf_col_target", language): linked["to_short"] + " " + linked["to_label"],
            t("cf_col_score", language): linked["score_text"],
            t("cf_col_verdicts", language): verdicts,
            t("cf_col_signal", language): [t(f"cf_signal_{s}", language) for s in linked["signal"]],
            t("cf_col_rationale", language): linked["rationale"],
        }
    )


def indicator_trend_table(verdicts: pd.DataFrame, language: str) -> pd.DataFrame:
    """Each indicator's trend verdict, with headings; a missing slope stays empty."""
    return pd.DataFrame(
        {
            t("cf_col_indicator", language): verdicts["indicator"],
            t("cf_col_unit", language): verdicts["unit"],
            t("cf_col_n", language): verdicts["n"],
            t("cf_col_slope", language): verdicts["slope_per_year"].round(3),
            t("cf_col_verdict", language): [
                t(f"cf_verdict_{v}", language) for v in verdicts["verdict"]
            ],
        }
    )
