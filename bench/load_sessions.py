"""Load benchmark: N concurrent sessions over Streamlit's websocket protocol, as browsers.

Each session opens ``/_stcore/stream``, then reruns pages from a mix (overview, map, trends,
peers) with a changed choice each time (area, objective, indicator mode …), waits for the
run's ``script_finished``, thinks (an exponential pause around ``--think`` seconds) and goes
on until ``--seconds`` have passed. Like a browser it tells the server which large messages
it already holds (``cached_message_hashes``), so the bytes counted are what a browser gets.

Prints per page the reruns, median, 95th percentile and errors (an exception on the page or a
broken connection), the bytes per rerun, and (with ``--pid``, the server processes' ids, or
when it starts the server itself with ``--start``) their CPU seconds and memory per session.

``--views K`` lets every session draw from the same K views per page (a meeting where people
follow one another) instead of every combination of choices (which mostly measures views
no one has opened before).

Run against a server: ``python bench/load_sessions.py --url http://127.0.0.1:8501 --sessions 10``
or start one: ``python bench/load_sessions.py --start 1 --db national --sessions 10``
(``--start N`` runs ``python -m rus_data serve --workers N`` with nginx in front when N > 1).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import websockets
from common import open_stream, rerun, server_environment, start_server, stop_server, wait_healthy

# Page mix: (url path, weight, query choices to draw from)
REGIONS = ["00", "01", "03", "12", "14", "25"]
SHOW = ["value", "change_pct"]
PEER_MODES = ["county", "similar"]
# Choices equal to a page's default are left out of the URL, as the app writes it.
DEFAULTS = {"00", "abs", "kommun", "value", "county"}
MIX: tuple[tuple[str, int, dict[str, list[str]]], ...] = (
    ("overview", 3, {"region": REGIONS}),
    ("map", 2, {"region": REGIONS, "map_level": ["kommun", "lan"], "map_show": SHOW}),
    ("trends", 3, {"region": REGIONS, "tr_obj": ["1", "2", "3", "5"], "tr_mode": ["abs", "idx"]}),
    ("peers", 2, {"peer_kommun": ["0180", "1480", "1280", "2480"], "peer_mode": PEER_MODES}),
)


@dataclass
class Results:
    """What every session saw, by page."""

    seconds: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    bytes: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    failed_sessions: int = 0
    failures: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _views(page: str, limit: int) -> list[dict[str, str]]:
    """The views of ``page`` the sessions draw from: every combination of its choices, or
    the same ``limit`` of them for everyone (a meeting where people follow one another)."""
    options = next(choices for name, _, choices in MIX if name == page)
    views = [dict(zip(options, combo, strict=True)) for combo in product(*options.values())]
    random.Random(0).shuffle(views)
    return views[:limit] if limit else views


def _choice(rng: random.Random, limit: int = 0) -> tuple[str, str]:
    pages = [page for page, weight, _ in MIX for _ in range(weight)]
    page = rng.choice(pages)
    query = rng.choice(_views(page, limit))
    return page, urlencode({k: v for k, v in query.items() if v not in DEFAULTS})


async def _session(
    url: str, until: float, think: float, seed: int, results: Results, limit: int = 0
) -> None:
    rng = random.Random(seed)
    held: set[str] = set()
    try:
        # No keepalive pings of our own: a browser sends none, and a busy server that
        # answers one late would count as a failed session.
        async with open_stream(url, open_timeout=120, ping_interval=None) as socket:
            await asyncio.sleep(rng.random() * max(think, 0.2))  # sessions do not start at once
            while time.monotonic() < until:
                page, query = _choice(rng, limit)
                try:
                    done = await asyncio.wait_for(rerun(socket, page, query, held), timeout=600)
                except TimeoutError:
                    results.errors[page] += 1
                    raise
                results.seconds[page].append(done.seconds)
                results.bytes[page].append(done.received)
                results.errors[page] += int(done.failed)
                if think:
                    await asyncio.sleep(rng.expovariate(1 / think))
    except (OSError, websockets.WebSocketException, TimeoutError) as error:
        results.failed_sessions += 1
        results.failures[type(error).__name__] += 1


def _cpu_and_memory(pids: list[int]) -> tuple[float, float]:
    """CPU seconds (user + system) and resident memory in MB of the processes ``pids``."""
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = memory = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        cpu += (int(fields[11]) + int(fields[12])) / ticks
        memory += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf(
            "SC_PAGE_SIZE"
        )
    return cpu, memory / 1e6


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _report(results: Results, sessions: int, wall: float, usage: tuple[float, float, float]):
    cpu, memory_before, memory_after = usage
    every = [s for values in results.seconds.values() for s in values]
    print(
        f"{sessions} sessions, {len(every)} reruns in {wall:.0f} s, failed sessions: "
        f"{results.failed_sessions} {dict(results.failures) or ''}"
    )
    print(f"  {'page':<10} {'reruns':>6} {'median':>8} {'p95':>8} {'errors':>6} {'kB/rerun':>9}")
    for page in sorted(results.seconds):
        times, sizes = results.seconds[page], results.bytes[page]
        print(
            f"  {page:<10} {len(times):>6} {statistics.median(times):>7.2f}s "
            f"{_percentile(times, 0.95):>7.2f}s {results.errors[page]:>6} "
            f"{statistics.median(sizes) / 1000:>8.0f}"
        )
    if every:
        print(
            f"  {'all':<10} {len(every):>6} {statistics.median(every):>7.2f}s "
            f"{_percentile(every, 0.95):>7.2f}s {sum(results.errors.values()):>6}"
        )
    if cpu >= 0:
        print(
            f"  server: {cpu:.1f} CPU s ({cpu / wall * 100:.0f} % of one core), "
            f"memory {memory_after:.0f} MB, "
            f"{(memory_after - memory_before) / max(sessions, 1):.1f} MB per session"
        )


def _server_pids(leader: subprocess.Popen) -> list[int]:
    """The ids of the app processes below ``leader`` (streamlit servers, not nginx)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
            session = (entry / "stat").read_text().rsplit(")", 1)[1].split()[3]
        except OSError:
            continue
        if int(session) == leader.pid and any(b"streamlit" in part for part in command):
            found.append(int(entry.name))
    return found


