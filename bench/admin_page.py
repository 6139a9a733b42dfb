"""Server-side run time of the admin page in AppTest, logged in, on a copy of a demo database.

python bench/admin_page.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from rus_data.build import build_database  # noqa: E402
from rus_data.config import DEMO_SEED  # noqa: E402

RUNS = 5


def main() -> None:
    """Time the admin page's reruns and print the median and the slowest."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "demo.duckdb"
        build_database(source, DEMO_SEED, progress=lambda _m: None)
        target = Path(folder) / "rus.duckdb"
        shutil.copyfile(source, target)
        os.environ["RUS_DB"] = str(target)
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        app.secrets["admin_password"] = "bench"
        app.run()
        app.switch_page("pages/admin.py").run()
        app.text_input(key="admin_pw").input("bench")
        app.button[0].click().run()
        assert not app.exception, app.exception
        seconds = []
        for _ in range(RUNS):
            started = time.perf_counter()
            app.run()
            seconds.append(time.perf_counter() - started)
        assert not app.exception, app.exception
        print(f"admin page, logged in, {RUNS} reruns (AppTest, server side):")
        print(f"  median {statistics.median(seconds):.3f} s, slowest {max(seconds):.3f} s")


if __name__ == "__main__":
    main()
