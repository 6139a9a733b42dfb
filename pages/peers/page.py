"""Jämför kommuner: a municipality against a peer group – profile, over time and ranking."""

from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from pages.peers import data
from pages.peers.answer import standing_parts
from pages.peers.gender import gender_choice
from pages.peers.similar import explanation, neighbours_table, similar_notes
from rus_data.exports.files import table_csv
from rus_data.peers.charts import profile_chart, time_chart
from rus_data.peers.profile import (
    comparison_group,
    county_peers,
    gap_trend,
    indicators_of_objective,
    objectives_with_indicators,
    ranking_table,
)
from rus_data.peers.similarity import DEFAULT_K, suggested_indicators
from rus_data.peers.tables import (
    excel_bytes,
    highlighted,
    profile_table,
    ranking_display,
    ranking_export,
)
from rus_data.reference.regions import principal_municipality
from rus_data.text import t
from rus_data.text.formats import empty_text, format_number
from rus_data.text.plain import as_markdown_text
from ui import cached
from ui.answer import answer_slot, show_answer
from ui.basket import add_to_presentation
from ui.chart_downloads import export_about
from ui.charts import chart_spec
from ui.components import demo_notice, source_caption, source_line
from ui.downloads import download_file, download_menu
from ui.gender import gendered
from ui.page_end import end_page
from ui.state import view_state
from ui.url_widgets import url_multiselect, url_segmented, url_select_slider, url_selectbox

MODES = ["county", "group", "custom", "similar"]
similar_weights: dict[str, float] = {}  # the similar mode's weights, for its explanation
CUSTOM_SET = "custom"

view = view_state()
language = view.language
year = view.year or 2100
st.title(t("peers_title", language))
st.markdown(t("peers_intro", language, year=view.year))

towns = data.municipalities()
names = dict(zip(towns["code"], towns["name"], strict=True))
indicators = data.municipal_indicators(language)
indicator_ids = list(indicators["id"])
indicator_by_id = indicators.set_index("id")
# A plain dict for the pickers' labels: a frame lookup per option costs ~0.1 ms × 300 options.
indicator_names = dict(zip(indicators["id"], indicators["name"], strict=True))
sources = data.value_sources(sorted(indicator_ids))
shows_demo = bool(sources["is_demo"].any())
demo_notice(language, shows_demo)
ANSWER = answer_slot()  # the standing in the group, above the controls
if towns.empty or not indicator_ids:
    st.info(t("peers_no_values", language, indicator=empty_text()))
    end_page()

codes = list(towns["code"])
left, right = st.columns([2, 3])
municipality = url_selectbox(
    "peer_kommun",
    t("peers_municipality", language),
    codes,
    principal_municipality(view.region_code, codes),
    place=left,
    format_func=lambda code: f"{names[code]} ({code})",
)
mode = (
    url_segmented(
        "peer_mode",
        t("peers_mode", language),
        MODES,
        "county",
        place=right,
        format_func=lambda mode: t(f"peers_mode_{mode}", language),
        required=True,
    )
    or "county"
)
name = names[municipality]
name_text = as_markdown_text(name)  # a name inside Markdown is escaped, here and below


def county_group() -> tuple[list[str], str, pd.DataFrame | None]:
    """The other municipalities of the same county."""
    _county, peers = county_peers(towns, municipality)
    county_name = towns.loc[towns["code"] == municipality, "county_name"].iloc[0]
    county = as_markdown_text(county_name)
    st.caption(t("peers_county_caption", language, county=county, n=len(peers) + 1))
    return peers, county_name, None


def municipality_group() -> tuple[list[str], str, pd.DataFrame | None]:
    """The other members of the municipality's group in a chosen group set."""
    sets = data.group_sets()
    if sets.empty:
        st.info(t("peers_no_group_sets", language))
        return [], "", None
    labels = {
        row.group_set: t(
            "peers_group_set_option",
            language,
            name=row.group_set,
            groups=row.groups,
            source=row.source,
        )
        for row in sets.itertuples()
    }
    options = list(labels)
    group_set = url_selectbox(
        "peer_set", t("peers_group_set", language), options, options[0], format_func=labels.get
    )
    members = data.group_of(group_set, municipality)
    if members.empty:
        set_text = as_markdown_text(group_set)
        st.warning(t("peers_not_in_group", language, name=name_text, set=set_text))
        return [], "", None
    group_name = str(members["group_name"].iloc[0])
    group, set_text = as_markdown_text(group_name), as_markdown_text(group_set)
    st.caption(t("peers_group_caption", language, group=group, set=set_text, n=len(members)))
    return [c for c in members["region_code"] if c != municipality], group_name, None


