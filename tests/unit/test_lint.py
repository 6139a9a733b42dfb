"""The code base is ``ruff`` clean, and the data layer never imports Streamlit."""

from __future__ import annotations

import subprocess
import sys

from rus_data.config import PROJECT_ROOT


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_data_layer_never_imports_streamlit() -> None:
    offenders = [
        path.relative_to(PROJECT_ROOT).as_posix()
        for path in (PROJECT_ROOT / "rus_data").rglob("*.py")
        if "import streamlit" in path.read_text(encoding="utf-8")
        or "from streamlit" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_pages_hold_no_sql() -> None:
    keywords = ("SELECT ", "INSERT ", "execute(")
    offenders = [
        path.name
        for path in (PROJECT_ROOT / "pages").glob("*.py")
        if any(keyword in path.read_text(encoding="utf-8") for keyword in keywords)
    ]
    assert offenders == []
