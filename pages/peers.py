"""Jämför kommuner: a municipality against a peer group – profile, over time and ranking."""

from functools import partial

import pandas as pd
import streamlit as st

from rus_data.charts.peers import profile_chart, time_chart
from rus_data.number_format import format_number
from rus_data.peer_profile import (
    comparison_group,
    county_peers,
    gap_trend,
    indicators_of_objective,
    objectives_with_indicators,
    peer_band,
    profile,
    ranking_table,
)
from rus_data.peer_tables import (
    csv_bytes,
    excel_bytes,
    highlighted,
    profile_table,
    ranking_display,
    ranking_export,
)
from rus_data.reference.regions import principal_municipality
from rus_data.similarity import DEFAULT_K, suggested_indicators
from ui import cached
from ui.basket import add_to_presentation
from ui.chart_cache import chart_spec
from ui.components import demo_notice, source_line
from ui.i18n import t
from ui.peers_state import seed_choice, seed_list, write_url
from ui.state import view_state

MODES = ["county", "group", "custom", "similar"]
URL_KEYS = (
    "peer_kommun",
    "peer_mode",
    "peer_set",
    "peer_custom",
    "peer_sim",
    "peer_k",
    "peer_obj",
    "peer_prof",
    "peer_ind",
)
CUSTOM_SET = "custom"

view = view_state()
language = view.language
year = view.year or 2100
st.title(t("peers_title", language))
st.markdown(t("peers_intro", language, year=view.year))

towns = cached.peer_municipalities()
names = dict(zip(towns["code"], towns["name"], strict=True))
indicators = cached.municipal_indicators(language)
indicator_ids = list(indicators["id"])
indicator_by_id = indicators.set_index("id")
sources = cached.peer_value_sources(tuple(indicator_ids))
shows_demo = bool(sources["is_demo"].any())
demo_notice(language, shows_demo)
line = source_line(sources, language)
if towns.empty or not indicator_ids:
    st.info(t("peers_no_values", language, indicator="–"))
    st.stop()

codes = list(towns["code"])
defaults: dict[str, str | list[str]] = {
    "peer_kommun": principal_municipality(view.region_code, codes),
    "peer_mode": "county",
}
seed_choice("peer_kommun", codes, str(defaults["peer_kommun"]))
seed_choice("peer_mode", MODES, "county")
left, right = st.columns([2, 3])
left.selectbox(
    t("peers_municipality", language),
    codes,
    key="peer_kommun",
    format_func=lambda code: f"{names[code]} ({code})",
)
right.segmented_control(
    t("peers_mode", language),
    MODES,
    key="peer_mode",
    format_func=lambda mode: t(f"peers_mode_{mode}", language),
    required=True,
)
municipality = st.session_state["peer_kommun"]
name = names[municipality]
mode = st.session_state.get("peer_mode") or "county"


def county_group() -> tuple[list[str], str, pd.DataFrame | None]:
    """The other municipalities of the same county."""
    _county, peers = county_peers(towns, municipality)
    county_name = towns.loc[towns["code"] == municipality, "county_name"].iloc[0]
    st.caption(t("peers_county_caption", language, county=county_name, n=len(peers) + 1))
    return peers, county_name, None


def municipality_group() -> tuple[list[str], str, pd.DataFrame | None]:
    """The other members of the municipality's group in a chosen group set."""
    sets = cached.region_group_sets()
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
    seed_choice("peer_set", options, options[0])
    defaults["peer_set"] = options[0]
    st.selectbox(t("peers_group_set", language), options, key="peer_set", format_func=labels.get)
    group_set = st.session_state["peer_set"]
    members = cached.region_group_of(group_set, municipality)
    if members.empty:
        st.warning(t("peers_not_in_group", language, name=name, set=group_set))
        return [], "", None
    group_name = str(members["group_name"].iloc[0])
    caption = t("peers_group_caption", language, group=group_name, set=group_set, n=len(members))
    st.caption(caption)
    return [c for c in members["region_code"] if c != municipality], group_name, None


def custom_group() -> tuple[list[str], str, pd.DataFrame | None]:
    """A hand-picked list of municipalities."""
    others = [c for c in codes if c != municipality]
    seed_list("peer_custom", others, [])
    defaults["peer_custom"] = []
    chosen = st.multiselect(
        t("peers_custom", language),
        others,
        key="peer_custom",
        format_func=lambda code: f"{names[code]} ({code})",
    )
    if not chosen:
        st.info(t("peers_custom_empty", language))
    return list(chosen), t("peers_mode_custom", language), None


