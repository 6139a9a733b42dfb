"""Trender per miljömål: indicator series with trend verdicts, targets, history, all counties."""

import pandas as pd
import streamlit as st

from rus_data.charts.trends import (
    assessment_heatmap,
    history_frame,
    indicator_series_chart,
    small_multiples_chart,
    verdict_summary_chart,
)
from rus_data.trend_stats import MIN_POINTS
from rus_data.trends import (
    NATION,
    comparable_codes,
    display_statistics,
    format_number,
    ordered_series,
    pace_towards,
    resolve_target,
    series_statistics,
    shows_spread,
    target_path,
    verdict_counts,
)
from ui import cached
from ui.chart_cache import chart_spec
from ui.chart_downloads import chart_downloads
from ui.components import demo_notice, source_line
from ui.i18n import t
from ui.state import view_state
from ui.url_choices import seed_choice, seed_choices, write_choice

MAX_COMPARE = 5
DEFAULT_OBJECTIVE = 1
SERIES_CHART_HEIGHT = 470  # the element: title, plot (280 px) and legends
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

view = view_state()
language = view.language
region = view.region_code
sweden = t("sweden", language)
st.title(t("trends_title", language))
st.markdown(t("trends_intro", language, region=view.region_name, year=view.year))

# --- Choices (bound to the URL: only non-default values appear there) -------------------------
objectives = cached.objectives(language)
objective_names = dict(zip(objectives["id"], objectives["name"], strict=True))
regions = cached.regions()
region_names = dict(zip(regions["code"], regions["name"], strict=True))
region_names[NATION] = sweden

top = st.columns([3, 1.4, 2.6, 2.6])
seed_choice("tr_obj", list(objective_names), DEFAULT_OBJECTIVE)
objective_id = top[0].selectbox(
    t("trends_objective", language),
    list(objective_names),
    format_func=lambda i: f"{i}. {objective_names[i]}",
    key="tr_obj",
    persist_state="session",
)
base_years = cached.trend_value_years(objective_id, view.year)
base_default = 2015 if 2015 in base_years else (base_years[0] if base_years else None)
seed_choice("tr_base", base_years, base_default)
base_year = top[1].selectbox(
    t("trends_base_year", language),
    base_years,
    key="tr_base",
    persist_state="session",
)
seed_choice("tr_mode", ["abs", "idx"], "abs")
mode = top[2].segmented_control(
    t("trends_mode", language),
    ["abs", "idx"],
    required=True,
    format_func=lambda m: t(f"trends_mode_{m}", language),
    key="tr_mode",
    persist_state="session",
)
seed_choice("tr_band", ["minmax", "iqr"], "minmax")
band = top[3].segmented_control(
    t("trends_band", language),
    ["minmax", "iqr"],
    required=True,
    format_func=lambda b: t(f"trends_band_{b}", language),
    key="tr_band",
    persist_state="session",
)
compare_options = [c for c in regions["code"] if c not in (NATION, region)]
seed_choices("tr_cmp", compare_options, MAX_COMPARE)
compare = st.multiselect(
    t("trends_compare", language),
    compare_options,
    format_func=region_names.get,
    max_selections=MAX_COMPARE,
    help=t("trends_compare_help", language, count=MAX_COMPARE),
    placeholder=t("trends_compare_placeholder", language),
    key="tr_cmp",
    persist_state="session",
)
index_mode = mode == "idx"
write_choice("tr_obj", objective_id, DEFAULT_OBJECTIVE)
write_choice("tr_base", base_year, base_default)
write_choice("tr_mode", mode, "abs")
write_choice("tr_band", band, "minmax")
write_choice("tr_cmp", compare, [])

