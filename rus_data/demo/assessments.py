"""Generates synthetic yearly assessments (status and trend) following the real scope.

Counties assess 13 objectives; objectives 1, 5 and 6 are assessed only nationally (00);
Storslagen fjällmiljö only in mountain counties and Hav i balans only in coastal counties.
Statuses are sticky from year to year, as real assessments are.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from rus_data.db.schema import STATUSES, TRENDS
from rus_data.reference.objectives import assessment_scope

ASSESSMENT_YEARS = tuple(range(2015, 2025))
ASSESSMENT_COLUMNS = ["objective_id", "region_code", "year", "status", "trend", "comment"]

# Starting probabilities of (JA, NÄRA, NEJ) per objective: most objectives are far from
# reached, a few are close; the synthetic data echoes that general picture only.
_STATUS_ODDS: dict[int, tuple[float, float, float]] = {
    1: (0.0, 0.0, 1.0),
    2: (0.15, 0.55, 0.30),
    3: (0.10, 0.45, 0.45),
    5: (0.9, 0.1, 0.0),
    6: (0.3, 0.6, 0.1),
    9: (0.15, 0.45, 0.40),
    14: (0.05, 0.35, 0.60),
}
_DEFAULT_STATUS_ODDS = (0.02, 0.18, 0.80)
# Probabilities of (POSITIV, NEUTRAL, NEGATIV, OKLAR).
_TREND_ODDS: dict[int, tuple[float, float, float, float]] = {
    2: (0.55, 0.35, 0.05, 0.05),
    3: (0.45, 0.40, 0.05, 0.10),
    5: (0.7, 0.3, 0.0, 0.0),
    12: (0.1, 0.35, 0.45, 0.10),
    13: (0.05, 0.35, 0.50, 0.10),
    16: (0.05, 0.30, 0.55, 0.10),
}
_DEFAULT_TREND_ODDS = (0.2, 0.45, 0.25, 0.10)
_STATUS_CHANGE = 0.12
_TREND_CHANGE = 0.22

_COMMENTS: dict[str, str] = {
    "POSITIV": "Exempeldata: utvecklingen går i riktning mot målet.",
    "NEUTRAL": "Exempeldata: ingen tydlig riktning i utvecklingen.",
    "NEGATIV": "Exempeldata: utvecklingen går bort från målet.",
    "OKLAR": "Exempeldata: underlaget räcker inte för att bedöma riktningen.",
}


def _next_status(current: int, odds: tuple[float, ...], rng: np.random.Generator) -> int:
    """Keep the status, or now and then redraw it from the objective's odds.

    Redrawing from the same odds keeps the share of each status steady over the years.
    """
    if rng.random() >= _STATUS_CHANGE:
        return current
    return int(rng.choice(len(STATUSES), p=odds))


def generate_assessments(seed: int) -> pd.DataFrame:
    """Synthetic assessments 2015–2024 for every (objective, region) pair in scope."""
    rng = np.random.default_rng([seed, 1])
    rows: list[tuple[int, str, int, str, str, str]] = []
    for objective_id, region_code in sorted(assessment_scope()):
        status_odds = _STATUS_ODDS.get(objective_id, _DEFAULT_STATUS_ODDS)
        trend_odds = _TREND_ODDS.get(objective_id, _DEFAULT_TREND_ODDS)
        status = int(rng.choice(len(STATUSES), p=status_odds))
        trend = int(rng.choice(len(TRENDS), p=trend_odds))
        for year in ASSESSMENT_YEARS:
            if year > ASSESSMENT_YEARS[0]:
                status = _next_status(status, status_odds, rng)
                if rng.random() < _TREND_CHANGE:
                    trend = int(rng.choice(len(TRENDS), p=trend_odds))
            trend_word = TRENDS[trend]
            rows.append(
                (
                    objective_id,
                    region_code,
                    year,
                    STATUSES[status],
                    trend_word,
                    _COMMENTS[trend_word],
                )
            )
    frame = pd.DataFrame(rows, columns=ASSESSMENT_COLUMNS)
    return frame.astype({"objective_id": "int32", "year": "int32"})
