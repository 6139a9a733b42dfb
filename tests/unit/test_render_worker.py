"""The render worker: vl-convert draws in another process that never loads a URL, stops at its
time and memory limits and is replaced when it dies; the caller sees a ChartRenderError."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.common import ticks_while
from rus_data.charts import render_worker
from rus_data.charts.export import chart_png, chart_svg
from rus_data.charts.render_worker import ChartRenderError

GOOD = json.dumps(
    {
        "data": {"values": [{"a": n, "b": n * n} for n in range(50)]},
        "mark": "line",
        "encoding": {
            "x": {"field": "a", "type": "quantitative"},
            "y": {"field": "b", "type": "quantitative"},
        },
    }
)
SEQUENCE = json.dumps(  # the 300-byte spec that made V8 abort the server
    {
        "data": {"sequence": {"start": 0, "stop": 3_000_000, "as": "a"}},
        "mark": "point",
        "encoding": {"x": {"field": "a", "type": "quantitative"}},
    }
)
GIANT_CANVAS = json.dumps(
    {"width": 30_000, "height": 30_000, "data": {"values": [{}]}, "mark": "point"}
)


@pytest.fixture(autouse=True)
def fresh_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no remembered failures."""
    monkeypatch.setattr(render_worker, "_failed", OrderedDict())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def internal_server(tmp_path: Path) -> Iterator[tuple[str, Callable[[], int]]]:
    """An "internal" HTTP server in its own process (so a renderer holding this process's GIL
    cannot stall it), and a function that counts the requests it has had."""
    (tmp_path / "secret.json").write_text('[{"a": 1, "b": "HEMLIGT"}]', encoding="utf-8")
    log_path = tmp_path / "requests.log"
    port = _free_port()
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
            cwd=tmp_path,
            stdout=log,
            stderr=log,
        )
    base = f"http://127.0.0.1:{port}"

    def requests() -> int:
        return log_path.read_text(encoding="utf-8", errors="replace").count('"GET ')

    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/secret.json", timeout=2) as answer:
                    assert b"HEMLIGT" in answer.read()
                break
            except OSError:
                assert time.monotonic() < deadline, "the internal server did not start"
                time.sleep(0.1)
        while requests() < 1:  # the server logs the probe a moment after answering it
            time.sleep(0.05)
        yield base, requests
    finally:
        process.kill()
        process.wait()


def test_no_spec_makes_the_server_fetch_an_address(
    internal_server: tuple[str, Callable[[], int]],
) -> None:
    base, requests = internal_server
    before = requests()
    url = f"{base}/secret.json"
    specs = {
        "data.url": {"data": {"url": url}, "mark": "text", "encoding": {"text": {"field": "b"}}},
        "protocol-relative": {"data": {"url": url.removeprefix("http:")}, "mark": "point"},
        "lookup": {
            "data": {"values": [{"a": 1}]},
            "transform": [
                {"lookup": "a", "from": {"data": {"url": url}, "key": "a", "fields": ["b"]}}
            ],
            "mark": "point",
        },
        "image mark": {
            "data": {"values": [{}]},
            "mark": {"type": "image", "url": f"{base}/x.png", "width": 9, "height": 9},
        },
        "image channel": {
            "datasets": {"d": [{"u": f"{base}/y.png"}]},
            "data": {"name": "d"},
            "mark": {"type": "image", "width": 9, "height": 9},
            "encoding": {"url": {"field": "u"}},
        },
        "in a layer": {"layer": [{"data": {"url": url}, "mark": "bar"}]},
    }
    for name, spec in specs.items():
        for render in (chart_png, chart_svg):
            with pytest.raises(ChartRenderError) as refused:
                render(json.dumps(spec))
            assert refused.value.reason in ("address", "invalid"), name
            assert str(refused.value).startswith("Diagrammet kunde inte ritas")
    time.sleep(0.5)  # a request on its way would be logged by now
    assert requests() == before, "the renderer fetched an address"


def test_a_render_that_outlasts_its_time_stops_the_worker_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert chart_png(GOOD).startswith(b"\x89PNG")
    first = render_worker.worker_pid()
    monkeypatch.setattr(render_worker, "TIMEOUT_SECONDS", 3.0)
    started = time.monotonic()
    with pytest.raises(ChartRenderError) as stopped:
        chart_png(SEQUENCE)
    assert stopped.value.reason in ("timeout", "crashed")
    assert time.monotonic() - started < 20
    assert "Diagrammet kunde inte ritas" in str(stopped.value)
    assert render_worker.worker_pid() is None  # killed, not left running
    # The same spec is refused at once for a while; other charts draw in a new worker.
    started = time.monotonic()
    with pytest.raises(ChartRenderError, match="gick inte att rita nyss"):
        chart_png(SEQUENCE)
    assert time.monotonic() - started < 1
    assert chart_svg(GOOD).startswith(b"<svg")
    assert render_worker.worker_pid() not in (None, first)


def test_a_canvas_beyond_the_memory_limit_kills_the_worker_not_the_caller() -> None:
    with pytest.raises(ChartRenderError) as crashed:
        chart_png(GIANT_CANVAS)
    assert crashed.value.reason == "crashed"
    assert crashed.value.message("en").startswith("The chart could not be drawn")
    assert chart_png(GOOD).startswith(b"\x89PNG")


def test_the_worker_runs_with_a_data_limit_and_is_replaced_when_killed() -> None:
    chart_png(GOOD)
    pid = render_worker.worker_pid()
    assert pid is not None and pid != os.getpid()
    limits = Path(f"/proc/{pid}/limits").read_text(encoding="utf-8")
    line = next(line for line in limits.splitlines() if line.startswith("Max data size"))
    assert str(render_worker.MEMORY_LIMIT_MB * 2**20) in line
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while render_worker.worker_pid() is not None and time.monotonic() < deadline:
        time.sleep(0.05)  # dead while idle, as after the kernel's out-of-memory killer
    assert chart_png(GOOD).startswith(b"\x89PNG")  # a new worker, no error
    assert render_worker.worker_pid() != pid


def test_other_threads_keep_running_while_a_chart_is_drawn() -> None:
    # In the server's own process vl-convert held the GIL: every session stalled meanwhile.
    chart_png(GOOD)  # the worker is up
    wide = json.dumps(
        {
            "data": {"values": [{"a": n % 97, "b": n % 89} for n in range(4_000)]},
            "mark": "point",
            "width": 1_500,
            "height": 1_000,
            "encoding": {
                "x": {"field": "a", "type": "quantitative"},
                "y": {"field": "b", "type": "quantitative"},
            },
        }
    )
    took, ticks = ticks_while(lambda: chart_png(wide, 3.0))
    assert took > 0.2, "the chart drew too fast to tell"
    assert ticks >= 10 * took, (ticks, took)
