"""The command line run as a user runs it: ``python -m rus_data …`` in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rus_data.config import PROJECT_ROOT


def run_cli(arguments: list[str], database: Path, timeout: float) -> subprocess.CompletedProcess:
    """``python -m rus_data ARGUMENTS`` on ``database`` (``RUS_DB``), from the project's
    folder; its exit code and output as text, whatever the code."""
    environment = {**os.environ, "RUS_DB": str(database), "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "rus_data", *arguments],
        env=environment,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
