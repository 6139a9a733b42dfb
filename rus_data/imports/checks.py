"""Column checks over one import table, recording an issue for every row they reject.

The checks work on whole columns (pandas), so a million rows validate in seconds. Each check
returns the cleaned column; the rows it rejects are marked in :attr:`Checker.bad`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from rus_data.imports.bounds import TextRule, bad_numbers, bad_texts, text_problem
from rus_data.imports.cells import (
    ID_PATTERN,
    LEVEL_WORDS,
    ambiguous_region,
    not_a_number,
    quote,
    to_float,
    unknown_region,
)
from rus_data.imports.context import Context
from rus_data.imports.issues import MAX_LISTED_ISSUES, IssueList
from rus_data.reference.aliases import RegionAliases, Resolution


def _group(level: str) -> str:
    """``lan`` for the nation and the counties, ``kommun`` for the municipalities."""
    return "kommun" if level == "kommun" else "lan"


def _file_level(found: Iterable[Resolution], context: Context) -> str | None:
    """The one level group (``lan`` or ``kommun``) of a column's unambiguous names."""
    groups = {_group(context.region_levels[r.codes[0]]) for r in found if len(r.codes) == 1}
    return groups.pop() if len(groups) == 1 else None


def _packed_keys(keys: pd.DataFrame) -> np.ndarray | None:
    """Each row's key as one whole number (the columns' value codes in mixed radix), so that
    millions of keys compare without a text copy of each; None if the number could overflow."""
    codes, sizes = [], []
    for column in keys.columns:
        code, uniques = pd.factorize(keys[column])
        codes.append(code)
        sizes.append(max(len(uniques), 1))
    if math.prod(sizes) >= 2**62:
        return None
    return np.ravel_multi_index(codes, sizes)


