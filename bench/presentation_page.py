"""Benchmark: the presentation page with the yearly deck of a county in its basket (AppTest).

Prints the run that puts the ready-made deck in the basket (slides built, 16 previews drawn),
the median of warm reruns (previews from ``st.cache_data``), and the median of reruns with
the data cache and the PNG cache cleared first, which is what caching the previews buys.
Run: ``python bench/presentation_page.py [--reruns 5]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")

import streamlit as st  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from rus_data.build import build_database  # noqa: E402
from rus_data.charts.export import chart_png  # noqa: E402
from rus_data.config import DEMO_SEED  # noqa: E402


def timed(app: AppTest) -> float:
    """Run ``app`` once and return the seconds it took."""
    started = time.perf_counter()
    app.run()
    assert not app.exception, app.exception
    return time.perf_counter() - started


def main() -> None:
    """Fill the basket with county 14's yearly deck and time the page's reruns."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--reruns", type=int, default=5)
    reruns = parser.parse_args().reruns
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        build_database(path, DEMO_SEED, lambda _message: None)
        os.environ["RUS_DB"] = str(path)
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        app.query_params["region"] = "14"
        app.run()
        app.switch_page("pages/presentation.py").run()
        app.button(key="pres_annual_basket").click()
        filled = timed(app)
        count = len(app.session_state["_pres_basket"])
        warm = [timed(app) for _ in range(reruns)]
        cold = []
        for _ in range(reruns):
            st.cache_data.clear()
            chart_png.cache_clear()
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
