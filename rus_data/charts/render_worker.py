"""Charts drawn by vl-convert in a worker process, with limits on time and memory.

vl-convert runs V8 inside the calling process and holds Python's GIL while it draws: in the
server's own process one render stalls every session, and a spec that exhausts V8's heap
aborts the process, and with it every session. So one long-lived worker process draws every
PNG and SVG, one at a time. It is a fresh interpreter (``python -m
rus_data.charts.render_worker``, never a fork of the threaded server) that talks over its
standard input and output:

- it never loads a URL: vl-convert gets ``allowed_base_urls=[]`` (which stops ``data.url``
  and lookups), and a spec that names a ``url`` anywhere outside its data (an ``image`` mark,
  which that setting does not stop) is refused before vl-convert sees it;
- its data segment is limited (``RLIMIT_DATA``, :data:`MEMORY_LIMIT_MB`), so a giant canvas
  fails in the worker instead of taking the machine's memory;
- a render that takes longer than :data:`TIMEOUT_SECONDS` is stopped by killing the worker
  (a new worker first draws a small chart, so its start is not counted against a render);
- a worker that died (V8's out-of-memory abort, a kill) is replaced by the next render.

A failure raises :class:`ChartRenderError` (a message in Swedish or English), and a spec that
crashed the worker or ran out of time is refused at once for the next ten minutes.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import os
import select
import struct
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import BinaryIO, Literal

TIMEOUT_SECONDS = 30.0  # one render; the worker is killed after it
START_SECONDS = 60.0  # a new worker's start (Python, V8 and one small chart), apart from that
QUEUE_SECONDS = 120.0  # the longest wait for the worker while other renders run
MEMORY_LIMIT_MB = 1536  # RLIMIT_DATA of the worker; V8 needs about 1 GiB just to start
_REMEMBERED_FAILURES = 256  # specs that crashed or timed out, refused at once …
_REMEMBER_SECONDS = 600.0  # … for ten minutes

Kind = Literal["png", "svg"]
_REQUEST = struct.Struct(">cdQ")  # kind (b"p" or b"s"), scale, length of the spec in bytes
_ANSWER = struct.Struct(">cQ")  # status (b"o" drawn, b"e" invalid, b"u" a URL), length
_READY = b"R"  # a new worker's first byte: it has drawn a small chart and waits
_WARM_UP = '{"data": {"values": [{"a": 1}]}, "mark": "point"}'
_LOG = logging.getLogger(__name__)
_PROJECT_ROOT = Path(__file__).resolve().parents[2]

_TEXTS = {
    "sv": {
        "timeout": "det tog längre tid än {seconds} sekunder och avbröts",
        "crashed": "ritprocessen avbröts, troligen för att diagrammet är för stort",
        "busy": "servern ritar andra diagram just nu; försök igen om en stund",
        "start": "ritprocessen kunde inte startas; försök igen om en stund",
        "refused": "samma diagram gick inte att rita nyss",
        "address": "diagrammet hämtar något från en adress, och servern hämtar ingenting",
        "invalid": "diagrammet är felaktigt ({detail})",
        "lead": "Diagrammet kunde inte ritas: {reason}.",
    },
    "en": {
        "timeout": "it took longer than {seconds} seconds and was stopped",
        "crashed": "the drawing process stopped, probably because the chart is too large",
        "busy": "the server is drawing other charts just now; try again in a moment",
        "start": "the drawing process could not be started; try again in a moment",
        "refused": "the same chart could not be drawn a moment ago",
        "address": "the chart loads something from an address, and the server loads nothing",
        "invalid": "the chart is invalid ({detail})",
        "lead": "The chart could not be drawn: {reason}.",
    },
}


class ChartRenderError(RuntimeError):
    """A chart that could not be drawn. ``str()`` is the Swedish message; see :meth:`message`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(self.message("sv"))

    def message(self, language: str) -> str:
        """The message in the user's language."""
        texts = _TEXTS["en" if language == "en" else "sv"]
        reason = texts[self.reason].format(seconds=round(TIMEOUT_SECONDS), detail=self.detail)
        return texts["lead"].format(reason=reason)


