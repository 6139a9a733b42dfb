"""The row checks of each import kind: which columns it has and what each must hold.

Each validator takes a :class:`~rus_data.imports.checks.Checker` over the file's table and the
database :class:`~rus_data.imports.context.Context`, and returns the cleaned rows (and, for
indicators, their objective links). Problems are recorded on the checker.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from rus_data.imports.bounds import TEXT_RULES
from rus_data.imports.cells import quote, suggest
from rus_data.imports.checks import Checker
from rus_data.imports.context import Context
from rus_data.imports.kinds import (
    AGGREGATION_SPELLINGS,
    BETTER_SPELLINGS,
    CONFIDENCE_SPELLINGS,
    GENDER_SPELLINGS,
    LEVEL_SPELLINGS,
    NODE_KIND_SPELLINGS,
    STATUS_SPELLINGS,
    TREND_SPELLINGS,
)

DESCRIPTIONS = ("description_sv", "description_en")
Validator = Callable[[Checker, Context], tuple[pd.DataFrame, pd.DataFrame | None]]


def _required_text(check: Checker, column: str, what: str) -> pd.Series:
    """A column that must hold text within its bounds (:data:`TEXT_RULES`)."""
    values = check.required(column, what)
    check.free_text(column, TEXT_RULES[column])
    return values


def _values(check: Checker, context: Context) -> tuple[pd.DataFrame, None]:
    indicator = check.text("indicator_id")
    known = indicator.isin(context.indicator_units.keys()).to_numpy()
    names = sorted(context.indicator_units)
    check.report(
        "indicator_id",
        ~known,
        indicator,
        lambda v: (
            f"okänd indikator {quote(v)}; importera indikatordefinitionen först "
            f"(typ indicators).{suggest(str(v), names)}"
        ),
    )
    region = check.region("region_code", context)
    year = check.integer("year", 1970, 2100, "ett årtal")
    gender = check.vocabulary("gender", GENDER_SPELLINGS, "T, K eller M (eller tomt för T)")
    value = check.number("value")
    units = indicator.map(context.indicator_units).fillna("").str.strip().str.lower()
    percent = (units.str.startswith("%") | (units == "procent")).to_numpy()
    outside = percent & value.notna().to_numpy() & ~value.between(0, 100).to_numpy()
    check.report(
        "value",
        outside,
        value,
        lambda v: f"{v:g} ligger utanför 0–100; indikatorn anges i procent.",
    )
    rows = pd.DataFrame(
        {
            "indicator_id": indicator,
            "region_code": region,
            "year": year,
            "gender": gender,
            "value": value,
        }
    )
    return rows, None


def _assessments(check: Checker, context: Context) -> tuple[pd.DataFrame, None]:
    objective = check.integer("objective_id", 0, 16, "ett miljömålsnummer")
    region = check.region("region_code", context, {"riket", "lan"})
    year = check.integer("year", 2000, 2100, "ett årtal")
    status = check.vocabulary("status", STATUS_SPELLINGS, "JA, NÄRA eller NEJ")
    trend = check.vocabulary("trend", TREND_SPELLINGS, "POSITIV, NEUTRAL, NEGATIV eller OKLAR")
    complete = (objective.notna() & region.notna()).to_numpy()
    pairs = pd.Series(list(zip(objective.astype("object"), region, strict=True)))
    in_scope = np.array(
        [ok and (int(o), r) in context.scope for (o, r), ok in zip(pairs, complete, strict=True)]
    )
    check.report(
        "objective_id",
        complete & ~in_scope,
        pairs,
        lambda p: (
            f"miljömål {p[0]} bedöms inte i {context.regions.get(p[1], p[1])} "
            "(mål 1, 5 och 6 bara nationellt; fjäll- och havsmålen bara där de finns)."
        ),
    )
    comment = check.free_text("comment", TEXT_RULES["comment"]).replace("", None)
    rows = pd.DataFrame(
        {
            "objective_id": objective,
            "region_code": region,
            "year": year,
            "status": status,
            "trend": trend,
            "comment": comment,
        }
    )
    return rows, None


def _indicators(check: Checker, context: Context) -> tuple[pd.DataFrame, pd.DataFrame]:
    identifier = check.identifier("id", "indikator-id")
    texts = {c: check.required(c, "text") for c in ("name_sv", "name_en", "unit", "unit_en")}
    texts.update({c: check.free_text(c, TEXT_RULES[c]) for c in (*texts, *DESCRIPTIONS)})
    better = check.vocabulary("better", BETTER_SPELLINGS, "higher eller lower")
    level = check.vocabulary("finest_level", LEVEL_SPELLINGS, "riket, lan eller kommun")
    aggregation = check.vocabulary("aggregation", AGGREGATION_SPELLINGS, "sum eller mean")
    decimals_raw = check.text("decimals").replace("", "1")
    check.frame["decimals"] = decimals_raw
    decimals = check.integer("decimals", 0, 6, "ett antal decimaler")
    objectives_raw = check.text("objectives")
    links = []
    split = objectives_raw.str.split(r"[;|,\s]+", regex=True)
    for position, (parts, row) in enumerate(zip(split, check.rows, strict=True)):
        for part in (p for p in parts if p):
            if re.fullmatch(r"\d{1,2}", part) and int(part) in context.objectives:
                links.append((identifier.iloc[position], int(part)))
                continue
            check.issues.add(
                int(row), "objectives", f"{quote(part)} är inget miljömålsnummer (0–16)."
            )
            check.bad[position] = True
    rows = pd.DataFrame(
        {
            "id": identifier,
            "name_sv": texts["name_sv"],
            "name_en": texts["name_en"],
            "unit": texts["unit"],
            "unit_en": texts["unit_en"],
            "better": better,
            "finest_level": level,
            "aggregation": aggregation,
            "decimals": decimals,
            "description_sv": texts["description_sv"].replace("", None),
            "description_en": texts["description_en"].replace("", None),
        }
    )
    link_frame = pd.DataFrame(links, columns=["indicator_id", "objective_id"]).drop_duplicates()
    return rows, link_frame


def _region_groups(check: Checker, context: Context) -> tuple[pd.DataFrame, None]:
    group_set = check.identifier("group_set", "indelningsnamn")
    group_code = _required_text(check, "group_code", "gruppens kod")
    group_name = _required_text(check, "group_name", "gruppens namn")
    region = check.region("region_code", context)
    rows = pd.DataFrame(
        {
            "group_set": group_set,
            "group_code": group_code,
            "group_name": group_name,
            "region_code": region,
        }
    )
    names_per_group = rows.groupby(["group_set", "group_code"])["group_name"].transform("nunique")
    check.report(
        "group_name",
        (names_per_group > 1).to_numpy(),
        group_name,
        lambda v: f"{quote(v)}: gruppen har ett annat namn på en annan rad; en grupp har ett namn.",
    )
    return rows, None


def _node(check: Checker, context: Context, side: str) -> tuple[pd.Series, pd.Series]:
    kind = check.vocabulary(f"{side}_kind", NODE_KIND_SPELLINGS, "objective eller target")
    identifier = check.text(f"{side}_id")
    objective_ids = {str(o) for o in context.objectives}
    known = np.where(
        kind == "objective",
        identifier.isin(objective_ids),
        np.where(kind == "target", identifier.isin(context.targets), True),
    )
    check.report(
        f"{side}_id",
        ~known.astype(bool),
        identifier,
        lambda v: (
            f"{quote(v)} är varken ett miljömål (0–16) eller ett Agenda 2030-delmål "
            "(t.ex. 6.3) som finns i databasen."
        ),
    )
    return kind, identifier


def _interactions(check: Checker, context: Context) -> tuple[pd.DataFrame, None]:
    from_kind, from_id = _node(check, context, "from")
    to_kind, to_id = _node(check, context, "to")
    score = check.integer("score", -3, 3, "ett heltal")
    rationale = _required_text(check, "rationale", "en motivering")
    confidence = check.vocabulary("confidence", CONFIDENCE_SPELLINGS, "low, medium eller high")
    check.frame["context"] = check.text("context").replace("", "00")
    region = check.region("context", context)
    rows = pd.DataFrame(
        {
            "from_kind": from_kind,
            "from_id": from_id,
            "to_kind": to_kind,
            "to_id": to_id,
            "score": score,
            "rationale": rationale,
            "confidence": confidence,
            "context": region,
        }
    )
    return rows, None


VALIDATORS: dict[str, Validator] = {
    "values": _values,
    "assessments": _assessments,
    "indicators": _indicators,
    "region_groups": _region_groups,
    "interactions": _interactions,
}
