"""Karta: an indicator or an objective's assessments on a map of counties or municipalities."""

from functools import partial

import streamlit as st

from rus_data.charts.export import static_spec
from rus_data.charts.map import (
    MAP_HEIGHT,
    PrebuiltDeck,
    deck_json,
    legend_html,
    ranked_bar_chart,
    static_map_chart,
    tooltip,
)
from rus_data.map_classes import METHODS, format_number
from rus_data.map_view import (
    SHOWS,
    assessment_legend,
    assessment_map_frame,
    export_table,
    indicator_map_frame,
    legend_labels,
    national_reference,
    rank_texts,
)
from ui import cached
from ui.basket import add_to_presentation
from ui.chart_cache import chart_spec
from ui.components import demo_notice, source_line
from ui.i18n import t
from ui.map_controls import highlight_choice, join_or_apologise, play_step, year_controls
from ui.map_state import select_from_table, settle, take_pending_year, write_url
from ui.state import NATION, view_state

view = view_state()
lang = view.language
county = view.region_code if view.region_code != NATION else None
st.title(t("map_title", lang))
st.caption(t("map_intro", lang))
take_pending_year()

modes = ["indicator", "assessment"]
settle("map_mode", modes, "indicator")
mode = st.segmented_control(
    t("map_mode", lang), modes, key="map_mode", format_func=lambda m: t(f"map_mode_{m}", lang)
)
mode = mode or "indicator"
SELECTORS = st.container()
CONTROL_ROW = st.columns([3.2, 1.3, 2], vertical_alignment="bottom")
active = ["map_mode", "map_year", "map_sel"]


