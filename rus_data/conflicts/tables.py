"""Tables behind the conflicts and synergies page: labelled edges, rankings, goal sums, trends.

Pure functions on the frames from :mod:`rus_data.conflicts.queries` and
:mod:`rus_data.conflicts.workshop`; no database access and no Streamlit.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

from rus_data.conflicts.matrix import effective_interactions
from rus_data.text.formats import format_date, format_number
from rus_data.trends.stats import trend

Signal = Literal["helped", "threatened", "eased", "unclear"]
SCORE_LABELS: dict[int, tuple[str, str]] = {
    3: ("Odelbar", "Indivisible"),
    2: ("Förstärkande", "Reinforcing"),
    1: ("Möjliggörande", "Enabling"),
    0: ("Förenlig", "Consistent"),
    -1: ("Begränsande", "Constraining"),
    -2: ("Motverkande", "Counteracting"),
    -3: ("Omöjliggörande", "Cancelling"),
}
CONFIDENCE_LABELS = {
    "low": ("låg", "low"),
    "medium": ("medel", "medium"),
    "high": ("hög", "high"),
}


def score_label(score: int, language: str) -> str:
    """The name of a score on the seven-point scale, e.g. "+2 Förstärkande"."""
    sv, en = SCORE_LABELS[int(score)]
    return f"{format_number(score, 0, language, signed=True)} {en if language == 'en' else sv}"


def combined_interactions(starting: pd.DataFrame, adopted: pd.DataFrame) -> pd.DataFrame:
    """The database's interactions and adopted workshop scores in one frame, with priority."""
    frames = [starting.assign(priority=0)]
    if not adopted.empty:
        frames.append(adopted.assign(priority=1))
    return pd.concat(frames, ignore_index=True)


def labelled_edges(
    interactions: pd.DataFrame, nodes: pd.DataFrame, region_code: str, language: str
) -> pd.DataFrame:
    """The effective interaction per pair in a region, with node labels and display text.

    Adds ``from_label, to_label, from_short, to_short, to_goal, rationale, score_text,
    confidence_text, source_text, sign``.
    """
    edges = effective_interactions(interactions, region_code)
    lookup = nodes.set_index("key")
    is_en = language == "en"
    edges["from_label"] = edges["from_key"].map(lookup["label"])
    edges["to_label"] = edges["to_key"].map(lookup["label"])
    edges["from_short"] = edges["from_key"].map(lookup["short_label"])
    edges["to_short"] = edges["to_key"].map(lookup["short_label"])
    edges["to_goal"] = edges["to_key"].map(lookup["goal"]).astype(int)
    english = edges["rationale_en"].where(edges["rationale_en"].notna(), edges["rationale_sv"])
    edges["rationale"] = english if is_en else edges["rationale_sv"]
    edges["score_text"] = [score_label(s, language) for s in edges["score"]]
    edges["confidence_text"] = [
        CONFIDENCE_LABELS.get(c, (c, c))[1 if is_en else 0] for c in edges["confidence"]
    ]
    edges["source_text"] = [
        f"{name} ({format_date(date, language, 'iso')})"
        for name, date in zip(edges["source"], edges["source_date"], strict=True)
    ]
    edges["sign"] = np.sign(edges["score"]).astype(int)
    return edges


def ranked_interactions(edges: pd.DataFrame, sign: int, limit: int = 15) -> pd.DataFrame:
    """The strongest conflicts (``sign=-1``) or synergies (``sign=1``), strongest first.

    Ties are broken by confidence (high first), then by the pair's labels.
    """
    chosen = edges[np.sign(edges["score"]) == sign].copy()
    confidence_rank = {"high": 0, "medium": 1, "low": 2}
    chosen["_strength"] = -chosen["score"].abs()
    chosen["_confidence"] = chosen["confidence"].map(confidence_rank).fillna(3)
    chosen = chosen.sort_values(
        ["_strength", "_confidence", "from_key", "to_key"], kind="stable"
    ).head(limit)
    return chosen.drop(columns=["_strength", "_confidence"]).reset_index(drop=True)


def goal_summary(edges: pd.DataFrame) -> pd.DataFrame:
    """Objective → SDG goal: sums of the positive and negative scores, count and mean.

    Only edges from an objective to a target are used.
    """
    subset = edges[edges["from_key"].str.startswith("objective:")]
    subset = subset[subset["to_key"].str.startswith("target:")]
    grouped = subset.groupby(["from_key", "from_label", "from_short", "to_goal"], sort=False)
    summary = grouped["score"].agg(
        positive=lambda s: int(s[s > 0].sum()),
        negative=lambda s: int(s[s < 0].sum()),
        links="count",
        mean="mean",
    )
    return summary.reset_index()