def similar_group() -> tuple[list[str], str, pd.DataFrame | None]:
    """The k nearest municipalities on the chosen indicators, with weights and exclusions."""
    suggested = suggested_indicators(indicator_ids)
    seed_list("peer_sim", indicator_ids, suggested)
    defaults["peer_sim"] = suggested
    seed_choice("peer_k", [str(k) for k in range(5, 51)], str(DEFAULT_K))
    defaults["peer_k"] = str(DEFAULT_K)
    with st.container(border=True):
        chosen_ids = st.multiselect(
            t("peers_similar_indicators", language),
            indicator_ids,
            key="peer_sim",
            format_func=lambda i: indicator_by_id.at[i, "name"],
        )
        k = st.select_slider(
            t("peers_similar_k", language), [str(k) for k in range(5, 51)], key="peer_k"
        )
        weights: dict[str, float] = {}
        with st.expander(t("peers_weights", language)):
            st.caption(t("peers_weights_help", language))
            columns = st.columns(3)
            for index, indicator_id in enumerate(chosen_ids):
                weights[indicator_id] = columns[index % 3].number_input(
                    indicator_by_id.at[indicator_id, "name"],
                    min_value=0.0,
                    max_value=5.0,
                    value=1.0,
                    step=0.5,
                    key=f"peer_w_{indicator_id}",
                )
        result = cached.similar_municipalities(municipality, weights, year, int(k))
        if not result.used_indicators:
            st.warning(t("peers_similar_none", language))
        else:
            st.caption(
                t(
                    "peers_similar_method",
                    language,
                    min_shared=result.min_shared,
                    used=len(result.used_indicators),
                )
            )
        if result.dropped_indicators:
            st.markdown(f"**{t('peers_dropped_heading', language)}**")
            for indicator_id, reason in result.dropped_indicators.items():
                label = indicator_by_id.at[indicator_id, "name"]
                st.markdown(
                    "- " + t(f"peers_dropped_{reason}", language, indicator=label, name=name)
                )
        if not result.excluded.empty:
            heading = t("peers_excluded_heading", language, n=len(result.excluded))
            with st.expander(heading):
                for row in result.excluded.itertuples():
                    reason = t(
                        "peers_excluded_reason",
                        language,
                        shared=row.shared,
                        used=len(result.used_indicators),
                        name=name,
                        min_shared=result.min_shared,
                    )
                    st.markdown(f"- {names.get(row.region_code, row.region_code)}: {reason}")
    neighbours = result.neighbours
    return list(neighbours["region_code"]), t("peers_mode_similar", language), neighbours


choose = {
    "county": county_group,
    "group": municipality_group,
    "custom": custom_group,
    "similar": similar_group,
}[mode]
peers, group_label, neighbours = choose()
defaults.update({"peer_obj": "1", "peer_ind": "ghg_emissions_per_capita"})
if not peers:
    write_url(defaults, URL_KEYS)
    st.stop()

members = comparison_group(municipality, peers)
with st.expander(t("peers_group_summary", language, name=name, n=len(peers))):
    if neighbours is not None:
        shown = neighbours.assign(name=neighbours["region_code"].map(names))
        st.dataframe(
            shown[["rank", "name", "region_code", "distance", "shared"]].rename(
                columns={
                    "distance": t("peers_distance", language),
                    "shared": t("peers_shared", language),
                }
            ),
            hide_index=True,
            width="stretch",
        )
    else:
        st.markdown(", ".join(f"{names[c]} ({c})" for c in members))

# --- Profile ---
st.subheader(t("peers_profile_heading", language))
objective_names = dict(
    zip(cached.objectives(language)["id"], cached.objectives(language)["name"], strict=True)
)
objective_options = [str(o) for o in objectives_with_indicators(indicators)] + [CUSTOM_SET]
if "1" not in objective_options:
    defaults["peer_obj"] = objective_options[0]
seed_choice("peer_obj", objective_options, str(defaults["peer_obj"]))


def objective_label(option: str) -> str:
    """ "1. Begränsad klimatpåverkan", "Generationsmålet" or the own set."""
    if option == CUSTOM_SET:
        return t("peers_custom_set", language)
    number = int(option)
    return objective_names[number] if number == 0 else f"{number}. {objective_names[number]}"