if mode == "indicator":
    indicators = cached.map_indicators(lang)
    if indicators.empty:
        st.info(t("map_no_indicators", lang))
        st.stop()
    meta_by_id = {row.id: row for row in indicators.itertuples(index=False)}
    ids = list(meta_by_id)
    municipal = [i for i in ids if meta_by_id[i].finest_level == "kommun"]
    default_id = next((i for i in municipal if meta_by_id[i].objective_id > 0), ids[0])
    settle("map_ind", ids, default_id)
    c1, c2, c3, c4 = SELECTORS.columns([3, 1.2, 1.6, 1.4])
    c1.selectbox(
        t("map_indicator", lang), ids, key="map_ind", format_func=lambda i: meta_by_id[i].name
    )
    meta = meta_by_id[st.session_state["map_ind"]]
    levels = ["kommun", "lan"] if meta.finest_level == "kommun" else ["lan"]
    settle("map_level", levels, levels[0])
    c2.radio(
        t("map_level", lang),
        levels,
        key="map_level",
        format_func=lambda v: t(f"map_level_{v}", lang),
        horizontal=True,
        help=t("map_level_only_lan", lang) if len(levels) == 1 else None,
    )
    settle("map_show", list(SHOWS), "value")
    c3.selectbox(
        t("map_show", lang), SHOWS, key="map_show", format_func=lambda v: t(f"map_show_{v}", lang)
    )
    settle("map_cls", list(METHODS), "quantile")
    c4.selectbox(
        t("map_method", lang),
        METHODS,
        key="map_cls",
        format_func=lambda v: t(f"map_method_{v}", lang),
    )
    level, show, method = st.session_state["map_level"], st.session_state["map_show"], None
    method = st.session_state["map_cls"]
    years = cached.indicator_years(meta.id, level)
    if not years:
        st.info(t("map_no_values", lang, year=view.year))
        st.stop()
    year = year_controls(view, years, CONTROL_ROW[0], CONTROL_ROW[1])
    active += ["map_ind", "map_level", "map_show", "map_cls"]
    base_year = None
    if show != "value":
        earlier = [y for y in years if y < year]
        if not earlier:
            st.info(t("map_no_base", lang))
            st.stop()
        settle("map_base", earlier, earlier[0])
        SELECTORS.select_slider(t("map_base_year", lang), options=earlier, key="map_base")
        base_year = int(st.session_state["map_base"])
        active.append("map_base")

    geometry = cached.map_geometry(level)
    values = cached.map_values(meta.id, level, year, base_year)
    values = join_or_apologise(values, geometry.codes, lang)
    if county and level == "kommun":
        values = values[values["parent_code"] == county].reset_index(drop=True)
    frame, classes = indicator_map_frame(values, meta.better, meta.decimals, show, method, lang)
    frame["rank_text"] = rank_texts(frame["rank"], t("map_rank_of", lang))
    frame["tooltip_text"] = frame["shown_text"]
    names = dict(zip(frame["code"], frame["name"], strict=True))
    highlight = highlight_choice(view, list(frame["code"]), names, CONTROL_ROW[2])
    active_years = (year,) if base_year is None else (base_year, year)
    sources = cached.value_sources(meta.id, active_years)
    shows_demo = bool(sources["is_demo"].any())
    demo_notice(lang, shows_demo)
    line = source_line(sources, lang)
    reference = national_reference(*cached.national_value(meta.id, year, base_year), show)
    unit = "%" if show == "change_pct" else meta.unit
    if show == "value":
        measure = t("map_measure_value", lang)
    else:
        measure = t("map_measure_change", lang, base=base_year)
    level_word = t(f"map_level_word_{level}", lang)
    if show == "value":
        title = t("map_title_value", lang, indicator=meta.name, level_word=level_word, year=year)
    else:
        title = t(
            "map_title_change",
            lang,
            indicator=meta.name,
            level_word=level_word,
            base=base_year,
            year=year,
        )
    if county:
        title = t("map_in_area", lang, title=title, area=view.region_name)
    better = t(f"map_better_{meta.better}", lang)
    subtitle = t("map_subtitle", lang, unit=unit, better=better) + "\n" + line
    decimals = 1 if show == "change_pct" else meta.decimals
    legend = legend_labels(classes, decimals, lang, t("map_missing", lang))
    legend_title = t("map_legend_title", lang, measure=measure, unit=unit)
    tip_lines = [(measure, "shown_text"), (t("map_rank", lang), "rank_text")]
    if show != "value":
        tip_lines.insert(0, (t("map_value", lang) + f" {year}", "value_text"))
    tip = tooltip(
        tip_lines,
        [(t("map_unit", lang), unit), (t("map_year_label", lang), str(year))],
        footer=line,
    )
    outline = cached.map_geometry("lan") if level == "kommun" and not county else None
    properties = ["name", "shown_text", "rank_text"] + (["value_text"] if show != "value" else [])
    spec = deck_json(frame, geometry, properties, highlight, outline)
    st.subheader(title)
    map_column, chart_column = st.columns([3, 2])
    with map_column:
        st.pydeck_chart(PrebuiltDeck(spec, tip), height=MAP_HEIGHT, key="map_deck")
        st.html(legend_html(legend_title, legend, better, classes.continuous))
    reference_text = t("map_national", lang, value=format_number(reference, decimals, lang))
    bar_labels = {
        "title": t("map_chart_title", lang),
        "subtitle": legend_title,
        "axis": legend_title,
        "region": t("map_region", lang),
        "value": measure,
        "rank": t("map_rank", lang),
        "reference": reference_text,
    }
    with chart_column, st.container(height=MAP_HEIGHT + 60, border=False):
        st.vega_lite_chart(
            chart_spec(ranked_bar_chart, frame, bar_labels, reference, highlight), width="stretch"
        )
    columns = {"code": t("map_code", lang), "name": t("map_region", lang)}
    if show != "value":
        columns["base_value"] = t("map_base_value", lang, year=base_year)
        columns["value"] = t("map_base_value", lang, year=year)
        columns["shown"] = f"{measure} ({unit})"
    else:
        columns["value"] = f"{t('map_value', lang)} {year} ({unit})"
    columns["rank"] = t("map_rank", lang)
    table = export_table(frame, columns)
    number_format = {
        columns[c]: st.column_config.NumberColumn(
            format=f"%.{decimals if c == 'shown' else meta.decimals}f"
        )
        for c in ("base_value", "value", "shown")
        if c in columns
    }
    static_labels = {
        "title": title,
        "subtitle": subtitle,
        "legend_title": legend_title,
        "region": t("map_region", lang),
        "value": measure,
    }
    file_stem = f"karta_{meta.id}_{level}_{year}" + (f"_{base_year}" if base_year else "")
