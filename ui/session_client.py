"""A Streamlit session over its websocket, as a browser holds one: rerun a page, read to its end.

Used by the warm-up of served processes (:mod:`ui.warm`) and by the load benchmark. It speaks
Streamlit's protocol, so it lives beside the UI and not in the data layer.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


def stream_url(url: str) -> str:
    """The websocket address of the app at ``url`` (its path kept)."""
    parts = urlsplit(url)
    return f"ws://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream"


def open_stream(url: str, **options: Any) -> Any:
    """``websockets.connect`` to the app at ``url`` as a browser connects (``options`` added)."""
    import websockets  # a dependency of Streamlit's

    return websockets.connect(stream_url(url), subprotocols=["streamlit"], max_size=None, **options)


@dataclass
class Rerun:
    """What one rerun of a page sent back."""

    seconds: float
    received: int  # bytes
    elements: int  # new elements drawn
    exceptions: list[str] = field(default_factory=list)  # messages of exceptions shown
    compile_error: bool = False

    @property
    def failed(self) -> bool:
        """An exception on the page or a script that would not compile."""
        return bool(self.exceptions) or self.compile_error


async def rerun(
    socket: Any,
    page: str,
    query: str = "",
    held: set[str] | None = None,
    recv_timeout: float | None = None,
) -> Rerun:
    """One rerun of ``page`` with ``query`` over ``socket``, until its ``script_finished``.

    Like a browser it names the large messages it ``held`` already and adds the new ones;
    ``recv_timeout`` bounds the wait for each message.
    """
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    message = BackMsg()
    state = message.rerun_script
    state.query_string = query
    state.page_name = page
    if held is not None:
        state.cached_message_hashes.extend(sorted(held))
    started = time.perf_counter()
    await socket.send(message.SerializeToString())
    result = Rerun(0.0, 0, 0)
    while True:
        data = await asyncio.wait_for(socket.recv(), timeout=recv_timeout)
        result.received += len(data)
        forward = ForwardMsg()
        forward.ParseFromString(data)
        kind = forward.WhichOneof("type")
        if held is not None and forward.hash and kind == "delta":
            held.add(forward.hash)
        if kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
            result.elements += 1
            if forward.delta.new_element.WhichOneof("type") == "exception":
                result.exceptions.append(forward.delta.new_element.exception.message)
        if kind == "script_finished":
            # 0 = finished successfully; 1 = with a compile error; 2 = rerun; 3 = fragment
            result.compile_error |= forward.script_finished == 1
            if forward.script_finished != 2:
                result.seconds = time.perf_counter() - started
                return result
