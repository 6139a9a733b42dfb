"""Trender per miljömål: indicator series with trend verdicts, targets, history, all counties."""

import streamlit as st

from pages.trends import data
from pages.trends.context import TrendsView
from pages.trends.headline import headline_section
from pages.trends.history import history_sections
from pages.trends.sections import indicator_part, indicator_section, small_multiples_section
from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from rus_data.trends.analysis import NATION, verdict_counts
from rus_data.trends.charts import verdict_summary_chart
from rus_data.trends.stats import MIN_POINTS
from rus_data.trends.wording import rule_text
from ui import cached
from ui.answer import answer_slot
from ui.chart_downloads import chart_downloads
from ui.charts import chart_spec
from ui.components import demo_notice
from ui.gender import gender_control
from ui.state import view_state
from ui.url_widgets import url_multiselect, url_options, url_selectbox

MAX_COMPARE = 5
DEFAULT_OBJECTIVE = 1

view = view_state()
language = view.language
region = view.region_code
st.title(t("trends_title", language))
region_text = as_markdown_text(view.region_name)  # the area's name inside Markdown
st.markdown(t("trends_intro", language, region=region_text, year=view.year))
NOTICE = st.container()  # the demo notice, then the area's own assessment, above the controls
ANSWER = answer_slot()

# --- Choices (bound to the URL: only non-default values appear there) -------------------------
objectives = cached.objectives(language)
objective_names = dict(zip(objectives["id"], objectives["name"], strict=True))
regions = cached.regions()
region_names = dict(zip(regions["code"], regions["name"], strict=True))
region_names[NATION] = t("sweden", language)

top = st.columns([3, 1.4, 2.6, 2.6])
objective_id = url_selectbox(
    "tr_obj",
    t("trends_objective", language),
    list(objective_names),
    DEFAULT_OBJECTIVE,
    place=top[0],
    format_func=lambda i: f"{i}. {objective_names[i]}",
)
base_years = data.value_years(objective_id, view.year)
base_default = 2015 if 2015 in base_years else (base_years[0] if base_years else None)
base_year = url_selectbox(
    "tr_base", t("trends_base_year", language), base_years, base_default, place=top[1]
)
mode = url_options(
    "tr_mode",
    t("trends_mode", language),
    ["abs", "idx"],
    "abs",
    language,
    text_key="trends_mode_",
    place=top[2],
)
band = url_options(
    "tr_band",
    t("trends_band", language),
    ["minmax", "iqr"],
    "minmax",
    language,
    text_key="trends_band_",
    place=top[3],
)
compare = url_multiselect(
    "tr_cmp",
    t("trends_compare", language),
    [c for c in regions["code"] if c not in (NATION, region)],
    [],
    max_selections=MAX_COMPARE,
    format_func=region_names.get,
    help=t("trends_compare_help", language, count=MAX_COMPARE),
    placeholder=t("trends_compare_placeholder", language),
)

split = data.gender_split(objective_id)
gender = "T"
if split:
    gender = gender_control(
        "tr_gender", language, help=t("gender_help", language, count=len(split))
    )

# --- Data --------------------------------------------------------------------------------------
indicators = data.indicators(objective_id, language)
area_codes = list(dict.fromkeys([region, NATION, *compare]))
targets = data.targets(objective_id, language)
value_sources = data.value_sources(objective_id)
region_history = data.region_history_changes(region, view.year, language)[0]
shows_demo = bool(
    value_sources["is_demo"].any()
    or targets["is_demo"].any()
    or region_history["is_demo"].fillna(False).any()
)
with NOTICE:
    demo_notice(language, shows_demo)
trends = TrendsView(
    language=language,
    year=view.year,
    region=region,
    region_name=view.region_name,
    objective_id=objective_id,
    objective_name=objective_names[objective_id],
    base_year=base_year,
    index_mode=mode == "idx",
    band=band,
    compare=list(compare),
    area_codes=area_codes,
    region_names=region_names,
    indicators=indicators,
    series=data.series(objective_id, tuple(area_codes), view.year, base_year, gender),
    # Only the index columns depend on the base year: in value mode the summary table answers.
    spread=data.spread(objective_id, view.year, base_year if mode == "idx" else None, gender),
    targets=targets,
    value_sources=value_sources,
    shows_demo=shows_demo,
    sources_by_region=data.sources_by_region(objective_id, view.year, gender),
    facts=data.indicator_facts(tuple(indicators["indicator_id"]), language),
    gender=gender,
)
headline = data.headline(objective_id, region, view.year, language)
with ANSWER:
    headline_section(trends, headline)

# --- Summary bar -------------------------------------------------------------------------------
st.subheader(t("trends_summary_heading", language))
if indicators.empty:
    st.info(t("trends_no_indicators", language))
else:
    verdicts = data.verdicts(objective_id, tuple(area_codes), view.year, region, language)
    title = t(
        "trends_summary_title",
        language,
        objective=objective_names[objective_id],
        region=view.region_name,
        year=view.year,
    )
    summary = chart_spec(
        verdict_summary_chart,
        verdict_counts(verdicts, language),
        title=title,
        subtitle=[trends.sources_of_verdicts(verdicts)],
        language=language,
    )
    st.vega_lite_chart(summary, width="stretch")
    st.caption(
        t(
            "trends_summary_caption",
            language,
            region=region_text,
            year=view.year,
            min_points=MIN_POINTS,
        )
        + " "
        + rule_text(language)
    )
    chart_downloads(
        summary,
        verdicts,
        f"trender_{objective_id}_sammanfattning",
        "tr_dl_sum",
        language,
        source_line=trends.sources_of_verdicts(verdicts),
        shows_demo=shows_demo,
    )
    # --- One section per indicator, then the chosen indicator in every county ------------------
    st.subheader(t("trends_indicators_heading", language))
    st.caption(t("trends_reading", language))
    shown = indicator_part(len(indicators), language)
    for number, indicator in enumerate(indicators.itertuples()):
        if number in shown:
            indicator_section(trends, indicator, verdicts.iloc[number])
    small_multiples_section(trends)

history_sections(trends, region_history)
