"""Words of the yearly follow-up deck in Swedish and English: titles, subtitles, notes."""

from __future__ import annotations

ANNUAL_TEXTS: dict[str, dict[str, str]] = {
    "deck_title": {
        "sv": "Regional årlig uppföljning {year}",
        "en": "Regional annual follow-up {year}",
    },
    "sweden": {"sv": "Sverige", "en": "Sweden"},
    "overview_title": {
        "sv": "Miljömålens status {year} – {area}",
        "en": "Status of the environmental objectives {year} – {area}",
    },
    "overview_help": {
        "sv": "Färg, symbol och ord visar om målet nås; pilen visar åt vilket håll det går.",
        "en": "Colour, symbol and words show whether the objective will be reached; the arrow "
        "shows which way it is heading.",
    },
    "national_only": {"sv": "Bedöms bara nationellt", "en": "Assessed nationally only"},
    "overview_notes": {
        "sv": "{area} {year}: {assessed} mål är bedömda – {ja} nås, {nara} är nära att nås och "
        "{nej} nås inte. {positive} har positiv och {negative} negativ trend.",
        "en": "{area} {year}: {assessed} objectives are assessed – {ja} will be reached, {nara} "
        "are close and {nej} will not be reached. {positive} have a positive and {negative} a "
        "negative trend.",
    },
    "overview_notes_counties": {
        "sv": "I länen: {ja} av {total} bedömningar säger att målet nås, {nej} att det inte nås.",
        "en": "In the counties: {ja} of {total} assessments say the objective will be reached, "
        "{nej} that it will not.",
    },
    "changes_title": {
        "sv": "Ändrade bedömningar {before}–{year} – {area}",
        "en": "Changed assessments {before}–{year} – {area}",
    },
    "changes_title_first": {
        "sv": "Bedömningarna {year} – {area}",
        "en": "The assessments of {year} – {area}",
    },
    "changes_help": {
        "sv": "Svart ram: statusen har ändrats sedan {before}. ▲ bättre, ▼ sämre status.",
        "en": "Black frame: the status has changed since {before}. ▲ better, ▼ worse status.",
    },
    "changes_help_first": {
        "sv": "Det finns inga bedömningar för {before}, så bara {year} visas.",
        "en": "There are no assessments for {before}, so only {year} is shown.",
    },
    "better": {"sv": "▲ bättre", "en": "▲ better"},
    "worse": {"sv": "▼ sämre", "en": "▼ worse"},
    "trend_change": {"sv": "trend: {before} → {now}", "en": "trend: {before} → {now}"},
    "unchanged": {"sv": "oförändrad", "en": "unchanged"},
    "changes_notes": {
        "sv": "{count} mål har ändrad status sedan {before}: {items}.",
        "en": "{count} objectives have changed status since {before}: {items}.",
    },
    "changes_notes_none": {
        "sv": "Inget mål har ändrad status sedan {before}.",
        "en": "No objective has changed status since {before}.",
    },
    "changes_notes_trend": {
        "sv": "Trenden har ändrats för {count} mål: {items}.",
        "en": "The trend has changed for {count} objectives: {items}.",
    },
    "changes_notes_first": {
        "sv": "Det finns inga bedömningar för {before}; bilden visar bara {year}, utan jämförelse.",
        "en": "There are no assessments for {before}; the slide shows {year} only, with nothing "
        "to compare with.",
    },
    "changes_notes_counties": {
        "sv": "I länen har {changed} av {total} bedömningar ändrad status sedan {before}.",
        "en": "In the counties, {changed} of {total} assessments have changed status since "
        "{before}.",
    },
    "trends_title": {
        "sv": "Indikatorernas riktning per miljömål {year} – {area}",
        "en": "Direction of the indicators per objective {year} – {area}",
    },
    "trends_help": {
        "sv": "Riktningen över alla år till och med {year}; en indikator behöver minst "
        "{min_points} värden.",
        "en": "The direction over every year up to {year}; an indicator needs at least "
        "{min_points} values.",
    },
    "trends_method": {
        "sv": "Metod: Theil–Sen-lutning och Mann–Kendall-test.",
        "en": "Method: Theil–Sen slope and Mann–Kendall test.",
    },
    "trends_help_nation": {
        "sv": "Där länet saknar egna värden räknas Sveriges.",
        "en": "Where the county has no values of its own, Sweden's are used.",
    },
    "trends_notes": {
        "sv": "{total} indikatorer: {right} går åt rätt håll, {wrong} åt fel håll, {none} utan "
        "tydlig förändring och {few} med för få värden.",
        "en": "{total} indicators: {right} moving the right way, {wrong} the wrong way, {none} "
        "with no clear change and {few} with too few values.",
    },
    "trends_notes_wrong": {
        "sv": "Flest åt fel håll: {items}.",
        "en": "Most moving the wrong way: {items}.",
    },
    "trends_notes_nation": {
        "sv": "För {count} indikatorer saknar länet egna värden; där räknas Sveriges.",
        "en": "For {count} indicators the county has no values of its own; Sweden's are used.",
    },
    "trends_notes_empty": {
        "sv": "Inget miljömål har indikatorer med värden.",
        "en": "No objective has indicators with values.",
    },
    "map_title": {
        "sv": "{objective_id}. {objective}: bedömning {year} – {area}",
        "en": "{objective_id}. {objective}: assessment {year} – {area}",
    },
    "map_help": {
        "sv": "Färg och symbol: status; pil: trend. Grått: länet bedömer inte målet.",
        "en": "Colour and symbol: status; arrow: trend. Grey: the county does not assess it.",
    },
    "map_help_county": {
        "sv": "Färg och symbol: länens status. {area} har svart ram; dess status och trend "
        "står under varje måls namn.",
        "en": "Colour and symbol: the counties' status. {area} is framed in black; its status "
        "and trend are written under each objective's name.",
    },
    "map_legend": {"sv": "Status", "en": "Status"},
    "map_region": {"sv": "Län", "en": "County"},
    "map_value": {"sv": "Bedömning", "en": "Assessment"},
    "map_notes": {
        "sv": "{assessed} län bedömer målet {year}: {ja} nås, {nara} nära, {nej} nås inte.",
        "en": "{assessed} counties assess the objective in {year}: {ja} reached, {nara} close, "
        "{nej} not reached.",
    },
    "map_notes_area": {
        "sv": "{area}: {status}, trend {trend}; {same} län till har samma status.",
        "en": "{area}: {status}, trend {trend}; {same} other counties have the same status.",
    },
    "map_notes_nation": {
        "sv": "Sverige som helhet: {status}, trend {trend}.",
        "en": "Sweden as a whole: {status}, trend {trend}.",
    },
    "no_trend": {"sv": "saknas", "en": "none"},
    "summary_title": {"sv": "Det viktigaste", "en": "Key messages"},
    "and": {"sv": " och ", "en": " and "},
    "and_more": {"sv": "och {count} till", "en": "and {count} more"},
    "none_word": {"sv": "inga", "en": "none"},
    "summary_status": {
        "sv": "{area} {year}: {ja} av {total} bedömda mål nås, {nara} är nära att nås och "
        "{nej} nås inte.",
        "en": "{area} {year}: {ja} of {total} assessed objectives will be reached, {nara} are "
        "close and {nej} will not be reached.",
    },
    "summary_changes": {
        "sv": "Ändrat sedan {before}: {parts}.",
        "en": "Changed since {before}: {parts}.",
    },
    "summary_better": {"sv": "bättre för {items}", "en": "better for {items}"},
    "summary_worse": {"sv": "sämre för {items}", "en": "worse for {items}"},
    "summary_changes_none": {
        "sv": "Ingen bedömning har fått ändrad status sedan {before}.",
        "en": "No assessment has changed status since {before}.",
    },
    "summary_changes_first": {
        "sv": "Det finns inga bedömningar från {before} att jämföra med.",
        "en": "There are no assessments from {before} to compare with.",
    },
    "summary_negative": {
        "sv": "Går åt fel håll (negativ trend): {items}.",
        "en": "Going the wrong way (negative trend): {items}.",
    },
    "summary_negative_none": {
        "sv": "Inget mål har negativ trend i bedömningen.",
        "en": "No objective has a negative trend in its assessment.",
    },
    "summary_indicators": {
        "sv": "Av {total} indikatorer går {right} åt rätt håll och {wrong} åt fel håll; flest "
        "åt fel håll: {items}.",
        "en": "Of {total} indicators, {right} are moving the right way and {wrong} the wrong "
        "way; most moving the wrong way: {items}.",
    },
    "summary_indicators_none": {
        "sv": "Av {total} indikatorer går {right} åt rätt håll och ingen åt fel håll.",
        "en": "Of {total} indicators, {right} are moving the right way and none the wrong way.",
    },
    "summary_sweden": {
        "sv": "{area} jämfört med Sverige: samma status för {same} av {total} mål; bättre för "
        "{better}; sämre för {worse}.",
        "en": "{area} compared with Sweden: the same status for {same} of {total} objectives; "
        "better for {better}; worse for {worse}.",
    },
    "summary_sweden_none": {
        "sv": "{area} och Sverige har inga mål bedömda båda två att jämföra.",
        "en": "{area} and Sweden have no objective assessed by both to compare.",
    },
    "summary_counties": {
        "sv": "I länen säger {ja} av {total} bedömningar att målet nås; flest län når "
        "{objective} ({count}).",
        "en": "In the counties, {ja} of {total} assessments say the objective will be reached; "
        "most counties reach {objective} ({count}).",
    },
    "summary_counties_none": {
        "sv": "Inget län bedömer att något mål nås ({total} bedömningar).",
        "en": "No county says any objective will be reached ({total} assessments).",
    },
    "overview_message": {
        "sv": "{ja} av {total} bedömda mål nås, {nara} är nära och {nej} nås inte.",
        "en": "{ja} of {total} assessed objectives will be reached, {nara} are close and {nej} "
        "will not be reached.",
    },
    "changes_message": {
        "sv": "{count} mål har ändrad status sedan {before}: {better} bättre, {worse} sämre.",
        "en": "{count} objectives have changed status since {before}: {better} better, {worse} "
        "worse.",
    },
    "trends_message": {
        "sv": "{right} av {total} indikatorer går åt rätt håll och {wrong} åt fel håll.",
        "en": "{right} of {total} indicators are moving the right way and {wrong} the wrong way.",
    },
    "maps_title": {
        "sv": "Länens bedömningar {year}, mål {first}–{last} – {area}",
        "en": "The counties' assessments {year}, objectives {first}–{last} – {area}",
    },
    "maps_message": {
        "sv": "{area}: {ja} av {total} mål på bilden nås, {nara} är nära och {nej} nås inte.",
        "en": "{area}: {ja} of the {total} objectives shown will be reached, {nara} are close "
        "and {nej} will not be reached.",
    },
    "maps_message_nation": {
        "sv": "Flest län säger att mål {objective_id} inte nås ({count} län).",
        "en": "Most counties say objective {objective_id} will not be reached ({count} counties).",
    },
    "maps_caption_nation": {"sv": "län per status", "en": "counties by status"},
    "status_short_JA": {"sv": "Nås", "en": "Reached"},
    "status_short_NÄRA": {"sv": "Nära", "en": "Close"},
    "status_short_NEJ": {"sv": "Nås inte", "en": "Not reached"},
    "status_short_EJ": {"sv": "Bedöms inte", "en": "Not assessed"},
    "status_short_SAKNAS": {"sv": "Saknas", "en": "No data"},
}


def text(key: str, language: str, **values: object) -> str:
    """The deck text ``key`` in ``language`` (Swedish when missing), placeholders filled."""
    entry = ANNUAL_TEXTS[key]
    wording = entry.get(language) or entry["sv"]
    return wording.format(**values) if values else wording
