"""Summaries for the start page: how many objectives have each status, and what changed."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from rus_data.db.schema import STATUSES


@dataclass(frozen=True)
class StatusSummary:
    """Counts of a region's assessments in one year."""

    assessed: int
    by_status: dict[str, int]
    changed_status: int


def status_summary(assessments: pd.DataFrame) -> StatusSummary:
    """Count statuses and changes from the year before in a frame from ``region_assessments``."""
    assessed = assessments[assessments["assessed"] & assessments["status"].notna()]
    by_status = {status: int((assessed["status"] == status).sum()) for status in STATUSES}
    had_previous = assessed[assessed["previous_status"].notna()]
    changed = int((had_previous["status"] != had_previous["previous_status"]).sum())
    return StatusSummary(assessed=len(assessed), by_status=by_status, changed_status=changed)