# --- Data --------------------------------------------------------------------------------------
indicators = cached.trend_indicators(objective_id, language)
area_codes = list(dict.fromkeys([region, NATION, *compare]))
series = cached.trend_series(objective_id, tuple(area_codes), view.year)
spread = cached.trend_spread(objective_id, view.year)
targets = cached.trend_targets(objective_id, language)
value_sources = cached.trend_value_sources(objective_id)
region_history, region_changes = cached.region_history_changes(region, view.year, language)
objective_history, objective_changes = cached.objective_history_changes(objective_id, view.year)
shows_demo = bool(
    value_sources["is_demo"].any()
    or targets["is_demo"].any()
    or region_history["is_demo"].fillna(False).any()
)
demo_notice(language, shows_demo)


def sources_of(indicator_id: str | None = None) -> str:
    """The "Källa: …" line of one indicator's values (or of all the objective's values)."""
    frame = value_sources
    if indicator_id is not None:
        frame = frame[frame["indicator_id"] == indicator_id]
    return source_line(frame.drop_duplicates("name"), language)


def unit_line(unit: str) -> str:
    """The chart subtitle's unit line: the unit, or what the index means."""
    key = "trends_index_line" if index_mode else "trends_unit_line"
    return t(key, language, unit=unit)


# --- Summary bar -------------------------------------------------------------------------------
st.subheader(t("trends_summary_heading", language))
if indicators.empty:
    st.info(t("trends_no_indicators", language))
else:
    verdicts = cached.trend_verdicts(objective_id, tuple(area_codes), view.year, region, language)
    counts = verdict_counts(verdicts, language)
    summary = chart_spec(
        verdict_summary_chart,
        counts,
        title=t(
            "trends_summary_title",
            language,
            objective=objective_names[objective_id],
            region=view.region_name,
            year=view.year,
        ),
        subtitle=[sources_of()],
        language=language,
    )
    st.vega_lite_chart(summary, width="stretch")
    st.caption(
        t(
            "trends_summary_caption",
            language,
            region=view.region_name,
            year=view.year,
            min_points=MIN_POINTS,
        )
    )
    chart_downloads(
        summary,
        verdicts,
        f"trender_{objective_id}_sammanfattning",
        "tr_dl_sum",
        language,
        source_line=sources_of(),
        shows_demo=shows_demo,
    )


