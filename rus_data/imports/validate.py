"""Validation of an import before anything is written: every problem, named by row and column.

The checks work on whole columns (pandas), so a million rows validate in seconds. Each check
returns the cleaned column and records an issue for every row it rejects.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from rus_data.imports.issues import MAX_LISTED_ISSUES, IssueList
from rus_data.imports.kinds import (
    AGGREGATION_SPELLINGS,
    BETTER_SPELLINGS,
    CONFIDENCE_SPELLINGS,
    GENDER_SPELLINGS,
    LEVEL_SPELLINGS,
    NODE_KIND_SPELLINGS,
    STATUS_SPELLINGS,
    TREND_SPELLINGS,
    ImportKind,
)
from rus_data.imports.reading import RawTable, normalise_header

MAX_ABS_VALUE = 1e15
ID_PATTERN = r"^[A-Za-z0-9_\-]{1,64}$"


@dataclass(frozen=True)
class Context:
    """What the database already knows, against which a file is checked."""

    regions: dict[str, str]
    region_levels: dict[str, str]
    indicator_units: dict[str, str]
    objectives: frozenset[int]
    targets: frozenset[str]
    scope: frozenset[tuple[int, str]]


def load_context(connection: duckdb.DuckDBPyConnection) -> Context:
    """Read regions, indicators, objectives, SDG targets and the assessment scope."""
    cursor = connection.cursor()
    try:
        regions = cursor.execute("SELECT code, name, level FROM region").fetchall()
        indicators = cursor.execute("SELECT id, unit FROM indicator").fetchall()
        objectives = cursor.execute("SELECT id FROM objective").fetchall()
        targets = cursor.execute("SELECT id FROM sdg_target").fetchall()
        scope = cursor.execute("SELECT objective_id, region_code FROM assessment_scope").fetchall()
    finally:
        cursor.close()
    return Context(
        regions={code: name for code, name, _ in regions},
        region_levels={code: level for code, _, level in regions},
        indicator_units=dict(indicators),
        objectives=frozenset(int(o) for (o,) in objectives),
        targets=frozenset(t for (t,) in targets),
        scope=frozenset((int(o), r) for o, r in scope),
    )


@dataclass
class Plan:
    """A validated import: the rows ready for the table, or the issues that stop it."""

    kind: ImportKind
    rows: pd.DataFrame
    issues: IssueList
    links: pd.DataFrame | None = None  # indicator → objective links of an indicators import


def _quote(value: object) -> str:
    text = str(value)
    return f"”{text[:40]}…”" if len(text) > 40 else f"”{text}”"


class _Checker:
    """Column checks over one table; records issues with the row numbers of the file."""

    def __init__(self, frame: pd.DataFrame, issues: IssueList) -> None:
        self.frame = frame
        self.rows = frame["__row__"].to_numpy()
        self.issues = issues
        self.bad = np.zeros(len(frame), dtype=bool)

    def text(self, column: str) -> pd.Series:
        return self.frame[column].astype(str).str.strip() if column in self.frame else None

    def report(self, column: str, mask: np.ndarray, values: pd.Series, message) -> None:
        """Record an issue for every row in ``mask``; ``message`` maps a value to text."""
        mask = np.asarray(mask, dtype=bool)
        self.bad |= mask
        positions = np.flatnonzero(mask)
        room = max(MAX_LISTED_ISSUES - len(self.issues.items), 0)
        cache: dict[str, str] = {}
        for position in positions[:room]:
            value = values.iloc[position] if isinstance(values, pd.Series) else values[position]
            key = str(value)
            if key not in cache:
                cache[key] = message(value)
            self.issues.add(int(self.rows[position]), column, cache[key])
        self.issues.total += max(len(positions) - room, 0)  # counted, not listed

    def required(self, column: str, what: str) -> pd.Series:
        values = self.text(column)
        empty = (values == "").to_numpy()
        self.report(column, empty, values, lambda _v: f"värde saknas; väntade {what}.")
        return values

    def vocabulary(self, column: str, spellings: dict[str, str], allowed: str) -> pd.Series:
        raw = self.text(column)
        mapped = raw.str.upper().map(spellings)
        invalid = mapped.isna().to_numpy()
        self.report(
            column, invalid, raw, lambda v: f"{_quote(v)} är inte tillåtet; väntade {allowed}."
        )
        return mapped

    def integer(self, column: str, low: int, high: int, what: str) -> pd.Series:
        raw = self.text(column)
        number = _to_float(raw.str.replace(",", ".", regex=False))
        whole = number.notna() & np.isfinite(number) & (number == np.floor(number))
        inside = whole & (number >= low) & (number <= high)
        self.report(
            column,
            (~inside).to_numpy(),
            raw,
            lambda v: f"{_quote(v)} är inte {what} ({low}–{high}).",
        )
        return number.where(inside).astype("Int64")

    def identifier(self, column: str, what: str) -> pd.Series:
        raw = self.text(column)
        ok = raw.str.fullmatch(ID_PATTERN).fillna(False).to_numpy()
        self.report(
            column,
            ~ok,
            raw,
            lambda v: f"{_quote(v)} är inget giltigt {what}; använd bokstäver, siffror, _ och -.",
        )
        return raw

    def region(self, column: str, context: Context, levels: set[str] | None = None) -> pd.Series:
        raw = self.text(column)
        # Excel drops leading zeros: "1" is county 01 and "180" municipality 0180.
        one_digit = raw.str.fullmatch(r"\d").fillna(False)
        three_digits = raw.str.fullmatch(r"\d{3}").fillna(False)
        codes = raw.mask(one_digit, raw.str.zfill(2)).mask(three_digits, raw.str.zfill(4))
        is_code = codes.isin(context.regions.keys())
        codes = codes.where(is_code)
        if not is_code.all():  # names such as "Uppsala län" or "Håbo"
            by_name = {name.lower(): code for code, name in context.regions.items()}
            named = raw[~is_code].str.lower().map(by_name)
            codes.loc[named.index] = named
        known = codes.notna().to_numpy()
        self.report(column, ~known, raw, lambda v: _unknown_region(str(v), context))
        if levels:
            level = codes.map(context.region_levels)
            wrong = known & ~level.isin(levels).to_numpy()
            self.report(
                column,
                wrong,
                raw,
                lambda v: (
                    f"{_quote(v)} är inte tillåten här; väntade "
                    + " eller ".join(_LEVEL_WORDS[lv] for lv in sorted(levels))
                    + "."
                ),
            )
            codes = codes.where(~pd.Series(wrong, index=codes.index))
        return codes

    def number(self, column: str) -> pd.Series:
        raw = self.text(column)
        fast = _to_float(raw.str.replace(",", ".", regex=False), strict=True)
        if fast is not None:
            ok = (np.isfinite(fast) & (fast.abs() <= MAX_ABS_VALUE)).to_numpy()
            self.report(column, ~ok, raw, _not_a_number)
            return fast.where(ok)
        cleaned = raw.str.replace(r"[\s\u00a0\u202f]", "", regex=True)
        has_comma = cleaned.str.contains(",", regex=False)
        has_dot = cleaned.str.contains(".", regex=False)
        cleaned = cleaned.mask(has_comma & ~has_dot, cleaned.str.replace(",", ".", regex=False))
        number = pd.to_numeric(cleaned.where(~(has_comma & has_dot)), errors="coerce")
        ok = (number.notna() & np.isfinite(number) & (number.abs() <= MAX_ABS_VALUE)).to_numpy()
        self.report(column, ~ok, raw, _not_a_number)
        return number.where(ok)

    def duplicates(self, key_frame: pd.DataFrame, key_names: tuple[str, ...]) -> None:
        usable = ~self.bad & key_frame.notna().all(axis=1).to_numpy()
        keys = key_frame.loc[usable].astype(str)
        if keys.empty:
            return
        doubled = keys.duplicated(keep=False).to_numpy()
        if not doubled.any():
            return
        rows = pd.Series(self.rows[usable], index=keys.index)
        first = rows.groupby([keys[c] for c in keys.columns]).transform("min")
        repeat = doubled & (rows != first).to_numpy()
        names = ", ".join(key_names)
        for row, original in zip(rows[repeat], first[repeat], strict=True):
            self.issues.add(int(row), None, f"samma {names} som rad {int(original)} (dubblett).")
        self.bad[np.flatnonzero(usable)[repeat]] = True


def _to_float(text: pd.Series, *, strict: bool = False) -> pd.Series | None:
    """Text parsed as floats. Tries Arrow's fast cast of the whole column first; when some
    cell is not a number, returns None if ``strict``, else parses cell by cell (NaN if bad)."""
    try:
        array = pa.array(text, type=pa.string(), from_pandas=True)
        parsed = pc.cast(array, pa.float64())
        if parsed.null_count == 0:
            return pd.Series(parsed.to_numpy(zero_copy_only=False), index=text.index)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        pass
    if strict:
        return None
    return pd.to_numeric(text, errors="coerce").astype("float64")


_LEVEL_WORDS = {"riket": "Sverige (00)", "lan": "ett län (01–25)", "kommun": "en kommun"}


def _not_a_number(value: object) -> str:
    text = str(value)
    if not text.strip():
        return "värde saknas; väntade ett tal (saknade värden lämnas bort i stället för 0)."
    return f"{_quote(text)} är inget tal; väntade t.ex. 12,5 eller 12.5."


def _nearest_code(value: str, context: Context) -> str | None:
    """For a numeric code: the known code of the same length nearest in number, same county
    first; None when the value is not a number."""
    if not value.isdigit() or len(value) not in (2, 4):
        return None
    same_length = [c for c in context.regions if len(c) == len(value)]
    same_county = [c for c in same_length if c[:2] == value[:2]] or same_length
    return min(same_county, key=lambda c: (abs(int(c) - int(value)), c)) if same_county else None


def _unknown_region(value: str, context: Context) -> str:
    if not value:
        return "regionkod saknas; väntade 00, länskod 01–25 eller kommunkod med fyra siffror."
    code = _nearest_code(value, context)
    if code is None:
        candidates = list(context.regions) + list(context.regions.values())
        close = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
        if close:
            code = close[0] if close[0] in context.regions else _code_of(close[0], context)
    hint = f" Menade du {code} ({context.regions[code]})?" if code else ""
    return f"okänd regionkod {_quote(value)}; väntade 00, 01–25 eller fyrsiffrig kommunkod.{hint}"


def _code_of(name: str, context: Context) -> str:
    return next(code for code, n in context.regions.items() if n == name)


def _suggest(value: str, known: list[str]) -> str:
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    return f" Menade du ”{close[0]}”?" if close else ""


def map_columns(table: RawTable, kind: ImportKind, issues: IssueList) -> pd.DataFrame | None:
    """Rename headers to the format's columns; report missing and unknown columns on row 1."""
    aliases = kind.alias_map()
    renamed = {}
    unknown = []
    for header in table.frame.columns:
        if header == "__row__":
            continue
        canonical = aliases.get(normalise_header(header))
        if canonical is None or canonical in renamed.values():
            unknown.append(header)
        else:
            renamed[header] = canonical
    missing = [c for c in kind.required if c not in renamed.values()]
    for column in missing:
        hint = _suggest(column, [normalise_header(h) for h in unknown])
        issues.add(1, column, f"kolumnen saknas i rubrikraden.{hint}")
    names = ", ".join(c.name for c in kind.columns)
    for header in unknown:
        issues.add(1, header, f"okänd kolumn; formatet {kind.name} har kolumnerna {names}.")
    if missing or unknown:
        return None
    frame = table.frame.rename(columns=renamed)
    for column in kind.columns:
        if column.name not in frame:
            frame[column.name] = ""
    return frame


