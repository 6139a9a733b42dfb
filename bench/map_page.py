"""Server-side run time of the map page (AppTest), municipal map of all Sweden, once cached.

Run: ``python bench/map_page.py`` (builds a demo database in a temporary folder unless
``RUS_DB`` points at one). Prints the median and spread of reruns and the deck JSON size.
"""

from __future__ import annotations

import statistics
import time

from common import ensure_demo_database, start_app
from streamlit.testing.v1 import AppTest

RUNS = 15


def _time_reruns(app: AppTest, label: str) -> None:
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        app.run()
        timings.append((time.perf_counter() - start) * 1000)
        assert not app.exception, app.exception
    deck = app.get("deck_gl_json_chart")[0].proto
    size = len(deck.json.encode("utf-8")) + len(deck.tooltip.encode("utf-8"))
    print(
        f"{label}: median {statistics.median(timings):.0f} ms, "
        f"min {min(timings):.0f} ms, max {max(timings):.0f} ms over {RUNS} reruns; "
        f"deck JSON {size / 1000:.0f} kB, whole page {_page_bytes(app._tree) / 1000:.0f} kB"
    )


def _page_bytes(node: object) -> int:
    proto = getattr(node, "proto", None)
    own = proto.ByteSize() if hasattr(proto, "ByteSize") else 0
    return own + sum(_page_bytes(c) for c in getattr(node, "children", {}).values())


def main() -> None:
    """Open the page once (fills the caches), then time reruns of each view."""
    ensure_demo_database("rus.duckdb")
    for label, query in [
        ("municipal map, all Sweden", {}),
        ("municipal change in %, all Sweden", {"map_show": "change_pct", "map_base": "2015"}),
        ("county map", {"map_level": "lan"}),
        ("assessment map", {"map_mode": "assessment"}),
    ]:
        app = start_app(query, timeout=60)
        app.switch_page("pages/map/page.py").run()
        _time_reruns(app, label)


if __name__ == "__main__":
    main()
