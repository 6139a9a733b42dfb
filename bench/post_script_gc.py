"""Benchmark: what Streamlit's full garbage collection after every rerun costs
(``runner.postScriptGC``), at the memory a warm server holds.

Runs every page in AppTest (which never runs that collection itself) with a few choices each,
so the caches hold what a serving process holds, then times ``gc.collect()`` (what Streamlit
calls after each script run) and reruns a page 30 times with and without it, printing the
time per rerun and the resident memory after each series. Python's own generational
collection keeps running either way, so cycles are still freed without the full pass.
Run: ``python bench/post_script_gc.py [--db national]``
"""

from __future__ import annotations

import gc
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")

from common import demo_database, start_app, use_database

from ui.navigation import PAGES

VISITS = {
    "pages/trends/page.py": [{}, {"region": "14"}, {"tr_obj": "2"}],
    "pages/map/page.py": [{}, {"map_show": "change_pct"}],
    "pages/peers/page.py": [{}, {"peer_kommun": "1480"}],
}


def _rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> None:
    """Warm every page, then time the full collection and reruns with and without it."""
    with tempfile.TemporaryDirectory() as folder:
        use_database(demo_database(folder))
        for page in PAGES:
            for query in VISITS.get(page.script, [{}]):
                app = start_app(query)
                app.switch_page(page.script).run()
        app = start_app({})
        app.switch_page("pages/trends/page.py").run()
        collections = []
        for _ in range(5):
            app.run()
            started = time.perf_counter()
            gc.collect()
            collections.append((time.perf_counter() - started) * 1000)
        print(f"objects tracked by the collector: {len(gc.get_objects()):,}")
        print(f"full collection after a rerun: median {statistics.median(collections):.0f} ms")
        for label, collect in (("with the collection", True), ("without it", False)):
            times = []
            for _ in range(30):
                started = time.perf_counter()
                app.run()
                if collect:
                    gc.collect()
                times.append((time.perf_counter() - started) * 1000)
            print(
                f"  trends rerun {label:<20} median {statistics.median(times):5.0f} ms, "
                f"memory {_rss_mb():5.0f} MB (peak "
                f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
            )


if __name__ == "__main__":
    main()
