"""Karta: an indicator or an objective's assessments on a map of counties or municipalities."""

from functools import partial

import streamlit as st

from pages.map import data
from pages.map.answer import extreme_parts
from pages.map.controls import highlight_choice, join_or_apologise, play_step, year_controls
from pages.map.state import select_from_table, take_pending_year
from rus_data.charts.export import chart_json, static_spec
from rus_data.exports.files import table_csv, table_xlsx
from rus_data.map.charts import (
    MAP_HEIGHT,
    PrebuiltDeck,
    deck_json,
    legend_html,
    ranked_bar_chart,
    static_map_chart,
    tooltip,
)
from rus_data.map.classes import METHODS
from rus_data.map.view import (
    assessment_legend,
    assessment_map_frame,
    export_table,
    indicator_map_frame,
    legend_labels,
    national_reference,
    rank_texts,
    shown_unit,
    shows_for,
)
from rus_data.text import t
from rus_data.text.formats import format_number, formatted_table
from rus_data.text.plain import as_markdown_text
from rus_data.text.units import is_share
from rus_data.trends.facts import fact_lines
from ui import cached
from ui.answer import answer_slot, show_answer
from ui.basket import add_to_presentation
from ui.chart_downloads import export_about
from ui.charts import chart_spec
from ui.components import demo_notice, source_caption, source_line
from ui.downloads import download_file, download_menu
from ui.gender import gender_control, gendered
from ui.indicator_facts import indicator_facts_box
from ui.page_end import end_page
from ui.state import NATION, view_state
from ui.url_widgets import url_radio, url_segmented, url_select_slider, url_selectbox

view = view_state()
lang = view.language
county = view.region_code if view.region_code != NATION else None
st.title(t("map_title", lang))
st.caption(t("map_intro", lang))
NOTICE = st.container()  # the demo notice, then the answer, above the controls
ANSWER = answer_slot()
take_pending_year()

modes = ["indicator", "assessment"]
mode = (
    url_segmented(
        "map_mode",
        t("map_mode", lang),
        modes,
        "indicator",
        format_func=lambda m: t(f"map_mode_{m}", lang),
    )
    or "indicator"
)
SELECTORS = st.container()
CONTROL_ROW = st.columns([3.2, 1.3, 2], vertical_alignment="bottom")


