"""Validation of an import before anything is written: every problem, named by row and column.

This module maps a file's headers to the format's columns and runs the checks of its kind
(:mod:`rus_data.imports.kind_checks`) into a :class:`Plan`. :class:`Context` and
:func:`load_context` live in :mod:`rus_data.imports.context` and are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from rus_data.imports.cells import suggest
from rus_data.imports.checks import Checker
from rus_data.imports.context import Context, load_context
from rus_data.imports.issues import IssueList
from rus_data.imports.kind_checks import VALIDATORS
from rus_data.imports.kinds import ImportKind
from rus_data.imports.missing import MissingValues, missing_mask, missing_values
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


def validate(table: RawTable, kind: ImportKind, context: Context) -> Plan:
    """Check every row of ``table`` as ``kind``; return the rows to write or the issues."""
    issues = IssueList()
    frame = map_columns(table, kind, issues)
    if frame is None:
        return Plan(kind, pd.DataFrame(), issues)
    missing = MissingValues()
    if kind.name == "values" and not frame.empty:
        marked = missing_mask(frame["value"]).to_numpy()
        missing = missing_values(frame.loc[marked, "__row__"], frame.loc[marked, "value"])
        if marked.any():
            frame = frame.loc[~marked].reset_index(drop=True)
        if frame.empty:
            issues.add(missing.rows[0], "value", f"filen har inga värden. {missing.text()}")
            return Plan(kind, pd.DataFrame(), issues, missing=missing)
    if frame.empty:
        issues.add(2, None, "filen har inga datarader under rubrikraden.")
        return Plan(kind, pd.DataFrame(), issues)
    checker = Checker(frame, issues)
    validator = VALIDATORS[kind.name]
    rows, links = validator(checker, context)
    rows["__row__"] = frame["__row__"].to_numpy()
    checker.duplicates(rows[list(kind.key)], kind.key)
    rows = rows.loc[~checker.bad].reset_index(drop=True) if not issues else rows.iloc[0:0]
    return Plan(kind, rows, issues, links, missing)
