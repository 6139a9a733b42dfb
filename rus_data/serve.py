"""Serving many: N app processes on one machine behind nginx, with sticky sessions.

One ``streamlit run`` process uses one core, so a machine serves as many processes as it has
cores. ``python -m rus_data serve --workers N --port P`` starts N processes on the ports
P+1 … P+N (listening on 127.0.0.1 only) and nginx on P in front of them. nginx gives every
browser a cookie (``rus_route``) on its first request and sends every later request with that
cookie, the websocket included, to the same process (a consistent hash of the cookie): a
Streamlit session lives in one process and its uploads must reach it. All processes read the
same database file, read-only; an import replaces the file, and each process picks up the new
version on its next rerun (:mod:`rus_data.db.readers`). With one worker no proxy is started.

Before nginx lets browsers in, every process renders the views people open most
(:mod:`rus_data.warm`), and it does so again whenever the database file is replaced: a new
process or a new version starts with empty caches, and its first users would otherwise queue
behind views rendered for the first time.

On several machines the same layout holds: each machine runs ``serve`` on a copy of the
database file published by the import step, and a load balancer in front keeps a browser on
one machine (the same cookie, or the client's address).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from rus_data.config import PROJECT_ROOT, database_path
from rus_data.warm.health import wait_until_healthy
from rus_data.warm.popular import views_file
from rus_data.warm.warmer import VersionWatcher, WarmReport, describe, warm_in_child

ROUTE_COOKIE = "rus_route"
NGINX_CANDIDATES = ("/usr/sbin/nginx", "/usr/local/sbin/nginx")
START_TIMEOUT = 300.0  # seconds a process may take to answer (it may build the database)


def worker_ports(port: int, workers: int) -> list[int]:
    """The app processes' ports: the ``workers`` ports after the proxy's ``port``."""
    return [port + offset for offset in range(1, workers + 1)]


def nginx_config(port: int, ports: list[int], folder: Path) -> str:
    """An nginx configuration: listen on ``port``, sticky by cookie over ``ports``, websockets
    passed through, temporary files and logs under ``folder``."""
    servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=0;" for p in ports)
    return f"""
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    client_max_body_size 110m;

    # A browser's route: its cookie, or on its first request a new random one.
    map $cookie_{ROUTE_COOKIE} $route {{
        ""      $request_id;
        default $cookie_{ROUTE_COOKIE};
    }}
    map $http_upgrade $connection_upgrade {{
        default upgrade;
        ""      close;
    }}
    upstream app {{
        hash $route consistent;
{servers}
    }}
    server {{
        listen {port};
        location / {{
            add_header Set-Cookie "{ROUTE_COOKIE}=$route; Path=/; HttpOnly; SameSite=Lax" always;
            add_header X-Rus-Worker $upstream_addr always;  # which process answered
            proxy_pass http://app;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 1d;
            proxy_send_timeout 1d;
            proxy_buffering off;
        }}
    }}
}}
"""


def find_nginx() -> str | None:
    """The nginx program (Debian's package puts it in /usr/sbin), or None."""
    found = shutil.which("nginx")
    if found:
        return found
    return next((path for path in NGINX_CANDIDATES if Path(path).exists()), None)


def _streamlit_command(port: int, address: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(PROJECT_ROOT / "app.py"),
        f"--server.port={port}",
        f"--server.address={address}",
        "--server.headless=true",
        # no file watcher when serving: it follows every file below the project (the venv
        # too), overflowed inotify under load and cost CPU for a reload nobody wants
        "--server.fileWatcherType=none",
    ]


@dataclass(frozen=True)
class Warming:
    """How many popular views to render in each process, and for how long at most."""

    views: int = 120
    seconds: float = 120.0


def _warm(ports: list[int], warming: Warming) -> list[WarmReport]:
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    return warm_in_child(urls, views_file(database_path()), warming.views, warming.seconds)


def _start_workers(ports: list[int], address: str) -> list[subprocess.Popen]:
    return [subprocess.Popen(_streamlit_command(p, address), cwd=PROJECT_ROOT) for p in ports]


def _wait_for(ports: list[int], children: list[subprocess.Popen]) -> bool:
    """Wait until every process answers (True) or one of them has ended (False)."""
    alive = lambda: all(child.poll() is None for child in children)  # noqa: E731
    return all(wait_until_healthy(f"http://127.0.0.1:{p}", START_TIMEOUT, alive) for p in ports)


def serve(workers: int, port: int, address: str = "0.0.0.0", warming: Warming = Warming()) -> int:
    """Start the processes, warm the popular views in each, then (when ``workers`` > 1)
    start nginx in front, so browsers reach warm processes; warm again after every change of
    the database file. Ctrl+C or SIGTERM stops them all. Returns the exit status."""
    if workers < 1:
        print("--workers: minst 1", file=sys.stderr)
        return 2
    nginx = find_nginx() if workers > 1 else None
    if workers > 1 and nginx is None:
        print(
            "nginx saknas: installera det (Debian: apt-get install nginx) "
            "eller kör med --workers 1",
            file=sys.stderr,
        )
        return 2
    folder = Path(tempfile.mkdtemp(prefix="rus-serve-"))
    # One process listens where browsers come; several listen on loopback behind nginx.
    ports = worker_ports(port, workers) if workers > 1 else [port]
    children = _start_workers(ports, "127.0.0.1" if workers > 1 else address)

    def stop(_signal: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    watcher = VersionWatcher(database_path(), lambda: _warm(ports, warming))
    status = 0
    try:
        if _wait_for(ports, children) and warming.views > 0:
            print(describe(_warm(ports, warming)), flush=True)
        if nginx is not None:
            (folder / "nginx.conf").write_text(nginx_config(port, ports, folder), encoding="utf-8")
            config = [nginx, "-p", str(folder), "-c", str(folder / "nginx.conf")]
            children.append(subprocess.Popen([*config, "-g", "daemon off;"]))
            print(f"{workers} processer på portarna {ports[0]}–{ports[-1]}, nginx på port {port}")
        if warming.views > 0:
            watcher.start()
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
        status = next(child.returncode for child in children if child.poll() is not None)
        print("en process avslutades; stänger de andra", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        watcher.stop()
        for child in children:
            if child.poll() is None:
                child.terminate()
        for child in children:
            try:
                child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                child.kill()
        shutil.rmtree(folder, ignore_errors=True)
    return status


def default_workers() -> int:
    """One process per core."""
    return max(1, os.cpu_count() or 1)


def add_serve_command(commands: argparse._SubParsersAction) -> None:
    """The ``serve`` command and its options, for :mod:`rus_data.cli`."""
    serve_parser = commands.add_parser(
        "serve", help="Starta appen i flera processer bakom nginx (klibbiga sessioner)."
    )
    serve_parser.add_argument(
        "--workers", type=int, default=default_workers(), help="antal processer"
    )
    serve_parser.add_argument("--port", type=int, default=8501, help="porten som webbläsare når")
    serve_parser.add_argument("--address", default="0.0.0.0", help="adress att lyssna på")
    serve_parser.add_argument(
        "--warm-views",
        type=int,
        default=Warming.views,
        help="så många av de mest öppnade vyerna förvärms i varje process (0: ingen)",
    )
    serve_parser.add_argument(
        "--warm-seconds",
        type=float,
        default=Warming.seconds,
        help="längsta tid för förvärmningen per process",
    )


def run_serve(args: argparse.Namespace) -> int:
    """Run the ``serve`` command with its parsed options."""
    warming = Warming(args.warm_views, args.warm_seconds)
    return serve(args.workers, args.port, args.address, warming)
