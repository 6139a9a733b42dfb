"""Validation of an import before anything is written: every problem, named by row and column.

This module maps a file's headers to the format's columns and runs the checks of its kind
(:mod:`rus_data.imports.kind_checks`) into a :class:`Plan`. :class:`Context` and
:func:`load_context` live in :mod:`rus_data.imports.context` and are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from rus_data.imports.cells import suggest
from rus_data.imports.checks import Checker, FileFacts
from rus_data.imports.context import Context, load_context
from rus_data.imports.issues import IssueList
from rus_data.imports.kind_checks import VALIDATORS
from rus_data.imports.kinds import GENDER_SPELLINGS, ImportKind
from rus_data.imports.memory import give_back_memory
from rus_data.imports.missing import MissingValues, merged, missing_mask, missing_values
from rus_data.imports.reading import RawTable, normalise_header

__all__ = ["Context", "Plan", "load_context", "map_columns", "validate"]


@dataclass
class Plan:
    """A validated import: the rows ready for the table, or the issues that stop it."""

    kind: ImportKind
    rows: pd.DataFrame
    issues: IssueList
    links: pd.DataFrame | None = None  # indicator → objective links of an indicators import
    missing: MissingValues = field(default_factory=MissingValues)


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
        hint = suggest(column, [normalise_header(h) for h in unknown])
        issues.add(table.header_row, column, f"kolumnen saknas i rubrikraden.{hint}")
    names = ", ".join(c.name for c in kind.columns)
    for header in unknown:
        issues.add(
            table.header_row, header, f"okänd kolumn; formatet {kind.name} har kolumnerna {names}."
        )
    if missing or unknown:
        return None
    frame = table.frame.rename(columns=renamed)
    for column in kind.columns:
        if column.name not in frame:
            frame[column.name] = ""
    return frame


VALUE_CHUNK_ROWS = 250_000  # a values file is checked in parts of this many rows


def _as_text(part: pd.DataFrame) -> pd.DataFrame:
    """A part of the file with every cell as text, as the checks take it (a categorical
    column of the lean reader becomes text for these rows only)."""
    cells = {c: part[c].astype(str) for c in part.columns if c != "__row__"}
    return pd.DataFrame({**cells, "__row__": part["__row__"].to_numpy()})


def _categorical(values: pd.Series, categories: list[str]) -> pd.Categorical:
    """``values`` as codes over ``categories``; a value outside them (already reported as
    an issue) becomes missing."""
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def _lean_values(rows: pd.DataFrame, context: Context) -> pd.DataFrame:
    """Checked value rows with their repeated texts as categoricals over the known codes, so
    that three million rows take tens of megabytes."""
    genders = sorted(set(GENDER_SPELLINGS.values()))
    return rows.assign(
        indicator_id=_categorical(rows["indicator_id"], sorted(context.indicator_units)),
        region_code=_categorical(rows["region_code"], sorted(context.regions)),
        gender=_categorical(rows["gender"], genders),
        year=rows["year"].astype("Int16"),  # checked to lie within 1970–2100
        __row__=rows["__row__"].astype(np.int32),  # a file has far fewer rows than 2**31
    )


@dataclass
class _Checked:
    """The checked parts of a file so far."""

    rows: list[pd.DataFrame] = field(default_factory=list)
    bad: list[np.ndarray] = field(default_factory=list)
    missing: list[MissingValues] = field(default_factory=list)
    links: pd.DataFrame | None = None


def _check_part(
    part: pd.DataFrame, kind: ImportKind, context: Context, issues: IssueList, facts: FileFacts
) -> tuple[pd.DataFrame, pd.DataFrame | None, np.ndarray] | None:
    """Check one part of the file; its rows, links and rejected rows (None if left empty)."""
    checker = Checker(part, issues, facts)
    rows, links = VALIDATORS[kind.name](checker, context)
    rows["__row__"] = part["__row__"].to_numpy()
    if kind.name == "values":
        rows = _lean_values(rows, context)
    return rows, links, checker.bad


def validate(table: RawTable, kind: ImportKind, context: Context) -> Plan:
    """Check every row of ``table`` as ``kind``; return the rows to write or the issues.

    A values file is checked in parts of :data:`VALUE_CHUNK_ROWS` rows, so that the text
    copies the checks make stay small; what depends on the whole file (the level of a
    region column's names, duplicates) is decided over the whole file.
    """
    issues = IssueList()
    frame = map_columns(table, kind, issues)
    if frame is None:
        return Plan(kind, pd.DataFrame(), issues)
    if frame.empty:
        issues.add(2, None, "filen har inga datarader under rubrikraden.")
        return Plan(kind, pd.DataFrame(), issues)
    size = VALUE_CHUNK_ROWS if kind.name == "values" else len(frame)
    facts = FileFacts(frame) if len(frame) > size else FileFacts()
    checked = _Checked()
    for start in range(0, len(frame), size):
        part = _as_text(frame.iloc[start : start + size])
        if kind.name == "values":
            marked = missing_mask(part["value"]).to_numpy()
            checked.missing.append(
                missing_values(part.loc[marked, "__row__"], part.loc[marked, "value"])
            )
            if marked.any():
                part = part.loc[~marked].reset_index(drop=True)
            if part.empty:
                continue
        rows, links, bad = _check_part(part, kind, context, issues, facts)
        checked.rows.append(rows)
        checked.bad.append(bad)
        checked.links = links
        give_back_memory()  # the text copies' memory, for the next part
    missing = merged(checked.missing) if checked.missing else MissingValues()
    if not checked.rows:
        issues.add(missing.rows[0], "value", f"filen har inga värden. {missing.text()}")
        return Plan(kind, pd.DataFrame(), issues, missing=missing)
    rows = checked.rows[0] if len(checked.rows) == 1 else pd.concat(checked.rows, ignore_index=True)
    checked.rows.clear()  # the parts are in ``rows`` now; holding both would double them
    whole = Checker(rows, issues)
    whole.bad = np.concatenate(checked.bad)
    whole.duplicates(rows[list(kind.key)], kind.key)
    give_back_memory()
    if issues:
        return Plan(kind, rows.iloc[0:0], issues, checked.links, missing)
    if whole.bad.any():  # every rejected row has an issue; a guard all the same
        rows = rows.loc[~whole.bad].reset_index(drop=True)
    return Plan(kind, rows, issues, checked.links, missing)