else:
    objectives = cached.objectives(lang)
    objectives = objectives[objectives["id"] > 0]
    objective_names = dict(zip(objectives["id"], objectives["name"], strict=True))
    objective_ids = [int(i) for i in objectives["id"]]
    regional = [int(i) for i in objectives.loc[objectives["assessed_regionally"], "id"]]
    settle("map_obj", objective_ids, regional[0] if regional else objective_ids[0])
    SELECTORS.selectbox(
        t("map_objective", lang),
        objective_ids,
        key="map_obj",
        format_func=lambda i: f"{i}. {objective_names[i]}",
    )
    objective = int(st.session_state["map_obj"])
    years = cached.assessment_years()
    if not years:
        st.info(t("no_data_year", lang, year=view.year))
        st.stop()
    year = year_controls(view, years, CONTROL_ROW[0], CONTROL_ROW[1])
    active.append("map_obj")
    geometry = cached.map_geometry("lan")
    counties = cached.county_assessments(objective, year)
    counties = join_or_apologise(counties, geometry.codes, lang)
    frame = assessment_map_frame(counties, lang)
    frame["tooltip_text"] = [
        f"{s} · {tr}" for s, tr in zip(frame["status_label"], frame["trend_label"], strict=True)
    ]
    frame["map_label"] = frame["trend_symbol"]
    names = dict(zip(frame["code"], frame["name"], strict=True))
    highlight = highlight_choice(view, list(frame["code"]), names, CONTROL_ROW[2])
    sources = cached.assessment_sources(year)
    shows_demo = bool(sources["is_demo"].any())
    demo_notice(lang, shows_demo)
    line = source_line(sources, lang)
    title = t("map_title_assessment", lang, year=year, objective=objective_names[objective])
    subtitle = t("map_assessment_help", lang) + "\n" + line
    legend = assessment_legend(lang)
    legend_title = t("map_status", lang)
    tip = tooltip(
        [(t("map_status", lang), "status_label"), (t("map_trend", lang), "trend_label")],
        [(t("map_year_label", lang), str(year))],
        footer=line,
    )
    spec = deck_json(
        frame, geometry, ["name", "status_label", "trend_label"], highlight, trend_labels=True
    )
    st.subheader(title)
    if not frame["assessed"].any():
        st.info(t("map_national_only", lang))
    map_column, chart_column = st.columns([3, 2])
    with map_column:
        st.pydeck_chart(PrebuiltDeck(spec, tip), height=MAP_HEIGHT, key="map_deck")
        st.html(legend_html(legend_title, legend, t("map_assessment_help", lang)))
    with chart_column:
        counts = frame["status_label"].value_counts()
        for _colour, label in legend:
            st.metric(label, t("map_status_count", lang, count=int(counts.get(label, 0))))
    columns = {
        "code": t("map_code", lang),
        "name": t("map_region", lang),
        "status_label": t("map_status", lang),
        "trend_label": t("map_trend", lang),
    }
    table = export_table(frame, columns)
    number_format = {}
    static_labels = {
        "title": title,
        "subtitle": subtitle,
        "legend_title": legend_title,
        "region": t("map_region", lang),
        "value": t("map_status", lang),
    }
    file_stem = f"bedomning_mal{objective}_{year}"

st.caption(line)
st.subheader(t("map_table_heading", lang))
st.caption(t("map_table_help", lang))
st.session_state["_map_table_codes"] = list(frame["code"])
st.dataframe(
    table,
    hide_index=True,
    column_config=number_format,
    width="stretch",
    height=min(36 * (len(table) + 1), 460),
    key="map_table",
    on_select=partial(select_from_table, "_map_table_codes", "map_table"),
    selection_mode="single-row",
)
static_chart = partial(static_map_chart, frame, geometry, legend, static_labels, highlight)
downloads = st.columns([1, 1, 1, 1.4], vertical_alignment="center")
downloads[0].download_button(
    t("map_download_csv", lang),
    table.to_csv(index=False).encode("utf-8-sig"),
    file_name=f"{file_stem}.csv",
    mime="text/csv",
    key="map_csv",
)
downloads[1].download_button(
    t("map_download_png", lang),
    lambda: cached.map_image(static_chart().to_json(), "png"),
    file_name=f"{file_stem}.png",
    mime="image/png",
    key="map_png",
)
downloads[2].download_button(
    t("map_download_svg", lang),
    lambda: cached.map_image(static_chart().to_json(), "svg"),
    file_name=f"{file_stem}.svg",
    mime="image/svg+xml",
    key="map_svg",
)
add_to_presentation(
    make_spec=lambda: static_spec(static_chart().to_json()),
    source_line=line,
    shows_demo=shows_demo,
    key="map",
    language=lang,
    title=title,
    kind="map",
    container=downloads[3],
)
write_url(active)
play_step(years, year)
