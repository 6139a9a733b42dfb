"""Målkonflikter och synergier: interactions between objectives and Agenda 2030 targets."""

import streamlit as st

from pages.conflicts import data, workshop_roles
from pages.conflicts.parts import (
    chart_with_downloads,
    edge_table,
    indicator_trend_table,
    influence_sums_table,
    table_with_download,
    trend_targets_table,
)
from pages.conflicts.workshop_leader import adopt_form, import_export_section, session_picker
from pages.conflicts.workshop_scoring import results_section, scoring_form
from rus_data.conflicts import charts
from rus_data.conflicts import tables as conflicts
from rus_data.conflicts.matrix import influence_table, quadrant_frame, score_matrix
from rus_data.conflicts.network import SIGN_FILTERS, filter_edges
from rus_data.conflicts.workshop import WorkshopError
from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from ui import cached
from ui.charts import chart_spec
from ui.components import demo_notice, source_caption, source_line
from ui.state import NATION, view_state
from ui.url_widgets import url_multiselect, url_radio, url_segmented, url_selectbox, url_slider

MODES = ("matrix", "network", "influence", "ranking", "trends", "workshop")
MATRIX_KINDS = ("objectives", "targets", "goals")

view = view_state()
language = view.language

st.title(t("cf_title", language))
st.markdown(t("cf_intro", language))
st.info(t("cf_proposal_notice", language), icon=":material/rate_review:")

nodes = data.interaction_nodes(language)
objectives = cached.objectives(language)
try:
    interactions = data.all_interactions()
except WorkshopError as error:  # the workshop store is down: the starting set still shows
    st.warning(
        t("cf_ws_store_unavailable", language, error=as_markdown_text(str(error), 500)),
        icon=":material/cloud_off:",
    )
    interactions = data.starting_interactions()
edges = conflicts.labelled_edges(interactions, nodes, view.region_code, language)
sources = (
    edges[["source", "source_date"]]
    .drop_duplicates()
    .rename(columns={"source": "name", "source_date": "fetched_at"})
)
line = source_line(sources, language)
region_text = as_markdown_text(view.region_name)  # a name inside Markdown is escaped
county = t("cf_context_county", language, region=region_text) if view.region_code != NATION else ""
st.caption(t("cf_context", language, county=county))

mode = (
    url_segmented(
        "cf_mode",
        t("cf_mode", language),
        MODES,
        MODES[0],
        format_func=lambda m: t(f"cf_mode_{m}", language),
    )
    or MODES[0]
)

if mode == "matrix":
    kind = url_radio(
        "cf_matrix",
        t("cf_matrix_kind", language),
        MATRIX_KINDS,
        MATRIX_KINDS[0],
        format_func=lambda k: t(f"cf_matrix_{k}", language),
        horizontal=True,
    )
    st.caption(
        t(
            {"goals": "cf_goal_help", "targets": "cf_target_help"}.get(kind, "cf_matrix_help"),
            language,
        )
    )
    if kind == "objectives":
        chart = chart_spec(charts.objective_matrix_chart, edges, objectives, language, line)
        shown = edges[edges["to_key"].str.startswith("objective:")]
    elif kind == "targets":
        chart = chart_spec(charts.target_matrix_chart, edges, objectives, language, line)
        shown = edges[edges["to_key"].str.startswith("target:")]
    else:
        goals = data.sdg_goals(language)
        chart = chart_spec(
            charts.goal_matrix_chart,
            conflicts.goal_summary(edges),
            objectives,
            goals,
            language,
            line,
        )
        shown = edges[edges["to_key"].str.startswith("target:")]
    chart_with_downloads(chart, f"matris_{kind}", language, line)
    table_with_download(edge_table(shown, language), f"samband_{kind}", language, source=line)

elif mode == "network":
    goals = data.sdg_goals(language)
    goal_names = dict(zip(goals["goal"], goals["name"], strict=True))
    left, middle, right = st.columns([1, 1, 2])
    threshold = url_slider("cf_threshold", t("cf_threshold", language), (1, 3), 1, place=left)
    sign = url_radio(
        "cf_sign",
        t("cf_sign", language),
        SIGN_FILTERS,
        SIGN_FILTERS[0],
        place=middle,
        format_func=lambda s: t(f"cf_sign_{s}", language),
    )
    chosen_goals = url_multiselect(
        "cf_goals",
        t("cf_goal_filter", language),
        list(goal_names),
        [],
        place=right,
        format_func=lambda g: f"{g} {goal_names[g]}",
        help=t("cf_goal_filter_help", language),
    )
    st.caption(t("cf_network_help", language))
    shown = filter_edges(edges, threshold, sign, chosen_goals)
    if shown.empty:
        st.info(t("cf_network_empty", language))
    else:
        positions, located = data.network_layout(shown, nodes)
        chart_with_downloads(
            chart_spec(charts.network_chart, positions, located, language, line),
            "natverk",
            language,
            line,
        )
        table_with_download(edge_table(shown, language), "natverk_samband", language, source=line)