def target_message(own: pd.DataFrame, indicator: pd.Series, code: str) -> tuple[str, object]:
    """The target sentence for the primary area, and the resolved target (or None)."""
    primary = own[own["region_code"] == code]
    target = resolve_target(targets, indicator.indicator_id, code, primary)
    if target is None:
        return "", None
    pace = pace_towards(primary, target, indicator.better)
    decimals = int(indicator.decimals)
    values = {
        "label": target.label,
        "region": region_names.get(code, code),
        "target": format_number(target.target_value, decimals, language),
        "unit": indicator.unit,
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


# --- One section per indicator -----------------------------------------------------------------
if not indicators.empty:
    st.subheader(t("trends_indicators_heading", language))
for number, indicator in enumerate(indicators.itertuples()):
    own = series[series["indicator_id"] == indicator.indicator_id]
    verdict_row = verdicts.iloc[number]
    code = verdict_row["region_code"]
    with st.container(border=True):
        st.markdown(
            f"#### {indicator.name}  \n"
            + t(
                "trends_verdict_for",
                language,
                region=region_names.get(code, code),
                verdict=f"**{verdict_row['verdict_text']}**",
            )
        )
        if own["value"].notna().sum() == 0:
            st.info(t("trends_no_values", language, year=view.year))
            continue
        if code != region:
            st.caption(t("trends_national_only", language))
        shown = comparable_codes(area_codes, code, indicator.aggregation, index_mode)
        if NATION not in shown and NATION in area_codes:
            st.caption(t("trends_sweden_hidden", language))
        lines = ordered_series(own, shown, sweden)
        own_spread = spread[spread["indicator_id"] == indicator.indicator_id]
        if own_spread.empty:
            band_note = t("trends_band_none", language)
        elif not shows_spread(indicator.aggregation, index_mode, code):
            own_spread = own_spread.iloc[0:0]
            band_note = t("trends_band_total", language)
        else:
            band_note = t(
                "trends_band_note", language, band=t(f"trends_band_{band}", language).lower()
            )
        message, resolved = target_message(own, indicator, code)
        target, pace = resolved if resolved else (None, None)
        path = None
        if target is not None:
            primary = own[own["region_code"] == code]
            path = target_path(primary, target, base_year or 0, pace)
        first, last = int(own["year"].min()), int(own["year"].max())
        chart = chart_spec(
            indicator_series_chart,
            lines,
            own_spread,
            title=t("trends_chart_title", language, name=indicator.name, first=first, last=last),
            subtitle=[
                unit_line(indicator.unit) + " · " + band_note,
                sources_of(indicator.indicator_id),
            ],
            unit=indicator.unit,
            decimals=int(indicator.decimals),
            language=language,
            index_mode=index_mode,
            band=band,
            target=target,
            path=path,
            colour_order=[region_names.get(c, c) for c in [region, NATION, *compare]],
        )
        st.vega_lite_chart(chart, width="stretch", height=SERIES_CHART_HEIGHT)
        if message:
            st.markdown(f":material/flag: {message}")
            notes = [t("trends_target_demo", language)] if target.is_demo else []
            if index_mode:
                notes.append(t("trends_target_index", language))
            st.caption(" ".join(notes))
        stats = series_statistics(
            lines,
            indicator.better,
            base_year or first,
            language,
            areas={c: region_names.get(c, c) for c in shown},
        )
        table = display_statistics(stats, int(indicator.decimals), language)
        st.dataframe(
            table.rename(columns={k: t(v, language) for k, v in STATS_COLUMNS.items()}),
            hide_index=True,
            width="stretch",
        )
        st.caption(
            t("trends_stats_caption", language, unit=indicator.unit, base=base_year or first)
        )
        chart_downloads(
            chart,
            lines.merge(stats[["region_code", "verdict"]], on="region_code", how="left"),
            f"trend_{indicator.indicator_id}_{region}",
            f"tr_dl_{indicator.indicator_id}",
            language,
            source_line=sources_of(indicator.indicator_id),
            shows_demo=shows_demo,
        )

# --- Small multiples: the chosen indicator in every county -------------------------------------
if not indicators.empty:
    st.subheader(t("trends_multiples_heading", language))
    indicator_ids = list(indicators["indicator_id"])
    indicator_names = dict(zip(indicators["indicator_id"], indicators["name"], strict=True))
    seed_choice("tr_ind", indicator_ids, indicator_ids[0])
    row = st.columns([4, 2])
    chosen_id = row[0].selectbox(
        t("trends_multiples_indicator", language),
        indicator_ids,
        format_func=indicator_names.get,
        key="tr_ind",
        persist_state="session",
    )
    seed_choice("tr_y", ["shared", "free"], "shared")
    y_mode = row[1].segmented_control(
        t("trends_multiples_y", language),
        ["shared", "free"],
        required=True,
        format_func=lambda y: t(f"trends_multiples_{y}", language),
        key="tr_y",
        persist_state="session",
    )
    write_choice("tr_ind", chosen_id, indicator_ids[0])
    write_choice("tr_y", y_mode, "shared")
    chosen = indicators[indicators["indicator_id"] == chosen_id].iloc[0]
    counties = cached.trend_county_series(objective_id, chosen_id, view.year)
    if counties.empty:
        st.info(t("trends_multiples_none", language))
    else:
        panels = cached.trend_small_multiples(
            objective_id, chosen_id, view.year, chosen["better"], region, language
        )
        show_national = index_mode or chosen["aggregation"] != "sum"
        note_key = "trends_multiples_note" if show_national else "trends_multiples_note_sum"
        multiples = chart_spec(
            small_multiples_chart,
            panels,
            title=t(
                "trends_multiples_title",
                language,
                name=chosen["name"],
                first=int(counties["year"].min()),
                last=int(counties["year"].max()),
            ),
            subtitle=[
                unit_line(chosen["unit"]) + " · " + t(note_key, language),
                sources_of(chosen_id),
            ],
            unit=chosen["unit"],
            decimals=int(chosen["decimals"]),
            language=language,
            index_mode=index_mode,
            shared_y=y_mode != "free",
            show_national=show_national,
        )
        st.vega_lite_chart(multiples, width="content")
        chart_downloads(
            multiples,
            panels.drop(columns=["panel"]),
            f"trend_{chosen_id}_alla_lan",
            "tr_dl_multiples",
            language,
            source_line=sources_of(chosen_id),
            shows_demo=shows_demo,
        )

# --- Assessment history ------------------------------------------------------------------------
st.subheader(t("trends_history_heading", language))
st.caption(t("trends_history_help", language))
years = sorted(region_history["year"].unique())
assessment_sources = cached.assessment_sources(view.year)
assessment_source = source_line(assessment_sources, language)


def history_section(
    history: pd.DataFrame,
    changes: pd.DataFrame,
    row_labels: list[str],
    title: str,
    key: str,
    row_title: str,
) -> None:
    """Metrics of changes in the chosen year, the heatmap and its downloads."""
    this_year = changes[changes["year"] == view.year]
    metrics = st.columns(4)
    if len(this_year):
        counts = this_year.iloc[0]
        metrics[0].metric(
            t("trends_assessments", language, year=view.year), int(counts.assessments)
        )
        metrics[1].metric(
            t("trends_changed_status", language, year=view.year), int(counts.status_changed)
        )
        metrics[2].metric(
            t("trends_changed_trend", language, year=view.year), int(counts.trend_changed)
        )
    total = int(changes.loc[changes["year"] > changes["year"].min(), "assessments"].sum())
    st.caption(
        t(
            "trends_changed_total",
            language,
            changed=int(changes.status_changed.sum()),
            total=total,
            first=int(changes.year.min()) + 1,
            last=int(changes.year.max()),
        )
    )
    frame = history_frame(history, row_labels, language)
    chart = chart_spec(
        assessment_heatmap,
        frame,
        changes,
        title=title,
        subtitle=[t("trends_history_subtitle", language), assessment_source],
        row_title=row_title,
        language=language,
    )
    st.vega_lite_chart(chart, width="content")
    columns = [
        "year",
        "assessed",
        "status",
        "trend",
        "previous_status",
        "previous_trend",
        "status_changed",
        "trend_changed",
    ]
    export = frame[["row_label", *columns]]
    chart_downloads(
        chart,
        export,
        f"bedomningar_{key}",
        f"tr_dl_hist_{key}",
        language,
        source_line=assessment_source,
        shows_demo=bool(assessment_sources["is_demo"].any()),
    )


if years:
    tabs = st.tabs(
        [
            t("trends_history_region_tab", language, region=view.region_name),
            t("trends_history_objective_tab", language),
        ]
    )
    with tabs[0]:
        history_section(
            region_history,
            region_changes,
            [
                f"{i}. {name}"
                for i, name in zip(
                    region_history.objective_id, region_history.objective, strict=True
                )
            ],
            t(
                "trends_history_region_title",
                language,
                region=view.region_name,
                first=years[0],
                last=years[-1],
            ),
            f"omrade_{region}",
            t("trends_objective", language),
        )
    with tabs[1]:
        if objective_id == 0:
            st.info(t("trends_generational_no_assessment", language))
        else:
            if not objective_history.loc[objective_history.region_code != NATION, "assessed"].any():
                st.caption(t("trends_national_only_objective", language))
            history_section(
                objective_history,
                objective_changes,
                [
                    sweden if c == NATION else f"{letter} {name}"
                    for c, letter, name in zip(
                        objective_history.region_code,
                        objective_history.letter,
                        objective_history.region,
                        strict=True,
                    )
                ],
                t(
                    "trends_history_objective_title",
                    language,
                    objective=objective_names[objective_id],
                    first=years[0],
                    last=years[-1],
                ),
                f"mal_{objective_id}",
                t("region", language),
            )
else:
    st.info(t("trends_no_assessments", language))
