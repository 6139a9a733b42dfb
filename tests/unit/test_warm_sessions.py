"""The warm-up opens every view in a session of its own: in one session a choice that the
address leaves at its default keeps the previous view's value (the trends page's index mode,
say), so the view warmed would not be the one the address names."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any

import pytest

import ui.warm
from rus_data.warm.popular import View, is_warm_up
from tests.support.event_loop import run_coroutine
from ui.session_client import Rerun


def test_every_view_is_warmed_in_a_new_session(monkeypatch: pytest.MonkeyPatch) -> None:
    sessions: list[list[tuple[str, str]]] = []

    headers: list[dict] = []

    @asynccontextmanager
    async def open_stream(_url: str, **options: Any):
        sessions.append([])
        headers.append(options.get("additional_headers", {}))
        yield sessions[-1]

    async def rerun(socket: list, page: str, query: str = "", **_options: Any) -> Rerun:
        socket.append((page, query))
        return Rerun(0.01, 10, 1, exceptions=["fel"] if page == "map" else [])

    monkeypatch.setattr(ui.warm, "open_stream", open_stream)
    monkeypatch.setattr(ui.warm, "rerun", rerun)
    views = [View("trends", "tr_mode=idx"), View("trends"), View("map", "region=01")]
    (report,) = run_coroutine(ui.warm.warm_all(["http://127.0.0.1:1"], views, budget=60))
    assert sessions == [[("trends", "tr_mode=idx")], [("trends", "")], [("map", "region=01")]]
    assert (report.views, report.failed, report.unreachable) == (3, 1, False)
    # Each session says it is the warm-up, so the app does not count its reruns as use.
    assert all(is_warm_up(h) for h in headers) and len(headers) == 3
    assert not is_warm_up({"User-Agent": "Mozilla/5.0", "Cookie": "rus_route=1"})


def test_a_process_that_does_not_answer_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    @asynccontextmanager
    async def refused(_url: str, **_options: Any):
        raise ConnectionRefusedError
        yield

    monkeypatch.setattr(ui.warm, "open_stream", refused)
    (report,) = run_coroutine(ui.warm.warm_all(["http://127.0.0.1:1"], [View("map")], 60))
    assert report.unreachable and report.views == 0
