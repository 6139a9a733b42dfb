"""What the app relies on in Streamlit beyond its documented API, checked here so that a
Streamlit upgrade that changes it fails this test before it fails a user.

Two such reliances: in :mod:`ui.server`, declaring the navigation once at server start-up
ends Streamlit's legacy ``pages/`` mode for the whole process, so even a fresh server's first
request is served by ``app.py``'s navigation; and :mod:`ui.session_client`, which warms served
processes (:mod:`ui.warm`) and drives the load benchmark, speaks Streamlit's websocket
protocol with its message classes.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

from rus_data.config import PROJECT_ROOT

# Streamlit modules that app code may import besides ``streamlit`` itself: public types only.
ALLOWED_STREAMLIT_MODULES = {"streamlit.delta_generator", "streamlit.navigation.page"}
# The websocket protocol's messages, for the session client only (fields checked below).
PROTOCOL_MODULES = {"streamlit.proto.BackMsg_pb2", "streamlit.proto.ForwardMsg_pb2"}
PROTOCOL_CLIENT = "ui/session_client.py"


def _app_sources() -> list[Path]:
    folders = [PROJECT_ROOT / name for name in ("rus_data", "ui", "pages")]
    return [PROJECT_ROOT / "app.py", *(p for f in folders for p in sorted(f.rglob("*.py")))]


def test_declaring_the_navigation_at_start_up_ends_legacy_pages_mode() -> None:
    script = textwrap.dedent(
        f"""
        from streamlit.runtime.pages_manager import PagesManager
        from ui.server import end_legacy_pages_mode

        assert PagesManager.uses_pages_directory is None, PagesManager.uses_pages_directory
        end_legacy_pages_mode()
        assert PagesManager.uses_pages_directory is False
        PagesManager({str(PROJECT_ROOT / "app.py")!r})  # as the server makes one per session
        assert PagesManager.uses_pages_directory is False
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_legacy_mode_would_find_no_page_script_of_ours() -> None:
    """The second line of defence: legacy mode lists only ``pages/*.py``; ours are in folders."""
    assert [p.name for p in (PROJECT_ROOT / "pages").glob("*.py")] == ["__init__.py"]
    assert sorted(p.parent.name for p in (PROJECT_ROOT / "pages").glob("*/page.py")) == sorted(
        ["admin", "conflicts", "map", "overview", "peers", "presentation", "trends"]
    )


def test_app_code_imports_no_private_streamlit_module() -> None:
    offending = []
    for path in _app_sources():
        relative = str(path.relative_to(PROJECT_ROOT))
        allowed = ALLOWED_STREAMLIT_MODULES | (
            PROTOCOL_MODULES if relative == PROTOCOL_CLIENT else set()
        )
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.startswith("streamlit.") and name not in allowed:
                    offending.append(f"{relative}: {name}")
    assert offending == []


def test_no_page_stops_the_script_run() -> None:
    """``st.stop()`` in a page would skip the frame's URL and share link (use ``end_page``)."""
    calls = [
        str(path.relative_to(PROJECT_ROOT))
        for path in sorted((PROJECT_ROOT / "pages").rglob("*.py"))
        if "st.stop(" in path.read_text(encoding="utf-8")
    ]
    assert calls == []


def test_the_protocol_messages_have_the_fields_the_session_client_uses() -> None:
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    message = BackMsg()
    message.rerun_script.query_string = "region=14"
    message.rerun_script.page_name = "trends"
    message.rerun_script.cached_message_hashes.append("abc")
    assert BackMsg.FromString(message.SerializeToString()).rerun_script.page_name == "trends"
    forward = ForwardMsg()
    forward.script_finished = 1
    assert forward.WhichOneof("type") == "script_finished"
    forward = ForwardMsg()
    forward.delta.new_element.exception.message = "fel"
    assert forward.WhichOneof("type") == "delta"
    assert forward.delta.WhichOneof("type") == "new_element"
    assert forward.delta.new_element.WhichOneof("type") == "exception"
