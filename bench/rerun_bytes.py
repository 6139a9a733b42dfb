"""Benchmark: bytes a browser receives per rerun when one choice changes, page by page.

One session over the websocket protocol (as :mod:`load_sessions`), holding the large
messages it has seen as a browser does. For each page it opens the default view, then changes
one choice at a time and prints the bytes and seconds of each rerun. Budget: 300 kB.
Run: ``python bench/rerun_bytes.py --url http://127.0.0.1:8650`` against a running server,
or ``python bench/rerun_bytes.py --start --db national`` to start one.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
from urllib.parse import urlsplit

import websockets
from common import PROJECT_ROOT, SCALE, bench_cache
from load_sessions import _rerun, _wait_healthy

from rus_data.build.national import national_database

STEPS: dict[str, list[str]] = {
    "overview": ["", "region=14", "region=14&year=2020"],
    "map": ["", "map_show=change_pct", "map_show=change_pct&map_level=lan", "region=14"],
    "trends": ["", "tr_mode=idx", "tr_obj=2", "tr_obj=2&region=14", "tr_obj=2&tr_band=iqr"],
    "peers": ["", "peer_kommun=1480", "peer_kommun=1480&peer_mode=similar"],
    "conflicts": ["", "cf_mode=matrix"],
}


async def _walk(url: str) -> None:
    parts = urlsplit(url)
    stream = f"ws://{parts.netloc}/_stcore/stream"
    held: set[str] = set()
    async with websockets.connect(stream, subprotocols=["streamlit"], max_size=None) as socket:
        print(f"{'page':<10} {'query':<42} {'kB':>6} {'seconds':>8}")
        for page, queries in STEPS.items():
            for query in queries:
                seconds, size, failed = await _rerun(socket, page, query, held)
                flag = "  ERROR" if failed else ("  > 300 kB" if size > 300_000 else "")
                shown = query or "(default)"
                print(f"{page:<10} {shown:<42} {size / 1000:>6.0f} {seconds:>8.2f}{flag}")


def main() -> None:
    """Walk the steps and print the bytes of each rerun."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8650")
    parser.add_argument("--start", action="store_true", help="start a server on the url's port")
    args = parser.parse_args()
    server = None
    if args.start:
        env = dict(os.environ)
        if SCALE == "national":
            env["RUS_DB"] = str(national_database(bench_cache()))
        elif SCALE != "demo":
            env["RUS_DB"] = SCALE
        command = [sys.executable, "-m", "rus_data", "serve", "--workers", "1"]
        command += ["--port", str(urlsplit(args.url).port)]
        server = subprocess.Popen(
            command,
            cwd=PROJECT_ROOT,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    try:
        _wait_healthy(args.url)
        asyncio.run(_walk(args.url))
    finally:
        if server is not None:
            os.killpg(server.pid, 15)
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
