"""Texts of the frame around every page (title, sidebar, database build, errors) and of the
overview page, Swedish first."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "app_title": {"sv": "Miljömålsdashboarden", "en": "Environmental Objectives Dashboard"},
    "app_subtitle": {
        "sv": "Regional uppföljning av miljömålen – RUS, länsstyrelserna",
        "en": "Regional follow-up of Sweden's environmental objectives – RUS, county boards",
    },
    "page_overview": {"sv": "Översikt", "en": "Overview"},
    "language": {"sv": "Språk", "en": "Language"},
    "region": {"sv": "Område", "en": "Area"},
    "year": {"sv": "År", "en": "Year"},
    "demo_banner": {
        "sv": "**Exempeldata – inte officiell statistik.** Värden och bedömningar här är "
        "syntetiska och skapade av programkod för att visa verktyget.",
        "en": "**Example data – not official statistics.** The values and assessments shown "
        "are synthetic, made by code to demonstrate the tool.",
    },
    "building_db": {
        "sv": "Databasen saknas – bygger den med referensdata och exempeldata …",
        "en": "The database is missing – building it with reference and example data …",
    },
    "built_db": {"sv": "Databasen är byggd.", "en": "The database has been built."},
    "overview_title": {"sv": "Översikt", "en": "Overview"},
    "overview_intro": {
        "sv": "Läget för de 16 miljökvalitetsmålen {year} i {region}: om målet nås till 2030 "
        "och hur utvecklingen går.",
        "en": "The state of the 16 environmental quality objectives in {region}, {year}: "
        "whether each will be reached by 2030 and which way things are moving.",
    },
    "status_heading": {"sv": "Status per miljömål", "en": "Status per objective"},
    "matrix_heading": {
        "sv": "Alla län och miljömål",
        "en": "All counties and objectives",
    },
    "matrix_help": {
        "sv": "Färg och symbol visar status (✓ ja, ◐ nära, ✗ nej); pilen visar trenden "
        "(↗ positiv, → neutral, ↘ negativ, ? oklar). Grå ruta: målet bedöms inte där. "
        "Målen 1, 5 och 6 bedöms bara nationellt.",
        "en": "Colour and symbol show the status (✓ yes, ◐ close, ✗ no); the arrow shows the "
        "trend (↗ positive, → neutral, ↘ negative, ? unclear). Grey cell: not assessed there. "
        "Objectives 1, 5 and 6 are assessed only nationally.",
    },
    "count_status": {"sv": "{label}", "en": "{label}"},
    "changed_since": {
        "sv": "↻ Ändrad status sedan {year}",
        "en": "↻ Status changed since {year}",
    },
    "not_assessed_regionally": {
        "sv": "Bedöms bara nationellt",
        "en": "Assessed nationally only",
    },
    "not_assessed_here": {"sv": "Bedöms inte i länet", "en": "Not assessed in this county"},
    "no_assessment": {"sv": "Uppgift saknas", "en": "No data"},
    "trend": {"sv": "Trend", "en": "Trend"},
    "previous": {"sv": "Året innan: {label}", "en": "Year before: {label}"},
    "download_csv": {"sv": "Ladda ner data (CSV)", "en": "Download data (CSV)"},
    "no_data_year": {
        "sv": "Det finns inga bedömningar för {year}.",
        "en": "There are no assessments for {year}.",
    },
    "error_generic": {
        "sv": "Något gick fel när sidan skulle visas. Felet är loggat; försök igen.",
        "en": "Something went wrong while showing the page. The error is logged; try again.",
    },
    "about_data": {"sv": "Om data", "en": "About the data"},
    "no_year_before": {
        "sv": "Det finns inga bedömningar för {year} att jämföra med.",
        "en": "There are no assessments for {year} to compare with.",
    },
    "card_open_trends": {
        "sv": "Visa målets trender i området",
        "en": "Show the objective's trends in this area",
    },
    "download_menu": {"sv": "Ladda ner", "en": "Download"},
    "download_menu_help": {
        "sv": "Diagrammet som PNG eller SVG, dess data som CSV, eller diagrammet till "
        "presentationen",
        "en": "The chart as PNG or SVG, its data as CSV, or the chart into the presentation",
    },
    "page_not_found": {
        "sv": "Sidan {path} finns inte. Här är startsidan; välj en sida i menyn.",
        "en": "There is no page {path}. This is the start page; choose a page in the menu.",
    },
    "choose_option": {"sv": "Välj ett alternativ", "en": "Choose an option"},
    "choose_options": {"sv": "Välj ett eller flera", "en": "Choose one or more"},
    "link_partly_invalid": {
        "sv": "Länken var delvis ogiltig: {parts} finns inte här och visas med "
        "standardvalet i stället.",
        "en": "The link was partly invalid: {parts} does not exist here and is shown with the "
        "default choice instead.",
    },
}