# --- the worker's side ------------------------------------------------------------------------


def _limit_memory(megabytes: int) -> None:
    """Cap this process's data segment (POSIX; elsewhere nothing happens)."""
    if sys.platform == "win32":
        return
    import resource  # POSIX only

    limit = megabytes * 2**20
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    """``size`` bytes from ``stream``; None at its end."""
    data = stream.read(size)
    return data if len(data) == size else None


def names_an_address(spec_json: str) -> bool:
    """Whether a spec has a ``url`` property anywhere outside its data (``datasets`` and
    ``values``), where Vega-Lite would load it: data, lookups, images."""
    try:
        stack: list[object] = [json.loads(spec_json)]
    except (ValueError, RecursionError):
        return False  # vl-convert refuses it anyway
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "url" in node:
                return True
            stack.extend(v for k, v in node.items() if k not in ("datasets", "values"))
        elif isinstance(node, list):
            stack.extend(node)
    return False


def serve(requests: BinaryIO, answers: BinaryIO, memory_limit_mb: int = MEMORY_LIMIT_MB) -> None:
    """The worker's loop: requests in, drawn charts (or vl-convert's refusal) out, until EOF."""
    _limit_memory(memory_limit_mb)
    import vl_convert  # only the worker loads V8

    vl_convert.vegalite_to_svg(_WARM_UP, allowed_base_urls=[])  # V8 starts on its first chart
    answers.write(_READY)
    answers.flush()
    while (header := _read_exactly(requests, _REQUEST.size)) is not None:
        kind, scale, length = _REQUEST.unpack(header)
        spec_json = (_read_exactly(requests, length) or b"").decode("utf-8", "surrogatepass")
        try:
            if names_an_address(spec_json):
                status, payload = b"u", b""
            elif kind == b"p":
                status, payload = (
                    b"o",
                    vl_convert.vegalite_to_png(spec_json, scale=scale, allowed_base_urls=[]),
                )
            else:
                svg = vl_convert.vegalite_to_svg(spec_json, allowed_base_urls=[])
                status, payload = b"o", svg.encode("utf-8")
        except Exception as error:  # vl-convert reports a spec it cannot draw as ValueError
            status, payload = b"e", " ".join(str(error).split())[:300].encode("utf-8", "replace")
        answers.write(_ANSWER.pack(status, len(payload)) + payload)
        answers.flush()


def _worker_main() -> None:
    """``python -m rus_data.charts.render_worker [memory limit in MB]``: the protocol on the
    original standard output, which then points at standard error so that no stray print can
    corrupt it."""
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    serve(sys.stdin.buffer, answers, int(sys.argv[1]) if len(sys.argv) > 1 else MEMORY_LIMIT_MB)


# --- the server's side ------------------------------------------------------------------------


class _Worker:
    """The worker process and the server's ends of its pipes."""

    def __init__(self) -> None:
        path = os.environ.get("PYTHONPATH", "")
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(p for p in (str(_PROJECT_ROOT), path) if p),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "rus_data.charts.render_worker", str(MEMORY_LIMIT_MB)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )

    def started(self, timeout: float) -> bool:
        """Whether the worker said it is ready within ``timeout`` seconds."""
        assert self.process.stdout is not None
        try:
            return self._read(self.process.stdout.fileno(), 1, time.monotonic() + timeout) == _READY
        except (TimeoutError, EOFError, OSError):
            return False

    def alive(self) -> bool:
        """Whether the process still runs."""
        return self.process.poll() is None

    def send(self, kind: Kind, spec: bytes, scale: float) -> None:
        """One request; OSError when the worker is gone."""
        assert self.process.stdin is not None
        self.process.stdin.write(_REQUEST.pack(kind[0].encode(), scale, len(spec)) + spec)
        self.process.stdin.flush()

    def receive(self, timeout: float) -> tuple[bytes, bytes]:
        """The answer, read before ``timeout`` seconds have passed.

        Raises TimeoutError when time runs out and EOFError when the worker died.
        """
        assert self.process.stdout is not None
        stream, deadline = self.process.stdout.fileno(), time.monotonic() + timeout
        header = self._read(stream, _ANSWER.size, deadline)
        status, length = _ANSWER.unpack(header)
        return status, self._read(stream, length, deadline)

    @staticmethod
    def _read(stream: int, size: int, deadline: float) -> bytes:
        data = bytearray()
        while len(data) < size:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([stream], [], [], remaining)[0]:
                raise TimeoutError
            chunk = os.read(stream, min(size - len(data), 1 << 20))
            if not chunk:
                raise EOFError
            data += chunk
        return bytes(data)

    def stop(self) -> None:
        """Kill the process (it may be stuck in V8) and close the pipes."""
        self.process.kill()
        self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


