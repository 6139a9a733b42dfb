"""Benchmark: what drawing in the render worker costs against vl-convert in this process.

Takes real specs from the yearly deck of Stockholms län (the status overview, the trend
summary and one map) and a tiny chart, and prints for each the median time per PNG (scale 2)
and SVG drawn in this process and by the worker, and the difference: the worker's overhead
(the pipe, the copy of spec and image, the checks). Also the worker's start (a fresh
interpreter, V8 and one small chart) and, for the largest spec, how many ticks another thread
of this process got while it was drawn (vl-convert holds the GIL in this process).

Run: ``python bench/render_worker.py [--runs 7]``
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable

import vl_convert
from common import count_option, demo_database, ticks_while

from rus_data.charts import render_worker
from rus_data.db.connect import connect
from rus_data.presentation.annual import annual_follow_up

TINY = json.dumps({"data": {"values": [{"a": 1, "b": 2}]}, "mark": "point"})


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    """Build the database and the specs, then time both ways of drawing."""
    runs = count_option("runs", 7)
    with tempfile.TemporaryDirectory() as folder:
        connection = connect(demo_database(folder), read_only=True)
        _, slides = annual_follow_up(connection, "01", 2024, "sv")
        connection.close()
    first_map = next(s for s in slides if s.kind == "map")
    specs = {"tiny": TINY, "overview": slides[0].spec_json, "trends": slides[2].spec_json}
    specs["map"] = first_map.spec_json
    started = time.perf_counter()
    render_worker.render("svg", TINY)
    print(f"worker start + first tiny chart: {(time.perf_counter() - started) * 1000:.0f} ms")
    vl_convert.vegalite_to_svg(TINY)  # V8 up in this process too
    print(
        f"{'spec':<9} {'kB':>5} | {'PNG here':>9} {'worker':>8} {'extra':>7} | "
        f"{'SVG here':>9} {'worker':>8} {'extra':>7}   (median ms of {runs})"
    )
    for name, spec in specs.items():
        png_here = _median_ms(lambda s=spec: vl_convert.vegalite_to_png(s, scale=2), runs)
        png_worker = _median_ms(lambda s=spec: render_worker.render("png", s, 2), runs)
        svg_here = _median_ms(lambda s=spec: vl_convert.vegalite_to_svg(s), runs)
        svg_worker = _median_ms(lambda s=spec: render_worker.render("svg", s), runs)
        print(
            f"{name:<9} {len(spec) / 1000:5.0f} | {png_here:9.0f} {png_worker:8.0f} "
            f"{png_worker - png_here:+7.0f} | {svg_here:9.0f} {svg_worker:8.0f} "
            f"{svg_worker - svg_here:+7.0f}"
        )
    largest = max(specs.values(), key=len)
    here = ticks_while(lambda: vl_convert.vegalite_to_png(largest, scale=2))
    worker = ticks_while(lambda: render_worker.render("png", largest, 2))
    print(
        f"another thread during the map's PNG: {here[1]} ticks in {here[0]:.2f} s in this "
        f"process, {worker[1]} ticks in {worker[0]:.2f} s with the worker (5 ms ticker)"
    )
    render_worker.stop_worker()


if __name__ == "__main__":
    main()
