"""What one assessment history of the trends page shows, computed once per view: the changes
of each year, the heatmap's spec and the rows behind its downloads.

``which`` is ``"region"`` (the chosen area's objectives) or ``"objective"`` (the chosen
objective in every area). :mod:`pages.trends.data` caches :func:`history_model` by the view's
choices and the database version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from pages.trends.context import TrendsView
from rus_data.db.queries import assessment_sources
from rus_data.text import t
from rus_data.trends import views
from rus_data.trends.analysis import NATION
from rus_data.trends.charts import assessment_heatmap, history_frame
from ui.cache import connection
from ui.charts import chart_spec
from ui.components import source_line

EXPORT_COLUMNS = [
    "year",
    "assessed",
    "status",
    "trend",
    "previous_status",
    "previous_trend",
    "status_changed",
    "trend_changed",
]


@dataclass(frozen=True)
class HistoryModel:
    """One assessment history, ready to lay out."""

    changes: pd.DataFrame
    chart: dict[str, Any]
    export: pd.DataFrame
    source_line: str
    shows_demo: bool
    national_only: bool  # the objective is assessed for Sweden only


def _span_title(text_key: str, language: str, years: list[int], **values: object) -> str:
    """A heatmap's title over the assessed years, from the first to the last."""
    return t(text_key, language, first=years[0], last=years[-1], **values)


def history_model(view: TrendsView, which: str) -> HistoryModel:
    """The region's (``which="region"``) or the objective's (``"objective"``) history."""
    language, year = view.language, view.year
    with connection() as reader:
        sources = assessment_sources(reader, year)
        if which == "region":
            history, changes = views.region_history_changes(reader, view.region, year, language)
        else:
            history, changes = views.objective_history_changes(reader, view.objective_id, year)
    years = sorted(history["year"].unique())
    if which == "region":
        labels = [
            f"{i}. {name}" for i, name in zip(history.objective_id, history.objective, strict=True)
        ]
        title = _span_title("trends_history_region_title", language, years, region=view.region_name)
        row_title = t("trends_objective", language)
        national_only = False
    else:
        labels = [
            t("sweden", language) if c == NATION else f"{letter} {name}"
            for c, letter, name in zip(
                history.region_code, history.letter, history.region, strict=True
            )
        ]
        title = _span_title(
            "trends_history_objective_title", language, years, objective=view.objective_name
        )
        row_title = t("region", language)
        national_only = not history.loc[history.region_code != NATION, "assessed"].any()
    line = source_line(sources, language)
    frame = history_frame(history, labels, language)
    chart = chart_spec(
        assessment_heatmap,
        frame,
        changes,
        title=title,
        subtitle=[t("trends_history_subtitle", language), line],
        row_title=row_title,
        language=language,
    )
    return HistoryModel(
        changes=changes,
        chart=chart,
        export=frame[["row_label", *EXPORT_COLUMNS]],
        source_line=line,
        shows_demo=bool(sources["is_demo"].any()),
        national_only=bool(national_only),
    )