st.selectbox(
    t("peers_objective", language), objective_options, key="peer_obj", format_func=objective_label
)
if st.session_state["peer_obj"] == CUSTOM_SET:
    seed_list("peer_prof", indicator_ids, indicator_ids[:6])
    defaults["peer_prof"] = indicator_ids[:6]
    shown_ids = st.multiselect(
        t("peers_profile_indicators", language),
        indicator_ids,
        key="peer_prof",
        format_func=lambda i: indicator_by_id.at[i, "name"],
    )
    chosen_indicators = indicators.set_index("id").loc[shown_ids].reset_index()
else:
    chosen_indicators = indicators_of_objective(indicators, int(st.session_state["peer_obj"]))

if chosen_indicators.empty:
    st.info(t("peers_no_indicators", language))
else:
    values = cached.municipal_values(tuple(chosen_indicators["id"]), year)
    standing = profile(values, chosen_indicators, municipality, peers)
    subtitle = [f"{t('peers_mode', language)}: {group_label} ({len(members)})", line]
    profile_spec = chart_spec(profile_chart, standing, name, language, subtitle)
    st.vega_lite_chart(profile_spec, width="stretch", theme=None)
    add_to_presentation(
        make_spec=profile_spec,
        source_line=line,
        shows_demo=shows_demo,
        key="peer_profile",
        language=language,
    )
    st.caption(t("peers_caveat", language))
    st.dataframe(profile_table(standing, language), hide_index=True, width="stretch")

# --- Over time ---
st.subheader(t("peers_time_heading", language))
ind_default = str(defaults["peer_ind"])
if ind_default not in indicator_ids:
    ind_default = defaults["peer_ind"] = indicator_ids[0]
seed_choice("peer_ind", indicator_ids, ind_default)
indicator_id = st.selectbox(
    t("peers_indicator", language),
    indicator_ids,
    key="peer_ind",
    format_func=lambda i: indicator_by_id.at[i, "name"],
)
indicator = indicator_by_id.loc[indicator_id]
series = cached.municipal_series(indicator_id)
band = peer_band(series, municipality, peers, indicator["better"])
if band["value"].notna().any() or band["peer_median"].notna().any():
    subtitle = [f"{t('peers_mode', language)}: {group_label} ({len(members)})", line]
    chart = chart_spec(
        time_chart, band, name, indicator["name"], indicator["unit"], language, subtitle
    )
    st.vega_lite_chart(chart, width="stretch", theme=None)
    add_to_presentation(
        make_spec=chart,
        source_line=line,
        shows_demo=shows_demo,
        key="peer_time",
        language=language,
    )
gap = gap_trend(band)
slope = format_number(abs(gap.trend.slope_per_year), int(indicator["decimals"]) + 1, language)
p_value = format_number(gap.trend.p_value, 2, language)
st.markdown(
    t(
        f"peers_gap_{gap.verdict}",
        language,
        name=name,
        slope=slope,
        unit=indicator["unit"],
        p=p_value,
        n=gap.trend.n,
    )
)
st.caption(t("peers_gap_method", language))

# --- Ranking ---
latest = cached.municipal_values((indicator_id,), year)
latest_year = int(latest["year"].max()) if not latest.empty else None
st.subheader(
    t("peers_ranking_heading", language, indicator=indicator["name"], year=latest_year or "")
)
if latest.empty:
    st.info(t("peers_no_values", language, indicator=indicator["name"]))
else:
    column = latest.set_index("region_code")["value"]
    ranking = ranking_table(column, towns, municipality, peers, indicator["better"])
    direction = t(f"peers_better_{indicator['better']}", language)
    st.caption(t("peers_ranking_caption", language, direction=direction, name=name))
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
        line,
    ]
    file_stem = f"rangordning_{municipality}_{indicator_id}_{latest_year}"
    download_left, download_right = st.columns([1, 4])
    download_left.download_button(
        t("download_csv", language),
        data=partial(csv_bytes, export),
        file_name=f"{file_stem}.csv",
        mime="text/csv",
        on_click="ignore",
        key="peer_csv",
    )
    download_right.download_button(
        t("peers_download_excel", language),
        data=partial(excel_bytes, export, list(ranking["selected"]), notes, indicator_id),
        file_name=f"{file_stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        on_click="ignore",
        key="peer_xlsx",
    )
    st.caption(line)

write_url(defaults, URL_KEYS)
