"""Texts of the trends page (pages/trends/page.py), Swedish first."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "page_trends": {"sv": "Trender", "en": "Trends"},
    "trends_title": {"sv": "Trender per miljömål", "en": "Trends per objective"},
    "trends_intro": {
        "sv": "Hur utvecklas indikatorerna för ett miljömål i {region}? Överst står länets egen "
        "bedömning av målet bredvid Sveriges. Utvecklingen räknas till och med {year}.",
        "en": "How are the indicators of an objective developing in {region}? At the top is the "
        "county's own assessment of the objective beside Sweden's. The development is computed "
        "up to {year}.",
    },
    "trends_reading": {
        "sv": "Linjerna visar området, Sverige och de områden du lägger till, den streckade "
        "linjen områdets trend; det grå bandet visar spridningen mellan länen där den går att "
        "jämföra (andelar, värden per invånare eller yta, index).",
        "en": "The lines show the area, Sweden and any areas you add, the dashed line the "
        "area's trend; the grey band shows the spread of the counties where it can be compared "
        "(shares, values per inhabitant or area, index).",
    },
    "trends_objective": {"sv": "Miljömål", "en": "Objective"},
    "trends_base_year": {"sv": "Basår för förändring", "en": "Base year for change"},
    "trends_mode": {"sv": "Visa värden som", "en": "Show values as"},
    "trends_mode_abs": {"sv": "Absoluta värden", "en": "Absolute values"},
    "trends_mode_idx": {"sv": "Index", "en": "Index"},
    "trends_band": {"sv": "Länens spridning", "en": "Spread of counties"},
    "trends_band_minmax": {"sv": "Min–max", "en": "Min–max"},
    "trends_band_iqr": {"sv": "Kvartilavstånd", "en": "Interquartile range"},
    "trends_compare": {
        "sv": "Jämför med län eller kommuner",
        "en": "Compare with counties or municipalities",
    },
    "trends_compare_placeholder": {"sv": "Välj områden", "en": "Choose areas"},
    "trends_compare_help": {
        "sv": "Upp till {count} områden. Kommuner har värden bara för indikatorer som finns "
        "på kommunnivå.",
        "en": "Up to {count} areas. Municipalities have values only for indicators published "
        "at municipal level.",
    },
    "trends_summary_heading": {
        "sv": "Hur går det för målets indikatorer?",
        "en": "How are the objective's indicators doing?",
    },
    "trends_summary_title": {
        "sv": "{objective}: indikatorernas riktning i {region} till och med {year}",
        "en": "{objective}: direction of the indicators in {region} up to {year}",
    },
    "trends_summary_caption": {
        "sv": "Gäller {region} till och med {year}. Indikatorer som bara finns för hela landet "
        "bedöms för Sverige. För få värden: färre än {min_points} år med värden.",
        "en": "For {region} up to {year}. Indicators that exist only for the whole country are "
        "judged for Sweden. Too few values: fewer than {min_points} years with values.",
    },
    "trends_indicators_heading": {"sv": "Indikatorer", "en": "Indicators"},
    "trends_part": {
        "sv": "Visa indikatorerna (målet har {count}, {size} åt gången)",
        "en": "Show the indicators (the objective has {count}, {size} at a time)",
    },
    "trends_chart_title": {"sv": "{name}, {first}–{last}", "en": "{name}, {first}–{last}"},
    "trends_unit_line": {"sv": "Enhet: {unit}", "en": "Unit: {unit}"},
    "trends_index_line": {
        "sv": "Index: varje series värde {base} = 100 (enhet {unit})",
        "en": "Index: each series' value in {base} = 100 (unit {unit})",
    },
    "trends_band_note": {
        "sv": "Grått band: {band} för länen",
        "en": "Grey band: {band} of the counties",
    },
    "trends_band_none": {
        "sv": "Inget länsband: indikatorn finns inte per län",
        "en": "No county band: the indicator has no county values",
    },
    "trends_band_total": {
        "sv": "Inget länsband: indikatorn är en summa och län av olika storlek går inte att "
        "jämföra i {unit} – välj index för att jämföra utvecklingen",
        "en": "No county band: the indicator is a total, and counties of different size cannot "
        "be compared in {unit} – choose index to compare the development",
    },
    "trends_sweden_hidden": {
        "sv": "Sverige visas inte med absoluta värden: riket är en summa av länen. Välj index "
        "för att jämföra utvecklingen.",
        "en": "Sweden is not shown with absolute values: the country is a sum of the counties. "
        "Choose index to compare the development.",
    },
    "trends_national_only": {
        "sv": "Indikatorn finns bara för hela landet; bedömningen gäller Sverige.",
        "en": "The indicator exists only for the whole country; the verdict is for Sweden.",
    },
    "trends_verdict_for": {"sv": "{region}: {verdict}", "en": "{region}: {verdict}"},
    "trends_col_area": {"sv": "Område", "en": "Area"},
    "trends_col_n": {"sv": "Antal år", "en": "Years"},
    "trends_col_period": {"sv": "Period", "en": "Period"},
    "trends_col_slope_year": {"sv": "Lutning per år", "en": "Slope per year"},
    "trends_col_development": {"sv": "Utveckling", "en": "Development"},
    "trends_col_relative": {
        "sv": "Förändring över perioden i % av nivån",
        "en": "Change over the period, % of level",
    },
    "trends_col_change_since": {
        "sv": "Förändring sedan {base} ({unit})",
        "en": "Change since {base} ({unit})",
    },
    "trends_col_change_pct_since": {
        "sv": "Förändring sedan {base} (%)",
        "en": "Change since {base} (%)",
    },
    "trends_method": {"sv": "Metod", "en": "Method"},
    "trends_fit_label": {"sv": "Trendlinje", "en": "Trend line"},
    "trends_fit_line": {
        "sv": "Streckad linje: trendlinje för {region}",
        "en": "Dashed line: trend line of {region}",
    },
    "trends_headline_heading": {
        "sv": "{objective}: {region} och Sverige",
        "en": "{objective}: {region} and Sweden",
    },
    "trends_headline_assessment_lan": {
        "sv": "Länets bedömning {year}: **{status}**, trend **{trend}**",
        "en": "The county's assessment {year}: **{status}**, trend **{trend}**",
    },
    "trends_headline_assessment_riket": {
        "sv": "Nationell bedömning {year}: **{status}**, trend **{trend}**",
        "en": "National assessment {year}: **{status}**, trend **{trend}**",
    },
    "trends_headline_no_assessment": {
        "sv": "Ingen bedömning av målet för {region} till och med {year}.",
        "en": "No assessment of the objective for {region} up to {year}.",
    },
    "trends_headline_motivation": {"sv": "Motivering", "en": "Motivation"},
    "trends_headline_no_motivation": {
        "sv": "Bedömningen har ingen motivering.",
        "en": "The assessment has no motivation.",
    },
    "trends_headline_counts": {
        "sv": "Indikatorerna: **{right}** går åt rätt håll, **{wrong}** åt fel håll, "
        "{unclear} utan tydlig förändring, {too_few} med för få värden (av {total}).",
        "en": "Indicators: **{right}** moving the right way, **{wrong}** the wrong way, "
        "{unclear} without clear change, {too_few} with too few values (of {total}).",
    },
    "trends_headline_no_values": {
        "sv": "Inga av målets indikatorer har värden för {region}.",
        "en": "None of the objective's indicators has values for {region}.",
    },
    "trends_col_slope_decade": {"sv": "Lutning per decennium", "en": "Slope per decade"},
    "trends_col_p": {"sv": "p (Mann–Kendall)", "en": "p (Mann–Kendall)"},
    "trends_col_base": {"sv": "Basår", "en": "Base year"},
    "trends_col_change": {"sv": "Förändring sedan basåret", "en": "Change since base year"},
    "trends_col_change_pct": {"sv": "Förändring %", "en": "Change %"},
    "trends_col_verdict": {"sv": "Bedömning", "en": "Verdict"},
    "trends_stats_caption": {
        "sv": "Lutning och förändring i {unit}. Basåret är det första året med värde från och "
        "med {base}.",
        "en": "Slope and change in {unit}. The base year is the first year with a value from "
        "{base} on.",
    },
    "trends_target_reaches": {
        "sv": "**{label}.** Målnivå för {region}: {target} {unit} år {year}. I nuvarande "
        "takt ({slope} per år) blir värdet {projected} {unit} år {year} – **målet nås**.",
        "en": "**{label}.** Target level for {region}: {target} {unit} in {year}. At the "
        "current pace ({slope} per year) the value will be {projected} {unit} in {year} – "
        "**the target is reached**.",
    },
    "trends_target_misses": {
        "sv": "**{label}.** Målnivå för {region}: {target} {unit} år {year}. I nuvarande "
        "takt ({slope} per år) blir värdet {projected} {unit} år {year} – **målet nås inte**. "
        "Det skulle krävas {needed} per år från {latest_year}.",
        "en": "**{label}.** Target level for {region}: {target} {unit} in {year}. At the "
        "current pace ({slope} per year) the value will be {projected} {unit} in {year} – "
        "**the target is not reached**. It would take {needed} per year from {latest_year}.",
    },
    "trends_target_unknown": {
        "sv": "**{label}.** Målnivå för {region}: {target} {unit} år {year}. För få värden "
        "för att bedöma takten.",
        "en": "**{label}.** Target level for {region}: {target} {unit} in {year}. Too few "
        "values to judge the pace.",
    },
    "trends_target_demo": {
        "sv": "Målet är ett påhittat exempelmål, liksom exempeldatan – inte ett officiellt mål.",
        "en": "The target is a made-up example, like the example data – not an official target.",
    },
    "trends_target_index": {
        "sv": "Mållinjen visas bara med absoluta värden.",
        "en": "The target line is shown with absolute values only.",
    },
    "trends_no_indicators": {
        "sv": "Det finns inga indikatorer för det här målet i databasen.",
        "en": "There are no indicators for this objective in the database.",
    },
    "trends_no_values": {
        "sv": "Uppgift saknas: inga värden till och med {year}.",
        "en": "No data: no values up to {year}.",
    },
    "trends_no_assessments": {
        "sv": "Det finns inga bedömningar i databasen.",
        "en": "There are no assessments in the database.",
    },
    "trends_history_heading": {"sv": "Bedömningshistorik", "en": "Assessment history"},
    "trends_history_region_title": {
        "sv": "Bedömningar i {region} per miljömål, {first}–{last}",
        "en": "Assessments in {region} by objective, {first}–{last}",
    },
    "trends_history_objective_title": {
        "sv": "{objective}: bedömningar per län, {first}–{last}",
        "en": "{objective}: assessments by county, {first}–{last}",
    },
    "trends_history_help": {
        "sv": "Färg och symbol visar status (✓ ja, ◐ nära, ✗ nej), pilen trenden (↗ positiv, "
        "→ neutral, ↘ negativ, ? oklar). Svart ram: statusen ändrades från året innan. Raden "
        "”Ändrade” räknar ändrade statusar per år.",
        "en": "Colour and symbol show the status (✓ yes, ◐ close, ✗ no), the arrow the trend "
        "(↗ positive, → neutral, ↘ negative, ? unclear). Black frame: the status changed from "
        "the year before. The row “Changed” counts changed statuses per year.",
    },
    "trends_history_subtitle": {
        "sv": "Svart ram: ändrad status från året innan",
        "en": "Black frame: status changed from the year before",
    },
    "trends_history_region_tab": {"sv": "{region}: alla mål", "en": "{region}: all objectives"},
    "trends_history_objective_tab": {
        "sv": "Målet i alla län",
        "en": "The objective in every county",
    },
    "trends_changed_status": {
        "sv": "Ändrade statusar {year}",
        "en": "Changed statuses {year}",
    },
    "trends_changed_trend": {"sv": "Ändrade trender {year}", "en": "Changed trends {year}"},
    "trends_assessments": {"sv": "Bedömningar {year}", "en": "Assessments {year}"},
    "trends_changed_total": {
        "sv": "{changed} av {total} bedömningar ändrade status från året innan, {first}–{last}.",
        "en": "{changed} of {total} assessments changed status from the year before, "
        "{first}–{last}.",
    },
    "trends_generational_no_assessment": {
        "sv": "Generationsmålet bedöms inte med status per län; här visas målens historik.",
        "en": "The generational goal is not assessed with a status per county; the history of "
        "the objectives is shown here.",
    },
    "trends_national_only_objective": {
        "sv": "Målet bedöms bara nationellt; länen har grå rutor.",
        "en": "The objective is assessed only nationally; the counties have grey cells.",
    },
    "trends_multiples_heading": {
        "sv": "Indikatorn i alla län",
        "en": "The indicator in every county",
    },
    "trends_multiples_indicator": {"sv": "Indikator", "en": "Indicator"},
    "trends_multiples_y": {"sv": "Y-axel", "en": "Y axis"},
    "trends_multiples_shared": {"sv": "Gemensam", "en": "Shared"},
    "trends_multiples_free": {"sv": "Egen per län", "en": "Own per county"},
    "trends_multiples_title": {
        "sv": "{name} i alla län, {first}–{last}",
        "en": "{name} in every county, {first}–{last}",
    },
    "trends_multiples_note": {
        "sv": "Linjens färg: bedömningen i länet. Streckat: Sverige. ▶ valt län",
        "en": "Line colour: the county's verdict. Dashed: Sweden. ▶ chosen county",
    },
    "trends_multiples_note_sum": {
        "sv": "Linjens färg: bedömningen i länet. ▶ valt län",
        "en": "Line colour: the county's verdict. ▶ chosen county",
    },
    "trends_multiples_none": {
        "sv": "Indikatorn finns inte per län, bara för hela landet.",
        "en": "The indicator has no county values, only national ones.",
    },
    "trends_download_png": {"sv": "PNG", "en": "PNG"},
    "trends_download_svg": {"sv": "SVG", "en": "SVG"},
    "trends_download_csv": {"sv": "Data (CSV)", "en": "Data (CSV)"},
    "trends_download_label": {"sv": "Ladda ner:", "en": "Download:"},
}
