"""Benchmark: the presentation page with the yearly deck of a county in its basket (AppTest).

Prints the run that puts the ready-made deck in the basket (slides built, 16 previews drawn),
the median of warm reruns (previews from ``st.cache_data``), and the median of reruns with
the data cache (which holds the rendered PNGs too) cleared first, which is what caching the
previews buys.
Run: ``python bench/presentation_page.py [--reruns 5]``
"""

from __future__ import annotations

import os
import statistics
import tempfile

# Quiet Streamlit before it is imported.
os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")

import streamlit as st
from common import count_option, demo_database, seconds_of, start_app, use_database
from streamlit.testing.v1 import AppTest


def timed(app: AppTest) -> float:
    """Run ``app`` once and return the seconds it took."""
    took = seconds_of(app.run)
    assert not app.exception, app.exception
    return took


def main() -> None:
    """Fill the basket with county 14's yearly deck and time the page's reruns."""
    reruns = count_option("reruns", 5)
    with tempfile.TemporaryDirectory() as folder:
        use_database(demo_database(folder))
        app = start_app({"region": "14"}, timeout=300)
        app.switch_page("pages/presentation/page.py").run()
        app.button(key="pres_annual_basket").click()
        filled = timed(app)
        count = len(app.session_state["_pres_basket"])
        warm = [timed(app) for _ in range(reruns)]
        cold = []
        for _ in range(reruns):
            st.cache_data.clear()
            cold.append(timed(app))
        print(f"basket of {count} slides from the yearly deck of county 14:")
        print(f"  run that fills the basket (slides + {count} previews): {filled:.2f} s")
        print(f"  warm rerun: median {statistics.median(warm) * 1000:.0f} ms")
        print(
            f"  rerun with st.cache_data and the PNG cache cleared: "
            f"median {statistics.median(cold):.2f} s"
        )


if __name__ == "__main__":
    main()
