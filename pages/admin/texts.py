"""Texts of the admin page (imports, sync, sources, templates), Swedish first."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "page_admin": {"sv": "Import och källor", "en": "Imports and sources"},
    "admin_title": {"sv": "Import och källor", "en": "Imports and sources"},
    "admin_intro": {
        "sv": "Här läser administratörer in egna filer och data från Kolada, och tar bort "
        "importer. Varje import skrivs i en enda transaktion: antingen kommer alla rader in "
        "eller inga. Övriga sidor visar det nya direkt.",
        "en": "Administrators import their own files and data from Kolada here, and remove "
        "imports. Each import is written in a single transaction: every row lands or none "
        "does. The other pages show the new data straight away.",
    },
    "admin_disabled": {
        "sv": "Import är avstängd: inget administratörslösenord är inställt. Lägg till "
        "`admin_password` i `.streamlit/secrets.toml` för att slå på sidan.",
        "en": "Imports are disabled: no administrator password is configured. Add "
        "`admin_password` to `.streamlit/secrets.toml` to enable this page.",
    },
    "admin_password": {"sv": "Administratörslösenord", "en": "Administrator password"},
    "admin_login": {"sv": "Logga in", "en": "Log in"},
    "admin_logout": {"sv": "Logga ut", "en": "Log out"},
    "admin_wrong_password": {"sv": "Fel lösenord.", "en": "Wrong password."},
    "login_bad_secret": {
        "sv": "Lösenordet `{secret}` i `.streamlit/secrets.toml` används inte: det måste vara "
        "text med minst {length} tecken som inte alla är blanksteg. Byt till ett längre "
        "lösenord.",
        "en": "The password `{secret}` in `.streamlit/secrets.toml` is not used: it must be "
        "text of at least {length} characters, not all blank. Set a longer password.",
    },
    "login_wait": {
        "sv": "För många felaktiga försök. Vänta {seconds} sekunder innan du försöker igen.",
        "en": "Too many failed attempts. Wait {seconds} seconds before you try again.",
    },
    "login_locked": {
        "sv": "För många felaktiga försök: inloggningen är låst. Försök igen om {seconds} "
        "sekunder.",
        "en": "Too many failed attempts: logging in is locked. Try again in {seconds} seconds.",
    },
    "admin_tab_file": {"sv": "Importera fil", "en": "Import a file"},
    "admin_tab_kolada": {"sv": "Hämta från Kolada", "en": "Fetch from Kolada"},
    "admin_tab_sources": {"sv": "Källor", "en": "Sources"},
    "admin_tab_templates": {"sv": "Mallar", "en": "Templates"},
    "admin_file": {"sv": "Fil (CSV eller Excel)", "en": "File (CSV or Excel)"},
    "admin_kind": {"sv": "Typ av data", "en": "Kind of data"},
    "admin_kind_auto": {"sv": "Gissa från rubrikraden", "en": "Guess from the header"},
    "admin_kind_values": {"sv": "Indikatorvärden", "en": "Indicator values"},
    "admin_kind_assessments": {"sv": "Bedömningar", "en": "Assessments"},
    "admin_kind_indicators": {"sv": "Indikatordefinitioner", "en": "Indicator definitions"},
    "admin_kind_region_groups": {"sv": "Regiongrupper", "en": "Region groups"},
    "admin_kind_interactions": {"sv": "Samspelsbedömningar", "en": "Interaction scores"},
    "admin_kind_emissions": {
        "sv": "Emissionsdatabasen (SMHI:s Excel)",
        "en": "Emissions database (SMHI Excel)",
    },
    "admin_mode": {"sv": "Om raderna redan finns", "en": "If the rows already exist"},
    "admin_mode_append": {
        "sv": "Lägg till (stoppa vid dubbletter)",
        "en": "Append (stop at duplicates)",
    },
    "admin_mode_replace": {
        "sv": "Ersätt en tidigare import med samma filnamn",
        "en": "Replace an earlier import with the same file name",
    },
    "admin_who": {"sv": "Importerad av", "en": "Imported by"},
    "admin_check": {"sv": "Granska filen", "en": "Check the file"},
    "admin_import": {"sv": "Importera", "en": "Import"},
    "admin_check_ok": {
        "sv": "Filen är godkänd: {rows} rader och {indicators} nya indikatorer kan importeras.",
        "en": "The file passes: {rows} rows and {indicators} new indicators can be imported.",
    },
    "admin_will_replace": {
        "sv": "Importen ersätter alla rader från källa {sources} (samma filnamn).",
        "en": "The import replaces every row from source {sources} (same file name).",
    },
    "admin_substance": {
        "sv": "Ämne (utsläppsfil, när titelraderna inte anger det)",
        "en": "Substance (emissions file, when its title rows do not say)",
    },
    "admin_indicator": {
        "sv": "Indikator (fil med en kolumn per år utan kolumnen indicator_id)",
        "en": "Indicator (file with a column a year and no indicator_id column)",
    },
    "admin_missing": {
        "sv": "{count} saknade värden (som ”..”, ”-” eller tomma celler) lämnades bort, "
        "inte som 0: rad {rows}.",
        "en": "{count} missing values (such as “..”, “-” or empty cells) were left out, "
        "not stored as 0: rows {rows}.",
    },
    "admin_imported": {
        "sv": "Klart: {rows} rader importerade som källa {source}.",
        "en": "Done: {rows} rows imported as source {source}.",
    },
    "admin_rejected": {
        "sv": "Filen importerades inte. {total} fel – rätta dem och försök igen:",
        "en": "The file was not imported. {total} problems – fix them and try again:",
    },
    "admin_col_row": {"sv": "Rad", "en": "Row"},
    "admin_col_column": {"sv": "Kolumn", "en": "Column"},
    "admin_col_message": {"sv": "Fel", "en": "Problem"},
    "admin_download_report": {"sv": "Ladda ner felrapporten", "en": "Download the report"},
    "admin_kpi": {"sv": "KPI-id (flera med komma)", "en": "KPI ids (comma separated)"},
    "admin_years": {"sv": "År", "en": "Years"},
    "admin_better": {
        "sv": "Är höga eller låga värden bättre? (krävs för nya indikatorer)",
        "en": "Are high or low values better? (needed for new indicators)",
    },
    "admin_better_higher": {"sv": "Högre är bättre", "en": "Higher is better"},
    "admin_better_lower": {"sv": "Lägre är bättre", "en": "Lower is better"},
    "admin_sync": {"sv": "Hämta och spara", "en": "Fetch and save"},
    "admin_syncing": {"sv": "Hämtar från Kolada …", "en": "Fetching from Kolada …"},
    "admin_sync_failed": {"sv": "Hämtningen misslyckades", "en": "The fetch failed"},
    "admin_objectives_help": {
        "sv": "**Miljömålens nyckeltal.** Hämtar på en gång de nyckeltal i Koladas katalog som "
        "följer upp miljömålen (Koladas urval, nyckeltal vars beskrivning nämner ett mål och en "
        "granskad tabell), för riket, alla län och alla kommuner, för åren ovan. Nyckeltal utan "
        "granskad riktning visas utan omdöme.",
        "en": "**The objectives' key figures.** Fetches at once the key figures in Kolada's "
        "catalogue that follow up the environmental objectives (Kolada's selection, key figures "
        "whose description names an objective, and a reviewed table), for Sweden, every county "
        "and every municipality, for the years above. Key figures without a reviewed direction "
        "are shown without a verdict.",
    },
    "admin_objectives": {
        "sv": "Hämta miljömålens nyckeltal",
        "en": "Fetch the objectives' key figures",
    },
    "admin_objectives_done": {
        "sv": "Klart: {rows} värden för {kpis} nyckeltal sparade från Kolada; {without} av dem "
        "saknar granskad riktning och visas utan omdöme.",
        "en": "Done: {rows} values for {kpis} key figures saved from Kolada; {without} of them "
        "have no reviewed direction and are shown without a verdict.",
    },
    "admin_synced": {
        "sv": "Klart: {rows} värden sparade från Kolada.",
        "en": "Done: {rows} values saved from Kolada.",
    },
    "admin_sources_help": {
        "sv": "Alla källor i databasen. En import tas bort med alla sina rader; referensdata "
        "kan inte tas bort.",
        "en": "Every source in the database. Removing an import removes all its rows; "
        "reference data cannot be removed.",
    },
    "admin_undo_pick": {"sv": "Källa att ta bort", "en": "Source to remove"},
    "admin_undo_confirm": {
        "sv": "Jag förstår att alla rader från källan tas bort",
        "en": "I understand that every row from this source is removed",
    },
    "admin_undo": {"sv": "Ta bort källan", "en": "Remove the source"},
    "admin_undone": {
        "sv": "Källa {source} och dess {rows} rader är borttagna.",
        "en": "Source {source} and its {rows} rows have been removed.",
    },
    "admin_source_reference": {"sv": "Referensdata", "en": "Reference data"},
    "admin_source_demo": {"sv": "Exempeldata", "en": "Example data"},
    "admin_source_import": {"sv": "Filimport", "en": "File import"},
    "admin_source_kolada": {"sv": "Kolada", "en": "Kolada"},
    "admin_source_scb": {"sv": "SCB", "en": "Statistics Sweden"},
    "admin_col_id": {"sv": "Id", "en": "Id"},
    "admin_col_name": {"sv": "Namn", "en": "Name"},
    "admin_col_kind": {"sv": "Slag", "en": "Kind"},
    "admin_col_fetched": {"sv": "Hämtad", "en": "Fetched"},
    "admin_col_by": {"sv": "Av", "en": "By"},
    "admin_col_rows": {"sv": "Rader", "en": "Rows"},
    "admin_templates_help": {
        "sv": "Varje mall har en exempelrad och en lista över tillåtna värden. Skriv era rader "
        "under rubrikraden och ta bort exempelraden.",
        "en": "Each template has an example row and a list of allowed values. Write your rows "
        "under the header and remove the example row.",
    },
    "admin_template_csv": {"sv": "{kind} (CSV)", "en": "{kind} (CSV)"},
    "admin_template_xlsx": {"sv": "{kind} (Excel)", "en": "{kind} (Excel)"},
    "admin_error": {
        "sv": "Något gick fel; inget har skrivits. Felet är loggat. {detail}",
        "en": "Something went wrong; nothing was written. The error is logged. {detail}",
    },
}
