"""Why a municipality is similar: per indicator, how far apart the two lie in standard
deviations (the same z-scores :func:`rus_data.peers.similarity.nearest` measures with), so the
page can name the few indicators that make it close and those that differ most."""

from __future__ import annotations

import pandas as pd

from rus_data.peers.similarity import standardise

TOP = 2
CONTRIBUTION_COLUMNS = [
    "region_code",
    "indicator_id",
    "z_target",
    "z_other",
    "gap",
    "value_target",
    "value_other",
]


def contributions(
    values: pd.DataFrame, target: str, codes: list[str], used: list[str]
) -> pd.DataFrame:
    """One row per neighbour in ``codes`` and indicator in ``used`` that both have: their
    z-scores (across all municipalities), ``gap`` = |z_other − z_target| and both values."""
    if not used or target not in values.index:
        return pd.DataFrame(columns=CONTRIBUTION_COLUMNS)
    z = standardise(values[used].astype(float))
    rows = []
    for code in codes:
        if code not in z.index:
            continue
        for indicator_id in used:
            z_target, z_other = z.at[target, indicator_id], z.at[code, indicator_id]
            if pd.isna(z_target) or pd.isna(z_other):
                continue
            rows.append(
                {
                    "region_code": code,
                    "indicator_id": indicator_id,
                    "z_target": float(z_target),
                    "z_other": float(z_other),
                    "gap": abs(float(z_other) - float(z_target)),
                    "value_target": float(values.at[target, indicator_id]),
                    "value_other": float(values.at[code, indicator_id]),
                }
            )
    return pd.DataFrame(rows, columns=CONTRIBUTION_COLUMNS)


def reasons(contribution: pd.DataFrame, top: int = TOP) -> dict[str, tuple[list[str], list[str]]]:
    """Per neighbour: the ``top`` indicators where the two lie closest, and the ``top`` where
    they differ most (only indicators not already among the closest)."""
    result: dict[str, tuple[list[str], list[str]]] = {}
    for code, group in contribution.groupby("region_code", sort=False):
        ordered = group.sort_values(["gap", "indicator_id"], kind="stable")
        close = list(ordered["indicator_id"].head(top))
        rest = ordered[~ordered["indicator_id"].isin(close)]
        far = list(
            rest.sort_values("gap", ascending=False, kind="stable")["indicator_id"].head(top)
        )
        result[str(code)] = (close, far)
    return result
