"""Texts of the page "Jämför kommuner" in Swedish and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "page_peers": {"sv": "Jämför kommuner", "en": "Compare municipalities"},
    "peers_title": {"sv": "Jämför kommuner", "en": "Compare municipalities"},
    "peers_intro": {
        "sv": "Se var en kommun står i förhållande till jämförbara kommuner – inte bara till "
        "hela landet. Värdena gäller det senaste året med data till och med {year}.",
        "en": "See where a municipality stands against comparable municipalities – not only "
        "against the whole country. Values are from the latest year with data up to {year}.",
    },
    "peers_municipality": {
        "sv": "Kommun (sök på namn eller kod)",
        "en": "Municipality (search by name or code)",
    },
    "peers_mode": {"sv": "Jämförelsegrupp", "en": "Comparison group"},
    "peers_mode_county": {"sv": "Samma län", "en": "Same county"},
    "peers_mode_group": {"sv": "Kommungrupp", "en": "Municipality group"},
    "peers_mode_custom": {"sv": "Egen lista", "en": "Own list"},
    "peers_mode_similar": {"sv": "Liknande kommuner", "en": "Similar municipalities"},
    "peers_county_caption": {
        "sv": "Kommunerna i {county} ({n} st).",
        "en": "The municipalities of {county} ({n}).",
    },
    "peers_no_group_sets": {
        "sv": "Databasen har inga kommungrupper ännu. Grupper (till exempel SKR:s "
        "kommungruppsindelning) kan läsas in från en CSV-fil med kolumnerna group_code, "
        "group_name och region_code. Välj en annan jämförelsegrupp så länge.",
        "en": "The database has no municipality groups yet. Groups (such as SKR's "
        "classification of municipalities) can be imported from a CSV file with the columns "
        "group_code, group_name and region_code. Choose another comparison group meanwhile.",
    },
    "peers_group_set": {"sv": "Gruppindelning", "en": "Group set"},
    "peers_group_set_option": {
        "sv": "{name} ({groups} grupper, källa: {source})",
        "en": "{name} ({groups} groups, source: {source})",
    },
    "peers_group_caption": {
        "sv": "Gruppen **{group}** i {set}: {n} kommuner.",
        "en": "The group **{group}** in {set}: {n} municipalities.",
    },
    "peers_not_in_group": {
        "sv": "{name} finns inte med i någon grupp i indelningen {set}.",
        "en": "{name} is not in any group of the set {set}.",
    },
    "peers_custom": {"sv": "Kommuner att jämföra med", "en": "Municipalities to compare with"},
    "peers_custom_empty": {
        "sv": "Välj minst en kommun att jämföra med.",
        "en": "Choose at least one municipality to compare with.",
    },
    "peers_similar_indicators": {
        "sv": "Indikatorer som avgör likheten",
        "en": "Indicators that decide similarity",
    },
    "peers_similar_k": {"sv": "Antal liknande kommuner", "en": "Number of similar municipalities"},
    "peers_weights": {"sv": "Vikter", "en": "Weights"},
    "peers_weights_help": {
        "sv": "Vikt 0 tar bort indikatorn; vikt 2 räknas dubbelt.",
        "en": "Weight 0 removes the indicator; weight 2 counts twice.",
    },
    "peers_similar_method": {
        "sv": "Varje indikator standardiseras över alla kommuner (z-värden). Avståndet är det "
        "viktade kvadratiska medelvärdet av skillnaderna på de indikatorer som båda kommunerna "
        "har värden för. En kommun som delar färre än {min_shared} av {used} indikatorer "
        "räknas inte med.",
        "en": "Each indicator is standardised across all municipalities (z-scores). The "
        "distance is the weighted root mean square of the differences on the indicators both "
        "municipalities have values for. A municipality sharing fewer than {min_shared} of "
        "{used} indicators is left out.",
    },
    "peers_similar_none": {
        "sv": "Inga indikatorer kan användas för att hitta liknande kommuner. Välj fler "
        "indikatorer eller höj vikterna.",
        "en": "No indicator can be used to find similar municipalities. Choose more "
        "indicators or raise the weights.",
    },
    "peers_dropped_zero_weight": {
        "sv": "{indicator}: vikten är 0.",
        "en": "{indicator}: the weight is 0.",
    },
    "peers_dropped_no_spread": {
        "sv": "{indicator}: alla kommuner har samma värde.",
        "en": "{indicator}: every municipality has the same value.",
    },
    "peers_dropped_missing_for_target": {
        "sv": "{indicator}: uppgift saknas för {name}.",
        "en": "{indicator}: no data for {name}.",
    },
    "peers_dropped_heading": {
        "sv": "Indikatorer som inte användes",
        "en": "Indicators not used",
    },
    "peers_excluded_heading": {
        "sv": "Uteslutna kommuner: {n}",
        "en": "Municipalities left out: {n}",
    },
    "peers_excluded_reason": {
        "sv": "har bara {shared} av {used} indikatorer gemensamt med {name} (minst {min_shared} "
        "krävs)",
        "en": "shares only {shared} of {used} indicators with {name} ({min_shared} needed)",
    },
    "peers_distance": {"sv": "Avstånd", "en": "Distance"},
    "peers_distance_help": {
        "sv": "Avstånd: hur olika kommunerna är på de valda indikatorerna, i standardavvikelser "
        "(0 = likadana; 1 = i snitt en standardavvikelse isär).",
        "en": "Distance: how different the municipalities are on the chosen indicators, in "
        "standard deviations (0 = alike; 1 = on average one standard deviation apart).",
    },
    "peers_col_rank": {"sv": "Nr", "en": "No."},
    "peers_col_municipality": {"sv": "Kommun", "en": "Municipality"},
    "peers_col_close": {"sv": "Liknar mest i", "en": "Closest on"},
    "peers_col_far": {"sv": "Skiljer sig mest i", "en": "Differs most on"},
    "peers_why_heading": {
        "sv": "Varför liknar de {name}?",
        "en": "Why are they similar to {name}?",
    },
    "peers_why_choose": {"sv": "Förklara likheten med", "en": "Explain the similarity of"},
    "peers_why_item": {
        "sv": "{indicator} ({other} mot {own})",
        "en": "{indicator} ({other} vs {own})",
    },
    "peers_why_close": {
        "sv": "{other} liknar {name} mest i: {items}.",
        "en": "{other} is closest to {name} on: {items}.",
    },
    "peers_why_far": {"sv": "Störst skillnad i: {items}.", "en": "Largest difference on: {items}."},
    "peers_why_axis": {
        "sv": "Avvikelse från kommunernas genomsnitt (standardavvikelser)",
        "en": "Deviation from the municipal average (standard deviations)",
    },
    "peers_why_value": {"sv": "Värde", "en": "Value"},
    "peers_why_title": {
        "sv": "{other} och {name} på de valda indikatorerna",
        "en": "{other} and {name} on the chosen indicators",
    },
    "peers_why_subtitle": {
        "sv": "Korta linjer: där kommunerna ligger nära varandra; överst de mest lika",
        "en": "Short lines: where the municipalities lie close; the most alike at the top",
    },
    "peers_shared": {"sv": "Gemensamma indikatorer", "en": "Shared indicators"},
    "peers_group_summary": {
        "sv": "Jämförelsegrupp: {name} och {n} andra kommuner",
        "en": "Comparison group: {name} and {n} other municipalities",
    },
    "peers_members": {"sv": "Visa kommunerna i gruppen", "en": "Show the municipalities"},
    "peers_profile_heading": {"sv": "Profil", "en": "Profile"},
    "peers_objective": {"sv": "Miljömål eller egen uppsättning", "en": "Objective or own set"},
    "peers_custom_set": {"sv": "Egen uppsättning indikatorer", "en": "Own set of indicators"},
    "peers_profile_indicators": {"sv": "Indikatorer", "en": "Indicators"},
    "peers_caveat": {
        "sv": "Diagrammet visar kommunens **relativa** läge i gruppen, inte om nivån är bra "
        "eller dålig i sig: den bästa tredjedelen kan ändå ligga långt från målet. Höger är "
        "alltid bättre, oavsett om indikatorn ska vara hög eller låg. ▲ blå = bästa "
        "tredjedelen, ● grå = mittersta, ▼ orange = sämsta; ◇ visar läget bland alla kommuner. "
        "Den heldragna linjen vid 50 är gruppens mitt.",
        "en": "The chart shows the municipality's **relative** standing in the group, not "
        "whether the level is good or bad as such: the best third may still be far from the "
        "objective. Right is always better, whether the indicator should be high or low. "
        "▲ blue = best third, ● grey = middle, ▼ orange = worst; ◇ shows the standing among "
        "all municipalities. The solid line at 50 is the middle of the group.",
    },
    "peers_no_indicators": {
        "sv": "Välj minst en indikator.",
        "en": "Choose at least one indicator.",
    },
    "peers_time_heading": {"sv": "Över tid", "en": "Over time"},
    "peers_indicator": {"sv": "Indikator", "en": "Indicator"},
    "peers_gap_catching_up": {
        "sv": "**Knappar in:** {name} ligger sämre till än gruppens median men avståndet "
        "minskar med {slope} {unit} per år.",
        "en": "**Catching up:** {name} is behind the group median but the gap is narrowing "
        "by {slope} {unit} per year.",
    },
    "peers_gap_pulling_ahead": {
        "sv": "**Drar ifrån:** {name} ligger bättre till än gruppens median och försprånget "
        "växer med {slope} {unit} per år.",
        "en": "**Pulling ahead:** {name} is ahead of the group median and the lead is growing "
        "by {slope} {unit} per year.",
    },
    "peers_gap_falling_behind": {
        "sv": "**Halkar efter:** {name} ligger sämre till än gruppens median och avståndet "
        "växer med {slope} {unit} per år.",
        "en": "**Falling behind:** {name} is behind the group median and the gap is growing "
        "by {slope} {unit} per year.",
    },
    "peers_gap_losing_lead": {
        "sv": "**Tappar försprång:** {name} ligger bättre till än gruppens median men "
        "försprånget krymper med {slope} {unit} per år.",
        "en": "**Losing its lead:** {name} is ahead of the group median but the lead is "
        "shrinking by {slope} {unit} per year.",
    },
    "peers_gap_no_clear_change": {
        "sv": "**Ingen tydlig förändring** av avståndet mellan {name} och gruppens median "
        "(p = {p}).",
        "en": "**No clear change** in the gap between {name} and the group median (p = {p}).",
    },
    "peers_gap_too_few": {
        "sv": "För få år med värden ({n}) för att bedöma om {name} knappar in eller halkar "
        "efter; minst 5 behövs.",
        "en": "Too few years with values ({n}) to tell whether {name} is catching up or "
        "falling behind; at least 5 are needed.",
    },
    "peers_gap_method": {
        "sv": "Bedömningen bygger på trenden i skillnaden mot gruppens median (Theil–Sen-lutning, "
        "Mann–Kendall-test, 5 % signifikansnivå). Bandet visar den mittersta hälften av de andra "
        "kommunerna i gruppen.",
        "en": "The verdict uses the trend of the difference from the group median (Theil–Sen "
        "slope, Mann–Kendall test, 5% significance level). The band shows the middle half of "
        "the other municipalities in the group.",
    },
    "peers_ranking_heading": {
        "sv": "Rangordning: {indicator} {year}",
        "en": "Ranking: {indicator} {year}",
    },
    "peers_ranking_caption": {
        "sv": "Rang 1 är bäst ({direction}). Lika värden delar rang. {name} är markerad.",
        "en": "Rank 1 is best ({direction}). Equal values share a rank. {name} is highlighted.",
    },
    "peers_better_higher": {"sv": "högre är bättre", "en": "higher is better"},
    "peers_better_lower": {"sv": "lägre är bättre", "en": "lower is better"},
    "peers_download_excel": {"sv": "Ladda ner (Excel)", "en": "Download (Excel)"},
    "peers_no_values": {
        "sv": "Uppgift saknas för {indicator} i kommunerna.",
        "en": "There are no municipal values for {indicator}.",
    },
    "peers_export_note": {
        "sv": "Rangordning av {name} och dess jämförelsegrupp ({group}) för {indicator}, {year}.",
        "en": "Ranking of {name} and its comparison group ({group}) for {indicator}, {year}.",
    },
    "peers_export_conventions": {
        "sv": "Rang 1 är bäst; lika värden delar rang. Percentil 0–100 där 100 är bäst. "
        "Tomma värden betyder att uppgift saknas.",
        "en": "Rank 1 is best; equal values share a rank. Percentile 0–100 where 100 is best. "
        "Empty cells mean no data.",
    },
    "peers_answer_heading": {
        "sv": "{name} jämfört med {group} ({n} kommuner): {objective}",
        "en": "{name} against {group} ({n} municipalities): {objective}",
    },
    "peers_answer_count": {
        "sv": "{count} av {total} indikatorer",
        "en": "{count} of {total} indicators",
    },
    "peers_answer_missing": {"sv": "Utan läge (värde saknas)", "en": "No standing (no value)"},
}