def custom_group() -> tuple[list[str], str, pd.DataFrame | None]:
    """A hand-picked list of municipalities."""
    others = [c for c in codes if c != municipality]
    chosen = url_multiselect(
        "peer_custom",
        t("peers_custom", language),
        others,
        [],
        format_func=lambda code: f"{names[code]} ({code})",
    )
    if not chosen:
        st.info(t("peers_custom_empty", language))
    return list(chosen), t("peers_mode_custom", language), None


def similar_group() -> tuple[list[str], str, pd.DataFrame | None]:
    """The k nearest municipalities on the chosen indicators, with weights and exclusions."""
    suggested = suggested_indicators(indicator_ids)
    with st.container(border=True):
        chosen_ids = url_multiselect(
            "peer_sim",
            t("peers_similar_indicators", language),
            indicator_ids,
            suggested,
            format_func=indicator_names.__getitem__,
        )
        k = url_select_slider(
            "peer_k",
            t("peers_similar_k", language),
            [str(k) for k in range(5, 51)],
            str(DEFAULT_K),
            persist_state=None,
        )
        weights: dict[str, float] = {}
        with st.expander(t("peers_weights", language)):
            st.caption(t("peers_weights_help", language))
            columns = st.columns(3)
            for index, indicator_id in enumerate(chosen_ids):
                weights[indicator_id] = columns[index % 3].number_input(
                    as_markdown_text(indicator_by_id.at[indicator_id, "name"]),
                    min_value=0.0,
                    max_value=5.0,
                    value=1.0,
                    step=0.5,
                    key=f"peer_w_{indicator_id}",
                )
        similar_weights.update(weights)
        result = data.similar_municipalities(municipality, sorted(weights.items()), year, int(k))
        similar_notes(result, indicator_by_id, names, name_text, language)
    neighbours = result.neighbours
    return list(neighbours["region_code"]), t("peers_mode_similar", language), neighbours


choose = {
    "county": county_group,
    "group": municipality_group,
    "custom": custom_group,
    "similar": similar_group,
}[mode]
peers, group_label, neighbours = choose()
if not peers:
    end_page()

members = comparison_group(municipality, peers)
contribution = None
if neighbours is not None:
    contribution = data.similarity_contributions(
        municipality, sorted(similar_weights.items()), year, len(neighbours)
    )
with st.expander(t("peers_group_summary", language, name=name_text, n=len(peers))):
    if neighbours is not None:
        neighbours_table(neighbours, contribution, names, indicator_by_id, language)
    else:
        st.markdown(", ".join(f"{as_markdown_text(names[c])} ({c})" for c in members))
if neighbours is not None:
    similar_line = source_line(data.latest_value_sources(sorted(similar_weights), year), language)
    explanation(
        municipality, neighbours, contribution, names, indicator_by_id, language, similar_line
    )


def show_chart(spec: dict[str, Any], key: str, chart_line: str) -> None:
    """A chart of the comparison and its "Lägg till i presentation" button."""
    st.vega_lite_chart(spec, width="stretch", theme=None)
    add_to_presentation(
        make_spec=spec, source_line=chart_line, shows_demo=shows_demo, key=key, language=language
    )


# --- Profile ---
st.subheader(t("peers_profile_heading", language))
objective_names = dict(
    zip(cached.objectives(language)["id"], cached.objectives(language)["name"], strict=True)
)
objective_options = [str(o) for o in objectives_with_indicators(indicators)] + [CUSTOM_SET]


def objective_label(option: str) -> str:
    """ "1. Begränsad klimatpåverkan", "Generationsmålet" or the own set."""
    if option == CUSTOM_SET:
        return t("peers_custom_set", language)
    number = int(option)
    return objective_names[number] if number == 0 else f"{number}. {objective_names[number]}"


objective_option = url_selectbox(
    "peer_obj",
    t("peers_objective", language),
    objective_options,
    "1",
    format_func=objective_label,
)
if objective_option == CUSTOM_SET:
    shown_ids = url_multiselect(
        "peer_prof",
        t("peers_profile_indicators", language),
        indicator_ids,
        indicator_ids[:6],
        format_func=indicator_names.__getitem__,
    )
    chosen_indicators = indicators.set_index("id").loc[shown_ids].reset_index()
