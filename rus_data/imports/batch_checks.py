"""The last check before anything is written: numbers and free texts, on every path in.

File imports, the emissions file and the Kolada and SCB syncs check their own input with
messages that name a row or a KPI; this check runs on whatever reaches the writer, so no
path can bring in an infinite or absurd number or an unbounded text even if it forgot to.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from rus_data.imports.bounds import (
    OUT_OF_RANGE,
    TEXT_RULES,
    bad_numbers,
    bad_texts,
    shown,
    text_problem,
)
from rus_data.imports.issues import IssueList

_KEY_COLUMNS = ("id", "indicator_id", "region_code", "year", "gender", "group_code")


def _where(frame: pd.DataFrame, position: int) -> tuple[int | None, str]:
    """The file row of a position, or (for API rows) a prefix naming its key."""
    if "__row__" in frame and not pd.isna(frame["__row__"].iloc[position]):
        return int(frame["__row__"].iloc[position]), ""
    key = [f"{c}={frame[c].iloc[position]}" for c in _KEY_COLUMNS if c in frame]
    return None, f"{', '.join(key)}: " if key else ""


def frame_issues(frame: pd.DataFrame | None, *, numbers: tuple[str, ...] = ()) -> IssueList:
    """Issues for every free-text cell past its bound and every bad number in ``frame``."""
    issues = IssueList()
    if frame is None or frame.empty:
        return issues
    for column in frame.columns:
        rule = TEXT_RULES.get(str(column))
        if rule is None:
            continue
        texts = frame[column]
        suspect = bad_texts(texts, rule)
        for position in np.flatnonzero(suspect)[:50]:
            row, prefix = _where(frame, int(position))
            problem = text_problem(str(texts.iloc[position]), rule) or "ogiltig text."
            issues.add(row, str(column), prefix + problem)
        issues.total += max(int(suspect.sum()) - 50, 0)
    for column in numbers:
        if column not in frame:
            continue
        bad = bad_numbers(frame[column])
        for position in np.flatnonzero(bad)[:50]:
            row, prefix = _where(frame, int(position))
            value = shown(frame[column].iloc[position])
            issues.add(row, column, f"{prefix}{value} {OUT_OF_RANGE}.")
        issues.total += max(int(bad.sum()) - 50, 0)
    return issues


def field_issues(fields: dict[str, str | None]) -> IssueList:
    """Issues for the free texts of a source row (name, url, licence, description, who)."""
    issues = IssueList()
    for name, text in fields.items():
        rule = TEXT_RULES.get(name)
        problem = text_problem(text, rule) if rule is not None and text is not None else None
        if problem:
            issues.add(None, name, f"källans fält {name}: {problem}")
    return issues