elif mode == "influence":
    left, middle, right = st.columns(3)
    part = url_radio(
        "cf_part",
        t("cf_part", language),
        ("positive", "negative"),
        "positive",
        place=left,
        format_func=lambda p: t(f"cf_part_{p}", language),
    )
    order = url_radio(
        "cf_order",
        t("cf_order", language),
        (1, 2),
        1,
        place=middle,
        format_func=lambda o: t(f"cf_order_{o}", language),
    )
    scope = url_radio(
        "cf_nodes",
        t("cf_nodes_scope", language),
        ("objectives", "all"),
        "objectives",
        place=right,
        format_func=lambda s: t(f"cf_nodes_{s}", language),
    )
    st.caption(t("cf_influence_help", language))
    keys = conflicts.influence_nodes(edges, nodes, scope == "objectives")
    table = influence_table(score_matrix(edges, keys), order)
    frame, splits = quadrant_frame(table, part)
    info = nodes.set_index("key")
    if frame.empty:
        st.info(t("cf_influence_empty", language))
    else:
        frame = frame.join(info[["kind", "label", "short_label"]], on="key")
        chart_with_downloads(
            chart_spec(
                charts.influence_chart, frame, splits.x, splits.y, language, line, part, order
            ),
            f"paverkan_{part}_{order}",
            language,
            line,
        )
    st.subheader(t("cf_influence_table", language))
    sums = influence_sums_table(table, nodes, language)
    table_with_download(
        sums, f"paverkan_summor_{order}", language, dict.fromkeys(sums.columns[1:], 2), line
    )

elif mode == "ranking":
    scope = url_radio(
        "cf_ranking_scope",
        t("cf_ranking_scope", language),
        ("all", "objectives"),
        "all",
        format_func=lambda s: t(f"cf_ranking_{s}", language),
        horizontal=True,
    )
    pool = edges if scope == "all" else edges[edges["to_key"].str.startswith("objective:")]
    for sign, heading, name in ((-1, "conflicts", "konflikter"), (1, "synergies", "synergier")):
        st.subheader(t(f"cf_ranking_{heading}", language))
        table_with_download(
            edge_table(conflicts.ranked_interactions(pool, sign), language),
            f"starkaste_{name}",
            language,
            source=line,
        )
    source_caption(sources, language)

elif mode == "trends":
    objective_names = dict(zip(objectives["id"], objectives["name"], strict=True))
    objective_id = url_selectbox(
        "cf_objective",
        t("cf_objective", language),
        list(objective_names),
        1,
        format_func=lambda i: f"{i} {objective_names[i]}",
    )
    values = data.objective_indicator_values(objective_id, view.region_code, language)
    demo_notice(language, bool(values["is_demo"].any()) if not values.empty else False)
    st.markdown(
        t(
            "cf_trends_intro",
            language,
            objective=as_markdown_text(objective_names[objective_id]),
            region=region_text,
            year=view.year,
        )
    )
    verdicts = conflicts.indicator_verdicts(values, until_year=view.year)
    linked = conflicts.targets_with_trends(edges, objective_id, verdicts)
    if values.empty:
        st.warning(t("cf_no_indicators", language, region=region_text))
    if linked.empty:
        st.info(t("cf_no_targets", language))
    else:
        st.caption(t("cf_signal_help", language))
        table_with_download(
            trend_targets_table(linked, language),
            f"trender_mal_{objective_id}",
            language,
            source=line,
        )
    if not verdicts.empty:
        st.subheader(t("cf_indicators_heading", language))
        value_sources = (
            values[["source", "source_date"]]
            .drop_duplicates()
            .set_axis(["name", "fetched_at"], axis=1)
        )
        table_with_download(
            indicator_trend_table(verdicts, language),
            f"indikatortrender_mal_{objective_id}",
            language,
            {t("cf_col_slope", language): 3},
            source_line(value_sources, language),
        )
        source_caption(value_sources, language)

else:  # workshop
    st.markdown(t("cf_ws_intro", language))
    known_nodes = list(nodes["key"])
    candidates = conflicts.workshop_candidate_pairs(edges, nodes)
    labels = conflicts.pair_labels(candidates, nodes)
    current = {
        f"{a}→{b}": int(s)
        for a, b, s in zip(edges["from_key"], edges["to_key"], edges["score"], strict=True)
    }
    workshop_roles.show_flash()
    try:  # a workshop store that is down says so; the other views still work
        leader = workshop_roles.is_leader()
        if leader:
            workshop_roles.leader_bar(language)
            session_id = session_picker(language)
        else:
            session_id = workshop_roles.rater_session(language)
        if session_id is not None:
            if data.workshop_session_is_open(session_id):
                scoring_form(session_id, candidates, labels, current, known_nodes, language)
            else:
                st.info(t("cf_ws_session_closed", language), icon=":material/lock:")
            summary = results_section(session_id, labels, current, language)
            if leader and not summary.empty:
                adopt_form(session_id, summary, labels, known_nodes, language)
            if leader:
                import_export_section(session_id, known_nodes, language)
    except WorkshopError as error:
        st.error(as_markdown_text(str(error), 500))