class Checker:
    """Column checks over one table; records issues with the row numbers of the file."""

    def __init__(self, frame: pd.DataFrame, issues: IssueList) -> None:
        self.frame = frame
        self.rows = frame["__row__"].to_numpy()
        self.issues = issues
        self.bad = np.zeros(len(frame), dtype=bool)

    def text(self, column: str) -> pd.Series:
        """The column as stripped text (None if the table has no such column)."""
        return self.frame[column].astype(str).str.strip() if column in self.frame else None

    def report(
        self, column: str, mask: np.ndarray, values: pd.Series, message: Callable[[object], str]
    ) -> None:
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
        """The column as text; an empty cell is an issue."""
        values = self.text(column)
        empty = (values == "").to_numpy()
        self.report(column, empty, values, lambda _v: f"värde saknas; väntade {what}.")
        return values

    def free_text(self, column: str, rule: TextRule) -> pd.Series:
        """The column as stripped text; a text too long or with control characters is an issue."""
        values = self.text(column)
        bad = bad_texts(values, rule)
        self.report(column, bad, values, lambda v: text_problem(str(v), rule) or "ogiltig text.")
        return values

    def vocabulary(self, column: str, spellings: dict[str, str], allowed: str) -> pd.Series:
        """The column mapped through ``spellings`` (upper case); other values are issues."""
        raw = self.text(column)
        mapped = raw.str.upper().map(spellings)
        invalid = mapped.isna().to_numpy()
        self.report(
            column, invalid, raw, lambda v: f"{quote(v)} är inte tillåtet; väntade {allowed}."
        )
        return mapped

    def integer(self, column: str, low: int, high: int, what: str) -> pd.Series:
        """The column as whole numbers from ``low`` to ``high``; anything else is an issue."""
        raw = self.text(column)
        number = to_float(raw.str.replace(",", ".", regex=False))
        whole = number.notna() & np.isfinite(number) & (number == np.floor(number))
        inside = whole & (number >= low) & (number <= high)
        self.report(
            column,
            (~inside).to_numpy(),
            raw,
            lambda v: f"{quote(v)} är inte {what} ({low}–{high}).",
        )
        return number.where(inside).astype("Int64")

    def identifier(self, column: str, what: str) -> pd.Series:
        """The column as identifiers (letters, digits, ``_`` and ``-``, at most 64)."""
        raw = self.text(column)
        ok = raw.str.fullmatch(ID_PATTERN).fillna(False).to_numpy()
        self.report(
            column,
            ~ok,
            raw,
            lambda v: f"{quote(v)} är inget giltigt {what}; använd bokstäver, siffror, _ och -.",
        )
        return raw

    def region(self, column: str, context: Context, levels: set[str] | None = None) -> pd.Series:
        """The column as known region codes, optionally of ``levels`` only.

        Codes, names and the sources' own spellings resolve through one alias table
        (:mod:`rus_data.reference.aliases`). A name that is both a county and a municipality
        (``Region Gotland``) takes the level of the column's other rows, else it is an issue.
        """
        raw = self.text(column)
        aliases = RegionAliases(context.regions, context.region_levels)
        resolved = {value: aliases.resolve(value) for value in raw.unique()}
        file_level = _file_level(resolved.values(), context)
        choice: dict[str, str | None] = {}
        ambiguous: dict[str, tuple[str, ...]] = {}
        for value, found in resolved.items():
            codes = found.codes
            if len(codes) > 1 and levels:
                codes = tuple(c for c in codes if context.region_levels[c] in levels) or codes
            if len(codes) > 1 and file_level is not None:
                codes = tuple(c for c in codes if _group(context.region_levels[c]) == file_level)
            if len(codes) > 1:
                ambiguous[value] = codes
            choice[value] = codes[0] if len(codes) == 1 else None
        codes = raw.map(choice)
        doubtful = raw.isin(ambiguous.keys()).to_numpy()
        self.report(
            column, doubtful, raw, lambda v: ambiguous_region(str(v), ambiguous[str(v)], context)
        )
        known = codes.notna().to_numpy()
        hint_levels = levels or ({"riket", "lan"} if file_level == "lan" else None)
        if file_level == "kommun" and not levels:
            hint_levels = {"kommun"}
        self.report(
            column,
            ~known & ~doubtful,
            raw,
            lambda v: unknown_region(str(v), context, aliases, hint_levels),
        )
        if levels:
            level = codes.map(context.region_levels)
            wrong = known & ~level.isin(levels).to_numpy()
            self.report(
                column,
                wrong,
                raw,
                lambda v: (
                    f"{quote(v)} är inte tillåten här; väntade "
                    + " eller ".join(LEVEL_WORDS[lv] for lv in sorted(levels))
                    + "."
                ),
            )
            codes = codes.where(~pd.Series(wrong, index=codes.index))
        return codes

    def number(self, column: str) -> pd.Series:
        """The column as finite numbers within the sane range of
        :mod:`rus_data.imports.bounds` (decimal comma or point, spaces between thousands)."""
        raw = self.text(column)
        fast = to_float(raw.str.replace(",", ".", regex=False), strict=True)
        if fast is not None:
            ok = ~bad_numbers(fast)
            self.report(column, ~ok, raw, not_a_number)
            return fast.where(ok)
        cleaned = raw.str.replace(r"[\s\u00a0\u202f]", "", regex=True)
        has_comma = cleaned.str.contains(",", regex=False)
        has_dot = cleaned.str.contains(".", regex=False)
        cleaned = cleaned.mask(has_comma & ~has_dot, cleaned.str.replace(",", ".", regex=False))
        number = pd.to_numeric(cleaned.where(~(has_comma & has_dot)), errors="coerce")
        ok = ~bad_numbers(number.astype("float64"))
        self.report(column, ~ok, raw, not_a_number)
        return number.where(ok)

    def duplicates(self, key_frame: pd.DataFrame, key_names: tuple[str, ...]) -> None:
        """Mark every later row whose key repeats an earlier row's, naming that row."""
        usable = ~self.bad & key_frame.notna().all(axis=1).to_numpy()
        keys = key_frame if usable.all() else key_frame.loc[usable]
        if keys.empty:
            return
        packed = _packed_keys(keys)
        if packed is None:
            doubled = keys.astype(str).duplicated(keep=False).to_numpy()
            grouping: object = [keys[c].astype(str) for c in keys.columns]
        else:
            doubled = pd.Series(packed).duplicated(keep=False).to_numpy()
            grouping = packed
        if not doubled.any():
            return
        rows = pd.Series(self.rows[usable], index=keys.index)
        first = rows.groupby(grouping).transform("min")
        repeat = doubled & (rows != first).to_numpy()
        names = ", ".join(key_names)
        for row, original in zip(rows[repeat], first[repeat], strict=True):
            self.issues.add(int(row), None, f"samma {names} som rad {int(original)} (dubblett).")
        self.bad[np.flatnonzero(usable)[repeat]] = True
