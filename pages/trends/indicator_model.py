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
from rus_data.text.units import change_unit
from rus_data.trends.analysis import (
    NATION,
    comparable_codes,
    ordered_series,
    pace_towards,
    resolve_target,
    series_statistics,
    shows_spread,
    target_path,
)
from rus_data.trends.charts import indicator_series_chart
from rus_data.trends.facts import fact_lines
from rus_data.trends.fit import fitted_line
from rus_data.trends.tables import display_statistics, method_statistics
from rus_data.trends.wording import rule_text
from ui.charts import chart_spec

METHOD_COLUMNS = {
    "area": "trends_col_area",
    "n": "trends_col_n",
    "period": "trends_col_period",
    "slope_per_year": "trends_col_slope_year",
    "slope_per_decade": "trends_col_slope_decade",
    "p_value": "trends_col_p",
    "relative_change": "trends_col_relative",
    "base_year": "trends_col_base",
}


def plain_columns(language: str, base: int, unit: str) -> dict[str, str]:
    """The plain table's headers in the page's language (the change in the change's unit)."""
    return {
        "area": t("trends_col_area", language),
        "verdict": t("trends_col_verdict", language),
        "development": t("trends_col_development", language),
        "change": t(
            "trends_col_change_since", language, base=base, unit=change_unit(unit, language)
        ),
        "change_percent": t("trends_col_change_pct_since", language, base=base),
    }


@dataclass(frozen=True)
class IndicatorModel:
    """One indicator's section, ready to lay out."""

    heading: str  # Markdown, names escaped
    facts: list[tuple[str, str]] = field(default_factory=list)  # "Om indikatorn", plain text
    no_values: str = ""  # the notice when the indicator has no values (then nothing else)
    captions: list[str] = field(default_factory=list)
    chart: dict[str, Any] | None = None
    target_message: str = ""
    target_notes: str = ""
    # Arrow tables: a cache hit unpickles them several times faster than frames.
    statistics: pa.Table | None = None
    method: pa.Table | None = None
    method_captions: list[str] = field(default_factory=list)
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


def _band_note(
    view: TrendsView, own_spread: pd.DataFrame, aggregation: str, code: str, unit: str
) -> str:
    language = view.language
    if own_spread.empty:
        return t("trends_band_none", language)
    if not shows_spread(aggregation, view.index_mode, code):
        return t("trends_band_total", language, unit=unit)
    band = t(f"trends_band_{view.band}", language).lower()
    return t("trends_band_note", language, band=band)


def _target_notes(view: TrendsView, target: Any) -> str:
    notes = [t("trends_target_demo", view.language)] if target.is_demo else []
    if view.index_mode:
        notes.append(t("trends_target_index", view.language))
    return " ".join(notes)


def _arrow(frame: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(frame, preserve_index=False)


def _heading(view: TrendsView, indicator: Any, code: str, verdict: pd.Series) -> str:
    language = view.language
    region = as_markdown_text(view.name_of(code))
    if view.gender != "T":
        region += f" ({t(f'gender_{view.gender}', language).lower()})"
    return (
        f"#### {as_markdown_text(indicator.name)}  \n"
        + t("trends_verdict_for", language, region=region, verdict=f"**{verdict['verdict_text']}**")
        + f" – {as_markdown_text(verdict['sentence'], 400)}"
    )


def _facts(view: TrendsView, indicator_id: str) -> list[tuple[str, str]]:
    facts = view.facts[view.facts["indicator_id"] == indicator_id]
    if not len(facts):
        return []
    sources = view.value_sources[view.value_sources["indicator_id"] == indicator_id]
    return fact_lines(facts.iloc[0], sources, view.language)


def indicator_model(view: TrendsView, indicator_id: str, verdict: pd.Series) -> IndicatorModel:
    """The section of ``indicator_id``; ``verdict`` is its row of the verdicts table (the area
    it is for, ``region_code``, with ``verdict_text`` and ``sentence``)."""
    language = view.language
    code = verdict["region_code"]
    indicator = next(
        row for row in view.indicators.itertuples() if row.indicator_id == indicator_id
    )
    own = view.series[view.series["indicator_id"] == indicator_id]
    heading = _heading(view, indicator, code, verdict)
    facts = _facts(view, indicator_id)
    if own["value"].notna().sum() == 0:
        key = "gender_not_split" if view.gender != "T" else "trends_no_values"
        return IndicatorModel(heading, facts, no_values=t(key, language, year=view.year))
    captions = [t("trends_national_only", language)] if code != view.region else []
    shown = comparable_codes(view.area_codes, code, indicator.aggregation, view.index_mode)
    if NATION not in shown and NATION in view.area_codes:
        captions.append(t("trends_sweden_hidden", language))
    lines = ordered_series(own, shown, t("sweden", language))
    own_spread = view.spread[view.spread["indicator_id"] == indicator_id]
    band_note = _band_note(view, own_spread, indicator.aggregation, code, indicator.unit)
    if not shows_spread(indicator.aggregation, view.index_mode, code):
        own_spread = own_spread.iloc[0:0]
    sources = view.sources_of(indicator_id, shown, band=len(own_spread) > 0)
    fit = fitted_line(lines, code, "index_value" if view.index_mode else "value", indicator.better)
    fit_note = t("trends_fit_line", language, region=view.name_of(code)) if len(fit) else ""
    message, resolved = target_message(view, own, indicator, code)
    target, pace = resolved if resolved else (None, None)
    path = None
    if target is not None:
        path = target_path(own[own["region_code"] == code], target, view.base_year or 0, pace)
    first, last = int(own["year"].min()), int(own["year"].max())
    chart = chart_spec(
        indicator_series_chart,
        lines,
        own_spread,
        title=t(
            "trends_chart_title", language, name=view.titled(indicator.name), first=first, last=last
        ),
        subtitle=[
            view.unit_line(indicator.unit) + " · " + band_note,
            *([fit_note] if fit_note else []),
            sources,
        ],
        unit=indicator.unit,
        decimals=int(indicator.decimals),
        language=language,
        index_mode=view.index_mode,
        band=view.band,
        target=target,
        path=path,
        colour_order=[view.name_of(c) for c in [view.region, NATION, *view.compare]],
        fit=fit,
        fit_label=t("trends_fit_label", language),
    )
    base = view.base_year or first
    areas = {c: view.name_of(c) for c in shown}
    decimals = int(indicator.decimals)
    stats = series_statistics(
        lines, indicator.better, base, language, areas=areas, unit=indicator.unit, decimals=decimals
    )
    table = display_statistics(stats, decimals, language, indicator.unit)
    method = method_statistics(stats, decimals, language).rename(
        columns={key: t(text_key, language) for key, text_key in METHOD_COLUMNS.items()}
    )
    unit = as_markdown_text(change_unit(indicator.unit, language))
    return IndicatorModel(
        heading,
        facts,
        captions=captions,
        chart=chart,
        target_message=message,
        target_notes=_target_notes(view, target) if message else "",
        statistics=_arrow(table.rename(columns=plain_columns(language, base, indicator.unit))),
        method=_arrow(method),
        method_captions=[
            t("trends_stats_caption", language, unit=unit, base=base),
            rule_text(language),
        ],
        download_data=_arrow(
            lines.merge(stats[["region_code", "verdict"]], on="region_code", how="left")
        ),
        source_line=sources,
    )
