"""Server-side run time of the admin page in AppTest, logged in, on a copy of a demo database.

python bench/admin_page.py
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path

from common import demo_database, seconds_of, start_app, use_database

RUNS = 5


def main() -> None:
    """Time the admin page's reruns and print the median and the slowest."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "rus.duckdb"
        shutil.copyfile(demo_database(folder, "demo.duckdb"), target)
        use_database(target)
        app = start_app(secrets={"admin_password": "bench-lösen"})
        app.switch_page("pages/admin/page.py").run()
        app.text_input(key="admin_pw").input("bench-lösen")
        app.button[0].click().run()
        assert not app.exception, app.exception
        times = [seconds_of(app.run) for _ in range(RUNS)]
        assert not app.exception, app.exception
        print(f"admin page, logged in, {RUNS} reruns (AppTest, server side):")
        print(f"  median {statistics.median(times):.3f} s, slowest {max(times):.3f} s")


if __name__ == "__main__":
    main()