def _wait_for_warm_up(server: subprocess.Popen, timeout: float = 900) -> None:
    """Pass the server's output through until it says it has warmed its processes (with one
    process the app answers before that, and sessions would race the warm-up)."""
    warmed = threading.Event()

    def echo() -> None:
        for line in server.stdout:
            print(line, end="", flush=True)
            if "förvärmning" in line or "nginx på port" in line:
                warmed.set()

    threading.Thread(target=echo, daemon=True).start()
    if not warmed.wait(timeout):
        raise SystemExit("the server never said it had warmed its processes")


async def _run(args: argparse.Namespace, results: Results) -> None:
    until = time.monotonic() + args.seconds
    await asyncio.gather(
        *(_session(args.url, until, args.think, seed, results) for seed in range(args.sessions))
    )


def main() -> None:
    """Drive the sessions and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8650")
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--think", type=float, default=5.0, help="mean think time, seconds")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to drive")
    parser.add_argument("--pid", type=int, action="append", default=[], help="server pids")
    parser.add_argument("--start", type=int, default=0, help="start N workers (+ nginx)")
    parser.add_argument(
        "--warm",
        type=int,
        default=0,
        help="warm-up passes over the mix by the benchmark itself (the server warms the "
        "views its views file names before it lets browsers in)",
    )
    parser.add_argument(
        "--views", type=int, default=0, help="draw from this many views per page (0: all)"
    )
    args = parser.parse_args()
    server = None
    if args.start:
        server = start_server(args.start, urlsplit(args.url).port or 80, server_environment())
    try:
        if server is not None:
            _wait_for_warm_up(server)
        wait_healthy(args.url, timeout=600)  # nginx answers once the processes are warm
        if server is not None:
            time.sleep(2)
            args.pid = _server_pids(server)
        if args.warm:  # every page and choice once, so the figures are of a warmed server
            warm = argparse.Namespace(
                **{**vars(args), "sessions": 2, "think": 0.0, "seconds": 20.0 * args.warm}
            )
            asyncio.run(_run(warm, Results()))
        before = _cpu_and_memory(args.pid) if args.pid else (-1.0, 0.0)
        results = Results()
        started = time.monotonic()
        asyncio.run(_run(args, results))
        wall = time.monotonic() - started
        after = _cpu_and_memory(args.pid) if args.pid else (-1.0, 0.0)
        _report(
            results,
            args.sessions,
            wall,
            (after[0] - before[0] if args.pid else -1, before[1], after[1]),
        )
    finally:
        if server is not None:
            stop_server(server)


if __name__ == "__main__":
    main()