_lock = threading.Lock()  # one render at a time; waiting for it does not hold the GIL
_worker: _Worker | None = None
_failed: OrderedDict[str, float] = OrderedDict()  # spec digest -> when it failed, newest last


def _discard_worker() -> None:
    global _worker
    if _worker is not None:
        _worker.stop()
        _worker = None


def _exchange(kind: Kind, spec: bytes, scale: float, timeout: float) -> tuple[bytes, bytes]:
    """Send one request to the worker (starting one if needed) and wait for its answer."""
    global _worker
    for attempt in (1, 2):
        if _worker is None or not _worker.alive():
            _discard_worker()
            _worker = _Worker()
            if not _worker.started(START_SECONDS):
                _discard_worker()
                raise ChartRenderError("start")
        try:
            _worker.send(kind, spec, scale)
            break
        except OSError:  # it died while idle: one new worker, then give up
            _discard_worker()
            if attempt == 2:
                raise ChartRenderError("crashed") from None
    assert _worker is not None
    try:
        return _worker.receive(timeout)
    except TimeoutError:
        _discard_worker()
        raise ChartRenderError("timeout") from None
    except (EOFError, OSError):
        _discard_worker()
        raise ChartRenderError("crashed") from None


def _failed_lately(digest: str) -> bool:
    when = _failed.get(digest)
    return when is not None and time.monotonic() - when < _REMEMBER_SECONDS


def _remember(digest: str) -> None:
    _failed[digest] = time.monotonic()
    _failed.move_to_end(digest)
    while len(_failed) > _REMEMBERED_FAILURES:
        _failed.popitem(last=False)


def render(kind: Kind, spec_json: str, scale: float = 1.0, timeout: float | None = None) -> bytes:
    """A Vega-Lite spec (JSON text) drawn as PNG (at ``scale``) or SVG by the worker.

    Raises :class:`ChartRenderError` when the chart cannot be drawn, takes longer than
    ``timeout`` (default :data:`TIMEOUT_SECONDS`) or brings the worker down.
    """
    spec = spec_json.encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(spec).hexdigest()
    if _failed_lately(digest):
        raise ChartRenderError("refused")
    if not _lock.acquire(timeout=QUEUE_SECONDS):
        raise ChartRenderError("busy")
    try:
        status, payload = _exchange(kind, spec, float(scale), timeout or TIMEOUT_SECONDS)
    except ChartRenderError as error:
        _LOG.warning("chart worker: %s (spec %s, %d bytes)", error.reason, digest[:12], len(spec))
        if error.reason != "start":  # the spec's fault, not the machine's
            _remember(digest)
        raise
    finally:
        _lock.release()
    if status == b"u":
        raise ChartRenderError("address")
    if status != b"o":
        raise ChartRenderError("invalid", payload.decode("utf-8", "replace"))
    return payload


def worker_pid() -> int | None:
    """The worker's process id, or None when none runs (for tests and logs)."""
    return _worker.process.pid if _worker is not None and _worker.alive() else None


def stop_worker() -> None:
    """Stop the worker; the next render starts a new one."""
    with _lock:
        _discard_worker()


@atexit.register
def _kill_at_exit() -> None:
    """The server is stopping: the worker goes too, even in the middle of a render."""
    if _worker is not None:
        _worker.process.kill()


if __name__ == "__main__":
    _worker_main()
