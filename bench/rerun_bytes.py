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
from urllib.parse import urlsplit

from common import open_stream, rerun, server_environment, start_server, stop_server, wait_healthy

STEPS: dict[str, list[str]] = {
    "overview": ["", "region=14", "region=14&year=2020"],
    "map": ["", "map_show=change_pct", "map_show=change_pct&map_level=lan", "region=14"],
    "trends": ["", "tr_mode=idx", "tr_obj=2", "tr_obj=2&region=14", "tr_obj=2&tr_band=iqr"],
    "peers": ["", "peer_kommun=1480", "peer_kommun=1480&peer_mode=similar"],
    "conflicts": ["", "cf_mode=matrix"],
}


async def _walk(url: str) -> None:
    held: set[str] = set()
    async with open_stream(url) as socket:
        print(f"{'page':<10} {'query':<42} {'kB':>6} {'seconds':>8}")
        for page, queries in STEPS.items():
            for query in queries:
                done = await rerun(socket, page, query, held)
                size = done.received
                flag = "  ERROR" if done.failed else ("  > 300 kB" if size > 300_000 else "")
                shown = query or "(default)"
                print(f"{page:<10} {shown:<42} {size / 1000:>6.0f} {done.seconds:>8.2f}{flag}")


def main() -> None:
    """Walk the steps and print the bytes of each rerun."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8650")
    parser.add_argument("--start", action="store_true", help="start a server on the url's port")
    args = parser.parse_args()
    server = None
    if args.start:
        port = urlsplit(args.url).port or 80
        server = start_server(1, port, server_environment(), quiet=True)
    try:
        wait_healthy(args.url)
        asyncio.run(_walk(args.url))
    finally:
        if server is not None:
            stop_server(server)


if __name__ == "__main__":
    main()
