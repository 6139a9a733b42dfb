"""Texts of the map page ("Karta"), Swedish first."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "page_map": {"sv": "Karta", "en": "Map"},
    "map_title": {"sv": "Karta", "en": "Map"},
    "map_intro": {
        "sv": "Var i Sverige står det bäst och sämst till, och hur förändras det? Välj en "
        "indikator eller ett miljömåls bedömning och ett år.",
        "en": "Where in Sweden do things stand best and worst, and how is that changing? "
        "Choose an indicator or an objective's assessment, and a year.",
    },
    "map_mode": {"sv": "Visa", "en": "Show"},
    "map_mode_indicator": {"sv": "Indikator", "en": "Indicator"},
    "map_mode_assessment": {"sv": "Bedömning av miljömål", "en": "Objective assessment"},
    "map_indicator": {"sv": "Indikator", "en": "Indicator"},
    "map_objective": {"sv": "Miljömål", "en": "Objective"},
    "map_level": {"sv": "Nivå", "en": "Level"},
    "map_level_lan": {"sv": "Län", "en": "Counties"},
    "map_level_kommun": {"sv": "Kommuner", "en": "Municipalities"},
    "map_level_only_lan": {
        "sv": "Indikatorn finns bara per län.",
        "en": "This indicator exists per county only.",
    },
    "map_show": {"sv": "Mått", "en": "Measure"},
    "map_show_value": {"sv": "Värde", "en": "Value"},
    "map_show_change_abs": {"sv": "Förändring sedan år X", "en": "Change since year X"},
    "map_show_change_pct": {"sv": "Förändring sedan år X (%)", "en": "Change since year X (%)"},
    "map_show_change_abs_pp": {
        "sv": "Förändring sedan år X (procentenheter)",
        "en": "Change since year X (percentage points)",
    },
    "map_show_share_help": {
        "sv": "Indikatorn är en andel i procent: förändringen visas i procentenheter (från "
        "2 % till 6 % är +4 procentenheter), inte som procentuell förändring av en procentsats.",
        "en": "The indicator is a share in percent: its change is shown in percentage points "
        "(from 2 % to 6 % is +4 points), not as a percent change of a percentage.",
    },
    "map_measure_value": {"sv": "Värde", "en": "Value"},
    "map_measure_change": {"sv": "Förändring sedan {base}", "en": "Change since {base}"},
    "map_base_year": {"sv": "Jämför med år (X)", "en": "Compare with year (X)"},
    "map_method": {"sv": "Klassindelning", "en": "Classes"},
    "map_method_quantile": {"sv": "Kvantiler", "en": "Quantiles"},
    "map_method_equal": {"sv": "Lika intervall", "en": "Equal intervals"},
    "map_method_continuous": {"sv": "Kontinuerlig skala", "en": "Continuous scale"},
    "map_year": {"sv": "Kartans år", "en": "Map year"},
    "map_play": {"sv": "Spela upp åren", "en": "Play the years"},
    "map_play_help": {
        "sv": "Stegar igenom åren ett i taget och stannar vid det sista.",
        "en": "Steps through the years one at a time and stops at the last one.",
    },
    "map_selected": {"sv": "Markera område", "en": "Highlight area"},
    "map_selected_none": {"sv": "Inget", "en": "None"},
    "map_region": {"sv": "Område", "en": "Area"},
    "map_value": {"sv": "Värde", "en": "Value"},
    "map_rank": {"sv": "Rang", "en": "Rank"},
    "map_rank_of": {"sv": "{rank} av {count}", "en": "{rank} of {count}"},
    "map_unit": {"sv": "Enhet", "en": "Unit"},
    "map_year_label": {"sv": "År", "en": "Year"},
    "map_status": {"sv": "Status", "en": "Status"},
    "map_trend": {"sv": "Trend", "en": "Trend"},
    "map_motivation": {"sv": "Länets motivering", "en": "County's motivation"},
    "map_change": {"sv": "Förändring", "en": "Change"},
    "map_base_value": {"sv": "Värde {year}", "en": "Value {year}"},
    "map_code": {"sv": "Kod", "en": "Code"},
    "map_better_higher": {"sv": "Högre är bättre", "en": "Higher is better"},
    "map_better_lower": {"sv": "Lägre är bättre", "en": "Lower is better"},
    "map_missing": {"sv": "Uppgift saknas", "en": "No data"},
    "map_national": {"sv": "Sverige: {value}", "en": "Sweden: {value}"},
    "map_legend_title": {"sv": "{measure} ({unit})", "en": "{measure} ({unit})"},
    "map_title_value": {
        "sv": "{indicator} per {level_word} {year}",
        "en": "{indicator} by {level_word}, {year}",
    },
    "map_title_change": {
        "sv": "{indicator}: förändring {base}–{year} per {level_word}",
        "en": "{indicator}: change {base}–{year} by {level_word}",
    },
    "map_level_word_lan": {"sv": "län", "en": "county"},
    "map_level_word_kommun": {"sv": "kommun", "en": "municipality"},
    "map_in_area": {"sv": "{title}, {area}", "en": "{title}, {area}"},
    "map_title_assessment": {
        "sv": "Bedömning {year}: {objective}",
        "en": "Assessment {year}: {objective}",
    },
    "map_subtitle": {"sv": "{unit} · {better}", "en": "{unit} · {better}"},
    "map_chart_title": {"sv": "Rangordning", "en": "Ranking"},
    "map_table_heading": {"sv": "Tabell", "en": "Table"},
    "map_table_help": {
        "sv": "Klicka på en kolumnrubrik för att sortera; markera en rad för att lyfta fram "
        "området i kartan och diagrammet.",
        "en": "Click a column heading to sort; select a row to highlight the area in the map "
        "and the chart.",
    },
    "map_download_csv": {"sv": "Ladda ner tabellen (CSV)", "en": "Download the table (CSV)"},
    "map_download_xlsx": {"sv": "Ladda ner tabellen (Excel)", "en": "Download the table (Excel)"},
    "map_download_png": {"sv": "Karta som PNG", "en": "Map as PNG"},
    "map_download_svg": {"sv": "Karta som SVG", "en": "Map as SVG"},
    "map_export_heading": {"sv": "Bild för presentation", "en": "Image for slides"},
    "map_no_values": {
        "sv": "Det finns inga värden för {year}.",
        "en": "There are no values for {year}.",
    },
    "map_no_base": {
        "sv": "Välj ett jämförelseår före kartans år.",
        "en": "Choose a comparison year before the map year.",
    },
    "map_no_indicators": {
        "sv": "Det finns inga indikatorer med värden per län eller kommun.",
        "en": "There are no indicators with county or municipal values.",
    },
    "map_assessment_help": {
        "sv": "Färg och symbol visar status; pilen visar trenden. Grått: målet bedöms inte i "
        "länet. Vitt: uppgift saknas.",
        "en": "Colour and symbol show the status; the arrow shows the trend. Grey: the "
        "objective is not assessed in that county. White: no data.",
    },
    "map_national_only": {
        "sv": "Målet bedöms bara nationellt, så inget län har en egen bedömning.",
        "en": "This objective is assessed nationally only, so no county has its own.",
    },
    "map_reference": {"sv": "Sverige", "en": "Sweden"},
    "map_status_count": {"sv": "{count} län", "en": "{count} counties"},
    "map_answer_best": {"sv": "Bäst", "en": "Best"},
    "map_answer_worst": {"sv": "Sämst", "en": "Worst"},
    "map_answer_highest": {"sv": "Högst", "en": "Highest"},
    "map_answer_lowest": {"sv": "Lägst", "en": "Lowest"},
    "map_answer_others": {"sv": "(och {count} till)", "en": "(and {count} more)"},
}
