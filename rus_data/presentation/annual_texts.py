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
        "sv": "Theil–Sen-lutning och Mann–Kendall-test över alla år till och med {year}; "
        "minst {min_points} värden behövs.",
        "en": "Theil–Sen slope and Mann–Kendall test over every year up to {year}; at least "
        "{min_points} values are needed.",
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
        "sv": "{area} har svart ram.",
        "en": "{area} is framed in black.",
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
}


def text(key: str, language: str, **values: object) -> str:
    """The deck text ``key`` in ``language`` (Swedish when missing), placeholders filled."""
    entry = ANNUAL_TEXTS[key]
    wording = entry.get(language) or entry["sv"]
    return wording.format(**values) if values else wording