else:
    chosen_indicators = indicators_of_objective(indicators, int(objective_option))

if chosen_indicators.empty:
    st.info(t("peers_no_indicators", language))
else:
    standing = data.standing(
        tuple(chosen_indicators["id"]), year, municipality, tuple(peers), language
    )
    profile_line = source_line(
        data.latest_value_sources(sorted(chosen_indicators["id"]), year), language
    )
    subtitle = [f"{t('peers_mode', language)}: {group_label} ({len(members)})", profile_line]
    heading = t(
        "peers_answer_heading",
        language,
        name=name,
        group=group_label,
        n=len(members),
        objective=objective_label(objective_option),
    )
    show_answer(ANSWER, heading, standing_parts(standing, language))
    profile_spec = chart_spec(profile_chart, standing, name, language, subtitle)
    show_chart(profile_spec, "peer_profile", profile_line)
    st.caption(t("peers_caveat", language))
    st.dataframe(profile_table(standing, language), hide_index=True, width="stretch")

# --- Over time ---
st.subheader(t("peers_time_heading", language))
indicator_id = url_selectbox(
    "peer_ind",
    t("peers_indicator", language),
    indicator_ids,
    "ghg_emissions_per_capita",
    format_func=indicator_names.__getitem__,
)
indicator = indicator_by_id.loc[indicator_id]
gender = gender_choice(indicator_id, data.gender_split(), language)
band = data.band_over_time(indicator_id, municipality, tuple(peers), indicator["better"], gender)
if band["value"].notna().any() or band["peer_median"].notna().any():
    time_line = source_line(data.series_sources(indicator_id, members, gender), language)
    subtitle = [f"{t('peers_mode', language)}: {group_label} ({len(members)})", time_line]
    chart = chart_spec(
        time_chart,
        band,
        name,
        gendered(indicator["name"], gender, language),
        indicator["unit"],
        language,
        subtitle,
    )
    show_chart(chart, "peer_time", time_line)
gap = gap_trend(band)
slope = format_number(abs(gap.trend.slope_per_year), int(indicator["decimals"]) + 1, language)
p_value = format_number(gap.trend.p_value, 2, language)
st.markdown(
    t(
        f"peers_gap_{gap.verdict}",
        language,
        name=name_text,
        slope=slope,
        unit=as_markdown_text(indicator["unit"]),
        p=p_value,
        n=gap.trend.n,
    )
)
st.caption(t("peers_gap_method", language))

# --- Ranking ---
latest = data.municipal_values([indicator_id], year, gender)
latest_year = int(latest["year"].max()) if not latest.empty else None
indicator_text = as_markdown_text(gendered(indicator["name"], gender, language))
st.subheader(t("peers_ranking_heading", language, indicator=indicator_text, year=latest_year or ""))
if latest.empty:
    st.info(t("peers_no_values", language, indicator=indicator_text))
else:
    ranking_sources = data.latest_value_sources([indicator_id], year, gender)
    column = latest.set_index("region_code")["value"]
    ranking = ranking_table(column, towns, municipality, peers, indicator["better"])
    direction = t(f"peers_better_{indicator['better']}", language)
    st.caption(t("peers_ranking_caption", language, direction=direction, name=name_text))
    display = ranking_display(ranking, int(indicator["decimals"]), language)
    st.dataframe(
        highlighted(display, ranking["selected"]),
        hide_index=True,
        width="stretch",
        height=min(35 * (len(display) + 1) + 3, 773),
    )
    export = ranking_export(ranking, indicator["name"], indicator["unit"], latest_year, language)
    notes = [
        t(
            "peers_export_note",
            language,
            name=name,
            group=group_label,
            indicator=indicator["name"],
            year=latest_year,
        ),
        t("peers_export_conventions", language),
        source_line(ranking_sources, language),
    ]
    file_stem = f"rangordning_{municipality}_{indicator_id}_{latest_year}"
    downloads = download_menu(language)  # one compact menu, as under the charts
    about = export_about(notes[0], notes[-1], bool(ranking_sources["is_demo"].any()), language)
    download_file(
        t("download_csv", language),
        table_csv(export, about),  # at most 290 rows: made at once
        file_stem,
        "csv",
        key="peer_csv",
        place=downloads,
    )
    download_file(
        t("peers_download_excel", language),
        partial(excel_bytes, export, list(ranking["selected"]), notes, indicator_id),
        file_stem,
        "xlsx",
        key="peer_xlsx",
        place=downloads,
    )
    source_caption(ranking_sources, language)