if mode == "indicator":
    indicators = data.indicators(lang)
    if indicators.empty:
        st.info(t("map_no_indicators", lang))
        end_page()
    meta_by_id = {row.id: row for row in indicators.itertuples(index=False)}
    ids = list(meta_by_id)
    municipal = [i for i in ids if meta_by_id[i].finest_level == "kommun"]
    default_id = next((i for i in municipal if meta_by_id[i].objective_id > 0), ids[0])
    c1, c2, c3, c4 = SELECTORS.columns([3, 1.2, 1.6, 1.4])
    indicator_id = url_selectbox(
        "map_ind",
        t("map_indicator", lang),
        ids,
        default_id,
        place=c1,
        format_func=lambda i: meta_by_id[i].name,
    )
    meta = meta_by_id[indicator_id]
    levels = ["kommun", "lan"] if meta.finest_level == "kommun" else ["lan"]
    level = url_radio(
        "map_level",
        t("map_level", lang),
        levels,
        levels[0],
        place=c2,
        format_func=lambda v: t(f"map_level_{v}", lang),
        horizontal=True,
        help=t("map_level_only_lan", lang) if len(levels) == 1 else None,
    )
    share = is_share(meta.unit)
    show = url_selectbox(
        "map_show",
        t("map_show", lang),
        shows_for(meta.unit),
        "value",
        place=c3,
        format_func=lambda v: t(f"map_show_{v}" + ("_pp" if share and v != "value" else ""), lang),
        help=t("map_show_share_help", lang) if share else None,
    )
    method = url_selectbox(
        "map_cls",
        t("map_method", lang),
        METHODS,
        "quantile",
        place=c4,
        format_func=lambda v: t(f"map_method_{v}", lang),
    )
    gender = "T"
    if meta.id in data.gender_split():
        gender = gender_control("map_gender", lang, place=SELECTORS)
    indicator_name = gendered(meta.name, gender, lang)
    years = data.indicator_years(meta.id, level, gender)
    if not years:
        st.info(t("map_no_values", lang, year=view.year))
        end_page()
    year = year_controls(view, years, CONTROL_ROW[0], CONTROL_ROW[1])
    base_year = None
    if show != "value":
        earlier = [y for y in years if y < year]
        if not earlier:
            st.info(t("map_no_base", lang))
            end_page()
        base_year = int(
            url_select_slider(
                "map_base", t("map_base_year", lang), earlier, earlier[0], place=SELECTORS
            )
        )

    geometry = data.geometry(level)
    values = data.values(meta.id, level, year, base_year, gender)
    values = join_or_apologise(values, geometry.codes, lang)
    if county and level == "kommun":
        values = values[values["parent_code"] == county].reset_index(drop=True)
    frame, classes = indicator_map_frame(values, meta.better, meta.decimals, show, method, lang)
    frame["rank_text"] = rank_texts(frame["rank"], t("map_rank_of", lang), lang)
    frame["tooltip_text"] = frame["shown_text"]
    names = dict(zip(frame["code"], frame["name"], strict=True))
    highlight = highlight_choice(view, list(frame["code"]), names, CONTROL_ROW[2])
    active_years = (year,) if base_year is None else (base_year, year)
    sources = data.value_sources(meta.id, active_years, gender)
    shows_demo = bool(sources["is_demo"].any())
    with NOTICE:
        demo_notice(lang, shows_demo)
    line = source_line(sources, lang)
    reference = national_reference(*data.national_value(meta.id, year, base_year, gender), show)
    unit = shown_unit(meta.unit, show, lang)
    if show == "value":
        measure = t("map_measure_value", lang)
    else:
        measure = t("map_measure_change", lang, base=base_year)
    level_word = t(f"map_level_word_{level}", lang)
    if show == "value":
        title = t(
            "map_title_value", lang, indicator=indicator_name, level_word=level_word, year=year
        )
    else:
        title = t(
            "map_title_change",
            lang,
            indicator=indicator_name,
            level_word=level_word,
            base=base_year,
            year=year,
        )
    if county:
        title = t("map_in_area", lang, title=title, area=view.region_name)
    better = t(f"map_better_{meta.better}", lang)
    subtitle = t("map_subtitle", lang, unit=unit, better=better) + "\n" + line
    decimals = 1 if show == "change_pct" else meta.decimals
    show_answer(ANSWER, title, extreme_parts(frame, meta.better, unit, reference, decimals, lang))
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
    outline = data.geometry("lan") if level == "kommun" and not county else None
    properties = ["name", "shown_text", "rank_text"] + (["value_text"] if show != "value" else [])
    spec = deck_json(frame, geometry, properties, highlight, outline)
    st.subheader(as_markdown_text(title, 400))  # plain text (the chart's title too)
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
            chart_spec(ranked_bar_chart, frame, bar_labels, reference, highlight, lang),
            width="stretch",
        )
    facts = data.indicator_facts((meta.id,), lang)
    if len(facts):
        indicator_facts_box(fact_lines(facts.iloc[0], sources, lang), lang)
    columns = {"code": t("map_code", lang), "name": t("map_region", lang)}
    if show != "value":
        columns["base_value"] = t("map_base_value", lang, year=base_year)
        columns["value"] = t("map_base_value", lang, year=year)
        columns["shown"] = f"{measure} ({unit})"
    else:
        columns["value"] = f"{t('map_value', lang)} {year} ({unit})"
    columns["rank"] = t("map_rank", lang)
    table = export_table(frame, columns)
    # Numbers as the language writes them (a Styler; the cells keep their numbers and sort).
    number_format = {
        columns[c]: decimals if c == "shown" else meta.decimals
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
    objective = int(
        url_selectbox(
            "map_obj",
            t("map_objective", lang),
            objective_ids,
            regional[0] if regional else objective_ids[0],
            place=SELECTORS,
            format_func=lambda i: f"{i}. {objective_names[i]}",
        )
    )
    years = cached.assessment_years()
    if not years:
        st.info(t("no_data_year", lang, year=view.year))
        end_page()
    year = year_controls(view, years, CONTROL_ROW[0], CONTROL_ROW[1])
    geometry = data.geometry("lan")
    counties = data.county_assessments(objective, year)
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
    with NOTICE:
        demo_notice(lang, shows_demo)
    line = source_line(sources, lang)
    title = t("map_title_assessment", lang, year=year, objective=objective_names[objective])
    subtitle = t("map_assessment_help", lang) + "\n" + line
    legend = assessment_legend(lang)
    legend_title = t("map_status", lang)
    tip = tooltip(
        [
            (t("map_status", lang), "status_label"),
            (t("map_trend", lang), "trend_label"),
            (t("map_motivation", lang), "comment_text"),
        ],
        [(t("map_year_label", lang), str(year))],
        footer=line,
    )
    spec = deck_json(
        frame,
        geometry,
        ["name", "status_label", "trend_label", "comment_text"],
        highlight,
        trend_labels=True,
    )
    counts = frame["status_label"].value_counts()
    status_counts = [
        (label, t("map_status_count", lang, count=int(counts[label])))
        for _colour, label in legend
        if counts.get(label, 0)
    ]
    show_answer(ANSWER, title, status_counts)
    st.subheader(as_markdown_text(title, 400))  # plain text (the chart's title too)
    if not frame["assessed"].any():
        st.info(t("map_national_only", lang))
    st.pydeck_chart(PrebuiltDeck(spec, tip), height=MAP_HEIGHT, key="map_deck")
    st.html(legend_html(legend_title, legend, t("map_assessment_help", lang)))
    columns = {
        "code": t("map_code", lang),
        "name": t("map_region", lang),
        "status_label": t("map_status", lang),
        "trend_label": t("map_trend", lang),
        "comment": t("map_motivation", lang),
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

source_caption(sources, lang)
st.subheader(t("map_table_heading", lang))
st.caption(t("map_table_help", lang))
st.session_state["_map_table_codes"] = list(frame["code"])
st.dataframe(
    formatted_table(table, number_format, lang),
    hide_index=True,
    width="stretch",
    height=min(36 * (len(table) + 1), 460),
    key="map_table",
    on_select=partial(select_from_table, "_map_table_codes", "map_table"),
    selection_mode="single-row",
)
static_chart = partial(static_map_chart, frame, geometry, legend, static_labels, highlight)
downloads = download_menu(lang)  # one compact menu (ui.downloads)
about = export_about(title, line, shows_demo, lang)
files = (
    ("csv", table_csv(table, about)),  # small: made at once, as before
    ("xlsx", lambda: table_xlsx(table, about)),
    ("png", lambda: cached.chart_png(chart_json(static_chart(), lang))),
    ("svg", lambda: cached.chart_svg(chart_json(static_chart(), lang))),
)
for extension, content in files:
    download_file(
        t(f"map_download_{extension}", lang),
        content,
        file_stem,
        extension,
        key=f"map_{extension}",
        place=downloads,
        on_click="rerun",  # unlike the other pages' downloads (kept as it was)
    )
add_to_presentation(
    make_spec=lambda: static_spec(chart_json(static_chart(), lang)),
    source_line=line,
    shows_demo=shows_demo,
    key="map",
    language=lang,
    title=title,
    kind="map",
    container=downloads,
)
play_step(years, year)
