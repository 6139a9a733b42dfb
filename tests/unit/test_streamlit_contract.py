"""What the app relies on in Streamlit beyond its documented API, checked here so that a
Streamlit upgrade that changes it fails this test before it fails a user.

The one such reliance lives in :mod:`ui.server`: declaring the navigation once at server
start-up ends Streamlit's legacy ``pages/`` mode for the whole process, so even a fresh
server's first request is served by ``app.py``'s navigation.
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
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.startswith("streamlit.") and name not in ALLOWED_STREAMLIT_MODULES:
                    offending.append(f"{path.relative_to(PROJECT_ROOT)}: {name}")
    assert offending == []


def test_no_page_stops_the_script_run() -> None:
    """``st.stop()`` in a page would skip the frame's URL and share link (use ``end_page``)."""
    calls = [
        str(path.relative_to(PROJECT_ROOT))
        for path in sorted((PROJECT_ROOT / "pages").rglob("*.py"))
        if "st.stop(" in path.read_text(encoding="utf-8")
    ]
    assert calls == []
