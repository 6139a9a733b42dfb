"""What one indicator's section of the trends page shows, computed once per view: the texts,
the chart spec, the statistics table and the data behind the downloads.

:func:`indicator_model` is pure (given the view); :mod:`pages.trends.data` caches it by the
view's choices and the database version, so a rerun, and every session that looks at the same
view, lays the section out without redoing its pandas work or its chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pyarrow as pa

from pages.trends.context import TrendsView
from rus_data.text import t
from rus_data.text.formats import format_number
from rus_data.text.plain import as_markdown_text
from rus_data.trends.analysis import (
    NATION,
    comparable_codes,
    display_statistics,
    ordered_series,
    pace_towards,
    resolve_target,
    series_statistics,
    shows_spread,
    target_path,
)
from rus_data.trends.charts import indicator_series_chart
from ui.charts import chart_spec

STATS_COLUMNS = {
    "area": "trends_col_area",
    "verdict": "trends_col_verdict",
    "n": "trends_col_n",
    "period": "trends_col_period",
    "slope_per_year": "trends_col_slope_year",
    "slope_per_decade": "trends_col_slope_decade",
    "p_value": "trends_col_p",
    "base_year": "trends_col_base",
    "change": "trends_col_change",
    "change_percent": "trends_col_change_pct",
}


@dataclass(frozen=True)
class IndicatorModel:
    """One indicator's section, ready to lay out."""

    heading: str  # Markdown, names escaped
    no_values: str = ""  # the notice when the indicator has no values (then nothing else)
    captions: list[str] = field(default_factory=list)
    chart: dict[str, Any] | None = None
    target_message: str = ""
    target_notes: str = ""
    # Arrow tables: a cache hit unpickles them several times faster than frames.
    statistics: pa.Table | None = None
    statistics_caption: str = ""
    download_data: pa.Table | None = None
    source_line: str = ""


def target_message(
    view: TrendsView, own: pd.DataFrame, indicator: Any, code: str
) -> tuple[str, Any]:
    """The target sentence (Markdown, its names escaped) for the primary area, and the
    resolved target and pace (or None)."""
    language = view.language
    primary = own[own["region_code"] == code]
    target = resolve_target(view.targets, indicator.indicator_id, code, primary)
    if target is None:
        return "", None
    pace = pace_towards(primary, target, indicator.better)
    decimals = int(indicator.decimals)
    values = {
        "label": as_markdown_text(target.label),
        "region": as_markdown_text(view.name_of(code)),
        "target": format_number(target.target_value, decimals, language),
        "unit": as_markdown_text(indicator.unit),
        "year": target.target_year,
    }
    if pace is None or pace.reaches is None:
        return t("trends_target_unknown", language, **values), (target, pace)
    values |= {
        "slope": format_number(pace.slope_per_year, decimals + 1, language),
        "projected": format_number(pace.projected_value, decimals, language),
        "needed": format_number(pace.needed_slope, decimals + 1, language),
        "latest_year": pace.latest_year,
    }
    key = "trends_target_reaches" if pace.reaches else "trends_target_misses"
    return t(key, language, **values), (target, pace)


def _band_note(view: TrendsView, own_spread: pd.DataFrame, aggregation: str, code: str) -> str:
    language = view.language
    if own_spread.empty:
        return t("trends_band_none", language)
    if not shows_spread(aggregation, view.index_mode, code):
        return t("trends_band_total", language)
    band = t(f"trends_band_{view.band}", language).lower()
    return t("trends_band_note", language, band=band)


def _target_notes(view: TrendsView, target: Any) -> str:
    notes = [t("trends_target_demo", view.language)] if target.is_demo else []
    if view.index_mode:
        notes.append(t("trends_target_index", view.language))
    return " ".join(notes)


def _arrow(frame: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(frame, preserve_index=False)


def indicator_model(
    view: TrendsView, indicator_id: str, code: str, verdict_text: str
) -> IndicatorModel:
    """The section of ``indicator_id`` whose verdict (``verdict_text``) is for area ``code``."""
    language = view.language
    indicator = next(
        row for row in view.indicators.itertuples() if row.indicator_id == indicator_id
    )
    own = view.series[view.series["indicator_id"] == indicator_id]
    heading = f"#### {as_markdown_text(indicator.name)}  \n" + t(
        "trends_verdict_for",
        language,
        region=as_markdown_text(view.name_of(code)),
        verdict=f"**{verdict_text}**",
    )
    if own["value"].notna().sum() == 0:
        return IndicatorModel(heading, no_values=t("trends_no_values", language, year=view.year))
    captions = [t("trends_national_only", language)] if code != view.region else []
    shown = comparable_codes(view.area_codes, code, indicator.aggregation, view.index_mode)
    if NATION not in shown and NATION in view.area_codes:
        captions.append(t("trends_sweden_hidden", language))
    lines = ordered_series(own, shown, t("sweden", language))
    own_spread = view.spread[view.spread["indicator_id"] == indicator_id]
    band_note = _band_note(view, own_spread, indicator.aggregation, code)
    if not shows_spread(indicator.aggregation, view.index_mode, code):
        own_spread = own_spread.iloc[0:0]
    message, resolved = target_message(view, own, indicator, code)
    target, pace = resolved if resolved else (None, None)
    path = None
    if target is not None:
        path = target_path(own[own["region_code"] == code], target, view.base_year or 0, pace)
    first, last = int(own["year"].min()), int(own["year"].max())
    sources = view.sources_of(indicator_id)
    chart = chart_spec(
        indicator_series_chart,
        lines,
        own_spread,
        title=t("trends_chart_title", language, name=indicator.name, first=first, last=last),
        subtitle=[view.unit_line(indicator.unit) + " · " + band_note, sources],
        unit=indicator.unit,
        decimals=int(indicator.decimals),
        language=language,
        index_mode=view.index_mode,
        band=view.band,
        target=target,
        path=path,
        colour_order=[view.name_of(c) for c in [view.region, NATION, *view.compare]],
    )
    base = view.base_year or first
    areas = {c: view.name_of(c) for c in shown}
    stats = series_statistics(lines, indicator.better, base, language, areas=areas)
    table = display_statistics(stats, int(indicator.decimals), language)
    unit = as_markdown_text(indicator.unit)
    headers = {key: t(text_key, language) for key, text_key in STATS_COLUMNS.items()}
    return IndicatorModel(
        heading,
        captions=captions,
        chart=chart,
        target_message=message,
        target_notes=_target_notes(view, target) if message else "",
        statistics=_arrow(table.rename(columns=headers)),
        statistics_caption=t("trends_stats_caption", language, unit=unit, base=base),
        download_data=_arrow(
            lines.merge(stats[["region_code", "verdict"]], on="region_code", how="left")
        ),
        source_line=sources,
    )
