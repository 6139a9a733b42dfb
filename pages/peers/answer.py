"""Jämför kommuner's answer before the controls: in which third of the group the municipality
stands on the profile's indicators."""

from __future__ import annotations

import pandas as pd

from rus_data.peers.charts import STANDING_STYLES
from rus_data.peers.profile import standing_counts
from rus_data.text import t


def standing_parts(standing: pd.DataFrame, language: str) -> list[tuple[str, str]]:
    """``(label, value)`` pairs: "▲ Bästa tredjedelen: 3 av 8 indikatorer", … (thirds with
    no indicator left out; indicators without a standing last)."""
    counts = standing_counts(standing)
    total = len(standing)
    parts = [
        (
            f"{style.symbol} {style.label(language)}",
            t("peers_answer_count", language, count=n, total=total),
        )
        for code, style in STANDING_STYLES.items()
        if (n := counts[code])
    ]
    if counts["missing"]:
        parts.append((t("peers_answer_missing", language), str(counts["missing"])))
    return parts
