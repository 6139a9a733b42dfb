"""Texts of the trends data layer: the words of a verdict's direction, size and strength."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "trend_rises": {
        "sv": "ökar med {amount} {unit} per år sedan {year}",
        "en": "rising by {amount} {unit} a year since {year}",
    },
    "trend_falls": {
        "sv": "minskar med {amount} {unit} per år sedan {year}",
        "en": "falling by {amount} {unit} a year since {year}",
    },
    "trend_level": {"sv": "oförändrad sedan {year}", "en": "unchanged since {year}"},
    "trend_clear": {"sv": "tydlig trend", "en": "clear trend"},
    "trend_small": {
        "sv": "för liten förändring i förhållande till nivån för att räknas",
        "en": "too small a change relative to the level to count",
    },
    "trend_uncertain": {
        "sv": "osäkert, kan vara slumpmässig variation",
        "en": "uncertain, may be random variation",
    },
    "trend_too_few": {
        "sv": "för få värden ({n} av minst {min_points})",
        "en": "too few values ({n} of at least {min_points})",
    },
    "trend_rule": {
        "sv": "Så bedöms utvecklingen: en riktning (rätt eller fel håll) kräver både statistiskt "
        "stöd (Mann–Kendalls test, p under {alpha}) och en förändring som spelar roll: den "
        "anpassade trendlinjens förändring över hela perioden är minst {share} av indikatorns "
        "typiska nivå (medianen). Annars står det ”ingen tydlig förändring”. Takten per år är "
        "trendlinjens lutning (Theil–Sen, medianen av lutningarna mellan alla par av år); "
        "minst {min_points} värden behövs.",
        "en": "How the development is judged: a direction (right or wrong way) needs both "
        "statistical support (Mann–Kendall test, p below {alpha}) and a change that matters: "
        "the fitted trend line's change over the whole period is at least {share} of the "
        "indicator's typical level (its median). Otherwise it reads “no clear change”. The pace "
        "per year is the trend line's slope (Theil–Sen, the median of the slopes between all "
        "pairs of years); at least {min_points} values are needed.",
    },
}

TEXTS |= {
    "facts_heading": {"sv": "Om indikatorn", "en": "About the indicator"},
    "facts_definition": {"sv": "Definition", "en": "Definition"},
    "facts_unit": {"sv": "Enhet", "en": "Unit"},
    "facts_direction": {"sv": "Riktning", "en": "Direction"},
    "facts_better_higher": {"sv": "högre värden är bättre", "en": "higher values are better"},
    "facts_better_lower": {"sv": "lägre värden är bättre", "en": "lower values are better"},
    "facts_source": {"sv": "Källa", "en": "Source"},
    "facts_source_entry": {
        "sv": "{name} (licens: {licence}; hämtad {fetched})",
        "en": "{name} (licence: {licence}; fetched {fetched})",
    },
    "facts_objectives": {"sv": "Följer upp", "en": "Follows up"},
    "facts_years": {"sv": "År med värden", "en": "Years with values"},
    "facts_years_text": {
        "sv": "{first}–{last} ({count} år)",
        "en": "{first}–{last} ({count} years)",
    },
    "facts_levels": {"sv": "Nivåer", "en": "Levels"},
    "facts_level_riket": {"sv": "Sverige", "en": "Sweden"},
    "facts_level_lan": {"sv": "län", "en": "counties"},
    "facts_level_kommun": {"sv": "kommuner", "en": "municipalities"},
}

TEXTS |= {
    "gender_label": {"sv": "Kön", "en": "Sex"},
    "gender_T": {"sv": "Totalt", "en": "Total"},
    "gender_K": {"sv": "Kvinnor", "en": "Women"},
    "gender_M": {"sv": "Män", "en": "Men"},
    "gender_help": {
        "sv": "{count} av indikatorerna finns uppdelade på kvinnor och män; övriga visas bara "
        "totalt.",
        "en": "{count} of the indicators are split by women and men; the others are shown as "
        "totals only.",
    },
    "gender_not_split": {
        "sv": "Indikatorn finns inte uppdelad på kvinnor och män; välj Totalt.",
        "en": "The indicator is not split by women and men; choose Total.",
    },
}
