"""Column checks over one import table, recording an issue for every row they reject.

The checks work on whole columns (pandas), so a million rows validate in seconds. Each check
returns the cleaned column; the rows it rejects are marked in :attr:`Checker.bad`.
"""

from __future__ import annotations

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
    millions of keys compare without a text copy of each; None if the number could overflow.
    Built in place, column by column: one array of the keys' length at a time."""
    packed = np.zeros(len(keys), dtype=np.int64)
    radix = 1
    for column in keys.columns:
        values = keys[column]
        if isinstance(values.dtype, pd.CategoricalDtype):  # the codes are there already
            code, size = values.cat.codes.to_numpy(), len(values.cat.categories)
        else:
            code, uniques = pd.factorize(values)
            size = len(uniques)
        radix *= max(size, 1)
        if radix >= 2**62:
            return None
        packed *= max(size, 1)
        packed += code
    return packed


def _repeated(packed: np.ndarray) -> np.ndarray:
    """True for every key that occurs more than once (all of its rows). One sorted copy of
    the keys finds the repeated ones; a hash table of millions of keys would take several."""
    ordered = np.sort(packed)
    repeats = ordered[1:][ordered[1:] == ordered[:-1]]
    del ordered
    if not len(repeats):
        return np.zeros(len(packed), dtype=bool)
    return np.isin(packed, np.unique(repeats))


class FileFacts:
    """What the check of one part of a file must know of the whole file: the distinct texts
    of a column (for the level of its region names), and the region aliases, built once.
    Without a frame the part is the whole file."""

    def __init__(self, frame: pd.DataFrame | None = None) -> None:
        self.frame = frame
        self._aliases: RegionAliases | None = None

    def aliases(self, context: Context) -> RegionAliases:
        """The alias table of the context's regions (built on first use)."""
        if self._aliases is None:
            self._aliases = RegionAliases(context.regions, context.region_levels)
        return self._aliases

    def distinct(self, column: str) -> list[str] | None:
        """The column's distinct stripped texts over the whole file; None without a frame."""
        if self.frame is None or column not in self.frame:
            return None
        values = self.frame[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            values = pd.Series(values.cat.categories)
        return list(pd.unique(values.astype(str).str.strip()))


class Checker:
    """Column checks over one table; records issues with the row numbers of the file."""

    def __init__(
        self, frame: pd.DataFrame, issues: IssueList, facts: FileFacts | None = None
    ) -> None:
        self.frame = frame
        self.rows = frame["__row__"].to_numpy()
        self.issues = issues
        self.bad = np.zeros(len(frame), dtype=bool)
        self.facts = facts or FileFacts()

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
        aliases = self.facts.aliases(context)
        resolved = {value: aliases.resolve(value) for value in raw.unique()}
        whole = self.facts.distinct(column)
        in_file = resolved.values() if whole is None else map(aliases.resolve, whole)
        file_level = _file_level(in_file, context)
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
            grouping: object = [keys[c].astype(str).to_numpy()[doubled] for c in keys.columns]
        else:
            doubled = _repeated(packed)
            grouping = packed[doubled]
        if not doubled.any():
            return
        # Only the rows whose key repeats take part in finding each key's first row.
        rows = pd.Series(self.rows[usable][doubled])
        first = rows.groupby(grouping).transform("min")
        repeat = (rows != first).to_numpy()
        names = ", ".join(key_names)
        for row, original in zip(rows[repeat], first[repeat], strict=True):
            self.issues.add(int(row), None, f"samma {names} som rad {int(original)} (dubblett).")
        self.bad[np.flatnonzero(usable)[doubled][repeat]] = True
