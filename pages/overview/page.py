"""Översikt: the status of every objective in the chosen area and year, and the county matrix."""

import streamlit as st

from pages.overview import data
from pages.overview.links import (
    CELL,
    GO_TO_TRENDS,
    MATRIX_KEY,
    TRENDS,
    open_clicked_cell,
    trends_link,
)
from rus_data.overview.charts import status_matrix_chart
from rus_data.overview.summary import status_summary
from rus_data.text import t
from rus_data.text.formats import empty_text
from rus_data.text.plain import as_markdown_text
from rus_data.text.status import STATUS_STYLES
from ui import cached
from ui.chart_downloads import chart_downloads
from ui.chart_select import clickable
from ui.charts import chart_spec
from ui.components import demo_notice, source_caption, source_line, status_card
from ui.state import view_state

view = view_state()
language = view.language
if st.session_state.pop(GO_TO_TRENDS, False):  # a click on a matrix cell (see below)
    st.switch_page(TRENDS)
st.title(t("overview_title", language))
region = as_markdown_text(view.region_name)
st.markdown(t("overview_intro", language, year=view.year, region=region))

sources = cached.assessment_sources(view.year)
demo_notice(language, bool(sources["is_demo"].any()))
assessments = data.region_assessments(view.region_code, view.year, language)
summary = status_summary(assessments)
if summary.assessed == 0:
    st.info(t("no_data_year", language, year=view.year))

columns = st.columns(4)
for column, (status, count) in zip(columns, summary.by_status.items(), strict=False):
    style = STATUS_STYLES[status]
    column.metric(f"{style.symbol} {style.label(language)}", count)
years = cached.assessment_years()
has_year_before = view.year - 1 in years
columns[3].metric(
    t("changed_since", language, year=view.year - 1),
    summary.changed_status if has_year_before else empty_text(),
    help=None if has_year_before else t("no_year_before", language, year=view.year - 1),
)

st.subheader(t("status_heading", language))
rows = [assessments.iloc[start : start + 4] for start in range(0, len(assessments), 4)]
for chunk in rows:
    for column, (_, row) in zip(st.columns(4), chunk.iterrows(), strict=False):
        with column:
            status_card(row, language, trends_link(view.region_code, int(row["objective_id"])))

st.subheader(t("matrix_heading", language))
st.caption(t("matrix_help", language))
line = source_line(sources, language)
matrix = data.assessment_matrix(view.year, language)
matrix_spec = chart_spec(status_matrix_chart, matrix, view.year, language, line, view.region_code)
st.vega_lite_chart(
    clickable(matrix_spec, CELL, ["region_code", "objective_id"]),
    width="content",
    key=MATRIX_KEY,
    on_select=open_clicked_cell,
    selection_mode=CELL,
)
source_caption(sources, language)
chart_downloads(
    matrix_spec,
    matrix[["region_code", "region", "objective_id", "objective", "assessed", "status", "trend"]],
    f"bedomningar_{view.year}",
    "overview_matrix",
    language,
    source_line=line,
    shows_demo=bool(sources["is_demo"].any()),
)
