"""``python -m rus_data serve --workers 2``: two app processes behind nginx. A browser's
cookie keeps it on one process, new browsers are spread over both, and a session runs a page
through the proxy's websocket. Needs nginx (CI installs Debian's package)."""

from __future__ import annotations

import os
import socket
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.common import healthy, open_stream, rerun, start_server, stop_server
from rus_data.serve import ROUTE_COOKIE, find_nginx, nginx_config, worker_ports
from tests.support.event_loop import run_coroutine

pytestmark = pytest.mark.skipif(find_nginx() is None, reason="nginx is not installed")


def test_nginx_config_is_sticky_and_passes_websockets(tmp_path: Path) -> None:
    config = nginx_config(9000, worker_ports(9000, 3), tmp_path)
    assert worker_ports(9000, 3) == [9001, 9002, 9003]
    for port in (9001, 9002, 9003):
        assert f"server 127.0.0.1:{port}" in config
    assert "hash $route consistent;" in config
    assert f"$cookie_{ROUTE_COOKIE}" in config
    assert "proxy_set_header Upgrade $http_upgrade;" in config
    assert "listen 9000;" in config


def _free_port_block(size: int) -> int:
    """A port whose next ``size`` ports are free too."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = probe.getsockname()[1]
        if base + size >= 65535:
            continue
        try:
            for port in range(base, base + size + 1):
                with socket.socket() as probe:
                    probe.bind(("127.0.0.1", port))
        except OSError:
            continue
        return base
    raise RuntimeError("no free ports")


def _get(url: str, cookie: str | None = None) -> tuple[int, dict[str, str]]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.status, {k.lower(): v for k, v in answer.headers.items()}


@pytest.fixture(scope="module")
def served(demo_db_path: Path) -> Iterator[str]:
    """The app on two processes behind nginx; yields the proxy's URL."""
    port = _free_port_block(2)
    env = {**os.environ, "RUS_DB": str(demo_db_path)}
    process = start_server(2, port, env, quiet=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while not all(healthy(f"http://127.0.0.1:{p}") for p in (port, port + 1, port + 2)):
            assert process.poll() is None, "serve stopped"
            assert time.monotonic() < deadline, "the processes did not come up"
            time.sleep(0.5)
        yield url
    finally:
        stop_server(process)


def test_a_browser_stays_on_one_process_and_browsers_spread(served: str) -> None:
    status, headers = _get(f"{served}/_stcore/health")
    assert status == 200
    cookie = headers["set-cookie"].split(";")[0]
    assert cookie.startswith(f"{ROUTE_COOKIE}=")
    workers = {_get(f"{served}/_stcore/health", cookie)[1]["x-rus-worker"] for _ in range(6)}
    assert len(workers) == 1
    spread = {
        _get(f"{served}/_stcore/health", f"{ROUTE_COOKIE}={uuid.uuid4().hex}")[1]["x-rus-worker"]
        for _ in range(24)
    }
    assert len(spread) == 2


async def _run_page(url: str, page: str) -> list[str]:
    """Rerun ``page`` over the proxy's websocket; the messages of any exceptions."""
    async with open_stream(url) as socket:
        done = await rerun(socket, page, recv_timeout=120)
    assert done.elements > 10, "the page drew next to nothing"
    return done.exceptions


def test_a_session_runs_pages_through_the_proxy(served: str) -> None:
    assert run_coroutine(_run_page(served, "overview")) == []
    assert run_coroutine(_run_page(served, "trends")) == []
