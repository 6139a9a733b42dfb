"""Texts of the presentation basket, the presentation page and the share control, Swedish first."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "page_presentation": {"sv": "Presentation", "en": "Presentation"},
    "pres_add": {"sv": "Lägg till i presentation", "en": "Add to presentation"},
    "pres_add_help": {
        "sv": "Lägger diagrammet med rubrik, källa och vyns inställningar i presentationskorgen.",
        "en": "Puts the chart with its title, source and view settings in the presentation basket.",
    },
    "pres_added": {
        "sv": "Tillagd i presentationen. Korgen har nu {count}.",
        "en": "Added to the presentation. The basket now holds {count}.",
    },
    "pres_share": {"sv": "Kopiera länk", "en": "Copy link"},
    "pres_share_help": {
        "sv": "Länken öppnar samma sida med samma val. Kopiera den med knappen i rutans hörn.",
        "en": "The link opens the same page with the same choices. Copy it with the button in "
        "the box's corner.",
    },
    "pres_title": {"sv": "Presentation", "en": "Presentation"},
    "pres_intro": {
        "sv": "Samla diagram från alla sidor, ordna dem och ladda ner dem som PowerPoint eller "
        "som en rapport att skriva ut. Eller skapa den färdiga årliga uppföljningen med ett "
        "klick.",
        "en": "Collect charts from every page, put them in order and download them as PowerPoint "
        "or as a report to print. Or make the ready-made yearly follow-up in one click.",
    },
    "pres_annual_heading": {"sv": "Färdig bildserie", "en": "Ready-made deck"},
    "pres_annual_help": {
        "sv": "Statusöversikt, ändrade bedömningar sedan året innan, trendsammanfattning per "
        "miljömål och en karta för varje bedömt mål.",
        "en": "Status overview, assessments changed since the year before, trend summary per "
        "objective and a map of every assessed objective.",
    },
    "pres_annual_area": {"sv": "Område", "en": "Area"},
    "pres_annual_year": {"sv": "Bedömningsår", "en": "Assessment year"},
    "pres_annual_download": {
        "sv": "Ladda ner {title} (.pptx)",
        "en": "Download {title} (.pptx)",
    },
    "pres_annual_file_title": {
        "sv": "Regional årlig uppföljning {year}",
        "en": "Regional annual follow-up {year}",
    },
    "pres_annual_to_basket": {"sv": "Lägg bilderna i korgen", "en": "Put the slides in the basket"},
    "pres_annual_added": {
        "sv": "{count} bilder lades i korgen. Korgens titel är nu ”{title}”.",
        "en": "{count} slides were put in the basket. The basket's title is now “{title}”.",
    },
    "pres_basket_heading": {"sv": "Korgen", "en": "The basket"},
    "pres_empty": {
        "sv": "Korgen är tom. Använd knappen **Lägg till i presentation** under ett diagram på "
        "någon av sidorna, eller skapa den färdiga bildserien ovan.",
        "en": "The basket is empty. Use the **Add to presentation** button below a chart on any "
        "page, or make the ready-made deck above.",
    },
    "pres_count": {"sv": "{count} bilder", "en": "{count} slides"},
    "pres_count_one": {"sv": "1 bild", "en": "1 slide"},
    "pres_item_title": {"sv": "Rubrik", "en": "Title"},
    "pres_item_notes": {
        "sv": "Kommentar (talarens anteckningar)",
        "en": "Comment (speaker notes)",
    },
    "pres_item_up": {"sv": "Flytta upp", "en": "Move up"},
    "pres_item_down": {"sv": "Flytta ned", "en": "Move down"},
    "pres_item_remove": {"sv": "Ta bort", "en": "Remove"},
    "pres_item_open": {"sv": "Öppna vyn", "en": "Open the view"},
    "pres_item_from": {"sv": "Från sidan {page}", "en": "From the page {page}"},
    "pres_clear": {"sv": "Töm korgen", "en": "Empty the basket"},
    "pres_export_heading": {"sv": "Ladda ner", "en": "Download"},
    "pres_deck_title": {"sv": "Presentationens titel", "en": "Title of the presentation"},
    "pres_deck_title_default": {
        "sv": "Miljömålen – {area} {year}",
        "en": "The environmental objectives – {area} {year}",
    },
    "pres_deck_area": {
        "sv": "Län eller område på titelbilden",
        "en": "County or area on the title slide",
    },
    "pres_deck_date": {"sv": "Datum", "en": "Date"},
    "pres_template": {
        "sv": "Egen PowerPoint-mall (valfri, .pptx)",
        "en": "Your own PowerPoint template (optional, .pptx)",
    },
    "pres_template_help": {
        "sv": "Bildserien använder mallens format och layouter: titellayouten för titelbilden och "
        "en layout med bara rubrik för diagrammen.",
        "en": "The deck uses the template's size and layouts: the title layout for the title "
        "slide and a title-only layout for the charts.",
    },
    "pres_template_error": {
        "sv": "Mallen kunde inte användas: {error}",
        "en": "The template could not be used: {error}",
    },
    "pres_download_pptx": {"sv": "PowerPoint (.pptx)", "en": "PowerPoint (.pptx)"},
    "pres_download_html": {
        "sv": "Rapport att skriva ut (HTML)",
        "en": "Report to print (HTML)",
    },
    "pres_download_json": {"sv": "Spara korgen (.json)", "en": "Save the basket (.json)"},
    "pres_load_json": {"sv": "Öppna en sparad korg (.json)", "en": "Open a saved basket (.json)"},
    "pres_loaded": {
        "sv": "{count} bilder lästes in från {file}.",
        "en": "{count} slides were read from {file}.",
    },
    "pres_load_error": {
        "sv": "Filen {file} kunde inte läsas som en sparad korg: {error}",
        "en": "The file {file} could not be read as a saved basket: {error}",
    },
    "pres_export_help": {
        "sv": "Varje bild får diagrammet i hög upplösning, rubriken, källraden och din kommentar "
        "som talaranteckning.",
        "en": "Every slide gets the chart in high resolution, the title, the source line and "
        "your comment as speaker notes.",
    },
    "pres_mode": {"sv": "Presentationsläge", "en": "Presentation mode"},
    "pres_mode_help": {
        "sv": "Döljer sidopanelen och visar en bild i taget i stort format, för att visa direkt "
        "från webbläsaren.",
        "en": "Hides the sidebar and shows one slide at a time, large, for presenting straight "
        "from the browser.",
    },
    "pres_mode_start": {"sv": "Starta presentationsläge", "en": "Start presentation mode"},
    "pres_mode_exit": {"sv": "Avsluta", "en": "Exit"},
    "pres_mode_previous": {"sv": "Föregående", "en": "Previous"},
    "pres_mode_next": {"sv": "Nästa", "en": "Next"},
    "pres_mode_position": {"sv": "Bild {number} av {count}", "en": "Slide {number} of {count}"},
    "pres_mode_notes": {"sv": "Visa mina anteckningar", "en": "Show my notes"},
}
