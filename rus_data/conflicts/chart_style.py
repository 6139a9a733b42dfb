"""The look and words shared by the conflicts charts: palettes, chart texts and tooltips.

Scores use a seven-step diverging ColorBrewer RdBu palette (conflicts red, synergies blue),
which people with the common colour-vision deficiencies can tell apart.
"""

from __future__ import annotations

import altair as alt

SCORE_DOMAIN = [-3, -2, -1, 0, 1, 2, 3]
SCORE_COLOURS = ["#B2182B", "#EF8A62", "#FDDBC7", "#F7F7F7", "#D1E5F0", "#67A9CF", "#2166AC"]
SIGN_COLOURS = {"conflict": "#B2182B", "synergy": "#2166AC", "neutral": "#777777"}
KIND_COLOURS = {"objective": "#009E73", "target": "#E69F00"}  # Okabe–Ito
QUADRANT_COLOURS = {  # Okabe–Ito
    "driver": "#0072B2",
    "hub": "#D55E00",
    "dependent": "#CC79A7",
    "autonomous": "#999999",
}

_LABELS = {
    "sv": {
        "from": "Påverkar (rad)",
        "from_column": "Miljömål som påverkar (kolumn)",
        "to": "Påverkas (kolumn)",
        "score": "Poäng",
        "rationale": "Motivering",
        "confidence": "Säkerhet",
        "source": "Källa",
        "scored_by": "Bedömd av",
        "objective": "Miljömål",
        "target": "Delmål",
        "goal": "Agenda 2030-mål",
        "objective_matrix": "Hur miljömålen påverkar varandra",
        "target_matrix": "Hur miljömålen påverkar delmål i Agenda 2030",
        "goal_matrix": "Miljömålen och de 17 globala målen (summa per mål)",
        "positive": "Summa synergier",
        "negative": "Summa konflikter",
        "links": "Antal samband",
        "mean": "Medelpoäng",
        "network": "Nätverk av samband",
        "kind": "Nodtyp",
        "kinds": {"objective": "Miljömål", "target": "Delmål (Agenda 2030)"},
        "sign": "Samband",
        "signs": {"conflict": "Konflikt (−)", "synergy": "Synergi (+)", "neutral": "Förenlig (0)"},
        "node": "Nod",
        "influence": "Påverkar andra (summa {part})",
        "influenced": "Påverkas av andra (summa {part})",
        "parts": {"positive": "synergier", "negative": "konflikter, belopp"},
        "orders": {1: "första ordningen", 2: "andra ordningen"},
        "influence_title": "Påverkan mot påverkbarhet, {part}, {order}",
        "quadrant": "Roll",
        "quadrants": {
            "driver": "Drivande",
            "hub": "Nav",
            "dependent": "Beroende",
            "autonomous": "Fristående",
        },
        "pair": "Par",
        "rater": "Bedömare",
        "mean_mark": "Medel",
        "spread_title": "Deltagarnas poäng per par (störst oenighet överst)",
        "comment": "Kommentar",
    },
    "en": {
        "from": "Affects (row)",
        "from_column": "Objective that affects (column)",
        "to": "Is affected (column)",
        "score": "Score",
        "rationale": "Rationale",
        "confidence": "Confidence",
        "source": "Source",
        "scored_by": "Scored by",
        "objective": "Objective",
        "target": "Target",
        "goal": "Agenda 2030 goal",
        "objective_matrix": "How the objectives affect each other",
        "target_matrix": "How the objectives affect Agenda 2030 targets",
        "goal_matrix": "The objectives and the 17 global goals (sum per goal)",
        "positive": "Sum of synergies",
        "negative": "Sum of conflicts",
        "links": "Number of links",
        "mean": "Mean score",
        "network": "Network of interactions",
        "kind": "Node type",
        "kinds": {"objective": "Objective", "target": "Target (Agenda 2030)"},
        "sign": "Link",
        "signs": {
            "conflict": "Conflict (−)",
            "synergy": "Synergy (+)",
            "neutral": "Consistent (0)",
        },
        "node": "Node",
        "influence": "Influences others (sum of {part})",
        "influenced": "Is influenced (sum of {part})",
        "parts": {"positive": "synergies", "negative": "conflicts, magnitude"},
        "orders": {1: "first order", 2: "second order"},
        "influence_title": "Influence versus being influenced, {part}, {order}",
        "quadrant": "Role",
        "quadrants": {
            "driver": "Driver",
            "hub": "Hub",
            "dependent": "Dependent",
            "autonomous": "Autonomous",
        },
        "pair": "Pair",
        "rater": "Rater",
        "mean_mark": "Mean",
        "spread_title": "Participants' scores per pair (most disagreement first)",
        "comment": "Comment",
    },
}


def labels(language: str) -> dict:
    """The chart texts in ``language``."""
    return _LABELS["en" if language == "en" else "sv"]


def score_scale() -> alt.Scale:
    """The colour scale of scores −3 … +3."""
    return alt.Scale(domain=SCORE_DOMAIN, range=SCORE_COLOURS)


def edge_tooltip(text: dict) -> list[alt.Tooltip]:
    """The tooltip of a scored pair: both nodes, score, rationale, confidence, rater, source."""
    return [
        alt.Tooltip("from_label:N", title=text["from"]),
        alt.Tooltip("to_label:N", title=text["to"]),
        alt.Tooltip("score_text:N", title=text["score"]),
        alt.Tooltip("rationale:N", title=text["rationale"]),
        alt.Tooltip("confidence_text:N", title=text["confidence"]),
        alt.Tooltip("scored_by:N", title=text["scored_by"]),
        alt.Tooltip("source_text:N", title=text["source"]),
    ]
