"""Warming served processes over their websocket: ``python -m ui.warm --url U … --limit N``.

Every view is opened in a session of its own, one after another in each process, so each
process fills its own caches while the processes warm side by side. Prints one JSON line per
process (read by :func:`rus_data.warm.warmer.warm_in_child`). It runs as a process of its
own because it speaks Streamlit's protocol, which the data layer (``rus_data``) never imports.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import time
from pathlib import Path

from rus_data.warm.popular import WARM_UP_HEADER, View
from rus_data.warm.warmer import RERUN_TIMEOUT, WarmReport, views_to_warm
from ui.session_client import open_stream, rerun


async def _warm_process(url: str, views: list[View], budget: float) -> WarmReport:
    """Each view in a session of its own, as a link opened anew: in one session a choice the
    address leaves at its default would keep the previous view's value instead."""
    import websockets  # a dependency of Streamlit's

    started = time.monotonic()
    done = failed = 0
    try:
        for view in views:
            if time.monotonic() - started > budget:
                break
            async with open_stream(
                url,
                open_timeout=60,
                ping_interval=None,
                additional_headers={WARM_UP_HEADER: "1"},
            ) as socket:
                result = await rerun(socket, view.page, view.query, recv_timeout=RERUN_TIMEOUT)
            done += 1
            failed += int(result.failed)
    except (OSError, websockets.WebSocketException, TimeoutError):
        return WarmReport(url, done, failed, time.monotonic() - started, unreachable=True)
    return WarmReport(url, done, failed, time.monotonic() - started)


async def warm_all(urls: list[str], views: list[View], budget: float) -> list[WarmReport]:
    """Rerun ``views`` in every process at ``urls`` (side by side), each for at most
    ``budget`` seconds; one report per process."""
    if not urls or not views:
        return []
    return list(await asyncio.gather(*(_warm_process(u, views, budget) for u in urls)))


def warm_processes(urls: list[str], views: list[View], budget: float) -> list[WarmReport]:
    """:func:`warm_all` run to its end (in a process with no event loop of its own)."""
    return asyncio.run(warm_all(urls, views, budget))


def main() -> None:
    """Warm the processes named on the command line and print a JSON line for each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", action="append", default=[], help="a process's address")
    parser.add_argument("--views-file", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--seconds", type=float, default=120.0)
    args = parser.parse_args()
    views = views_to_warm(args.views_file, args.limit)
    for report in warm_processes(args.url, views, args.seconds):
        print(json.dumps(dataclasses.asdict(report)), flush=True)


if __name__ == "__main__":
    main()
