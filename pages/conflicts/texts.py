"""Texts of the page "Målkonflikter och synergier" in Swedish and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "page_conflicts": {"sv": "Målkonflikter och synergier", "en": "Goal conflicts and synergies"},
    "cf_title": {"sv": "Målkonflikter och synergier", "en": "Goal conflicts and synergies"},
    "cf_intro": {
        "sv": "Hur påverkar framsteg för ett miljömål andra miljömål och delmålen i Agenda 2030? "
        "Varje samband har en riktning (A → B är inte B → A) och en poäng på sjugradig skala "
        "enligt Nilsson, Griggs & Visbeck (2016): +3 odelbar, +2 förstärkande, +1 "
        "möjliggörande, 0 förenlig, −1 begränsande, −2 motverkande, −3 omöjliggörande.",
        "en": "How does progress on one environmental objective affect other objectives and "
        "the Agenda 2030 targets? Every link has a direction (A → B is not B → A) and a score "
        "on the seven-point scale of Nilsson, Griggs & Visbeck (2016): +3 indivisible, "
        "+2 reinforcing, +1 enabling, 0 consistent, −1 constraining, −2 counteracting, "
        "−3 cancelling.",
    },
    "cf_proposal_notice": {
        "sv": "**Startförslag som ska granskas.** Poängen är projektgruppens första förslag "
        "som underlag för workshoppar – inte officiell statistik och inte en fastställd "
        "bedömning. Poäng som antagits i en workshop ersätter förslaget.",
        "en": "**A starting proposal to be reviewed.** The scores are the project team's first "
        "proposal, meant as input for workshops – not official statistics and not an adopted "
        "assessment. Scores adopted in a workshop replace the proposal.",
    },
    "cf_context": {
        "sv": "Visar nationella poäng{county}.",
        "en": "Showing national scores{county}.",
    },
    "cf_context_county": {
        "sv": " och poäng antagna för {region}, som går före de nationella",
        "en": " and scores adopted for {region}, which take precedence over national ones",
    },
    "cf_mode": {"sv": "Vy", "en": "View"},
    "cf_mode_matrix": {"sv": "Matris", "en": "Matrix"},
    "cf_mode_network": {"sv": "Nätverk", "en": "Network"},
    "cf_mode_influence": {"sv": "Påverkan", "en": "Influence"},
    "cf_mode_ranking": {"sv": "Starkast samband", "en": "Strongest links"},
    "cf_mode_trends": {"sv": "Koppling till trender", "en": "Link to trends"},
    "cf_mode_workshop": {"sv": "Workshop", "en": "Workshop"},
    "cf_matrix_kind": {"sv": "Matris", "en": "Matrix"},
    "cf_matrix_objectives": {"sv": "Miljömål × miljömål", "en": "Objectives × objectives"},
    "cf_matrix_targets": {"sv": "Miljömål × delmål", "en": "Objectives × targets"},
    "cf_matrix_goals": {"sv": "Miljömål × 17 mål", "en": "Objectives × 17 goals"},
    "cf_matrix_help": {
        "sv": "Raden påverkar kolumnen. Blå ruta: synergi, röd: konflikt; poängen står i "
        "rutan. Håll muspekaren över en ruta för motivering och källa. Tom ruta: inte "
        "poängsatt.",
        "en": "The row affects the column. Blue cell: synergy, red: conflict; the score is "
        "printed in the cell. Hover over a cell for the rationale and source. Empty cell: not "
        "scored.",
    },
    "cf_target_help": {
        "sv": "Kolumnen (ett miljömål) påverkar raden (ett delmål), grupperat per globalt mål. "
        "Blå ruta: synergi, röd: konflikt; håll muspekaren över en ruta för motivering och "
        "källa. Bara delmål som har minst ett samband visas.",
        "en": "The column (an objective) affects the row (a target), grouped by global goal. "
        "Blue cell: synergy, red: conflict; hover over a cell for the rationale and source. "
        "Only targets with at least one link are shown.",
    },
    "cf_goal_help": {
        "sv": "Delmålen slås ihop per globalt mål. Rutan visar summan av synergier och "
        "konflikter var för sig (t.ex. +5/−2), färgen medelpoängen.",
        "en": "Targets are combined per global goal. The cell shows the sums of synergies "
        "and conflicts separately (e.g. +5/−2), the colour the mean score.",
    },
    "cf_goal_filter": {"sv": "Globala mål", "en": "Global goals"},
    "cf_goal_filter_help": {
        "sv": "Tomt val visar alla mål.",
        "en": "An empty choice shows every goal.",
    },
    "cf_threshold": {"sv": "Minsta poäng (belopp)", "en": "Smallest score (magnitude)"},
    "cf_sign": {"sv": "Samband", "en": "Links"},
    "cf_sign_all": {"sv": "Alla", "en": "All"},
    "cf_sign_positive": {"sv": "Synergier", "en": "Synergies"},
    "cf_sign_negative": {"sv": "Konflikter", "en": "Conflicts"},
    "cf_network_help": {
        "sv": "Gröna noder är miljömål, orange delmål i Agenda 2030. Blå heldragna linjer är "
        "synergier, röda streckade konflikter; tjockare linje betyder starkare samband.",
        "en": "Green nodes are objectives, orange ones Agenda 2030 targets. Solid blue lines "
        "are synergies, dashed red lines conflicts; a thicker line means a stronger link.",
    },
    "cf_network_empty": {
        "sv": "Inga samband uppfyller filtret.",
        "en": "No links match the filter.",
    },
    "cf_part": {"sv": "Del", "en": "Part"},
    "cf_part_positive": {"sv": "Synergier", "en": "Synergies"},
    "cf_part_negative": {"sv": "Konflikter", "en": "Conflicts"},
    "cf_order": {"sv": "Ordning", "en": "Order"},
    "cf_order_1": {"sv": "Första ordningen (direkt)", "en": "First order (direct)"},
    "cf_order_2": {"sv": "Andra ordningen (via andra noder)", "en": "Second order (via others)"},
    "cf_nodes_scope": {"sv": "Noder", "en": "Nodes"},
    "cf_nodes_objectives": {"sv": "Bara miljömål", "en": "Objectives only"},
    "cf_nodes_all": {"sv": "Miljömål och delmål", "en": "Objectives and targets"},
    "cf_influence_help": {
        "sv": "Radsumman visar hur mycket en nod påverkar andra, kolumnsumman hur mycket den "
        "påverkas. Synergier och konflikter räknas var för sig. De streckade linjerna är "
        "medianerna (av värden över noll): drivande noder påverkar mycket och påverkas "
        "lite, beroende tvärtom, nav "
        "gör båda, fristående ingetdera. Andra ordningen lägger till påverkan som förs vidare "
        "ett steg (A → B → C, poäng A→B × B→C / 3).",
        "en": "The row sum shows how much a node influences others, the column sum how much it "
        "is influenced. Synergies and conflicts are counted apart. The dashed lines are the "
        "medians (of values above zero): drivers influence much and are influenced "
        "little, dependents the reverse, "
        "hubs both, autonomous nodes neither. The second order adds influence passed on one "
        "step (A → B → C, score A→B × B→C / 3).",
    },
    "cf_influence_table": {"sv": "Summor per nod", "en": "Sums per node"},
    "cf_influence_empty": {
        "sv": "Inga samband av det slaget att visa.",
        "en": "No links of that kind to show.",
    },
    "cf_ranking_conflicts": {"sv": "Starkaste konflikterna", "en": "Strongest conflicts"},
    "cf_ranking_synergies": {"sv": "Starkaste synergierna", "en": "Strongest synergies"},
    "cf_ranking_scope": {"sv": "Samband", "en": "Links"},
    "cf_ranking_objectives": {"sv": "Mellan miljömål", "en": "Between objectives"},
    "cf_ranking_all": {"sv": "Alla", "en": "All"},
    "cf_col_from": {"sv": "Påverkar", "en": "Affects"},
    "cf_col_to": {"sv": "Påverkas", "en": "Is affected"},
    "cf_col_score": {"sv": "Poäng", "en": "Score"},
    "cf_col_rationale": {"sv": "Motivering", "en": "Rationale"},
    "cf_col_confidence": {"sv": "Säkerhet", "en": "Confidence"},
    "cf_col_source": {"sv": "Källa", "en": "Source"},
    "cf_col_node": {"sv": "Nod", "en": "Node"},
    "cf_col_out_positive": {"sv": "Påverkar +", "en": "Influences +"},
    "cf_col_out_negative": {"sv": "Påverkar −", "en": "Influences −"},
    "cf_col_in_positive": {"sv": "Påverkas +", "en": "Influenced +"},
    "cf_col_in_negative": {"sv": "Påverkas −", "en": "Influenced −"},
    "cf_col_target": {"sv": "Delmål", "en": "Target"},
    "cf_col_verdicts": {"sv": "Målets indikatorer", "en": "The objective's indicators"},
    "cf_col_signal": {"sv": "Vad trenden betyder", "en": "What the trend means"},
    "cf_col_indicator": {"sv": "Indikator", "en": "Indicator"},
    "cf_col_unit": {"sv": "Enhet", "en": "Unit"},
    "cf_col_n": {"sv": "År med värden", "en": "Years with values"},
    "cf_col_slope": {"sv": "Förändring per år", "en": "Change per year"},
    "cf_col_verdict": {"sv": "Trend", "en": "Trend"},
    "cf_objective": {"sv": "Miljömål", "en": "Objective"},
    "cf_trends_intro": {
        "sv": "Delmålen som {objective} påverkar, och hur målets indikatorer faktiskt "
        "utvecklas i {region} till och med {year} (Theil–Sen-lutning och Mann–Kendall-test, 5 %).",
        "en": "The targets that {objective} affects, and how the objective's indicators "
        "actually move in {region} up to {year} (Theil–Sen slope and Mann–Kendall test, 5 %).",
    },
    "cf_verdict_summary": {
        "sv": "{right} rätt håll, {wrong} fel håll, {flat} ingen tydlig förändring, "
        "{few} för få år",
        "en": "{right} right way, {wrong} wrong way, {flat} no clear change, {few} too few years",
    },
    "cf_verdict_right": {"sv": "↗ Rätt håll", "en": "↗ Right way"},
    "cf_verdict_wrong": {"sv": "↘ Fel håll", "en": "↘ Wrong way"},
    "cf_verdict_no_clear_change": {"sv": "→ Ingen tydlig förändring", "en": "→ No clear change"},
    "cf_verdict_too_few": {"sv": "? För få år", "en": "? Too few years"},
    "cf_signal_helped": {"sv": "Gynnas", "en": "Helped"},
    "cf_signal_threatened": {"sv": "Hotas", "en": "Threatened"},
    "cf_signal_eased": {"sv": "Mindre tryck", "en": "Less pressure"},
    "cf_signal_unclear": {"sv": "Oklart", "en": "Unclear"},
    "cf_signal_help": {
        "sv": "Målet går framåt när fler indikatorer går åt rätt håll än fel håll. Framsteg "
        "gynnar delmål med positiv poäng och hotar delmål med negativ; går målet bakåt blir "
        "det tvärtom.",
        "en": "The objective progresses when more indicators move the right way than the "
        "wrong way. Progress helps targets with a positive score and threatens those with a "
        "negative one; when the objective goes backwards, the reverse holds.",
    },
    "cf_no_targets": {
        "sv": "Inga delmål är kopplade till det här målet ännu.",
        "en": "No targets are linked to this objective yet.",
    },
    "cf_no_indicators": {
        "sv": "Uppgift saknas: målet har inga indikatorvärden i {region}.",
        "en": "No data: the objective has no indicator values in {region}.",
    },
    "cf_indicators_heading": {"sv": "Målets indikatorer", "en": "The objective's indicators"},
    "cf_ws_intro": {
        "sv": "Varje deltagare poängsätter valda par med en kommentar. Sidan visar medelvärde, "
        "spridning och var deltagarna är mest oeniga. Workshopledaren skapar sessioner, delar "
        "sessionens kod med deltagarna, importerar poäng och antar den överenskomna poängen i "
        "matrisen; deltagarna går med i en session med koden och poängsätter bara där. "
        "Workshopdata sparas i en egen fil bredvid databasen.",
        "en": "Each participant scores chosen pairs with a comment. The page shows the mean, "
        "the spread and where participants disagree most. The workshop leader creates "
        "sessions, shares a session's code with the participants, imports scores and adopts "
        "the agreed score into the matrix; participants join a session with its code and "
        "score only there. Workshop data are kept in a file of their own beside the database.",
    },
    "cf_ws_join_heading": {"sv": "Gå med i en session", "en": "Join a session"},
    "cf_ws_join_help": {
        "sv": "Skriv koden som workshopledaren har gett dig, till exempel ABCD-EFGH.",
        "en": "Enter the code the workshop leader gave you, for example ABCD-EFGH.",
    },
    "cf_ws_code": {"sv": "Sessionens kod", "en": "Session code"},
    "cf_ws_join": {"sv": "Gå med", "en": "Join"},
    "cf_ws_code_wrong": {
        "sv": "Ingen öppen session har den koden. Kontrollera koden med workshopledaren.",
        "en": "No open session has that code. Check the code with the workshop leader.",
    },
    "cf_ws_joined_flash": {
        "sv": "Du är med i sessionen {name}.",
        "en": "You have joined the session {name}.",
    },
    "cf_ws_joined": {
        "sv": "Du poängsätter i sessionen **{name}**.",
        "en": "You are scoring in the session **{name}**.",
    },
    "cf_ws_leave": {"sv": "Lämna sessionen", "en": "Leave the session"},
    "cf_ws_leader_heading": {"sv": "Workshopledare", "en": "Workshop leader"},
    "cf_ws_leader_password": {
        "sv": "Lösenord för workshopledare",
        "en": "Workshop leader password",
    },
    "cf_ws_leader_login": {"sv": "Logga in som ledare", "en": "Log in as leader"},
    "cf_ws_leader_logout": {"sv": "Sluta leda", "en": "Stop leading"},
    "cf_ws_leader_on": {
        "sv": "Du leder workshoppen: du skapar och stänger sessioner, importerar poäng och "
        "antar poäng i matrisen.",
        "en": "You lead the workshop: you create and close sessions, import scores and adopt "
        "scores into the matrix.",
    },
    "cf_ws_leader_admin": {
        "sv": "Du är inloggad som administratör och kan därför leda workshoppen.",
        "en": "You are logged in as administrator and can therefore lead the workshop.",
    },
    "cf_ws_leader_disabled": {
        "sv": "Inloggning för workshopledare är avstängd: inget lösenord är inställt. Lägg till "
        "`workshop_leader_password` i `.streamlit/secrets.toml`, eller logga in som "
        "administratör på sidan Import och källor.",
        "en": "Logging in as workshop leader is disabled: no password is configured. Add "
        "`workshop_leader_password` to `.streamlit/secrets.toml`, or log in as administrator "
        "on the page Imports and sources.",
    },
    "cf_ws_code_to_share": {
        "sv": "Sessionens kod att dela med deltagarna: **{code}**",
        "en": "The session's code to share with the participants: **{code}**",
    },
    "cf_ws_created": {
        "sv": "Sessionen är skapad. Dela koden nedan med deltagarna.",
        "en": "The session is created. Share the code below with the participants.",
    },
    "cf_ws_close": {"sv": "Stäng sessionen", "en": "Close the session"},
    "cf_ws_closed_flash": {
        "sv": "Sessionen {name} är stängd. Poängen finns kvar.",
        "en": "The session {name} is closed. Its scores are kept.",
    },
    "cf_ws_closed_mark": {"sv": " – stängd", "en": " – closed"},
    "cf_ws_session_closed": {
        "sv": "Sessionen är stängd: ingen kan gå med eller spara fler poäng i den.",
        "en": "The session is closed: nobody can join it or save more scores in it.",
    },
    "cf_ws_session": {"sv": "Workshop-session", "en": "Workshop session"},
    "cf_ws_store_unavailable": {
        "sv": "Workshopens överenskomna poäng kunde inte läsas, så sidan visar startförslaget "
        "utan dem. {error}",
        "en": "The workshop's agreed scores could not be read, so the page shows the starting "
        "proposal without them. {error}",
    },
    "cf_ws_no_sessions": {
        "sv": "Det finns ingen session ännu. Skapa en nedan.",
        "en": "There is no session yet. Create one below.",
    },
    "cf_ws_new": {"sv": "Ny session", "en": "New session"},
    "cf_ws_new_name": {"sv": "Namn på sessionen", "en": "Session name"},
    "cf_ws_new_context": {"sv": "Gäller", "en": "Applies to"},
    "cf_ws_create": {"sv": "Skapa session", "en": "Create session"},
    "cf_ws_session_label": {
        "sv": "{name} ({context}, {raters} bedömare, {scores} poäng)",
        "en": "{name} ({context}, {raters} raters, {scores} scores)",
    },
    "cf_ws_score_heading": {"sv": "Poängsätt par", "en": "Score pairs"},
    "cf_ws_rater": {"sv": "Ditt namn eller din roll", "en": "Your name or role"},
    "cf_ws_pairs": {"sv": "Par att poängsätta", "en": "Pairs to score"},
    "cf_ws_score": {"sv": "Poäng", "en": "Score"},
    "cf_ws_comment": {"sv": "Kommentar (motivering)", "en": "Comment (rationale)"},
    "cf_ws_submit": {"sv": "Spara mina poäng", "en": "Save my scores"},
    "cf_ws_saved": {"sv": "{count} poäng sparade.", "en": "{count} scores saved."},
    "cf_ws_need_rater": {
        "sv": "Skriv ditt namn eller din roll innan du sparar.",
        "en": "Enter your name or role before saving.",
    },
    "cf_ws_need_pairs": {"sv": "Välj minst ett par.", "en": "Choose at least one pair."},
    "cf_ws_results": {"sv": "Resultat och oenighet", "en": "Results and disagreement"},
    "cf_ws_no_scores": {
        "sv": "Inga poäng i sessionen ännu.",
        "en": "No scores in this session yet.",
    },
    "cf_ws_col_pair": {"sv": "Par", "en": "Pair"},
    "cf_ws_col_raters": {"sv": "Bedömare", "en": "Raters"},
    "cf_ws_col_mean": {"sv": "Medel", "en": "Mean"},
    "cf_ws_col_median": {"sv": "Median", "en": "Median"},
    "cf_ws_col_spread": {"sv": "Spridning (max − min)", "en": "Spread (max − min)"},
    "cf_ws_col_std": {"sv": "Standardavvikelse", "en": "Standard deviation"},
    "cf_ws_col_current": {"sv": "Poäng i matrisen", "en": "Score in the matrix"},
    "cf_ws_adopt_heading": {"sv": "Anta överenskommen poäng", "en": "Adopt the agreed score"},
    "cf_ws_adopt_pair": {"sv": "Par", "en": "Pair"},
    "cf_ws_adopt_score": {"sv": "Överenskommen poäng", "en": "Agreed score"},
    "cf_ws_adopt_rationale": {"sv": "Motivering", "en": "Rationale"},
    "cf_ws_adopt_submit": {"sv": "Anta i matrisen", "en": "Adopt into the matrix"},
    "cf_ws_adopted": {
        "sv": "Poängen {score} för {pair} är antagen och gäller nu i matrisen.",
        "en": "The score {score} for {pair} is adopted and now applies in the matrix.",
    },
    "cf_ws_import_heading": {"sv": "Importera och exportera", "en": "Import and export"},
    "cf_ws_import_help": {
        "sv": "En poängomgång är en tabell med kolumnerna rater, from_kind, from_id, to_kind, "
        "to_id, score och comment (kind är objective eller target, t.ex. objective 12 eller "
        "target 15.5), högst {megabytes} MB och {rows} rader. Felaktiga rader stoppar hela "
        "importen.",
        "en": "A scoring round is a table with the columns rater, from_kind, from_id, "
        "to_kind, to_id, score and comment (kind is objective or target, e.g. objective 12 "
        "or target 15.5), at most {megabytes} MB and {rows} rows. Faulty rows stop the whole "
        "import.",
    },
    "cf_ws_upload": {
        "sv": "Importera poäng (CSV eller Excel)",
        "en": "Import scores (CSV or Excel)",
    },
    "cf_ws_import_submit": {"sv": "Importera", "en": "Import"},
    "cf_ws_imported": {
        "sv": "{count} poäng importerade från {file}.",
        "en": "{count} scores imported from {file}.",
    },
    "cf_ws_import_refused": {
        "sv": "Importen stoppades, inget sparades:",
        "en": "The import was refused, nothing was saved:",
    },
    "cf_ws_export_csv": {"sv": "Exportera omgången (CSV)", "en": "Export the round (CSV)"},
    "cf_ws_export_xlsx": {"sv": "Exportera omgången (Excel)", "en": "Export the round (Excel)"},
    "cf_download_png": {"sv": "Ladda ner bild (PNG)", "en": "Download image (PNG)"},
    "cf_download_svg": {"sv": "Ladda ner bild (SVG)", "en": "Download image (SVG)"},
    "cf_not_scored": {"sv": "inte poängsatt", "en": "not scored"},
}
