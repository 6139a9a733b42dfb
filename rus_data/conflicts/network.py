"""The network view of interactions: filtering edges and a reproducible layout (networkx)."""

from __future__ import annotations

from typing import Literal

import networkx as nx
import numpy as np
import pandas as pd

SignFilter = Literal["all", "positive", "negative"]
SIGN_FILTERS: tuple[SignFilter, ...] = ("all", "positive", "negative")
LAYOUT_SEED = 7


def filter_edges(
    edges: pd.DataFrame,
    threshold: int = 1,
    sign: SignFilter = "all",
    goals: list[int] | None = None,
) -> pd.DataFrame:
    """Edges with ``|score| ≥ threshold``, of one sign, touching targets of chosen goals.

    ``goals`` limits edges that end in a target to those goals; links between objectives are
    always kept. ``None`` or an empty list keeps every goal.
    """
    if sign not in SIGN_FILTERS:
        raise ValueError(f"Okänt tecken: {sign!r}")
    keep = edges["score"].abs() >= threshold
    if sign == "positive":
        keep &= edges["score"] > 0
    elif sign == "negative":
        keep &= edges["score"] < 0
    if goals:
        to_target = edges["to_key"].str.startswith("target:")
        keep &= ~to_target | edges["to_goal"].isin(goals)
    return edges[keep].reset_index(drop=True)


def network_layout(
    edges: pd.DataFrame, nodes: pd.DataFrame, seed: int = LAYOUT_SEED
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Positions of the nodes that have edges, and the edges with their end coordinates.

    Kamada–Kawai layout of the undirected graph when it is connected, otherwise a spring
    layout (stronger scores pull harder) with a fixed seed; both are deterministic. Conflicts
    come last so that they are drawn on top. Returns ``(positions, edges)``; positions have
    ``key, kind, label, short_label, x, y, size`` (size = number of links); edges get
    ``x, y, x2, y2, sign_name``.
    """
    graph = nx.Graph()
    for row in edges.itertuples(index=False):
        weight = abs(float(row.score)) or 0.5
        if graph.has_edge(row.from_key, row.to_key):
            graph[row.from_key][row.to_key]["weight"] += weight
        else:
            graph.add_edge(row.from_key, row.to_key, weight=weight)
    if graph.number_of_nodes() == 0:
        empty_nodes = pd.DataFrame(
            columns=["key", "kind", "label", "short_label", "x", "y", "size"]
        )
        return empty_nodes, edges.assign(x=[], y=[], x2=[], y2=[], sign_name=[])
    if nx.is_connected(graph):
        layout = nx.kamada_kawai_layout(graph, weight=None)
    else:
        layout = nx.spring_layout(
            graph, weight="weight", seed=seed, k=1.6 / np.sqrt(graph.number_of_nodes())
        )
    keys = sorted(layout)
    info = nodes.set_index("key")
    positions = pd.DataFrame(
        {
            "key": keys,
            "kind": [info.loc[k, "kind"] for k in keys],
            "label": [info.loc[k, "label"] for k in keys],
            "short_label": [info.loc[k, "short_label"] for k in keys],
            "x": [round(float(layout[k][0]), 4) for k in keys],
            "y": [round(float(layout[k][1]), 4) for k in keys],
            "size": [graph.degree(k) for k in keys],
        }
    )
    located = edges.copy()
    located["x"] = [round(float(layout[k][0]), 4) for k in located["from_key"]]
    located["y"] = [round(float(layout[k][1]), 4) for k in located["from_key"]]
    located["x2"] = [round(float(layout[k][0]), 4) for k in located["to_key"]]
    located["y2"] = [round(float(layout[k][1]), 4) for k in located["to_key"]]
    located["sign_name"] = np.select(
        [located["score"] > 0, located["score"] < 0], ["synergy", "conflict"], "neutral"
    )
    located = located.sort_values("score", ascending=False, kind="stable").reset_index(drop=True)
    return positions, located