def indicator_verdicts(values: pd.DataFrame, until_year: int | None = None) -> pd.DataFrame:
    """Trend verdict of each indicator series (``indicator_id, indicator, better, year,
    value``), using the years up to ``until_year``: columns ``indicator_id, indicator, unit,
    n, slope_per_year, p_value, verdict``.
    """
    if until_year is not None:
        values = values[values["year"] <= until_year]
    rows = []
    for (indicator_id, name, unit, better), series in values.groupby(
        ["indicator_id", "indicator", "unit", "better"], sort=False
    ):
        result = trend(series["year"].to_numpy(), series["value"].to_numpy(), better)
        rows.append(
            {
                "indicator_id": indicator_id,
                "indicator": name,
                "unit": unit,
                "n": result.n,
                "slope_per_year": result.slope_per_year,
                "p_value": result.p_value,
                "verdict": result.verdict,
            }
        )
    columns = ["indicator_id", "indicator", "unit", "n", "slope_per_year", "p_value", "verdict"]
    return pd.DataFrame(rows, columns=columns)


def target_signal(score: int, right: int, wrong: int) -> Signal:
    """What the objective's measured direction means for a linked target.

    The objective progresses when more of its indicators move the right way than the wrong
    way. Progress on an objective helps a target it supports (score > 0) and threatens a
    target it constrains (score < 0); a regress does the opposite (a constrained target is
    eased). No clear direction, or a score of 0, gives "unclear".
    """
    direction = int(np.sign(right - wrong))
    if direction == 0 or score == 0:
        return "unclear"
    if direction > 0:
        return "helped" if score > 0 else "threatened"
    return "threatened" if score > 0 else "eased"


def targets_with_trends(
    edges: pd.DataFrame, objective_id: int, verdicts: pd.DataFrame
) -> pd.DataFrame:
    """The objective's linked targets with score, rationale and the trend signal.

    Columns ``to_key, to_short, to_label, score, score_text, rationale, right, wrong,
    no_clear_change, too_few, signal``.
    """
    links = edges[
        (edges["from_key"] == f"objective:{objective_id}")
        & edges["to_key"].str.startswith("target:")
    ].copy()
    counts = verdicts["verdict"].value_counts()
    for verdict in ("right", "wrong", "no_clear_change", "too_few"):
        links[verdict] = int(counts.get(verdict, 0))
    links["signal"] = [
        target_signal(score, right, wrong)
        for score, right, wrong in zip(links["score"], links["right"], links["wrong"], strict=True)
    ]
    links = links.sort_values(["score", "to_key"], ascending=[False, True], kind="stable")
    columns = [
        "to_key",
        "to_short",
        "to_label",
        "score",
        "score_text",
        "rationale",
        "right",
        "wrong",
        "no_clear_change",
        "too_few",
        "signal",
    ]
    return links[columns].reset_index(drop=True)


def node_text(key: str, nodes: pd.DataFrame) -> str:
    """A node as "12 Levande skogar" or "15.5 Stoppa förlusten …"."""
    row = nodes.set_index("key").loc[key]
    return f"{row['short_label']} {row['label']}"


def pair_labels(pairs: list[tuple[str, str]], nodes: pd.DataFrame) -> dict[str, str]:
    """``"from→to"`` keys mapped to readable labels "1 Klimat → 12 Skogar"."""
    indexed = nodes.set_index("key")
    text = {k: f"{indexed.loc[k, 'short_label']} {indexed.loc[k, 'label']}" for k in indexed.index}
    return {f"{a}→{b}": f"{text.get(a, a)} → {text.get(b, b)}" for a, b in pairs}


def workshop_candidate_pairs(edges: pd.DataFrame, nodes: pd.DataFrame) -> list[tuple[str, str]]:
    """Pairs a workshop can score: every scored pair, then every objective pair not scored."""
    scored = list(zip(edges["from_key"], edges["to_key"], strict=True))
    already = set(scored)
    objective_keys = list(nodes.loc[nodes["kind"] == "objective", "key"])
    others = [
        (a, b) for a in objective_keys for b in objective_keys if a != b and (a, b) not in already
    ]
    return scored + others


def influence_nodes(edges: pd.DataFrame, nodes: pd.DataFrame, objectives_only: bool) -> list[str]:
    """The nodes of the influence matrix, in the nodes' sort order."""
    if objectives_only:
        return list(nodes.loc[nodes["kind"] == "objective", "key"])
    used = set(edges["from_key"]) | set(edges["to_key"])
    return [k for k in nodes["key"] if k in used]