def validate(table: RawTable, kind: ImportKind, context: Context) -> Plan:
    """Check every row of ``table`` as ``kind``; return the rows to write or the issues."""
    issues = IssueList()
    frame = map_columns(table, kind, issues)
    if frame is None:
        return Plan(kind, pd.DataFrame(), issues)
    if frame.empty:
        issues.add(2, None, "filen har inga datarader under rubrikraden.")
        return Plan(kind, pd.DataFrame(), issues)
    checker = _Checker(frame, issues)
    validator = _VALIDATORS[kind.name]
    rows, links = validator(checker, context)
    rows["__row__"] = frame["__row__"].to_numpy()
    checker.duplicates(rows[list(kind.key)], kind.key)
    rows = rows.loc[~checker.bad].reset_index(drop=True) if not issues else rows.iloc[0:0]
    return Plan(kind, rows, issues, links)


def _latest_year() -> int:
    return date.today().year + 1


def _values(check: _Checker, context: Context) -> tuple[pd.DataFrame, None]:
    indicator = check.text("indicator_id")
    known = indicator.isin(context.indicator_units.keys()).to_numpy()
    names = sorted(context.indicator_units)
    check.report(
        "indicator_id",
        ~known,
        indicator,
        lambda v: (
            f"okänd indikator {_quote(v)}; importera indikatordefinitionen först "
            f"(typ indicators).{_suggest(str(v), names)}"
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


def _assessments(check: _Checker, context: Context) -> tuple[pd.DataFrame, None]:
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
    comment = check.text("comment").replace("", None)
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


def _indicators(check: _Checker, context: Context) -> tuple[pd.DataFrame, pd.DataFrame]:
    identifier = check.identifier("id", "indikator-id")
    texts = {c: check.required(c, "text") for c in ("name_sv", "name_en", "unit", "unit_en")}
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
                int(row), "objectives", f"{_quote(part)} är inget miljömålsnummer (0–16)."
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
            "description_sv": check.text("description_sv").replace("", None),
            "description_en": check.text("description_en").replace("", None),
        }
    )
    link_frame = pd.DataFrame(links, columns=["indicator_id", "objective_id"]).drop_duplicates()
    return rows, link_frame


def _region_groups(check: _Checker, context: Context) -> tuple[pd.DataFrame, None]:
    group_set = check.identifier("group_set", "indelningsnamn")
    group_code = check.required("group_code", "gruppens kod")
    group_name = check.required("group_name", "gruppens namn")
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
        lambda v: (
            f"{_quote(v)}: gruppen har ett annat namn på en annan rad; en grupp har ett namn."
        ),
    )
    return rows, None


def _node(check: _Checker, context: Context, side: str) -> tuple[pd.Series, pd.Series]:
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
            f"{_quote(v)} är varken ett miljömål (0–16) eller ett Agenda 2030-delmål "
            "(t.ex. 6.3) som finns i databasen."
        ),
    )
    return kind, identifier


def _interactions(check: _Checker, context: Context) -> tuple[pd.DataFrame, None]:
    from_kind, from_id = _node(check, context, "from")
    to_kind, to_id = _node(check, context, "to")
    score = check.integer("score", -3, 3, "ett heltal")
    rationale = check.required("rationale", "en motivering")
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


_VALIDATORS = {
    "values": _values,
    "assessments": _assessments,
    "indicators": _indicators,
    "region_groups": _region_groups,
    "interactions": _interactions,
}
