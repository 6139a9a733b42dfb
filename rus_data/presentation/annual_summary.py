"""The yearly deck's key messages in plain words, made from the data: the status of the
objectives, the assessments that changed, the objectives going the wrong way and the area
compared with Sweden (for Sweden: what the counties say)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from rus_data.presentation.annual_context import NATION, AnnualDeck
from rus_data.presentation.annual_frames import STATUS_RANK, changed_objectives
from rus_data.presentation.annual_texts import text

MAX_ITEMS = 4  # objectives named in one message; the rest are counted


def named_list(labels: list[str], language: str) -> str:
    """``"a, b och c"``; past :data:`MAX_ITEMS` the rest as "och 3 till"."""
    if len(labels) > MAX_ITEMS:
        rest = len(labels) - MAX_ITEMS + 1
        labels = [*labels[: MAX_ITEMS - 1], text("and_more", language, count=rest)]
        return ", ".join(labels[:-1]) + " " + labels[-1]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + text("and", language) + labels[-1]


def key_messages(
    deck: AnnualDeck,
    matrix: pd.DataFrame,
    changes: pd.DataFrame,
    counts: pd.DataFrame,
) -> tuple[str, ...]:
    """Four to five short sentences for the summary slide.

    ``matrix`` is the year's assessment matrix (every area and objective), ``changes`` the
    frame of the changes slide (``annual_frames.change_frame``), ``counts`` the indicator
    verdicts per objective of the trends slide.
    """
    language, year = deck.language, deck.year
    labels = dict(zip(matrix["objective_id"], matrix["objective"], strict=False))

    def label(objective_id: object) -> str:
        number = int(str(objective_id))
        return f"{number}. {labels[number]}"

    own = matrix[(matrix["region_code"] == deck.region_code) & matrix["status"].notna()]
    messages = [
        text(
            "summary_status",
            language,
            area=deck.area,
            year=year,
            total=len(own),
            ja=int((own["status"] == "JA").sum()),
            nara=int((own["status"] == "NÄRA").sum()),
            nej=int((own["status"] == "NEJ").sum()),
        )
    ]
    messages.append(_changes_message(changes, year, language, label))
    negative = own[own["trend"] == "NEGATIV"]["objective_id"].tolist()
    if negative:
        messages.append(
            text(
                "summary_negative",
                language,
                items=named_list([label(o) for o in negative], language),
            )
        )
    else:
        messages.append(text("summary_negative_none", language))
    wrong = counts[(counts["verdict"] == "wrong") & (counts["count"] > 0)]
    total = int(counts["count"].sum()) if len(counts) else 0
    if total:
        worst = wrong.sort_values(["count", "objective_id"], ascending=[False, True]).head(2)
        items = named_list(
            [f"{row.row_label} ({row.count})" for row in worst.itertuples(index=False)], language
        )
        key = "summary_indicators" if len(worst) else "summary_indicators_none"
        messages.append(
            text(
                key,
                language,
                wrong=int(wrong["count"].sum()),
                total=total,
                right=int(counts[counts["verdict"] == "right"]["count"].sum()),
                items=items,
            )
        )
    messages.append(_comparison_message(deck, matrix, own, language, label))
    return tuple(messages)


def _changes_message(
    changes: pd.DataFrame, year: int, language: str, label: Callable[[object], str]
) -> str:
    before = year - 1
    if not bool((changes["year"] == before).any()):
        return text("summary_changes_first", language, before=before)
    changed = changed_objectives(changes)
    if changed.empty:
        return text("summary_changes_none", language, before=before)
    better = [label(r.objective_id) for r in changed.itertuples() if r.direction > 0]
    worse = [label(r.objective_id) for r in changed.itertuples() if r.direction < 0]
    parts = []
    if better:
        parts.append(text("summary_better", language, items=named_list(better, language)))
    if worse:
        parts.append(text("summary_worse", language, items=named_list(worse, language)))
    return text("summary_changes", language, before=before, parts="; ".join(parts))


def _comparison_message(
    deck: AnnualDeck,
    matrix: pd.DataFrame,
    own: pd.DataFrame,
    language: str,
    label: Callable[[object], str],
) -> str:
    """The area against Sweden, objective by objective; for Sweden, the counties' verdicts."""
    if deck.region_code == NATION:
        counties = matrix[(matrix["level"] == "lan") & matrix["status"].notna()]
        reached = counties[counties["status"] == "JA"].groupby("objective_id").size()
        if reached.empty:
            return text("summary_counties_none", language, total=len(counties))
        best = int(reached.idxmax())
        return text(
            "summary_counties",
            language,
            ja=int(reached.sum()),
            total=len(counties),
            objective=label(best),
            count=int(reached.max()),
        )
    nation = matrix[(matrix["region_code"] == NATION) & matrix["status"].notna()]
    pairs = own.merge(nation, on="objective_id", suffixes=("", "_sweden"))
    pairs = pairs[pairs["status"].isin(STATUS_RANK) & pairs["status_sweden"].isin(STATUS_RANK)]
    if pairs.empty:
        return text("summary_sweden_none", language, area=deck.area)
    difference = pairs["status"].map(STATUS_RANK) - pairs["status_sweden"].map(STATUS_RANK)
    better = [label(o) for o in pairs[difference > 0]["objective_id"]]
    worse = [label(o) for o in pairs[difference < 0]["objective_id"]]
    return text(
        "summary_sweden",
        language,
        area=deck.area,
        same=int((difference == 0).sum()),
        total=len(pairs),
        better=named_list(better, language) if better else text("none_word", language),
        worse=named_list(worse, language) if worse else text("none_word", language),
    )
