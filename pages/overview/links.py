"""Where Översikt leads: a matrix cell or a card opens the objective's trends (the page
Trender) for that area."""

from __future__ import annotations

import streamlit as st

from ui.basket import current_query
from ui.chart_select import clicked

TRENDS = "pages/trends/page.py"
MATRIX_KEY = "overview_matrix_click"
CELL = "cell"
GO_TO_TRENDS = "_overview_go_to_trends"


def open_clicked_cell() -> None:
    """A click on a matrix cell: its county and objective, on the page Trender."""
    point = clicked(MATRIX_KEY, CELL)
    if point and point.get("region_code") and point.get("objective_id"):
        st.session_state["region"] = str(point["region_code"])
        st.session_state["tr_obj"] = int(point["objective_id"])
        st.session_state[GO_TO_TRENDS] = True


def trends_link(region_code: str, objective_id: int) -> dict[str, str]:
    """The query of the link from a card to the objective's trends in this area."""
    return {**current_query(), "region": region_code, "tr_obj": str(objective_id)}
