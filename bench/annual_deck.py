"""Benchmark: build the yearly follow-up deck, the slides alone and the finished .pptx.

Run: ``python bench/annual_deck.py [--runs 5]``. Builds a demo database in a temporary folder
and prints the time of ``annual_follow_up`` (slides and their specs, no rendering) for a county,
a mountain county and Sweden, then the one-click path of the presentation page: slides plus
``build_deck`` with every chart rendered afresh (the data layer keeps no PNG cache), and the
file's size.
"""

from __future__ import annotations

import statistics
import tempfile
import time

from common import count_option, demo_database, seconds_of

from rus_data.db.connect import connect
from rus_data.presentation.annual import annual_follow_up
from rus_data.presentation.pptx_deck import build_deck

AREAS = (("14", "Västra Götaland"), ("25", "Norrbotten"), ("00", "Sverige"))


def main() -> None:
    """Time ``annual_follow_up`` ``--runs`` times per area (after one warm-up) and print it."""
    runs = count_option("runs", 5)
    with tempfile.TemporaryDirectory() as folder:
        connection = connect(demo_database(folder), read_only=True)
        year = int(connection.execute("SELECT max(year) FROM assessment").fetchone()[0])
        first = seconds_of(lambda: annual_follow_up(connection, "14", year, "sv"))
        print(f"first deck (boundaries loaded on first use): {first:.2f} s")
        for code, name in AREAS:
            seconds = []
            for _ in range(runs):
                started = time.perf_counter()
                _, slides = annual_follow_up(connection, code, year, "sv")
                seconds.append(time.perf_counter() - started)
            size = sum(len(slide.spec_json.encode("utf-8")) for slide in slides)
            print(
                f"{code} {name:<16} {len(slides):>2} slides, specs {size / 1e6:.2f} MB: "
                f"median {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s "
                f"over {runs} runs"
            )
        for code, name in AREAS:
            started = time.perf_counter()
            info, slides = annual_follow_up(connection, code, year, "sv")
            deck = build_deck(slides, info)
            print(
                f"{code} {name:<16} one click to a finished deck ({len(slides) + 1} slides): "
                f"{time.perf_counter() - started:.2f} s, {len(deck) / 1e6:.2f} MB"
            )
        connection.close()


if __name__ == "__main__":
    main()
