"""Clicks on a chart: a point selection added to the spec that the page draws (never to the
spec that goes into a presentation or a download, whose allow-list has no ``params``)."""

from __future__ import annotations

import copy
from typing import Any

import streamlit as st


def clickable(spec: dict[str, Any], name: str, fields: list[str]) -> dict[str, Any]:
    """A copy of ``spec`` where a click on a mark of its first layer selects ``fields``."""
    drawn = copy.deepcopy(spec)
    target = drawn["layer"][0] if "layer" in drawn else drawn
    target["params"] = [
        {"name": name, "select": {"type": "point", "fields": fields, "on": "click"}}
    ]
    return drawn


def clicked(key: str, name: str) -> dict[str, Any] | None:
    """The values of the clicked mark of the chart with ``key`` (selection ``name``), if any."""
    event = st.session_state.get(key)
    try:
        points = event["selection"][name]
    except (KeyError, TypeError):
        return None
    return points[0] if points else None
